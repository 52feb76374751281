package io.github.mispa.report;

import io.github.mispa.internal.Escapes;

/**
 * Text of the record as the report quotes it in Markdown: shown as written, never read as markup.
 * Names, titles and summaries come from whoever wrote the record; a person named {@code *Chair*} or
 * {@code [x](http://example.com)} must not become emphasis or a link, and a title that starts with
 * {@code #} must not become a heading.
 */
final class Markdown {
  /** The characters that can start or end markup within a line, each escaped with a backslash. */
  private static final String INLINE = "\\`*_[]<>|~&";

  /** The characters that start a block (heading, quotation, list, rule) at the start of a line. */
  private static final String BLOCK = "#>+-=";

  private Markdown() {}

  /**
   * {@return {@code text} with what Markdown would read as markup escaped with backslashes, its
   * control characters escaped as {@link Escapes} does, and leading spaces dropped}; any fragment
   * may land at the start of a line, so a block marker at its start is escaped too
   */
  static String text(String text) {
    String stripped = text.stripLeading();
    StringBuilder out = new StringBuilder(stripped.length() + 8);
    int digits = 0;
    while (digits < stripped.length() && Character.isDigit(stripped.charAt(digits))) {
      digits++;
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      boolean blockStart = i == 0 && BLOCK.indexOf(c) >= 0;
      // "1. " and "1) " start an ordered list.
      boolean listNumber = i == digits && digits > 0 && (c == '.' || c == ')');
      if (INLINE.indexOf(c) >= 0 || blockStart || listNumber) {
        out.append('\\').append(c);
      } else if (Escapes.isUnsafe(c) || Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < stripped.length()
            && Character.isLowSurrogate(stripped.charAt(i + 1))) {
          out.append(c).append(stripped.charAt(++i));
        } else {
          Escapes.escape(c, out);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
