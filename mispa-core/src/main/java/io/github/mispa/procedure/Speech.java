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
 * A speech or remarks by a person: the host's welcome, the Secretary General's remarks, closing
 * remarks.
 */
@Value.Immutable
public abstract class Speech extends Act {
  Speech() {}

  /** {@return whether the report calls it a speech, remarks or a statement; a speech by default} */
  @Value.Default
  public SpeechForm form() {
    return SpeechForm.SPEECH;
  }

  /** {@return the title the report gives it} */
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

  /** {@return the id of the document with its text, such as MISPA V/INF. 10/15} */
  public abstract Optional<String> document();

  @Override
  public final ActKind kind() {
    return ActKind.SPEECH;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitSpeech(this);
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
    title().ifPresent(v -> Checks.nonBlank("speech title", v));
    Checks.translations(
        title(),
        titleTranslations(),
        Translation.RECORD_LANGUAGE,
        "title of a speech%s",
        describeId());
    document().ifPresent(v -> Checks.id("speech document", v));
  }

  /** Builds a {@link Speech}. */
  public static final class Builder extends ImmutableSpeech.Builder implements ActBuilder {
    Builder() {}
  }
}
