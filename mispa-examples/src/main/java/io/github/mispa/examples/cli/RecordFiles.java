package io.github.mispa.examples.cli;

import io.github.mispa.json.MispaJson;
import io.github.mispa.json.MispaJsonException;
import io.github.mispa.procedure.MeetingRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads records from regular files, or from standard input when the file is {@code -}, turning
 * every failure into a {@link BadInputException} of one line.
 *
 * <p>Only regular files are opened: reading a named pipe blocks until something writes to it, maybe
 * forever, and a device such as {@code /dev/zero} never ends. Standard input, when asked for, is
 * read like any stream, within the reader's limit on the length of a document.
 */
final class RecordFiles {
  /** The file name that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  private RecordFiles() {}

  /** Whether {@code file} is {@code -}, standard input. */
  static boolean isStandardInput(Path file) {
    return file.toString().equals(STANDARD_INPUT);
  }

  /** {@return how messages name {@code file}: its path, or "standard input"} */
  static String name(Path file) {
    return isStandardInput(file) ? "standard input" : file.toString();
  }

  /**
   * Reads the record in {@code file}, or in {@code standardInput} if the file is {@code -}.
   *
   * @throws BadInputException if the file is not a regular file, cannot be read or does not hold a
   *     record
   */
  static MeetingRecord read(Path file, InputStream standardInput) {
    if (isStandardInput(file)) {
      return read(file, () -> MispaJson.standard().read(standardInput));
    }
    BasicFileAttributes attributes;
    try {
      // Following links: a link to a regular file is a regular file. The file could change
      // between this look and the opening; whoever can swap it in that moment can also write it.
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + describe(e));
    }
    if (attributes.isDirectory()) {
      throw new BadInputException(file + ": is a directory, not a record file");
    }
    if (!attributes.isRegularFile()) {
      throw new BadInputException(
          file
              + ": is not a regular file (a named pipe, a device or a socket, say); mispa reads"
              + " records from regular files, and from standard input as '-'");
    }
    return read(file, () -> MispaJson.standard().read(file));
  }

  private static MeetingRecord read(Path file, Supplier<MeetingRecord> reading) {
    try {
      return reading.get();
    } catch (MispaJsonException e) {
      throw new BadInputException(name(file) + ": not a mispa record: " + describe(e), e);
    } catch (UncheckedIOException e) {
      throw new BadInputException(name(file) + ": cannot be read: " + describe(e.getCause()));
    }
  }

  /**
   * The problem, with its JSON Pointer, line and column, and how many more problems there are. A
   * line end in it comes from the input (a field's name, say), and is left for {@link Terminal} to
   * show as {@code \n}.
   */
  static String describe(MispaJsonException e) {
    StringBuilder text = new StringBuilder(e.problem());
    text.append(" (at JSON Pointer \"").append(e.pointer()).append('"');
    TokenStreamLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      text.append(", line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
    }
    text.append(')');
    int more = e.problemCount() - 1;
    if (more > 0) {
      text.append("; and ").append(more).append(more == 1 ? " more problem" : " more problems");
    }
    return text.toString();
  }

  /** {@return what went wrong, in a few words: "no such file", "permission denied"} */
  static String describe(@Nullable IOException e) {
    if (e == null) {
      return "an unknown I/O error";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : oneLine(message);
  }

  /** Text on one line: line breaks become spaces. */
  static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
