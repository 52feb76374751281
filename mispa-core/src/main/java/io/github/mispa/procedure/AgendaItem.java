package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Translation;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An item of a session, numbered as reports number them ({@code 2.a}: session 2, item a; {@code 6}
 * for a session with a single, unlettered item), with its acts in order.
 */
@Value.Immutable
public abstract class AgendaItem {
  static final Pattern NUMBER = Pattern.compile("([1-9][0-9]{0,5})(?:\\.([a-z]{1,3}))?");

  AgendaItem() {}

  /**
   * Whether {@code s} matches {@link #NUMBER}: one to six digits without a leading zero, then
   * optionally a dot and one to three lowercase letters. Written out rather than matched, because
   * every item of every record read is checked, and a matcher costs an allocation and a walk.
   */
  static boolean isNumber(String s) {
    int length = s.length();
    int digits = 0;
    while (digits < length && digits < 6 && isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || s.charAt(0) == '0') {
      return false;
    }
    if (digits == length) {
      return true;
    }
    int letters = length - digits - 1;
    if (s.charAt(digits) != '.' || letters < 1 || letters > 3) {
      return false;
    }
    for (int i = digits + 1; i < length; i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@return the item's number: the session number, then a dot and letters, such as {@code 2.a}}
   */
  public abstract String number();

  /** {@return the title, such as "Election of officers"} */
  public abstract String title();

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
        ? Optional.of(title())
        : Optional.ofNullable(titleTranslations().get(language));
  }

  /**
   * Whether the record's source gives the item no letter, though the record numbers it with one to
   * keep its items in order and its acts' locations unique (the MISPA V report puts its two
   * dialogues of ministers, unlettered, after the lettered items of their sessions: they are {@code
   * 4.f} and {@code 5.d} in the record). A report prints no letter for such an item. False by
   * default.
   */
  @Value.Default
  public boolean unlettered() {
    return false;
  }

  /** {@return the ids of the documents the item considers} */
  public abstract ImmutableList<String> documents();

  /** {@return the acts of the item, in the order they happened} */
  public abstract ImmutableList<Act> acts();

  /** {@return the session number the item's number starts with} */
  public final int sessionNumber() {
    return Integer.parseInt(
        number()
            .substring(0, number().indexOf('.') < 0 ? number().length() : number().indexOf('.')));
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this item's values} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    checkArgument(
        isNumber(number()),
        "agenda item number must be a session number, optionally followed by a dot and one to"
            + " three lowercase letters (such as 2.a), but was \"%s\"",
        number());
    Checks.nonBlank(title(), "title of item %s", number());
    Checks.translations(
        Optional.of(title()),
        titleTranslations(),
        Translation.RECORD_LANGUAGE,
        "title of item %s",
        number());
    documents().forEach(d -> Checks.id(d, "document of item %s", number()));
  }

  /** Builds an {@link AgendaItem}. Requires {@code number} and {@code title}. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }
}
