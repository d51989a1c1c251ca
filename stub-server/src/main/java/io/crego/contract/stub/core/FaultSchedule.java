package io.crego.contract.stub.core;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The faults waiting for their operations' next calls; at most one per operation. */
public final class FaultSchedule {

  private final ConcurrentMap<String, Fault> pending = new ConcurrentHashMap<>();

  /** Schedules a fault, replacing one already waiting for the same operation. */
  public void add(Fault fault) {
    pending.put(fault.operationId(), fault);
  }

  /** Uses up one call of the operation's fault, if it has one. */
  public Optional<Fault> take(String operationId) {
    Fault[] taken = new Fault[1];
    pending.computeIfPresent(
        operationId,
        (id, fault) -> {
          taken[0] = fault;
          return fault.remaining() > 1
              ? new Fault(id, fault.delayMillis(), fault.status(), fault.remaining() - 1)
              : null;
        });
    return Optional.ofNullable(taken[0]);
  }

  public List<Fault> pending() {
    return pending.values().stream()
        .sorted((a, b) -> a.operationId().compareTo(b.operationId()))
        .toList();
  }

  public void clear() {
    pending.clear();
  }
}
