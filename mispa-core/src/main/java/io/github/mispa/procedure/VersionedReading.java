package io.github.mispa.procedure;

import org.jspecify.annotations.Nullable;

/**
 * What a reader of the wire format knows of the format version of the document it reads, for
 * bindings: whether a field or a code read is in that version. A document's {@code formatVersion}
 * may come after fields that depend on it; until it is read, every version's fields and codes are
 * read, and the first that needs a later version than the oldest, or an earlier one than the
 * latest, is noted with the failure the binding would report at its place. Once the version is
 * known, {@link #version(int)} returns that failure if the version does not have what it noted.
 *
 * @param <E> the binding's failure
 */
public final class VersionedReading<E extends RuntimeException> {
  private int version;
  private int atLeast = RecordShapes.OLDEST_VERSION;
  private int atMost = Integer.MAX_VALUE;
  private @Nullable E later;
  private @Nullable E earlier;

  private VersionedReading(int version) {
    this.version = version;
  }

  /** {@return a reading of a document whose version is not known yet} */
  public static <E extends RuntimeException> VersionedReading<E> unknown() {
    return new VersionedReading<>(0);
  }

  /** {@return a reading of a part in the current version, such as an act read on its own} */
  public static <E extends RuntimeException> VersionedReading<E> current() {
    return new VersionedReading<>(RecordShapes.FORMAT_VERSION);
  }

  /** {@return the version; 0 while it is not known} */
  public int version() {
    return version;
  }

  /**
   * Sets the version, read from the document.
   *
   * @param read the version
   * @return the failure noted for what was read before and is not in that version, or null
   */
  public @Nullable E version(int read) {
    this.version = read;
    if (later != null && atLeast > read) {
      return later;
    }
    return earlier != null && atMost < read ? earlier : null;
  }

  /**
   * {@return whether the version has what is in the format from {@code since} to {@code until}}
   * While the version is not known, the answer is yes, and {@code failure} (if not null: a binding
   * that skips unknown fields passes null for a field) is noted, to be returned by {@link
   * #version(int)} should the version turn out not to have it.
   */
  public boolean has(int since, int until, java.util.function.@Nullable Supplier<E> failure) {
    if (version != 0) {
      return since <= version && version <= until;
    }
    if (failure != null && since > atLeast) {
      atLeast = since;
      later = failure.get();
    }
    if (failure != null && until < atMost) {
      atMost = until;
      earlier = failure.get();
    }
    return true;
  }

  /** {@return whether the version has {@code field}; see {@link #has(int, int, Supplier)}} */
  public boolean has(Shape.Field<?> field, java.util.function.@Nullable Supplier<E> failure) {
    return has(field.since(), field.until(), failure);
  }
}
