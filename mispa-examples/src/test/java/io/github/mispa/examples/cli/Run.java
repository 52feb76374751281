package io.github.mispa.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A run of the tool in process: its exit code and what it printed. */
record Run(int code, String out, String err) {
  static Run of(String... args) {
    return withInput(new byte[0], args);
  }

  /** A run with {@code input} on standard input. */
  static Run withInput(byte[] input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Mispa.run(
            new ByteArrayInputStream(input), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * A run whose standard output and standard error go to one text, as a terminal shows them: the
   * tool flushes one before it writes to the other. Its {@link #err()} is empty.
   */
  static Run merged(String... args) {
    StringWriter both = new StringWriter();
    PrintWriter writer = new PrintWriter(both);
    int code = Mispa.run(new ByteArrayInputStream(new byte[0]), writer, writer, args);
    return new Run(code, both.toString(), "");
  }

  /** The lines printed on standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\n", -1);
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
