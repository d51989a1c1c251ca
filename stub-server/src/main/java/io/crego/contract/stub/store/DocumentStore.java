package io.crego.contract.stub.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The store of one process: {@link InMemoryStore} and {@link SqliteStore} differ only in the {@link
 * Journal} that makes writes durable. ({@link PostgresStore} shares its state between processes.)
 *
 * <p>Each company has a published, immutable snapshot and a lock. A read works on the snapshot
 * current when it starts, without locking. A write takes the company's lock, works on a copy, has
 * the journal persist the changes in one transaction, and only then publishes the new snapshot:
 * when the work or the journal throws, memory and disk are as they were. Whole-store operations
 * (reset all, import, export) hold a store-wide lock that keeps every write out meanwhile.
 */
public class DocumentStore implements Store {

  private final Journal journal;
  private final Map<String, CompanySlot> companies = new ConcurrentHashMap<>();

  /** Shared by every company write, exclusive for whole-store operations. */
  private final ReentrantReadWriteLock wholeStore = new ReentrantReadWriteLock();

  private volatile boolean closed;

  /** A company's lock and published snapshot. Slots are never removed, only emptied. */
  private static final class CompanySlot {
    final ReentrantLock lock = new ReentrantLock();
    volatile CompanySnapshot snapshot = CompanySnapshot.EMPTY;
  }

  DocumentStore(Journal journal) {
    this.journal = journal;
    try {
      journal.load().forEach((company, snapshot) -> slot(company).snapshot = snapshot);
    } catch (RuntimeException e) {
      journal.close();
      throw e;
    }
  }

  @Override
  public <R> R read(String companyId, Function<StoreView, R> work) {
    requireOpen();
    CompanySlot slot = companies.get(requireCompany(companyId));
    return work.apply(new SnapshotView(slot == null ? CompanySnapshot.EMPTY : slot.snapshot));
  }

  @Override
  public <R> R write(String companyId, Function<StoreTransaction, R> work) {
    requireOpen();
    CompanySlot slot = slot(requireCompany(companyId));
    if (slot.lock.isHeldByCurrentThread()) {
      // The outer unit of work would publish over the inner one's changes.
      throw new IllegalStateException("A write of company " + companyId + " inside another one");
    }
    wholeStore.readLock().lock();
    try {
      requireOpen(); // again: close() may have run while this write waited
      slot.lock.lock();
      try {
        UnitOfWork unit = new UnitOfWork(slot.snapshot);
        R result = work.apply(unit);
        if (unit.hasChanges()) {
          journal.commit(companyId, unit.changes());
          slot.snapshot = unit.result();
        }
        return result;
      } finally {
        slot.lock.unlock();
      }
    } finally {
      wholeStore.readLock().unlock();
    }
  }

  @Override
  public Set<String> companies() {
    Set<String> withData = new TreeSet<>();
    companies.forEach(
        (company, slot) -> {
          if (!slot.snapshot.isEmpty()) {
            withData.add(company);
          }
        });
    return withData;
  }

  @Override
  public void reset(String companyId) {
    // A write with no changes of its own: it holds the company's lock while the journal forgets.
    write(
        companyId,
        tx -> {
          journal.deleteCompany(companyId);
          companies.get(companyId).snapshot = CompanySnapshot.EMPTY;
          return null;
        });
  }

  @Override
  public void resetAll() {
    exclusively(
        () -> {
          journal.replaceAll(Map.of());
          companies.values().forEach(slot -> slot.snapshot = CompanySnapshot.EMPTY);
          return null;
        });
  }

  @Override
  public String exportJson() {
    return exclusively(
        () -> {
          Map<String, CompanySnapshot> state = new LinkedHashMap<>();
          companies.forEach((company, slot) -> state.put(company, slot.snapshot));
          return ExportFormat.write(state);
        });
  }

  @Override
  public void importJson(String json) {
    Map<String, CompanySnapshot> state = ExportFormat.parse(json);
    exclusively(
        () -> {
          journal.replaceAll(state);
          companies.values().forEach(slot -> slot.snapshot = CompanySnapshot.EMPTY);
          state.forEach((company, snapshot) -> slot(company).snapshot = snapshot);
          return null;
        });
  }

  /** Waits for writes under way, then closes the journal. Closing twice does nothing. */
  @Override
  public void close() {
    wholeStore.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        journal.close();
      }
    } finally {
      wholeStore.writeLock().unlock();
    }
  }

  private CompanySlot slot(String companyId) {
    return companies.computeIfAbsent(companyId, c -> new CompanySlot());
  }

  private <R> R exclusively(Supplier<R> work) {
    if (wholeStore.getReadHoldCount() > 0) {
      throw new IllegalStateException("A whole-store operation inside a write");
    }
    wholeStore.writeLock().lock();
    try {
      requireOpen();
      return work.get();
    } finally {
      wholeStore.writeLock().unlock();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("The store is closed");
    }
  }

  private static String requireCompany(String companyId) {
    if (companyId == null || companyId.isEmpty()) {
      throw new IllegalArgumentException("A company id is required");
    }
    return companyId;
  }
}
