package io.crego.contract.stub.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The faults waiting for their operations' next calls: at most one per operation and scope (a new
 * one replaces it). A call takes the most specific fault that applies to it: one for its operation
 * before one for every operation, then one for its user before one for its company before one for
 * everyone.
 */
public final class FaultSchedule {

  /** What identifies a fault for replacing and clearing: its operation and its scope. */
  private record Key(String operationId, FaultScope scope) {}

  /** A fault with the calls it has left and the random source behind its rate. */
  private static final class Pending {
    private Fault fault;
    private final Random random;

    Pending(Fault fault) {
      this.fault = fault;
      this.random = new Random(fault.seed());
    }
  }

  private static final Comparator<Pending> MOST_SPECIFIC_FIRST =
      Comparator.comparing((Pending p) -> p.fault.operationId() == null)
          .thenComparing(p -> -p.fault.scope().narrowness());

  private final Map<Key, Pending> pending = new LinkedHashMap<>();

  /**
   * Whether any fault waits, written under the lock after each change: every call asks {@link
   * #take}, almost always with nothing scheduled, and without this each call took the lock, which
   * the server's threads queued on under load.
   */
  private volatile boolean waiting;

  /** Schedules a fault, replacing one already waiting for the same operation and scope. */
  public synchronized void add(Fault fault) {
    pending.put(new Key(fault.operationId(), fault.scope()), new Pending(fault));
    waiting = true;
  }

  /**
   * The fault for this call of the operation by this tenant, if one applies and its rate lets it
   * fire this time; using it counts one of its times.
   */
  public Optional<Fault> take(String operationId, Tenant tenant) {
    return waiting ? takeWaiting(operationId, tenant) : Optional.empty();
  }

  private synchronized Optional<Fault> takeWaiting(String operationId, Tenant tenant) {
    List<Map.Entry<Key, Pending>> candidates = new ArrayList<>();
    for (Map.Entry<Key, Pending> entry : pending.entrySet()) {
      if (entry.getValue().fault.appliesTo(operationId, tenant)) {
        candidates.add(entry);
      }
    }
    candidates.sort(Map.Entry.comparingByValue(MOST_SPECIFIC_FIRST));
    for (Map.Entry<Key, Pending> candidate : candidates) {
      Pending entry = candidate.getValue();
      Fault fault = entry.fault;
      if (fault.rate() < 1 && entry.random.nextDouble() >= fault.rate()) {
        continue;
      }
      if (fault.times() > 1) {
        entry.fault = fault.withTimes(fault.times() - 1);
      } else {
        pending.remove(candidate.getKey());
        waiting = !pending.isEmpty();
      }
      return Optional.of(fault);
    }
    return Optional.empty();
  }

  /** The waiting faults, each with the calls it has left, by operation. */
  public synchronized List<Fault> pending() {
    return pending.values().stream()
        .map(p -> p.fault)
        .sorted(
            Comparator.comparing((Fault f) -> Objects.requireNonNullElse(f.operationId(), ""))
                .thenComparing(f -> f.scope().narrowness()))
        .toList();
  }

  /** Forgets every fault; returns how many there were. */
  public synchronized int clear() {
    int cleared = pending.size();
    pending.clear();
    waiting = false;
    return cleared;
  }

  /** Forgets the faults of exactly this scope; returns how many there were. */
  public synchronized int clear(FaultScope scope) {
    int cleared = 0;
    for (Iterator<Key> keys = pending.keySet().iterator(); keys.hasNext(); ) {
      if (keys.next().scope().equals(scope)) {
        keys.remove();
        cleared++;
      }
    }
    waiting = !pending.isEmpty();
    return cleared;
  }
}
