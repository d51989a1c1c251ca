package io.crego.contract.conformance.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Hands on what happens in each group in the order of a run one group at a time, whatever order the
 * groups run in ({@code --parallel}). What happens in the earliest group that has not ended is
 * handed on at once; what happens in a later group waits in that group's queue until every group
 * before it has ended. Inside a group, tests run one after another, so their order is kept as is.
 * With one group at a time, everything is handed on at once.
 */
final class PlanOrder {

  private final List<String> groups;
  private final Map<String, Queue<Runnable>> waiting = new HashMap<>();
  private final Set<String> ended = new HashSet<>();
  private int current;

  /**
   * @param groups the groups' ids in the order of a run one group at a time
   */
  PlanOrder(List<String> groups) {
    this.groups = new ArrayList<>(groups);
  }

  /**
   * Runs {@code action} now when {@code group} is the earliest group still running (or is null: the
   * run as a whole), else once every group before it has ended.
   *
   * @param endedWithIt the groups that end with this action (a group's own end, a class ended as a
   *     whole), empty for any other
   */
  synchronized void handOn(String group, Set<String> endedWithIt, Runnable action) {
    int at = group == null ? -1 : groups.indexOf(group);
    if (at <= current) { // the run's, one of no group, the earliest running, or one that ended
      action.run();
    } else {
      waiting.computeIfAbsent(group, g -> new ArrayDeque<>()).add(action);
    }
    ended.addAll(endedWithIt);
    advance();
  }

  /** Hands on whatever still waits, in order (the run is over, or stopped). */
  synchronized void finish() {
    ended.addAll(groups);
    advance();
  }

  /** Past every group that has ended, running what waited in each, and what waits in the next. */
  private void advance() {
    while (current < groups.size()) {
      String group = groups.get(current);
      Queue<Runnable> queue = waiting.remove(group);
      if (queue != null) {
        queue.forEach(Runnable::run);
      }
      if (!ended.contains(group)) {
        return;
      }
      current++;
    }
  }
}
