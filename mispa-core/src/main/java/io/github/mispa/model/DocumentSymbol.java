package io.github.mispa.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The symbol of an OAS document, such as {@code MISPA V/doc.1/15 rev. 1} or {@code AG/RES. 2866
 * (XLIV-O/14)}.
 *
 * <p>Four shapes are read:
 *
 * <ul>
 *   <li>meeting documents: a path of bodies and meetings ({@code MISPA V}, {@code MISPA-III/RE},
 *       {@code CIFTA/CEP-I}, {@code GRIC/O.1}), a class ({@code doc} for working documents, {@code
 *       INF} for information documents), a number, a two-digit year, then any of {@code rev. n},
 *       {@code corr. n}, {@code add. n};
 *   <li>resolutions and declarations: a path, {@code RES.} or {@code DEC.}, a number and, in
 *       parentheses, the session ({@code XLIV-O/14}: 44th regular session of 2014; {@code
 *       XXXVII-E/09}: a special session; {@code 1217/99}: Permanent Council meeting 1217 of 1999);
 *   <li>series: {@code OEA/Ser.K/XLIX.3}.
 * </ul>
 *
 * <p>Symbols are written with varying spacing and case in the wild ({@code INF. 10}, {@code DOC.1},
 * {@code rev.1}, {@code MISPA-III}): all variants of one symbol are equal and print one canonical
 * form, with path segments in capitals, a meeting's name and edition separated by a space, the
 * class as {@code doc} or {@code INF} followed directly by the number, and a space after {@code
 * rev.}, {@code corr.}, {@code add.}, {@code RES.} and {@code DEC.}.
 *
 * <pre>{@code
 * DocumentSymbol agenda = DocumentSymbol.parse("MISPA V/DOC.1/15 rev.1");
 * agenda.toString();                                    // "MISPA V/doc.1/15 rev. 1"
 * agenda.equals(DocumentSymbol.parse("mispa-v/doc. 1/15 REV. 1")); // true
 * DocumentSymbol.parse("MISPA V/DOC.x/15");             // throws, error index 12
 * }</pre>
 */
public final class DocumentSymbol {

  /** The shape of a symbol. */
  public enum Kind {
    /** A meeting document: working ({@code doc}) or information ({@code INF}). */
    DOCUMENT,
    /** A resolution: {@code AG/RES. 2866 (XLIV-O/14)}. */
    RESOLUTION,
    /** A declaration: {@code AG/DEC. 74 (XLIV-O/14)}. */
    DECLARATION,
    /** A series designation: {@code OEA/Ser.K/XLIX.3}. */
    SERIES
  }

  /** The class of a meeting document. */
  public enum SymbolClass {
    /** A working document, {@code doc}. */
    DOC("doc"),
    /** An information document, {@code INF}. */
    INF("INF");

    private final String text;

    SymbolClass(String text) {
      this.text = text;
    }

    /** {@return the class as written in a canonical symbol} */
    public String text() {
      return text;
    }
  }

  /** A suffix that identifies a version of a document. */
  public enum SuffixKind {
    /** A revision, {@code rev. n}. */
    REV("rev."),
    /** A corrigendum, {@code corr. n}. */
    CORR("corr."),
    /** An addendum, {@code add. n}. */
    ADD("add.");

    private final String text;

    SuffixKind(String text) {
      this.text = text;
    }

    /** {@return the suffix as written in a canonical symbol, with its dot} */
    public String text() {
      return text;
    }
  }

  /** One version suffix: its kind and number, as in {@code rev. 4}. */
  public static final class Suffix {
    private final SuffixKind kind;
    private final int number;

    Suffix(SuffixKind kind, int number) {
      this.kind = kind;
      this.number = number;
    }

    /** {@return the kind of suffix} */
    public SuffixKind kind() {
      return kind;
    }

    /** {@return its number} */
    public int number() {
      return number;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Suffix other && kind == other.kind && number == other.number;
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + number;
    }

    /** Returns the canonical text, such as {@code "rev. 4"}. */
    @Override
    public String toString() {
      return kind.text() + " " + number;
    }
  }

  private final Kind kind;
  private final ImmutableList<String> path;
  private final @Nullable SymbolClass symbolClass;
  private final int number;
  private final @Nullable String year;
  private final @Nullable String session;
  private final ImmutableList<Suffix> suffixes;
  private final String canonical;

  DocumentSymbol(
      Kind kind,
      ImmutableList<String> path,
      @Nullable SymbolClass symbolClass,
      int number,
      @Nullable String year,
      @Nullable String session,
      ImmutableList<Suffix> suffixes) {
    this.kind = kind;
    this.path = path;
    this.symbolClass = symbolClass;
    this.number = number;
    this.year = year;
    this.session = session;
    this.suffixes = suffixes;
    this.canonical = render();
  }

  /**
   * Reads a symbol in any of its spacing and case variants.
   *
   * @throws DocumentSymbolParseException if the text is not a symbol, with the index where it went
   *     wrong
   */
  public static DocumentSymbol parse(CharSequence text) {
    requireNonNull(text, "text");
    return new DocumentSymbolParser(text).parse();
  }

  /** {@return the shape of this symbol} */
  public Kind kind() {
    return kind;
  }

  /**
   * The bodies and meetings that issued the document, in canonical form: {@code [MISPA III, RE]}
   * for {@code MISPA-III/RE/doc.6/10 rev. 1}, {@code [AG]} for {@code AG/RES. 2866 (XLIV-O/14)},
   * {@code [OEA, Ser.K, XLIX.3]} for a series.
   */
  public ImmutableList<String> path() {
    return path;
  }

  /**
   * The first segment of {@link #path()}: the body or meeting, such as {@code MISPA V} or {@code
   * AG}.
   */
  public String issuer() {
    return path.get(0);
  }

  /** {@return the class of a meeting document; empty for other shapes} */
  public Optional<SymbolClass> symbolClass() {
    return Optional.ofNullable(symbolClass);
  }

  /** {@return the number of a document, resolution or declaration; empty for a series} */
  public OptionalInt number() {
    return kind == Kind.SERIES ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /**
   * {@return the two-digit year of a meeting document, such as {@code "15"}; empty for other
   * shapes}
   */
  public Optional<String> year() {
    return Optional.ofNullable(year);
  }

  /**
   * The session of a resolution or declaration, such as {@code "XLIV-O/14"} or {@code "1217/99"};
   * empty for other shapes.
   */
  public Optional<String> session() {
    return Optional.ofNullable(session);
  }

  /** {@return the version suffixes, in the order written} */
  public ImmutableList<Suffix> suffixes() {
    return suffixes;
  }

  /** {@return the revision number, if the symbol has {@code rev. n}} */
  public OptionalInt revision() {
    return suffix(SuffixKind.REV);
  }

  /** {@return the corrigendum number, if the symbol has {@code corr. n}} */
  public OptionalInt corrigendum() {
    return suffix(SuffixKind.CORR);
  }

  /** {@return the addendum number, if the symbol has {@code add. n}} */
  public OptionalInt addendum() {
    return suffix(SuffixKind.ADD);
  }

  private OptionalInt suffix(SuffixKind wanted) {
    for (Suffix s : suffixes) {
      if (s.kind() == wanted) {
        return OptionalInt.of(s.number());
      }
    }
    return OptionalInt.empty();
  }

  private String render() {
    StringBuilder out = new StringBuilder(String.join("/", path));
    switch (kind) {
      case DOCUMENT ->
          out.append('/')
              .append(requireNonNull(symbolClass).text())
              .append('.')
              .append(number)
              .append('/')
              .append(year);
      case RESOLUTION, DECLARATION ->
          out.append(kind == Kind.RESOLUTION ? "/RES. " : "/DEC. ")
              .append(number)
              .append(" (")
              .append(session)
              .append(')');
      case SERIES -> {}
    }
    for (Suffix s : suffixes) {
      out.append(' ').append(s);
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentSymbol other && canonical.equals(other.canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /** Returns the canonical form; {@code parse(s.toString()).equals(s)} for every symbol. */
  @Override
  public String toString() {
    return canonical;
  }
}
