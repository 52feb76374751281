package io.github.mispa.internal;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The ids a reader has met so far, found by their characters: a record names each participant and
 * person again and again (every ballot names a delegation, every act its speaker or presiding
 * officer), and a reader that looks each one up here before making a string keeps one string per
 * id, the participant's or person's own id first. The record then holds one copy of each id, not
 * one per mention, its lookups by id find the very string before they compare characters, and the
 * reader allocates and checks an id only the first time it meets it. The reader keeps the ids of
 * acts and documents out of it: each is named a few times at most, and a table of thousands would
 * cost more than it saves.
 *
 * <p>An open-addressing table of strings keyed by their characters, grown at half full. Not thread
 * safe: one reader, one table. Shared by mispa's packages, not API: it may change without notice.
 */
public final class IdTable {
  private @Nullable String[] table = new String[256];
  private int size;

  /**
   * {@return the string of {@code length} characters of {@code chars} from {@code offset}, if it
   * was {@link #add added}; null otherwise}
   */
  public @Nullable String find(char[] chars, int offset, int length) {
    requireNonNull(chars, "chars");
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
      String known = table[at];
      if (known == null) {
        return null;
      }
      if (known.hashCode() == hash && equal(known, chars, offset, length)) {
        return known;
      }
    }
  }

  /** Adds {@code id}, which {@link #find} did not find, and returns it. */
  public String add(String id) {
    requireNonNull(id, "id");
    if (2 * (size + 1) > table.length) {
      @Nullable String[] old = table;
      table = new String[old.length * 2];
      for (String known : old) {
        if (known != null) {
          put(known);
        }
      }
    }
    put(id);
    size++;
    return id;
  }

  private void put(String id) {
    int mask = table.length - 1;
    int at = spread(id.hashCode()) & mask;
    while (table[at] != null) {
      at = (at + 1) & mask;
    }
    table[at] = id;
  }

  /** Mixes the high bits of a string's hash into the low ones, which pick the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean equal(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
