package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Translation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A session of a meeting: its number, kind and title, its date and attendance where the record has
 * them, and its agenda items in order.
 */
@Value.Immutable
public abstract class Session {
  Session() {}

  /** {@return the session's number, from 1, as reports number them} */
  public abstract int number();

  /** {@return what kind of session it is} */
  public abstract SessionKind kind();

  /** {@return the title, such as "Coordination and Cooperation for the Prevention of Crime"} */
  public abstract Optional<String> title();

  /**
   * {@return the title in other official languages than the record's, each where a source gives it;
   * empty where none does}
   */
  public abstract ImmutableMap<OfficialLanguage, String> titleTranslations();

  /**
   * {@return the title in {@code language}: the {@link #title()} in the record's language ({@link
   * Translation#RECORD_LANGUAGE}), else its translation; empty where the record has none}
   */
  public final Optional<String> title(OfficialLanguage language) {
    return requireNonNull(language, "language") == Translation.RECORD_LANGUAGE
        ? title()
        : Optional.ofNullable(titleTranslations().get(language));
  }

  /**
   * {@return the day it was held, where the record says; otherwise acts date from the meeting's
   * start}
   */
  public abstract Optional<LocalDate> date();

  /**
   * The ids of the participants present, where the record has attendance. Without it, rules that
   * need a quorum report their finding as undetermined.
   */
  public abstract Optional<ImmutableSet<String>> attendance();

  /** {@return the agenda items, in order} */
  public abstract ImmutableList<AgendaItem> items();

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this session's values} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    checkArgument(number() >= 1, "session number must be at least 1, but was %s", number());
    title().ifPresent(t -> Checks.nonBlank(t, "title of session %s", number()));
    Checks.translations(
        title(), titleTranslations(), Translation.RECORD_LANGUAGE, "title of session %s", number());
    attendance().ifPresent(a -> a.forEach(p -> Checks.id(p, "attendance of session %s", number())));
    Set<String> seen = new HashSet<>();
    for (AgendaItem item : items()) {
      checkArgument(
          item.sessionNumber() == number(),
          "item %s is in session %s: its number must start with %s",
          item.number(),
          number(),
          number());
      checkArgument(
          seen.add(item.number()), "item %s appears twice in session %s", item.number(), number());
    }
  }

  /** Builds a {@link Session}. Requires {@code number} and {@code kind}. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
