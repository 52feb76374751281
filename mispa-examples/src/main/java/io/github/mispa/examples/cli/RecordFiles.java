package io.github.mispa.examples.cli;

import io.github.mispa.json.MispaJson;
import io.github.mispa.json.MispaJsonException;
import io.github.mispa.procedure.MeetingRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/** Reads record files, turning every failure into a {@link BadInputException} of one line. */
final class RecordFiles {
  private RecordFiles() {}

  /**
   * Reads the record in {@code file}.
   *
   * @throws BadInputException if the file cannot be read or does not hold a record
   */
  static MeetingRecord read(Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a directory, not a record file");
    }
    try {
      return MispaJson.standard().read(file);
    } catch (MispaJsonException e) {
      throw new BadInputException(file + ": not a mispa record: " + describe(e), e);
    } catch (UncheckedIOException e) {
      throw new BadInputException(file + ": cannot be read: " + describe(e.getCause()));
    }
  }

  /** The problem, with its JSON Pointer, line and column, and how many more problems there are. */
  static String describe(MispaJsonException e) {
    StringBuilder text = new StringBuilder(oneLine(e.problem()));
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

  private static String describe(@Nullable IOException e) {
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
