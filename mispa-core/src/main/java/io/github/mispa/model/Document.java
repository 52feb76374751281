package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.Checks;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A document of a meeting: its symbol where it has one, its title or a description where the
 * record's source gives no title, what it is for, and the languages it is available in. A document
 * has a title, a description or a symbol, and may have all three.
 *
 * <pre>{@code
 * Document agenda = Document.builder()
 *     .id("agenda").symbol(DocumentSymbol.parse("MISPA V/DOC.1/15 rev.1"))
 *     .title("Draft agenda").documentClass(DocumentClass.AGENDA).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Document {
  Document() {}

  /** {@return the identifier other parts of the record use to refer to this document} */
  public abstract String id();

  /**
   * The OAS symbol. Reports do not give one for every document (the MISPA V report names its joint
   * statement and outcome document only by title).
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * The symbol as the record's source prints it, where that differs from the symbol's canonical
   * form ({@code "MISPA V/DOC.1/15 rev.1"} for {@code MISPA V/doc.1/15 rev. 1}): a variant of the
   * same symbol, which the rapporteur's report prints as its source does.
   */
  public abstract Optional<String> symbolAsPrinted();

  /**
   * The title, as the record's source gives it. Absent where the source names the document without
   * a title (the MISPA V report gives its speeches and most information documents by symbol alone):
   * a title is never made up.
   */
  public abstract Optional<String> title();

  /**
   * {@return the title in other official languages than the record's, each where a source gives it;
   * empty where none does} A title is never translated by the library: the Spanish title of the
   * Recommendations of Lima is their draft's, MISPA-V/doc.3/15.
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
   * What the document is, as a noun phrase that can stand in a sentence ({@code "the draft
   * agenda"}), where the source describes it rather than titles it.
   */
  public abstract Optional<String> description();

  /** {@return what the document is for} */
  public abstract DocumentClass documentClass();

  /**
   * {@return the official languages the document is available in; empty where the record does not
   * say}
   */
  public abstract ImmutableSet<OfficialLanguage> languages();

  /**
   * When the document was distributed to delegations, where the record says. Used by the rule that
   * a written proposal waits 12 hours after distribution in all four languages.
   */
  public abstract Optional<LocalDateTime> distributedAt();

  /**
   * {@return where the document can be read, a link per language where the record gives several;
   * empty where the record gives none}
   */
  public abstract ImmutableList<Link> links();

  /**
   * {@return how text names the document: its title, else its description, else its symbol as
   * printed, else its canonical symbol}
   */
  public final String name() {
    if (title().isPresent()) {
      return title().get();
    }
    if (description().isPresent()) {
      return description().get();
    }
    return symbolAsPrinted().orElseGet(() -> symbol().orElseThrow().toString());
  }

  /** {@return the revision number from the symbol, if it has one} */
  public final OptionalInt revision() {
    return symbol().map(DocumentSymbol::revision).orElse(OptionalInt.empty());
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this document's values} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    Checks.id("document id", id());
    title().ifPresent(t -> Checks.nonBlank(t, "title of document \"%s\"", id()));
    Checks.translations(
        title(),
        titleTranslations(),
        Translation.RECORD_LANGUAGE,
        "title of document \"%s\"",
        id());
    description().ifPresent(d -> Checks.nonBlank(d, "description of document \"%s\"", id()));
    checkArgument(
        title().isPresent() || description().isPresent() || symbol().isPresent(),
        "document \"%s\" needs a title, a description or a symbol",
        id());
    symbolAsPrinted()
        .ifPresent(
            printed -> {
              DocumentSymbol symbol =
                  symbol()
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "document \""
                                      + id()
                                      + "\" has a symbol as printed (\""
                                      + printed
                                      + "\") but no symbol"));
              DocumentSymbol parsed;
              try {
                parsed = DocumentSymbol.parse(printed);
              } catch (DocumentSymbolParseException e) {
                throw new IllegalArgumentException(
                    "the symbol as printed of document \""
                        + id()
                        + "\" is not a symbol: "
                        + e.getMessage(),
                    e);
              }
              checkArgument(
                  parsed.equals(symbol),
                  "the symbol as printed of document \"%s\", \"%s\", is not a variant of its"
                      + " symbol %s",
                  id(),
                  printed,
                  symbol);
            });
  }

  /**
   * Builds a {@link Document}. Requires {@code id}, {@code documentClass}, and a {@code title}, a
   * {@code description} or a {@code symbol}.
   */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
