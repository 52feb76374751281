package io.github.mispa.rules.catalogue;

import java.util.List;

/** Lists in words, for messages. */
final class Names {
  private Names() {}

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
