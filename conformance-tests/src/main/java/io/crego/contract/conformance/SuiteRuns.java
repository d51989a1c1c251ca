package io.crego.contract.conformance;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a {@link SuiteRun} from the runner to the tests the JUnit launcher instantiates: the runner
 * registers it under an id passed as the configuration parameter {@value #PARAMETER}.
 */
public final class SuiteRuns {

  public static final String PARAMETER = "crego.run";
  private static final Map<String, SuiteRun> RUNS = new ConcurrentHashMap<>();

  private SuiteRuns() {}

  public static String register(SuiteRun run) {
    String id = UUID.randomUUID().toString();
    RUNS.put(id, run);
    return id;
  }

  public static SuiteRun get(String id) {
    SuiteRun run = RUNS.get(id);
    if (run == null) {
      throw new IllegalStateException(
          "No conformance run " + id + ": run the suite through ConformanceRunner");
    }
    return run;
  }

  public static void unregister(String id) {
    RUNS.remove(id);
  }
}
