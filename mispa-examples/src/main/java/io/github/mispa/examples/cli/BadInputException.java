package io.github.mispa.examples.cli;

import io.github.mispa.json.MispaJsonException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input the tool cannot use: a file that cannot be read, or that is not a mispa record. Its message
 * is one line, printed as it is on standard error; the tool then exits with {@link
 * Mispa#EXIT_BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable MispaJsonException readingError;

  BadInputException(String message) {
    this(message, null);
  }

  BadInputException(String message, @Nullable MispaJsonException readingError) {
    super(message, readingError);
    this.readingError = readingError;
  }

  /** {@return the error of reading the JSON, with its pointer; empty if the file was not read} */
  Optional<MispaJsonException> readingError() {
    return Optional.ofNullable(readingError);
  }
}
