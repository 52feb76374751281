package io.github.mispa.examples.cli;

import io.github.mispa.model.OfficialLanguage;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * A progress bar on the last line of a terminal: {@code [=========> ] 4213 of 10000 records, 1935 a
 * second}. Drawn with a carriage return and an erase to the end of the line, at most ten times a
 * second; lines printed while it shows go above it ({@link #clear} before them, {@link #draw}
 * after). None at all when the output is not a terminal.
 */
final class Progress {
  private static final int WIDTH = 30;
  private static final long INTERVAL = 100_000_000L;

  private final PrintWriter terminal;
  private final ToolText tool;
  private final int total;
  private final long start;
  private int done;
  private long drawn;
  private boolean showing;

  private Progress(PrintWriter terminal, int total, ToolText tool) {
    this.terminal = terminal;
    this.tool = tool;
    this.total = total;
    this.start = System.nanoTime();
    this.drawn = start - INTERVAL;
  }

  /**
   * A bar of {@code total} records drawn on {@code terminal} in the tool's language, or none if
   * {@code show} is false.
   */
  static Progress of(boolean show, PrintWriter terminal, int total, ToolText tool) {
    return show ? new Progress(terminal, total, tool) : none();
  }

  /** A bar in English, as {@link #of(boolean, PrintWriter, int, ToolText)}. */
  static Progress of(boolean show, PrintWriter terminal, int total) {
    return of(show, terminal, total, ToolText.in(OfficialLanguage.ENGLISH));
  }

  /** {@return no bar: a progress that draws nothing} */
  static Progress none() {
    return new Progress(
        new PrintWriter(Writer.nullWriter()), -1, ToolText.in(OfficialLanguage.ENGLISH));
  }

  /** Counts one more record done, and draws the bar if it is due. */
  void advance() {
    done++;
    long now = System.nanoTime();
    if (total >= 0 && (now - drawn >= INTERVAL || done == total)) {
      drawn = now;
      draw();
    }
  }

  /** Draws the bar, replacing the last line. */
  void draw() {
    if (total < 0) {
      return;
    }
    terminal.print("\r" + bar(done, total, System.nanoTime() - start, tool) + "\u001b[K");
    terminal.flush();
    showing = true;
  }

  /** Erases the bar, so that a line can be printed where it was. */
  void clear() {
    if (showing) {
      terminal.print("\r\u001b[K");
      terminal.flush();
      showing = false;
    }
  }

  /** The bar's text for {@code done} records of {@code total} after {@code nanos}, in English. */
  static String bar(int done, int total, long nanos) {
    return bar(done, total, nanos, ToolText.in(OfficialLanguage.ENGLISH));
  }

  /** The bar's text for {@code done} records of {@code total} after {@code nanos}, in its words. */
  static String bar(int done, int total, long nanos, ToolText tool) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    StringBuilder bar = new StringBuilder("[");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
    }
    bar.append("] ").append(tool.format("progress.records", "done", done, "total", total));
    if (nanos > 0 && done > 0) {
      bar.append(
          tool.format(
              "progress.rate", "rate", String.format(Locale.ROOT, "%.0f", done * 1e9 / nanos)));
    }
    return bar.toString();
  }
}
