package io.github.mispa.model;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.DocumentSymbol.Kind;
import io.github.mispa.model.DocumentSymbol.Suffix;
import io.github.mispa.model.DocumentSymbol.SuffixKind;
import io.github.mispa.model.DocumentSymbol.SymbolClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A scanner over one symbol. Hand-written rather than a regular expression so that every failure
 * names the index where the text stopped making sense.
 */
final class DocumentSymbolParser {
  /** Numbers longer than this are not document numbers and would overflow. */
  private static final int MAX_DIGITS = 6;

  private final CharSequence text;
  private final int length;
  private int pos;

  DocumentSymbolParser(CharSequence text) {
    this.text = text;
    this.length = text.length();
  }

  DocumentSymbol parse() {
    if (length == 0) {
      throw error("a symbol cannot be empty", 0);
    }
    if (startsWithIgnoreCase("OEA/SER.")) {
      return parseSeries();
    }
    if (wordFollowedByDot("doc")
        || wordFollowedByDot("inf")
        || wordFollowedByDot("res")
        || wordFollowedByDot("dec")) {
      throw error("expected the issuing body (such as AG or MISPA V) before the class", 0);
    }
    List<String> path = new ArrayList<>();
    while (true) {
      if (!path.isEmpty()) {
        if (wordFollowedByDot("doc")) {
          return parseDocument(path, SymbolClass.DOC);
        }
        if (wordFollowedByDot("inf")) {
          return parseDocument(path, SymbolClass.INF);
        }
        if (wordFollowedByDot("res")) {
          return parseResolution(path, Kind.RESOLUTION);
        }
        if (wordFollowedByDot("dec")) {
          return parseResolution(path, Kind.DECLARATION);
        }
      }
      path.add(segment());
      if (pos == length) {
        throw error(
            "expected '/' and a class and number (such as doc.1/15) or RES. or DEC. with a number",
            pos);
      }
      expect('/');
    }
  }

  private DocumentSymbol parseSeries() {
    // "OEA/Ser." then the series letter, then optional "/segment" parts.
    pos = "OEA/Ser.".length();
    if (pos == length || !isAsciiLetter(text.charAt(pos))) {
      throw error("expected the series letter after \"OEA/Ser.\"", pos);
    }
    String letter = String.valueOf(Character.toUpperCase(text.charAt(pos)));
    pos++;
    if (pos < length && text.charAt(pos) != '/') {
      throw error("expected '/' or the end after the series letter", pos);
    }
    ImmutableList.Builder<String> path = ImmutableList.builder();
    path.add("OEA", "Ser." + letter);
    while (pos < length) {
      expect('/');
      path.add(segment());
    }
    return new DocumentSymbol(Kind.SERIES, path.build(), null, 0, null, null, ImmutableList.of());
  }

  private DocumentSymbol parseDocument(List<String> path, SymbolClass symbolClass) {
    skipSpaces();
    int number = digits("the document number");
    expect('/');
    String year = twoDigitYear();
    if (pos < length && isAsciiDigit(text.charAt(pos))) {
      throw error("the year has more than two digits", pos);
    }
    ImmutableList<Suffix> suffixes = suffixes();
    return new DocumentSymbol(
        Kind.DOCUMENT, ImmutableList.copyOf(path), symbolClass, number, year, null, suffixes);
  }

  private DocumentSymbol parseResolution(List<String> path, Kind kind) {
    skipSpaces();
    int number =
        digits("the number of the " + (kind == Kind.RESOLUTION ? "resolution" : "declaration"));
    skipSpaces();
    expect('(');
    String session = session();
    expect(')');
    ImmutableList<Suffix> suffixes = suffixes();
    return new DocumentSymbol(
        kind, ImmutableList.copyOf(path), null, number, null, session, suffixes);
  }

  /**
   * A session: {@code XLIV-O/14}, {@code XXXVII-E/09} or a meeting number as in {@code 1217/99}.
   */
  private String session() {
    int start = pos;
    String head;
    if (pos < length && isAsciiDigit(text.charAt(pos))) {
      head = Integer.toString(digits("the meeting number"));
    } else {
      while (pos < length && "IVXLCDMivxlcdm".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      String roman = text.subSequence(start, pos).toString().toUpperCase(Locale.ROOT);
      if (Edition.valueOf(roman) == 0) {
        throw error(
            "expected a session in Roman numerals (such as XLIV-O) or a meeting number", start);
      }
      expect('-');
      if (pos == length || "OEoe".indexOf(text.charAt(pos)) < 0) {
        throw error("expected O (regular session) or E (special session)", pos);
      }
      head = roman + "-" + Character.toUpperCase(text.charAt(pos));
      pos++;
    }
    expect('/');
    return head + "/" + twoDigitYear();
  }

  private ImmutableList<Suffix> suffixes() {
    ImmutableList.Builder<Suffix> suffixes = ImmutableList.builder();
    Set<SuffixKind> seen = EnumSet.noneOf(SuffixKind.class);
    while (pos < length) {
      if (text.charAt(pos) != ' ') {
        throw error("expected a space and then rev., corr. or add.", pos);
      }
      skipSpaces();
      int start = pos;
      SuffixKind kind;
      if (wordFollowedByDot("rev")) {
        kind = SuffixKind.REV;
      } else if (wordFollowedByDot("corr")) {
        kind = SuffixKind.CORR;
      } else if (wordFollowedByDot("add")) {
        kind = SuffixKind.ADD;
      } else {
        throw error(
            pos == length ? "unexpected space at the end" : "expected rev., corr. or add.",
            pos == length ? start - 1 : pos);
      }
      if (!seen.add(kind)) {
        throw error(kind.text() + " appears twice", start);
      }
      skipSpaces();
      suffixes.add(new Suffix(kind, digits("the number after " + kind.text())));
    }
    return suffixes.build();
  }

  /**
   * A designator: letters and digits, with single '.', '-' or spaces between them ({@code MISPA V},
   * {@code CEP-I}, {@code O.1}). A meeting's name and edition ({@code MISPA-III}, {@code MISPA
   * III}) is written canonically with one space.
   */
  private String segment() {
    int start = pos;
    StringBuilder out = new StringBuilder();
    boolean lastWasSeparator = true;
    while (pos < length && text.charAt(pos) != '/') {
      char c = text.charAt(pos);
      if (isAsciiLetter(c) || isAsciiDigit(c)) {
        out.append(Character.toUpperCase(c));
        lastWasSeparator = false;
      } else if (c == ' ' || c == '-' || c == '.') {
        if (lastWasSeparator) {
          throw error(
              out.length() == 0
                  ? "expected a body or meeting, such as AG, CP or MISPA V"
                  : "two separators in a row",
              pos);
        }
        // Runs of spaces count as one: "MISPA  V" is a spacing variant of "MISPA V".
        while (c == ' ' && pos + 1 < length && text.charAt(pos + 1) == ' ') {
          pos++;
        }
        out.append(c);
        lastWasSeparator = true;
      } else {
        throw error("unexpected character '" + c + "'", pos);
      }
      pos++;
    }
    if (out.length() == 0) {
      throw error("expected a body or meeting, such as AG, CP or MISPA V", start);
    }
    if (lastWasSeparator) {
      throw error(
          "a body or meeting cannot end with '" + out.charAt(out.length() - 1) + "'", pos - 1);
    }
    return canonicalMeeting(out.toString());
  }

  /**
   * {@return "MISPA-III" and "MISPA III" name the same meeting: a name, a separator, an edition}
   */
  private static String canonicalMeeting(String segment) {
    int sep = Math.max(segment.lastIndexOf(' '), segment.lastIndexOf('-'));
    if (sep <= 0 || segment.indexOf('.') >= 0) {
      return segment;
    }
    String name = segment.substring(0, sep);
    String edition = segment.substring(sep + 1);
    if (!name.chars().allMatch(DocumentSymbolParser::isAsciiLetterOrSpace)
        || Edition.valueOf(edition) == 0) {
      return segment;
    }
    return name + " " + edition;
  }

  /** Two digits of a year, such as "15" in {@code doc.1/15} or "09" in {@code (XXXVII-E/09)}. */
  private String twoDigitYear() {
    if (pos + 2 > length
        || !isAsciiDigit(text.charAt(pos))
        || !isAsciiDigit(text.charAt(pos + 1))) {
      throw error("expected a two-digit year", pos);
    }
    pos += 2;
    return text.subSequence(pos - 2, pos).toString();
  }

  private int digits(String what) {
    int start = pos;
    while (pos < length && isAsciiDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error("expected " + what, start);
    }
    if (pos - start > MAX_DIGITS) {
      throw error(what + " has more than " + MAX_DIGITS + " digits", start);
    }
    return Integer.parseInt(text.subSequence(start, pos).toString());
  }

  private void expect(char c) {
    if (pos == length || text.charAt(pos) != c) {
      throw error("expected '" + c + "'", pos);
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < length && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  /**
   * {@return consumes {@code word} and a dot at the current position, in any case, if they are
   * there}
   */
  private boolean wordFollowedByDot(String word) {
    int end = pos + word.length();
    if (end < length
        && text.charAt(end) == '.'
        && text.subSequence(pos, end).toString().equalsIgnoreCase(word)) {
      pos = end + 1;
      return true;
    }
    return false;
  }

  private boolean startsWithIgnoreCase(String prefix) {
    return length >= prefix.length()
        && text.subSequence(0, prefix.length()).toString().equalsIgnoreCase(prefix);
  }

  private DocumentSymbolParseException error(String problem, int index) {
    return new DocumentSymbolParseException(problem, text, index);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAsciiLetterOrSpace(int c) {
    return c == ' ' || isAsciiLetter((char) c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
