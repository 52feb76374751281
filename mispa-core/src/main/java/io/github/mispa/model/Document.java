package io.github.mispa.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.Checks;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A document of a meeting: its symbol where it has one, its title, what it is for, and the
 * languages it is available in.
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

  /** {@return the title} */
  public abstract String title();

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

  /** {@return the revision number from the symbol, if it has one} */
  public final OptionalInt revision() {
    return symbol().map(DocumentSymbol::revision).orElse(OptionalInt.empty());
  }

  /** {@return A builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return A builder initialized with this document's values} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    Checks.id("document id", id());
    Checks.nonBlank(title(), "title of document \"%s\"", id());
  }

  /** Builds a {@link Document}. Requires {@code id}, {@code title} and {@code documentClass}. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
