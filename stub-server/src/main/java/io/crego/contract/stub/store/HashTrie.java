package io.crego.contract.stub.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable map in no particular order: a hash array mapped trie whose every change returns a
 * new trie sharing all but the few nodes on the changed path. It holds a kind's documents by id,
 * where {@link OrderedTree}'s order is not needed and its depth costs: a lookup in a million
 * documents walks about four 32-way nodes here, against some twenty binary ones there, each of them
 * a likely cache miss when the ids are random.
 *
 * <p>Each level takes five bits of the key's hash, from the lowest up. Keys whose hashes are equal
 * share a collision node.
 */
final class HashTrie<K, V> {

  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;

  private static final HashTrie<?, ?> EMPTY = new HashTrie<>(new Branch(0, new Object[0]), 0);

  /** A key, its hash and its value. */
  private record Leaf(Object key, int hash, Object value) {}

  /** Slots for the hash fragments whose bit is set in the bitmap; each a Leaf or a node. */
  private record Branch(int bitmap, Object[] slots) {}

  /** Leaves whose keys' hashes are all equal. */
  private record Collision(int hash, Leaf[] leaves) {}

  private final Branch root;
  private final int size;

  private HashTrie(Branch root, int size) {
    this.root = root;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <K, V> HashTrie<K, V> empty() {
    return (HashTrie<K, V>) EMPTY;
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  V get(K key) {
    int hash = hash(key);
    Object node = root;
    for (int shift = 0; ; shift += BITS) {
      if (node instanceof Branch branch) {
        int bit = bit(hash, shift);
        if ((branch.bitmap & bit) == 0) {
          return null;
        }
        node = branch.slots[index(branch.bitmap, bit)];
      } else if (node instanceof Leaf leaf) {
        return leaf.hash == hash && leaf.key.equals(key) ? (V) leaf.value : null;
      } else {
        Leaf leaf = find((Collision) node, key);
        return leaf == null ? null : (V) leaf.value;
      }
    }
  }

  HashTrie<K, V> put(K key, V value) {
    Objects.requireNonNull(value, "value");
    boolean[] added = {false};
    Branch next = (Branch) put(root, 0, new Leaf(key, hash(key), value), added);
    return new HashTrie<>(next, added[0] ? size + 1 : size);
  }

  /** The trie without the key; this same trie when the key is absent. */
  HashTrie<K, V> remove(K key) {
    if (get(key) == null) {
      return this;
    }
    Object rest = remove(root, 0, key, hash(key));
    Branch next;
    if (rest == null) {
      next = ((HashTrie<?, ?>) EMPTY).root;
    } else if (rest instanceof Branch branch) {
      next = branch;
    } else {
      // the root must stay a branch: put the one entry or collision left back under it
      int fragmentHash = rest instanceof Leaf leaf ? leaf.hash : ((Collision) rest).hash;
      next = new Branch(bit(fragmentHash, 0), new Object[] {rest});
    }
    return new HashTrie<>(next, size - 1);
  }

  private static Object put(Object node, int shift, Leaf leaf, boolean[] added) {
    if (node instanceof Collision collision) {
      if (collision.hash != leaf.hash) {
        added[0] = true;
        return pair(collision, collision.hash, leaf, leaf.hash, shift);
      }
      Leaf[] leaves = collision.leaves;
      for (int i = 0; i < leaves.length; i++) {
        if (leaves[i].key.equals(leaf.key)) {
          Leaf[] replaced = leaves.clone();
          replaced[i] = leaf;
          return new Collision(collision.hash, replaced);
        }
      }
      added[0] = true;
      Leaf[] grown = Arrays.copyOf(leaves, leaves.length + 1);
      grown[leaves.length] = leaf;
      return new Collision(collision.hash, grown);
    }
    Branch branch = (Branch) node;
    int bit = bit(leaf.hash, shift);
    int index = index(branch.bitmap, bit);
    if ((branch.bitmap & bit) == 0) {
      added[0] = true;
      Object[] slots = new Object[branch.slots.length + 1];
      System.arraycopy(branch.slots, 0, slots, 0, index);
      slots[index] = leaf;
      System.arraycopy(branch.slots, index, slots, index + 1, branch.slots.length - index);
      return new Branch(branch.bitmap | bit, slots);
    }
    Object slot = branch.slots[index];
    Object replacement;
    if (slot instanceof Leaf existing) {
      if (existing.hash == leaf.hash && existing.key.equals(leaf.key)) {
        replacement = leaf;
      } else {
        added[0] = true;
        replacement = pair(existing, existing.hash, leaf, leaf.hash, shift + BITS);
      }
    } else {
      replacement = put(slot, shift + BITS, leaf, added);
    }
    Object[] slots = branch.slots.clone();
    slots[index] = replacement;
    return new Branch(branch.bitmap, slots);
  }

  /** The node holding two entries (leaves or collisions) whose hashes agree below shift. */
  private static Object pair(Object a, int hashA, Object b, int hashB, int shift) {
    if (hashA == hashB) {
      // only leaves can meet here: a collision's own hash would have led into it
      return new Collision(hashA, new Leaf[] {(Leaf) a, (Leaf) b});
    }
    int bitA = bit(hashA, shift);
    int bitB = bit(hashB, shift);
    if (bitA == bitB) {
      return new Branch(bitA, new Object[] {pair(a, hashA, b, hashB, shift + BITS)});
    }
    Object[] slots =
        Integer.compareUnsigned(bitA, bitB) < 0 ? new Object[] {a, b} : new Object[] {b, a};
    return new Branch(bitA | bitB, slots);
  }

  /**
   * Removes a key known to be present. Returns what is left: null when nothing, a lone leaf or
   * collision for the parent to hold directly (so that the trie stays as shallow as its keys need),
   * or a node.
   */
  private static Object remove(Object node, int shift, Object key, int hash) {
    if (node instanceof Collision collision) {
      Leaf[] leaves = collision.leaves;
      if (leaves.length == 2) {
        return leaves[0].key.equals(key) ? leaves[1] : leaves[0];
      }
      Leaf[] shrunk = new Leaf[leaves.length - 1];
      int kept = 0;
      for (Leaf leaf : leaves) {
        if (!leaf.key.equals(key)) {
          shrunk[kept++] = leaf;
        }
      }
      return new Collision(collision.hash, shrunk);
    }
    Branch branch = (Branch) node;
    int bit = bit(hash, shift);
    int index = index(branch.bitmap, bit);
    Object slot = branch.slots[index];
    Object rest = slot instanceof Leaf ? null : remove(slot, shift + BITS, key, hash);
    if (rest == null) {
      if (branch.slots.length == 1) {
        return null;
      }
      if (branch.slots.length == 2 && !(branch.slots[1 - index] instanceof Branch)) {
        return branch.slots[1 - index];
      }
      Object[] slots = new Object[branch.slots.length - 1];
      System.arraycopy(branch.slots, 0, slots, 0, index);
      System.arraycopy(branch.slots, index + 1, slots, index, slots.length - index);
      return new Branch(branch.bitmap & ~bit, slots);
    }
    if (branch.slots.length == 1 && !(rest instanceof Branch)) {
      return rest;
    }
    Object[] slots = branch.slots.clone();
    slots[index] = rest;
    return new Branch(branch.bitmap, slots);
  }

  private static Leaf find(Collision collision, Object key) {
    for (Leaf leaf : collision.leaves) {
      if (leaf.key.equals(key)) {
        return leaf;
      }
    }
    return null;
  }

  private static int hash(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16); // String hashes vary least in their top bits
  }

  private static int bit(int hash, int shift) {
    return 1 << ((hash >>> shift) & MASK);
  }

  private static int index(int bitmap, int bit) {
    return Integer.bitCount(bitmap & (bit - 1));
  }
}
