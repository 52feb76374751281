package io.github.mispa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash map whose changed copies share structure with it: a hash array mapped trie,
 * after Bagwell and Clojure. Looking up, adding and removing a key cost a few steps down a tree of
 * fan-out 32, at most seven levels; a changed copy copies only the nodes on the path to the key.
 *
 * <p>Many changes in a row can be made in place under an {@link Edit}: nodes made under an open
 * edit are changed in place by later changes under the same edit, and no copy that escaped before
 * the edit was opened is touched. {@link Edit#close() Closing} the edit makes every map made under
 * it immutable. This is how a replay applies a million acts at the cost of a mutable map and still
 * hands out snapshots that never change.
 *
 * <p>Shared by mispa's packages, not API: it may change without notice.
 *
 * @param <K> the keys, with equals and hashCode
 * @param <V> the values
 */
public final class PersistentMap<K, V> {
  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(null, null, null, 0);

  /** The empty map of a map that grows with the record: see {@link #emptyGrowing()}. */
  private static final PersistentMap<?, ?> EMPTY_GROWING = new PersistentMap<>(null, null, null, 0);

  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;
  private static final int MAX_SHIFT = 30;

  /**
   * Leave to change maps in place: maps and nodes made under an open edit belong to it.
   *
   * <p>An edit for {@link #ofOneOwner(int) one owner} — a replay that hands out no snapshot until
   * it is done — keeps the maps it makes as plain hash maps, the fastest there is; the first change
   * of such a map after its edit is closed copies it into a trie. Any other edit makes tries.
   */
  public static final class Edit {
    private final boolean flat;
    private final int expected;
    private final int growing;
    private boolean open = true;

    /** An edit whose maps are tries, cheap to change after it is closed. */
    public Edit() {
      this(false, 0, 0);
    }

    private Edit(boolean flat, int expected, int growing) {
      this.flat = flat;
      this.expected = expected;
      this.growing = growing;
    }

    /**
     * {@return an edit whose maps are plain hash maps until it is closed, each made with room for
     * up to {@code expected} keys, at most 64, or a quarter of that, at most 262,144, if it starts
     * from {@link #emptyGrowing()}} A replay makes many maps that stay small (the officers, the
     * nominations of each office) and a few that grow with the record (the motions settled, the
     * documents): room for thousands of keys in each costs more in zeroed tables than the few that
     * grow save, and the few that grow would otherwise be rehashed a dozen times on the way.
     */
    public static Edit ofOneOwner(int expected) {
      return new Edit(
          true,
          Math.min(Math.max(expected, 16), 64),
          Math.min(Math.max(expected / 4, 16), 1 << 18));
    }

    /** Whether the last change under this edit added a key: a box that need not be allocated. */
    private boolean added;

    /** Ends the edit: every map made under it is immutable from now on. */
    public void close() {
      open = false;
    }

    /** {@return whether the edit is still open} */
    public boolean isOpen() {
      return open;
    }
  }

  /** The edit this map was made under: while it is open, the map changes in place. */
  private final @Nullable Edit owner;

  private @Nullable Node root;

  /** The entries of a map made under an edit of one owner; then the root is null. */
  private final @Nullable Map<Object, Object> flat;

  private int size;

  private PersistentMap(
      @Nullable Edit owner, @Nullable Node root, @Nullable Map<Object, Object> flat, int size) {
    this.owner = owner;
    this.root = root;
    this.flat = flat;
    this.size = size;
  }

  /** {@return this map as a trie: itself, or its entries copied, if it is flat} */
  private PersistentMap<K, V> asTrie(@Nullable Edit edit) {
    if (flat == null) {
      return this;
    }
    Edit owner = edit != null && edit.open && !edit.flat ? edit : new Edit();
    PersistentMap<K, V> trie = empty();
    for (Map.Entry<Object, Object> entry : flat.entrySet()) {
      @SuppressWarnings("unchecked") // flat holds what with(K, V) put
      K key = (K) entry.getKey();
      @SuppressWarnings("unchecked")
      V value = (V) entry.getValue();
      trie = trie.with(key, value, owner);
    }
    return trie;
  }

  /** This map with a new root and size: itself, changed, if {@code edit} owns it. */
  private PersistentMap<K, V> changed(@Nullable Edit edit, @Nullable Node newRoot, int newSize) {
    if (edit != null && owner == edit) {
      root = newRoot;
      size = newSize;
      return this;
    }
    return new PersistentMap<>(edit, newRoot, null, newSize);
  }

  /** {@return the empty map} */
  @SuppressWarnings("unchecked") // the empty map holds no key and no value
  public static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  /**
   * {@return the empty map, for a map that grows with the record, such as one entry per motion:
   * made into a plain hash map under an edit of {@link Edit#ofOneOwner(int) one owner}, it starts
   * with room for the edit's share of the record} Otherwise it is the empty map.
   */
  @SuppressWarnings("unchecked") // the empty map holds no key and no value
  public static <K, V> PersistentMap<K, V> emptyGrowing() {
    return (PersistentMap<K, V>) EMPTY_GROWING;
  }

  /** {@return how many keys it has} */
  public int size() {
    return size;
  }

  /** {@return whether it has no key} */
  public boolean isEmpty() {
    return size == 0;
  }

  /** {@return the value of {@code key}, or null} */
  @SuppressWarnings("unchecked") // values are put only through with(K, V)
  public @Nullable V get(Object key) {
    requireNonNull(key, "key");
    if (flat != null) {
      return (V) flat.get(key);
    }
    Node node = root;
    int hash = key.hashCode();
    for (int shift = 0; node != null; shift += BITS) {
      if (node.collision) {
        return (V) node.collisionGet(key);
      }
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((node.bitmap & bit) == 0) {
        return null;
      }
      int at = 2 * Integer.bitCount(node.bitmap & (bit - 1));
      Object k = node.array[at];
      Object v = node.array[at + 1];
      if (k == null) {
        node = (Node) v;
      } else {
        return k.equals(key) ? (V) v : null;
      }
    }
    return null;
  }

  /** {@return whether it has {@code key}} */
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  /** {@return this map with {@code key} mapped to {@code value}} */
  public PersistentMap<K, V> with(K key, V value) {
    return with(key, value, null);
  }

  /**
   * {@return this map with {@code key} mapped to {@code value}, changing in place the nodes that
   * {@code edit} owns; a copy where {@code edit} is null or closed}
   */
  public PersistentMap<K, V> with(K key, V value, @Nullable Edit edit) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    if (edit != null && edit.open && edit.flat) {
      if (flat != null && owner == edit) {
        if (flat.put(key, value) == null) {
          size++;
        }
        return this;
      }
      if (size == 0) {
        int room = this == EMPTY_GROWING ? edit.growing : edit.expected;
        HashMap<Object, Object> entries = new HashMap<>(room * 4 / 3 + 1);
        entries.put(key, value);
        return new PersistentMap<>(edit, null, entries, 1);
      }
    }
    if (flat != null) {
      return asTrie(edit).with(key, value, edit != null && edit.flat ? null : edit);
    }
    Edit owner = edit != null && edit.open ? edit : null;
    Edit box = owner != null ? owner : new Edit();
    box.added = false;
    Node node = root == null ? new Node(owner, 0, new Object[0], false) : root;
    Node changed = node.put(owner, 0, key.hashCode(), key, value, box);
    if (changed == root && !box.added) {
      return this;
    }
    return changed(owner, changed, box.added ? size + 1 : size);
  }

  /** {@return this map without {@code key}} */
  public PersistentMap<K, V> without(Object key) {
    return without(key, null);
  }

  /** {@return this map without {@code key}, changing in place the nodes {@code edit} owns} */
  public PersistentMap<K, V> without(Object key, @Nullable Edit edit) {
    requireNonNull(key, "key");
    if (get(key) == null) {
      return this;
    }
    if (flat != null) {
      if (edit != null && edit.open && owner == edit) {
        flat.remove(key);
        size--;
        return this;
      }
      return asTrie(edit).without(key, edit != null && edit.flat ? null : edit);
    }
    if (root == null) {
      return this;
    }
    Edit owner = edit != null && edit.open ? edit : null;
    Node changed = root.remove(owner, 0, key.hashCode(), key);
    return size == 1 ? empty() : changed(owner, changed, size - 1);
  }

  /** Calls {@code action} with every key and value, in no particular order. */
  @SuppressWarnings("unchecked") // keys and values are put only through with(K, V)
  public void forEach(BiConsumer<? super K, ? super V> action) {
    if (flat != null) {
      flat.forEach((BiConsumer<Object, Object>) action);
    } else if (root != null) {
      root.forEach((BiConsumer<Object, Object>) action);
    }
  }

  /** A node: a bitmap of the slots in use and, per slot, a key and value or null and a node. */
  private static final class Node {
    private final @Nullable Edit edit;
    private final boolean collision;
    private int bitmap;
    private Object[] array;

    Node(@Nullable Edit edit, int bitmap, Object[] array, boolean collision) {
      this.edit = edit;
      this.bitmap = bitmap;
      this.array = array;
      this.collision = collision;
    }

    private boolean ownedBy(@Nullable Edit owner) {
      return owner != null && edit == owner;
    }

    /** This node with its array replaced, in place if {@code owner} owns it. */
    private Node with(@Nullable Edit owner, int newBitmap, Object[] newArray) {
      if (ownedBy(owner)) {
        bitmap = newBitmap;
        array = newArray;
        return this;
      }
      return new Node(owner, newBitmap, newArray, collision);
    }

    /** This node with one slot of its array set, in place if {@code owner} owns it. */
    private Node set(@Nullable Edit owner, int at, Object value) {
      if (ownedBy(owner)) {
        array[at] = value;
        return this;
      }
      Object[] copy = copyOfUsed();
      copy[at] = value;
      return new Node(owner, bitmap, copy, collision);
    }

    /**
     * A copy of the slots in use, without the room an edit left to grow into: a map changed under a
     * new edit for every change (a live meeting's) copies the nodes on a path at each change, and
     * would copy the room each time.
     */
    private Object[] copyOfUsed() {
      return collision ? array.clone() : Arrays.copyOf(array, 2 * Integer.bitCount(bitmap));
    }

    @Nullable Object collisionGet(Object key) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i].equals(key)) {
          return array[i + 1];
        }
      }
      return null;
    }

    Node put(@Nullable Edit owner, int shift, int hash, Object key, Object value, Edit added) {
      if (collision) {
        for (int i = 0; i < array.length; i += 2) {
          if (array[i].equals(key)) {
            return array[i + 1] == value ? this : set(owner, i + 1, value);
          }
        }
        added.added = true;
        Object[] grown = java.util.Arrays.copyOf(array, array.length + 2);
        grown[array.length] = key;
        grown[array.length + 1] = value;
        return with(owner, bitmap, grown);
      }
      int bit = 1 << ((hash >>> shift) & MASK);
      int at = 2 * Integer.bitCount(bitmap & (bit - 1));
      if ((bitmap & bit) == 0) {
        added.added = true;
        int used = 2 * Integer.bitCount(bitmap);
        if (ownedBy(owner) && used + 2 <= array.length) {
          // Room to spare in a node this edit owns: shift in place, as a growing list does.
          System.arraycopy(array, at, array, at + 2, used - at);
          array[at] = key;
          array[at + 1] = value;
          bitmap |= bit;
          return this;
        }
        // Under an edit, a node grows by half again, so that filling it copies it a few times.
        Object[] grown =
            new Object[owner == null ? used + 2 : Math.min(64, used + 2 + used / 2 + 2)];
        System.arraycopy(array, 0, grown, 0, at);
        grown[at] = key;
        grown[at + 1] = value;
        System.arraycopy(array, at, grown, at + 2, used - at);
        return with(owner, bitmap | bit, grown);
      }
      Object k = array[at];
      Object v = array[at + 1];
      if (k == null) {
        Node child = (Node) v;
        Node changed = child.put(owner, shift + BITS, hash, key, value, added);
        return changed == child ? this : set(owner, at + 1, changed);
      }
      if (k.equals(key)) {
        return v == value ? this : set(owner, at + 1, value);
      }
      added.added = true;
      Node split = pair(owner, shift + BITS, k, v, hash, key, value);
      Object[] copy = ownedBy(owner) ? array : copyOfUsed();
      copy[at] = null;
      copy[at + 1] = split;
      return with(owner, bitmap, copy);
    }

    /** A node holding two keys that share a slot at this level. */
    @SuppressWarnings("ReferenceEquality") // hashes, not keys, are compared
    private static Node pair(
        @Nullable Edit owner, int shift, Object k1, Object v1, int hash2, Object k2, Object v2) {
      int hash1 = k1.hashCode();
      if (hash1 == hash2 || shift > MAX_SHIFT) {
        return new Node(owner, 0, new Object[] {k1, v1, k2, v2}, true);
      }
      int b1 = (hash1 >>> shift) & MASK;
      int b2 = (hash2 >>> shift) & MASK;
      if (b1 == b2) {
        return new Node(
            owner,
            1 << b1,
            new Object[] {null, pair(owner, shift + BITS, k1, v1, hash2, k2, v2)},
            false);
      }
      Object[] array = b1 < b2 ? new Object[] {k1, v1, k2, v2} : new Object[] {k2, v2, k1, v1};
      return new Node(owner, (1 << b1) | (1 << b2), array, false);
    }

    /** This node without {@code key}, which it holds; null when nothing is left. */
    @Nullable Node remove(@Nullable Edit owner, int shift, int hash, Object key) {
      if (collision) {
        for (int i = 0; i < array.length; i += 2) {
          if (array[i].equals(key)) {
            if (array.length == 2) {
              return null;
            }
            Object[] shrunk = new Object[array.length - 2];
            System.arraycopy(array, 0, shrunk, 0, i);
            System.arraycopy(array, i + 2, shrunk, i, array.length - i - 2);
            return with(owner, bitmap, shrunk);
          }
        }
        return this;
      }
      int bit = 1 << ((hash >>> shift) & MASK);
      int at = 2 * Integer.bitCount(bitmap & (bit - 1));
      Object k = array[at];
      if (k == null) {
        Node child = (Node) array[at + 1];
        Node changed = child.remove(owner, shift + BITS, hash, key);
        if (changed != null) {
          return changed == child ? this : set(owner, at + 1, changed);
        }
      }
      if (bitmap == bit) {
        return null;
      }
      int used = 2 * Integer.bitCount(bitmap);
      Object[] shrunk = new Object[used - 2];
      System.arraycopy(array, 0, shrunk, 0, at);
      System.arraycopy(array, at + 2, shrunk, at, used - at - 2);
      return with(owner, bitmap ^ bit, shrunk);
    }

    void forEach(BiConsumer<Object, Object> action) {
      int used = collision ? array.length : 2 * Integer.bitCount(bitmap);
      for (int i = 0; i < used; i += 2) {
        if (array[i] == null) {
          ((Node) array[i + 1]).forEach(action);
        } else {
          action.accept(array[i], array[i + 1]);
        }
      }
    }
  }
}
