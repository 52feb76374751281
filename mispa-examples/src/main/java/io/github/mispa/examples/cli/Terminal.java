package io.github.mispa.examples.cli;

import io.github.mispa.internal.Escapes;
import java.io.PrintWriter;

/**
 * How the tool prints text for a person: a line at a time, with every control character,
 * bidirectional override and lone surrogate escaped ({@link Escapes}), so that text from a record
 * (a participant's name in a finding, a field's name in an error) cannot move the cursor, erase a
 * line or reorder what the terminal shows. The escaping applies to the whole line: mispa's own text
 * has no such characters, and a line end in a record's text shows as {@code \n}, so it cannot start
 * a line of its own.
 */
final class Terminal {
  private Terminal() {}

  /** Prints {@code line}, escaped, and a line end. */
  static void println(PrintWriter out, String line) {
    out.println(Escapes.controls(line));
  }
}
