package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Translation;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A report presented to the meeting. */
@Value.Immutable
public abstract class Report extends Act {
  Report() {}

  /** {@return whose report it is} */
  public abstract ReportKind reportKind();

  /**
   * {@return the title of the report, where the record's source gives one and its document does not
   * carry it}
   */
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
   * What the report was on, as a noun phrase, where the source describes it rather than titles it
   * ({@code "the proceedings of MISPA V"}).
   */
  public abstract Optional<String> topic();

  /** {@return the id of the document that carries it, if distributed} */
  public abstract Optional<String> document();

  /** {@return whether it was delivered verbally, without a document} */
  @Value.Default
  public boolean verbal() {
    return false;
  }

  @Override
  public final ActKind kind() {
    return ActKind.REPORT;
  }

  @Override
  public final <R extends @Nullable Object> R accept(ActVisitor<R> visitor) {
    return visitor.visitReport(this);
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
    title().ifPresent(t -> Checks.nonBlank("report title", t));
    Checks.translations(
        title(),
        titleTranslations(),
        Translation.RECORD_LANGUAGE,
        "title of a report%s",
        describeId());
    topic().ifPresent(t -> Checks.nonBlank("report topic", t));
    document().ifPresent(v -> Checks.id("report document", v));
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder implements ActBuilder {
    Builder() {}
  }
}
