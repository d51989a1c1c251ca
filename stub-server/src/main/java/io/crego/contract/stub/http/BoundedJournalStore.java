package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * WireMock's request journal, keeping the latest {@code capacity} requests, that drops the oldest
 * as it adds one, at a constant cost.
 *
 * <p>Given a maximum ({@code maxRequestJournalEntries}), WireMock enforces it by counting the whole
 * journal after every request (a walk of all its entries, each looked up by id): with 1,000 kept,
 * that was 40–50% of the stub's CPU per call under load. Here the journal is given no maximum, so
 * WireMock never counts, and this store keeps its own count and the bound; what the journal holds
 * and answers is the same.
 */
final class BoundedJournalStore implements RequestJournalStore {

  private final int capacity;
  private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();

  /** Ids, newest first, as WireMock's own store keeps them. */
  private final Deque<UUID> order = new ConcurrentLinkedDeque<>();

  private final AtomicInteger size = new AtomicInteger();

  BoundedJournalStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a bounded journal keeps at least one request");
    }
    this.capacity = capacity;
  }

  /** WireMock's default stores, but for the request journal, which is this one. */
  static DefaultStores within(FileSource filesRoot, int capacity) {
    BoundedJournalStore journal = new BoundedJournalStore(capacity);
    return new DefaultStores(filesRoot) {
      @Override
      public RequestJournalStore getRequestJournalStore() {
        return journal;
      }
    };
  }

  @Override
  public void add(ServeEvent event) {
    if (events.put(event.getId(), event) == null) {
      size.incrementAndGet();
      order.addFirst(event.getId());
    }
    while (size.get() > capacity) {
      removeLast();
    }
  }

  @Override
  public Stream<ServeEvent> getAll() {
    return order.stream().map(events::get).filter(Objects::nonNull);
  }

  @Override
  public void removeLast() {
    UUID oldest = order.pollLast();
    if (oldest != null && events.remove(oldest) != null) {
      size.decrementAndGet();
    }
  }

  @Override
  public Stream<UUID> getAllKeys() {
    return getAll().map(ServeEvent::getId);
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    return Optional.ofNullable(events.get(id));
  }

  /** Updates a request it holds (WireMock does, once the answer is sent); adds none. */
  @Override
  public void put(UUID id, ServeEvent event) {
    events.replace(id, event);
  }

  @Override
  public void remove(UUID id) {
    if (events.remove(id) != null) {
      size.decrementAndGet();
      order.removeFirstOccurrence(id); // an admin call, rare: the walk is affordable there
    }
  }

  @Override
  public void clear() {
    order.clear();
    events.clear();
    size.set(events.size());
  }

  /** How many requests it holds now. */
  int size() {
    return size.get();
  }
}
