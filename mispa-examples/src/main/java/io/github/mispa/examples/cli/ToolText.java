package io.github.mispa.examples.cli;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.mispa.model.OfficialLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The tool's own words in one of the four official languages: ICU patterns read from {@code
 * tool_xx.properties}, with no fallback on English (a missing key is an error, and a test holds the
 * four files to the same keys).
 */
final class ToolText {
  private final OfficialLanguage language;
  private final Properties patterns = new Properties();

  private ToolText(OfficialLanguage language) {
    this.language = language;
    String name = "tool_" + language.code() + ".properties";
    try (InputStream in = ToolText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no " + name);
      }
      patterns.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ToolText in(OfficialLanguage language) {
    return new ToolText(requireNonNull(language, "language"));
  }

  OfficialLanguage language() {
    return language;
  }

  Properties patterns() {
    return patterns;
  }

  /** The message {@code key}, with its arguments as name and value in turn. */
  String format(String key, Object... namesAndValues) {
    String pattern = patterns.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("the " + language.code() + " tool text has no " + key);
    }
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
      // Counts are written as plain digits ({nameDigits}), as the tool always wrote them.
      if (namesAndValues[i + 1] instanceof Number number) {
        arguments.put(namesAndValues[i] + "Digits", number.toString());
      }
    }
    return new MessageFormat(pattern, new ULocale(language.code())).format(arguments);
  }

  /**
   * The language of {@code locale}, or English where it is none of the four official languages: the
   * default of {@code --lang}.
   */
  static OfficialLanguage defaultFor(Locale locale) {
    Optional<OfficialLanguage> language = OfficialLanguage.of(locale);
    return language.orElse(OfficialLanguage.ENGLISH);
  }
}
