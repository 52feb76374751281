package io.github.mispa.model;

/**
 * Thrown when text is not a valid OAS document symbol. Like {@link
 * java.time.format.DateTimeParseException}, it carries the text and the index where parsing failed.
 */
public final class DocumentSymbolParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String parsedString;
  private final int errorIndex;

  DocumentSymbolParseException(String problem, CharSequence parsedString, int errorIndex) {
    super(
        "Text \""
            + parsedString
            + "\" is not a document symbol: "
            + problem
            + " at index "
            + errorIndex);
    this.parsedString = parsedString.toString();
    this.errorIndex = errorIndex;
  }

  /** {@return the text that could not be parsed} */
  public String getParsedString() {
    return parsedString;
  }

  /** {@return the index in {@link #getParsedString()} where parsing failed} */
  public int getErrorIndex() {
    return errorIndex;
  }
}
