package io.github.mispa.json;

import io.github.mispa.json.MispaJsonException.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Jackson's failures to parse, told in mispa's words: what is wrong with the input, on one line,
 * never a class, a feature or an option of Jackson. A limit is named with its value, not with the
 * length the parser had reached when it stopped, and every failure gets the line and column where
 * the parser stopped if Jackson gave none.
 *
 * <p>Jackson's messages are matched by their wording, so a new wording in a new Jackson falls to
 * the general "the input is not valid JSON" until it is added here; the hostile-input tests show
 * which.
 */
final class ParserFailures {
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\('.*' \\(code (\\d+)\\)\\)(.*)", Pattern.DOTALL);
  private static final Pattern CONTROL_CHARACTER =
      Pattern.compile("Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)(.*)");
  private static final Pattern ESCAPE =
      Pattern.compile("Unrecognized character escape .* \\(code (\\d+)\\)");
  private static final Pattern TOKEN =
      Pattern.compile("Unrecognized token '(.*)': was expecting.*", Pattern.DOTALL);
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*)'.*");
  private static final Pattern CLOSE_MARKER =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
  private static final Pattern UTF8_BYTE =
      Pattern.compile("Invalid UTF-8 (start|middle) byte 0x([0-9a-fA-F]{1,2}).*");
  private static final Pattern CODE_POINT = Pattern.compile(".*code point 0x([0-9a-fA-F]+).*");
  private static final Pattern SURROGATE =
      Pattern.compile(".*surrogate character 0x([0-9a-fA-F]+).*");

  private ParserFailures() {}

  /**
   * {@return {@code e}, a failure of {@code parser} at {@code pointer}, as a {@link
   * MispaJsonException}}; where Jackson gives no line and column, they are the parser's
   */
  static MispaJsonException translate(JacksonException e, String pointer, JsonParser parser) {
    String place = pointer;
    TokenStreamContext context = parser.streamReadContext();
    if (inFieldName(String.valueOf(e.getOriginalMessage()))
        && context.inObject()
        && context.currentName() != null
        && place.lastIndexOf('/') >= 0) {
      // The parser still names the field before the one it failed to read: point at the object.
      place = place.substring(0, place.lastIndexOf('/'));
    }
    return translate(e, place, where(e, parser), parser.streamReadConstraints());
  }

  private static boolean inFieldName(String message) {
    return message.contains("NameLength")
        || message.contains("included in name")
        || message.contains("start property name")
        || message.contains("in property name");
  }

  /**
   * {@return where {@code e} happened: Jackson's place, or where {@code parser} stopped, or the
   * token it stopped in (a parser that has read all its input may no longer know where it is)}
   */
  static TokenStreamLocation where(JacksonException e, JsonParser parser) {
    if (located(e.getLocation())) {
      return e.getLocation();
    }
    TokenStreamLocation stopped = parser.currentLocation();
    return located(stopped) ? stopped : parser.currentTokenLocation();
  }

  /** {@return {@code e} at {@code pointer} as a {@link MispaJsonException}, read within limits} */
  static MispaJsonException translate(
      JacksonException e,
      String pointer,
      @Nullable TokenStreamLocation at,
      StreamReadConstraints limits) {
    Kind kind = e instanceof StreamConstraintsException ? Kind.LIMIT_EXCEEDED : Kind.MALFORMED_JSON;
    TokenStreamLocation where = located(e.getLocation()) ? e.getLocation() : at;
    String message = String.valueOf(e.getOriginalMessage());
    // A limit of the whole document is the document's, wherever the parser stopped.
    boolean whole =
        kind == Kind.LIMIT_EXCEEDED
            && (message.contains("DocumentLength") || message.contains("TokenCount"));
    return MispaJsonException.of(kind, whole ? "" : pointer, problem(e, limits), where, e);
  }

  private static boolean located(@Nullable TokenStreamLocation location) {
    return location != null && location.getLineNr() > 0;
  }

  /** {@return what is wrong, in mispa's words} */
  static String problem(JacksonException e, StreamReadConstraints limits) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return limit(message, limits);
    }
    if (e instanceof UnexpectedEndOfInputException end && end.getTokenBeingDecoded() != null) {
      return "the input ends before the record does" + inside(end.getTokenBeingDecoded());
    }
    if (e instanceof JacksonIOException) {
      return encoding(message);
    }
    return malformed(message);
  }

  private static String limit(String message, StreamReadConstraints limits) {
    if (message.contains("NestingDepth")) {
      return "the input nests objects and arrays deeper than "
          + limits.getMaxNestingDepth()
          + " levels, the limit";
    }
    if (message.contains("StringLength")) {
      return "a string is longer than " + limits.getMaxStringLength() + " characters, the limit";
    }
    if (message.contains("NumberLength")) {
      return "a number is longer than " + limits.getMaxNumberLength() + " characters, the limit";
    }
    if (message.contains("NameLength")) {
      return "a field name is longer than " + limits.getMaxNameLength() + " characters, the limit";
    }
    if (message.contains("DocumentLength")) {
      return "the input is longer than " + size(limits.getMaxDocumentLength()) + ", the limit";
    }
    if (message.contains("TokenCount")) {
      return "the input has more than " + limits.getMaxTokenCount() + " tokens, the limit";
    }
    return "the input exceeds a limit of the reader";
  }

  private static String size(long bytes) {
    long mib = 1024L * 1024;
    return bytes % mib == 0 && bytes > 0
        ? bytes / mib + " MiB (" + bytes + " bytes, or characters of a string)"
        : bytes + " bytes (or characters of a string)";
  }

  private static String inside(@Nullable JsonToken token) {
    if (token == null) {
      return "";
    }
    return switch (token) {
      case VALUE_STRING -> ", inside a string";
      case PROPERTY_NAME -> ", inside a field name";
      case START_OBJECT, END_OBJECT -> ", inside an object";
      case START_ARRAY, END_ARRAY -> ", inside an array";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", inside a number";
      default -> "";
    };
  }

  /** Bytes that are not text: UTF-32 input that breaks off, or a character beyond Unicode. */
  private static String encoding(String message) {
    String text = "the input is not text in UTF-8, UTF-16 or UTF-32";
    if (message.contains("Unexpected EOF in the middle of")) {
      return text + ": it ends in the middle of a character";
    }
    Matcher codePoint = CODE_POINT.matcher(message);
    if (message.contains("Invalid UTF-32 character") && codePoint.matches()) {
      return text + ": U+" + hex(codePoint.group(1)) + " is beyond Unicode";
    }
    return text;
  }

  private static String malformed(String message) {
    if (message.startsWith("Unexpected end-of-input")) {
      return "the input ends before the record does"
          + (message.contains("marker for Object")
              ? ", inside an object"
              : message.contains("marker for Array") ? ", inside an array" : "");
    }
    if (message.startsWith("Invalid UTF-8")) {
      return utf8(message);
    }
    Matcher m = UNEXPECTED_CHARACTER.matcher(message);
    if (m.matches()) {
      return unexpected(Integer.parseInt(m.group(1)), m.group(2));
    }
    m = CONTROL_CHARACTER.matcher(message);
    if (m.matches()) {
      String character = character(Integer.parseInt(m.group(2)));
      if (m.group(1) != null) {
        return "the control character "
            + character
            + " must be escaped inside a "
            + (m.group(3).contains("name") ? "field name" : "string");
      }
      return "the control character "
          + character
          + " stands between values, where only spaces, tabs and line ends may";
    }
    m = ESCAPE.matcher(message);
    if (m.matches()) {
      return "\\"
          + (char) Integer.parseInt(m.group(1))
          + " is not an escape of JSON: a backslash starts \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t"
          + " or \\u and four hex digits";
    }
    m = TOKEN.matcher(message);
    if (m.matches()) {
      return "expected a JSON value (an object, array, string, number, true, false or null),"
          + " found "
          + Wire.quote(m.group(1));
    }
    m = NON_STANDARD.matcher(message);
    if (m.matches()) {
      return Wire.quote(m.group(1)) + " is not a number of JSON";
    }
    m = CLOSE_MARKER.matcher(message);
    if (m.matches()) {
      return "expected '"
          + m.group(2)
          + "' to close the "
          + (m.group(2).equals("}") ? "object" : "array")
          + ", found '"
          + m.group(1)
          + "'";
    }
    if (message.contains("surrogate")) {
      return "a \\u escape breaks a surrogate pair: a high surrogate (\\uD800 to \\uDBFF) must be"
          + " followed by a low one (\\uDC00 to \\uDFFF)";
    }
    if (message.startsWith("Invalid numeric value")) {
      return message.contains("Leading zeroes")
          ? "a number of JSON does not start with 0 and another digit"
          : "a malformed number";
    }
    return "the input is not valid JSON here";
  }

  private static String utf8(String message) {
    String text = "the input is not valid UTF-8";
    Matcher m = UTF8_BYTE.matcher(message);
    if (m.matches()) {
      return text
          + ": byte 0x"
          + hexByte(m.group(2))
          + (m.group(1).equals("start")
              ? " cannot start a character"
              : " cannot continue a character");
    }
    if (message.contains("overlong")) {
      return text + ": a character is encoded in more bytes than it needs (an overlong form)";
    }
    m = SURROGATE.matcher(message);
    if (m.matches()) {
      return text + ": it encodes the surrogate U+" + hex(m.group(1)) + ", which is no character";
    }
    m = CODE_POINT.matcher(message);
    if (m.matches()) {
      return text + ": it encodes U+" + hex(m.group(1)) + ", beyond Unicode";
    }
    if (message.contains("U+10FFFF")) {
      return text + ": it encodes a code point beyond U+10FFFF, beyond Unicode";
    }
    return text;
  }

  /** A character that was not expected, and what was, from the rest of Jackson's message. */
  private static String unexpected(int code, String rest) {
    String found = character(code);
    if (rest.contains("plus sign")) {
      return "a number of JSON does not start with '+'";
    }
    if (rest.contains("comment")) {
      return "JSON has no comments, found " + found;
    }
    if (rest.contains("start property name") || rest.contains("start field name")) {
      return "expected a field name in double quotes, found " + found;
    }
    if (rest.contains("colon")) {
      return "expected ':' after a field name, found " + found;
    }
    if (rest.contains("Object entries")) {
      return "expected ',' or '}' after a field of an object, found " + found;
    }
    if (rest.contains("Array entries")) {
      return "expected ',' or ']' after an element of an array, found " + found;
    }
    if (rest.contains("hex-digit")) {
      return "expected four hex digits after \\u, found " + found;
    }
    if (rest.contains("numeric value") || rest.contains("number")) {
      return "a malformed number: " + found + " cannot stand there";
    }
    if (rest.contains("value")) {
      return "expected a JSON value (an object, array, string, number, true, false or null),"
          + " found "
          + found;
    }
    return "unexpected " + found;
  }

  /** A character of the input: itself in quotes if it is visible ASCII, else its code point. */
  private static String character(int code) {
    return code > ' ' && code < 0x7f
        ? "'" + (char) code + "'"
        : "U+" + String.format(Locale.ROOT, "%04X", code);
  }

  /** Hex digits as a code point is written: at least four, in capitals ("D800"). */
  private static String hex(String digits) {
    String upper = digits.toUpperCase(Locale.ROOT);
    return upper.length() >= 4 ? upper : "0".repeat(4 - upper.length()) + upper;
  }

  /** Hex digits as a byte is written: two, in capitals ("8A"). */
  private static String hexByte(String digits) {
    String upper = digits.toUpperCase(Locale.ROOT);
    return upper.length() == 2 ? upper : "0" + upper;
  }
}
