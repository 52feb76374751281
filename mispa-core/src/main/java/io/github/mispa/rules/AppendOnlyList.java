package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A persistent list that grows at its end: {@link #plus} returns a longer list and leaves this one
 * as it was, in constant amortised time, without copying the elements.
 *
 * <p>The versions of a list share one array and each sees only its first {@link #size()} elements,
 * which never change. Only the longest version of an array appends in place, into the free room
 * after its elements; appending to a shorter version, or to a full array, copies into a new array
 * of twice the room. The replay appends to the latest version of each motion's lists only, so it
 * never copies but to grow, and a motion with n supporters costs O(n) in all, not O(n²).
 *
 * <p>Unmodifiable ({@link AbstractList}'s mutators throw). Safe to read from any thread, and to
 * append to from several: the claim to the free room is atomic. The empty list has no room, so
 * appending to it always makes a new array, and the one empty instance is never written to. A first
 * element gets an array of its own, without room: most motions have one seconder and one supporter,
 * and a claim and spare room for each would cost more than the rare second copy.
 */
final class AppendOnlyList<E> extends AbstractList<E> implements RandomAccess {
  private static final AppendOnlyList<Object> EMPTY = new AppendOnlyList<>(new Object[0], 0, null);

  private final Object[] elements;
  private final int size;

  /**
   * How much of the array the versions sharing it have filled: the longest version's size. Claimed
   * atomically, so that two threads appending to one version never write the same slot. Null for an
   * array without room, which no version appends to in place.
   */
  private final @Nullable AtomicInteger claim;

  private AppendOnlyList(Object[] elements, int size, @Nullable AtomicInteger claim) {
    this.elements = elements;
    this.size = size;
    this.claim = claim;
  }

  /** {@return the empty list} */
  @SuppressWarnings("unchecked") // EMPTY holds no element, so it is a list of any type
  static <E> AppendOnlyList<E> of() {
    return (AppendOnlyList<E>) EMPTY;
  }

  /** {@return this list with {@code element} added at its end; this list does not change} */
  AppendOnlyList<E> plus(E element) {
    if (claim != null && size < elements.length && claim.compareAndSet(size, size + 1)) {
      elements[size] = element;
      return new AppendOnlyList<>(elements, size + 1, claim);
    }
    if (size == 0) {
      return new AppendOnlyList<>(new Object[] {element}, 1, null);
    }
    Object[] grown = Arrays.copyOf(elements, Math.max(4, size * 2));
    grown[size] = element;
    return new AppendOnlyList<>(grown, size + 1, new AtomicInteger(size + 1));
  }

  @Override
  @SuppressWarnings("unchecked") // only elements of type E are ever stored
  public E get(int index) {
    checkElementIndex(index, size);
    return (E) elements[index];
  }

  @Override
  public int size() {
    return size;
  }
}
