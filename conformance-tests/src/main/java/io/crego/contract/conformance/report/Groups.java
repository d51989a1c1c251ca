package io.crego.contract.conformance.report;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The groups of a run: the test factories the test plan holds before anything runs. Their dynamic
 * tests are only known once they run, but the groups are known at the start, so they give the "n of
 * total" of the progress line, and their names (class and method, never a run index) name the JUnit
 * XML test cases. Dynamic containers inside a factory are not groups of their own: they appear only
 * while the run goes on.
 */
final class Groups {

  private final TestPlan plan;
  private final Set<String> ids;
  private final Map<String, Integer> positions = new HashMap<>();

  private Groups(TestPlan plan, Set<String> ids) {
    this.plan = plan;
    this.ids = ids;
    for (String id : ids) {
      positions.put(id, positions.size());
    }
  }

  static Groups of(TestPlan plan) {
    Set<String> ids = new LinkedHashSet<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier id : plan.getDescendants(root)) {
        if (id.isContainer() && source(id) instanceof MethodSource) {
          ids.add(id.getUniqueId());
        }
      }
    }
    return new Groups(plan, ids);
  }

  int size() {
    return ids.size();
  }

  boolean isGroup(TestIdentifier id) {
    return ids.contains(id.getUniqueId());
  }

  /** The group {@code id} is or belongs to: itself or its nearest ancestor that is a group. */
  Optional<String> groupOf(TestIdentifier id) {
    Optional<TestIdentifier> at = Optional.of(id);
    while (at.isPresent()) {
      if (isGroup(at.get())) {
        return Optional.of(at.get().getUniqueId());
      }
      at = plan.getParent(at.get());
    }
    return Optional.empty();
  }

  /**
   * The group whose place in a run one group at a time {@code id} takes: its own group, else the
   * first group it holds (a class that failed or was skipped as a whole); empty for the engine.
   */
  Optional<String> slotOf(TestIdentifier id) {
    Optional<String> group = groupOf(id);
    return group.isPresent() ? group : within(id).stream().findFirst();
  }

  /**
   * Where {@code id} comes in a run one group at a time: the position of its group in the plan, or
   * of the first group it holds (a class that failed or was skipped as a whole); after every group
   * when it is neither (the engine).
   */
  int position(TestIdentifier id) {
    return slotOf(id).map(positions::get).orElse(Integer.MAX_VALUE);
  }

  /** The groups in the order a run one group at a time ends them. */
  List<String> inOrder() {
    return List.copyOf(ids);
  }

  /** The groups {@code id} is or holds: those that end when it ends, or are skipped with it. */
  Set<String> within(TestIdentifier id) {
    Set<String> within = new LinkedHashSet<>();
    if (isGroup(id)) {
      within.add(id.getUniqueId());
    }
    if (id.isContainer()) {
      plan.getDescendants(id).stream()
          .filter(this::isGroup)
          .forEach(group -> within.add(group.getUniqueId()));
    }
    return within;
  }

  /**
   * The stable name of the group {@code id} belongs to: {@code AuthTests.protectedOperations…} for
   * a test of that factory, {@code AuthTests} for a test class that failed or was skipped as a
   * whole, {@code fallback} above that (the engine).
   */
  String nameOf(TestIdentifier id, String fallback) {
    Optional<TestIdentifier> at = Optional.of(id);
    while (at.isPresent()) {
      TestIdentifier current = at.get();
      if (isGroup(current) || source(current) instanceof ClassSource) {
        return qualifiedName(current);
      }
      at = plan.getParent(current);
    }
    return fallback;
  }

  /**
   * What a test case is called: its display name, but a group or class that failed or was skipped
   * as a whole by its method or class name (a factory's display name carries its parameter types).
   */
  String caseName(TestIdentifier id) {
    TestSource source = source(id);
    if (isGroup(id) && source instanceof MethodSource method) {
      return method.getMethodName();
    }
    if (source instanceof ClassSource type) {
      return simpleName(type.getClassName());
    }
    return id.getDisplayName();
  }

  private String qualifiedName(TestIdentifier id) {
    TestSource source = source(id);
    if (source instanceof MethodSource method) {
      return simpleName(method.getClassName()) + "." + method.getMethodName();
    }
    if (source instanceof ClassSource type) {
      return simpleName(type.getClassName());
    }
    return id.getDisplayName();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static TestSource source(TestIdentifier id) {
    return id.getSource().orElse(null);
  }
}
