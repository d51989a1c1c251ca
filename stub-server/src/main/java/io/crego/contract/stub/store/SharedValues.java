package io.crego.contract.stub.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoded documents of {@link Kind#immutable() immutable} kinds that a PostgreSQL store hands
 * to every reader instead of decoding the text again, as the embedded stores do. Keyed by the
 * document's text, not its id, so it can never go stale: another replica's write changes the text a
 * read finds, which finds another entry. Bounded (least recently used go first), so it holds a few
 * thousand values whatever the company's size.
 */
final class SharedValues {

  private static final int CAPACITY = 4_096;

  private record Key(Class<?> type, String json) {}

  private final Map<Key, Object> values =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Remembers a value just written as the decoding of its text. */
  synchronized void remember(Kind<?> kind, String json, Object value) {
    if (kind.immutable()) {
      values.put(new Key(kind.type(), json), value);
    }
  }

  /** The document decoded: the value shared for its text, or decoded now (and shared from now). */
  <T> T decode(Kind<T> kind, String json) {
    if (!kind.immutable()) {
      return DocumentCodec.decode(kind, new StoredDocument(0, json));
    }
    Key key = new Key(kind.type(), json);
    synchronized (this) {
      Object shared = values.get(key);
      if (shared != null) {
        return kind.type().cast(shared);
      }
    }
    T value = DocumentCodec.decode(kind, new StoredDocument(0, json));
    synchronized (this) {
      values.putIfAbsent(key, value);
      return kind.type().cast(values.get(key));
    }
  }
}
