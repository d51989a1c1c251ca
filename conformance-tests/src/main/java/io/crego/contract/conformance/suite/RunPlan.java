package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.time.BusinessTime;
import io.crego.contract.conformance.time.TimePlan;
import io.crego.contract.spec.SpecOperation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a run with these settings would send, listed without sending anything ({@code --dry-run}),
 * so that QA can review a run before pointing it at a shared environment: each operation under test
 * with its method and path, those that change the target's data marked {@code W}, the write
 * operations the suite uses to make its own data, and how far it would move the business date.
 */
public final class RunPlan {

  private RunPlan() {}

  /** The plan, as printed by {@code --dry-run}. */
  public static String describe(SuiteRun run) {
    SuiteConfig config = run.config();
    StringBuilder text = new StringBuilder();
    text.append("Dry run: nothing is sent to ").append(config.baseUrl());
    if (!config.loginBaseUrl().equals(config.baseUrl())) {
      text.append(" (nor to ")
          .append(config.loginBaseUrl())
          .append(", for Get Token and Refresh Token)");
    }
    text.append('\n');
    text.append("Tags run: ")
        .append(config.includeTags().isEmpty() ? "all" : String.join(", ", config.includeTags()))
        .append(config.excludeTags().isEmpty() ? "" : "; skipped: " + config.excludeTags())
        .append('\n');
    List<SpecOperation> tested = Operations.selected(run).toList();
    text.append("Operations under test (")
        .append(tested.size())
        .append("; W = changes the target's data, T = moves its business date):\n");
    for (SpecOperation op : tested) {
      text.append(line(run, op));
    }
    if (config.readOnly()) {
      text.append("Read-only: only the GETs above are sent, each with ids found in list answers")
          .append(config.credentials().hasLogin() ? ", after one login POST (Get Token)" : "")
          .append(".\n");
    } else {
      Set<String> setup = new TreeSet<>(Fixtures.setupOperations(run.spec()));
      tested.forEach(op -> setup.remove(op.operationId()));
      text.append("Also sent, to make each test's own data (new accounts, loans, records, …):\n");
      for (String operationId : setup) {
        text.append(line(run, run.spec().operation(operationId).orElseThrow()));
      }
      text.append(TimePlan.of(run).describe()).append('\n');
    }
    return text.toString();
  }

  private static String line(SuiteRun run, SpecOperation op) {
    boolean write = !Operations.isSafe(op);
    boolean time = BusinessTime.movesTime(run.spec(), op);
    return String.format(
        "  %s%s %-6s %-58s %s%n",
        write ? "W" : " ", time ? "T" : " ", op.method(), op.pathTemplate(), op.operationId());
  }
}
