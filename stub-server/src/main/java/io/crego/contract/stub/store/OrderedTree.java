package io.crego.contract.stub.store;

import java.util.function.BiConsumer;

/**
 * An immutable sorted map: an AVL tree whose every change returns a new tree sharing all but the
 * O(log n) nodes on the changed path. It is what lets a unit of work change one document of a
 * company that holds 100,000 without copying the other 99,999, while readers keep the tree they
 * started with. Each node also counts its subtree, so the n-th entry and the number of keys below a
 * key are O(log n): a page of a listing and a count need no scan.
 */
final class OrderedTree<K extends Comparable<? super K>, V> {

  private static final OrderedTree<?, ?> EMPTY = new OrderedTree<>(null);

  private final Node<K, V> root;

  private OrderedTree(Node<K, V> root) {
    this.root = root;
  }

  /** One entry; also a subtree, with its height and size. */
  record Node<K, V>(K key, V value, Node<K, V> left, Node<K, V> right, int height, int size) {}

  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> OrderedTree<K, V> empty() {
    return (OrderedTree<K, V>) EMPTY;
  }

  int size() {
    return size(root);
  }

  V get(K key) {
    Node<K, V> node = root;
    while (node != null) {
      int order = key.compareTo(node.key);
      if (order == 0) {
        return node.value;
      }
      node = order < 0 ? node.left : node.right;
    }
    return null;
  }

  OrderedTree<K, V> put(K key, V value) {
    return new OrderedTree<>(insert(root, key, value));
  }

  /** The tree without the key; this same tree when the key is absent. */
  OrderedTree<K, V> remove(K key) {
    if (get(key) == null) {
      return this;
    }
    return new OrderedTree<>(delete(root, key));
  }

  /** The entry at a position of the key order, 0 being the smallest key. */
  Node<K, V> at(int position) {
    if (position < 0 || position >= size()) {
      throw new IndexOutOfBoundsException(position + " of " + size());
    }
    Node<K, V> node = root;
    int index = position;
    while (true) {
      int leftSize = size(node.left);
      if (index < leftSize) {
        node = node.left;
      } else if (index == leftSize) {
        return node;
      } else {
        index -= leftSize + 1;
        node = node.right;
      }
    }
  }

  /** How many keys are smaller than the given one (present or not). */
  int rank(K key) {
    int smaller = 0;
    Node<K, V> node = root;
    while (node != null) {
      if (key.compareTo(node.key) <= 0) {
        node = node.left;
      } else {
        smaller += size(node.left) + 1;
        node = node.right;
      }
    }
    return smaller;
  }

  /** Every entry in key order. */
  void forEach(BiConsumer<? super K, ? super V> action) {
    walk(root, action);
  }

  private static <K, V> void walk(Node<K, V> node, BiConsumer<? super K, ? super V> action) {
    // Recursion depth is the height: at most ~1.44 log2(n), about 30 for a million entries.
    if (node != null) {
      walk(node.left, action);
      action.accept(node.key, node.value);
      walk(node.right, action);
    }
  }

  private static <K extends Comparable<? super K>, V> Node<K, V> insert(
      Node<K, V> node, K key, V value) {
    if (node == null) {
      return new Node<>(key, value, null, null, 1, 1);
    }
    int order = key.compareTo(node.key);
    if (order == 0) {
      return new Node<>(key, value, node.left, node.right, node.height, node.size);
    }
    return order < 0
        ? balance(node.key, node.value, insert(node.left, key, value), node.right)
        : balance(node.key, node.value, node.left, insert(node.right, key, value));
  }

  /** Deletes a key known to be present. */
  private static <K extends Comparable<? super K>, V> Node<K, V> delete(Node<K, V> node, K key) {
    int order = key.compareTo(node.key);
    if (order < 0) {
      return balance(node.key, node.value, delete(node.left, key), node.right);
    }
    if (order > 0) {
      return balance(node.key, node.value, node.left, delete(node.right, key));
    }
    if (node.left == null) {
      return node.right;
    }
    if (node.right == null) {
      return node.left;
    }
    Node<K, V> successor = node.right;
    while (successor.left != null) {
      successor = successor.left;
    }
    return balance(successor.key, successor.value, node.left, delete(node.right, successor.key));
  }

  /** A node over two subtrees whose heights differ by at most 2, rotated back into balance. */
  private static <K, V> Node<K, V> balance(K key, V value, Node<K, V> left, Node<K, V> right) {
    int lean = height(left) - height(right);
    if (lean > 1) {
      if (height(left.left) < height(left.right)) {
        left = rotateLeft(left);
      }
      return rotateRight(node(key, value, left, right));
    }
    if (lean < -1) {
      if (height(right.right) < height(right.left)) {
        right = rotateRight(right);
      }
      return rotateLeft(node(key, value, left, right));
    }
    return node(key, value, left, right);
  }

  private static <K, V> Node<K, V> rotateRight(Node<K, V> node) {
    Node<K, V> left = node.left;
    return node(
        left.key, left.value, left.left, node(node.key, node.value, left.right, node.right));
  }

  private static <K, V> Node<K, V> rotateLeft(Node<K, V> node) {
    Node<K, V> right = node.right;
    return node(
        right.key, right.value, node(node.key, node.value, node.left, right.left), right.right);
  }

  private static <K, V> Node<K, V> node(K key, V value, Node<K, V> left, Node<K, V> right) {
    return new Node<>(
        key,
        value,
        left,
        right,
        1 + Math.max(height(left), height(right)),
        1 + size(left) + size(right));
  }

  private static int height(Node<?, ?> node) {
    return node == null ? 0 : node.height;
  }

  private static int size(Node<?, ?> node) {
    return node == null ? 0 : node.size;
  }
}
