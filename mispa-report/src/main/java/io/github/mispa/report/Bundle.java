package io.github.mispa.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import io.github.mispa.model.OfficialLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one language: ICU {@link MessageFormat} patterns with named arguments, read from
 * {@code messages_xx.properties} in UTF-8. A key missing from a language is an error, never the
 * English text: the bundles are complete by test, and a gap must show.
 */
final class Bundle {
  private static final Map<OfficialLanguage, Bundle> LOADED = new EnumMap<>(OfficialLanguage.class);

  private final OfficialLanguage language;
  private final ImmutableMap<String, String> patterns;
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Bundle(OfficialLanguage language, ImmutableMap<String, String> patterns) {
    this.language = language;
    this.patterns = patterns;
  }

  /** {@return the bundle of {@code language}, read once} */
  static Bundle of(OfficialLanguage language) {
    requireNonNull(language, "language");
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(language, Bundle::load);
    }
  }

  private static Bundle load(OfficialLanguage language) {
    String name = "messages_" + language.code() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Bundle.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no bundle " + name + " beside " + Bundle.class.getName());
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> patterns = new HashMap<>();
    properties.forEach((k, v) -> patterns.put((String) k, (String) v));
    return new Bundle(language, ImmutableMap.copyOf(patterns));
  }

  /** {@return the language of the bundle} */
  OfficialLanguage language() {
    return language;
  }

  /** {@return the keys of the bundle} */
  ImmutableSet<String> keys() {
    return patterns.keySet();
  }

  /** {@return whether the bundle has {@code key}} */
  boolean has(String key) {
    return patterns.containsKey(key);
  }

  /** {@return the pattern of {@code key}, as written in the bundle} */
  String pattern(String key) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      throw new IllegalStateException(
          "the " + language.code() + " messages have no \"" + key + "\"");
    }
    return pattern;
  }

  /**
   * {@return the message {@code key} with its arguments}, given as name and value in turn: {@code
   * format("act.support", "subject", "la delegación del Perú", "count", 1)}
   */
  String format(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs: " + key);
    }
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return format(key, arguments);
  }

  /**
   * {@return the message {@code key} with its named arguments}
   *
   * @throws IllegalArgumentException if the pattern uses an argument that is not given: ICU would
   *     print "{name}" in the report
   */
  String format(String key, Map<String, Object> given) {
    // A count in a plural message is written as {nameDigits}: plain digits, as mispa writes
    // numbers everywhere (10000, not 10,000), where ICU's "#" would group them.
    Map<String, Object> arguments = new HashMap<>(given);
    for (Map.Entry<String, Object> argument : given.entrySet()) {
      if (argument.getValue() instanceof Number number) {
        arguments.put(argument.getKey() + "Digits", number.toString());
      }
    }
    MessageFormat format =
        formats.computeIfAbsent(
            key, k -> new MessageFormat(pattern(k), new ULocale(language.code())));
    for (String name : argumentNames(key)) {
      if (!arguments.containsKey(name)) {
        throw new IllegalArgumentException(
            "the " + language.code() + " message \"" + key + "\" uses {" + name + "}, not given");
      }
    }
    synchronized (format) {
      return format.format(arguments);
    }
  }

  /** {@return the names of the arguments the pattern of {@code key} uses, at any depth} */
  ImmutableSet<String> argumentNames(String key) {
    MessagePattern pattern = new MessagePattern(pattern(key));
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(pattern.getSubstring(part));
      }
    }
    return names.build();
  }
}
