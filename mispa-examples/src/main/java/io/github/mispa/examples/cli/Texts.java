package io.github.mispa.examples.cli;

import io.github.mispa.rules.FindingKind;
import java.util.List;
import java.util.Locale;

/**
 * The small pieces of English the commands print: kinds of finding (as JSON names them), lists in
 * English (the other languages' lists are ICU's).
 */
final class Texts {
  private Texts() {}

  /** {@return how the tool names a kind of finding: void, irregular or undetermined} */
  static String kindName(FindingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** {@return the words as a list: "a", "a and b", "a, b and c"} */
  static String and(List<String> words) {
    return joined(words, " and ");
  }

  /** {@return the words as alternatives: "a", "a or b", "a, b or c"} */
  static String or(List<String> words) {
    return joined(words, " or ");
  }

  private static String joined(List<String> words, String last) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + last
        + words.get(words.size() - 1);
  }
}
