package io.github.mispa.procedure;

import io.github.mispa.internal.Checks;
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
    document().ifPresent(v -> Checks.id("speech document", v));
  }

  /** Builds a {@link Speech}. */
  public static final class Builder extends ImmutableSpeech.Builder implements ActBuilder {
    Builder() {}
  }
}
