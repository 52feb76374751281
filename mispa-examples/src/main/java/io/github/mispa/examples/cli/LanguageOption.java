package io.github.mispa.examples.cli;

import io.github.mispa.model.OfficialLanguage;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --lang}, shared by the commands that write for people: report, validate, state. */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = Mispa.LanguageConverter.class,
      description =
          "The language to write in: es, en, fr or pt (default: the language of the JVM's locale,"
              + " or English where it is none of the four).")
  private @Nullable OfficialLanguage lang;

  /** The language of {@code --lang}, else of the JVM's locale, else English. */
  OfficialLanguage language() {
    return lang != null ? lang : ToolText.defaultFor(Locale.getDefault());
  }
}
