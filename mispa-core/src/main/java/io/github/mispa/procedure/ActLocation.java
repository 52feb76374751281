package io.github.mispa.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where an act is in a record: its agenda item and its position in the item, from 1. Printed as
 * {@code 2.a#3}: the third act of item 2.a. Locations order as the acts do in the record.
 *
 * <pre>{@code
 * ActLocation at = ActLocation.parse("2.a#3");
 * at.session(); // 2
 * at.item();    // "2.a"
 * at.index();   // 3
 * }</pre>
 */
public final class ActLocation implements Comparable<ActLocation> {
  private static final Pattern TEXT =
      Pattern.compile("(" + AgendaItem.NUMBER.pattern() + ")#([1-9][0-9]{0,8})");

  /**
   * Items order by session, then unlettered before lettered, then by letters as "a" < "z" < "aa".
   */
  static final Comparator<String> ITEM_ORDER =
      Comparator.<String>comparingInt(ActLocation::sessionOf)
          .thenComparingInt(ActLocation::letterLength)
          .thenComparing(Comparator.naturalOrder());

  private static final Comparator<ActLocation> ORDER =
      Comparator.comparing(ActLocation::item, ITEM_ORDER).thenComparingInt(ActLocation::index);

  private final String item;
  private final int index;

  private ActLocation(String item, int index) {
    this.item = item;
    this.index = index;
  }

  /**
   * Returns the location of the {@code index}-th act of {@code item}.
   *
   * @throws IllegalArgumentException if the item number is malformed or the index is below 1
   */
  public static ActLocation of(String item, int index) {
    requireNonNull(item, "item");
    checkArgument(
        AgendaItem.NUMBER.matcher(item).matches(), "\"%s\" is not an agenda item number", item);
    checkArgument(index >= 1, "act index must be at least 1, but was %s", index);
    return new ActLocation(item, index);
  }

  /** For locations built from a record, whose item numbers are already checked. */
  static ActLocation ofChecked(String item, int index) {
    return new ActLocation(item, index);
  }

  /**
   * Reads a location printed by {@link #toString()}, such as {@code 2.a#3}.
   *
   * @throws IllegalArgumentException if the text is not a location
   */
  public static ActLocation parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    checkArgument(
        m.matches(),
        "\"%s\" is not an act location: expected an item number, '#' and an act index, such as"
            + " 2.a#3",
        text);
    return new ActLocation(
        requireNonNull(m.group(1)), Integer.parseInt(requireNonNull(m.group(4))));
  }

  /** {@return the session number} */
  public int session() {
    return sessionOf(item);
  }

  /** {@return the agenda item number, such as {@code 2.a}} */
  public String item() {
    return item;
  }

  /** {@return the act's position in its item, from 1} */
  public int index() {
    return index;
  }

  private static int sessionOf(String item) {
    int dot = item.indexOf('.');
    return Integer.parseInt(dot < 0 ? item : item.substring(0, dot));
  }

  private static int letterLength(String item) {
    int dot = item.indexOf('.');
    return dot < 0 ? 0 : item.length() - dot - 1;
  }

  @Override
  public int compareTo(ActLocation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ActLocation other && item.equals(other.item) && index == other.index;
  }

  @Override
  public int hashCode() {
    return item.hashCode() * 31 + index;
  }

  /** Returns the location as {@code item#index}, such as {@code 2.a#3}. */
  @Override
  public String toString() {
    return item + "#" + index;
  }
}
