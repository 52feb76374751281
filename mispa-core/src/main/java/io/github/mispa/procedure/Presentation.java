package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Translation;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A presentation by a person, for their organization or delegation: with its title where the
 * record's source gives one, or its topic where the source describes what it was on without a
 * title, or neither.
 */
@Value.Immutable
public abstract class Presentation extends Act {
  Presentation() {}

  /** {@return the title of the presentation, where the record's source gives one} */
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
   * What the presentation was on, as a noun phrase, where the source describes it rather than
   * titles it ({@code "the proposed Inter-American Public Security Information and Knowledge
   * Network"}).
   */
  public abstract Optional<String> topic();

  /** {@return the id of the document presented, if any} */
  public abstract Optional<String> document();

  @Override
  public final ActKind kind() {
    return ActKind.PRESENTATION;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitPresentation(this);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this act's values, to derive a changed act} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    title().ifPresent(t -> Checks.nonBlank("presentation title", t));
    Checks.translations(
        title(),
        titleTranslations(),
        Translation.RECORD_LANGUAGE,
        "title of a presentation%s",
        describeId());
    topic().ifPresent(t -> Checks.nonBlank("presentation topic", t));
    document().ifPresent(v -> Checks.id("presentation document", v));
  }

  /** Builds a {@link Presentation}. */
  public static final class Builder extends ImmutablePresentation.Builder implements ActBuilder {
    Builder() {}
  }
}
