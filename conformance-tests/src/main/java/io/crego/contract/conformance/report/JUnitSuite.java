package io.crego.contract.conformance.report;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One {@code <testsuite>} of the JUnit XML: the cases of one group, in the order they ended.
 *
 * @param name the group's stable name, also each case's {@code classname}
 * @param started when its first case started
 * @param cases its cases
 */
record JUnitSuite(String name, LocalDateTime started, List<JUnitCase> cases) {

  JUnitSuite {
    cases = List.copyOf(cases);
  }

  long count(JUnitCase.Verdict verdict) {
    return cases.stream().filter(c -> c.verdict() == verdict).count();
  }

  double seconds() {
    return cases.stream().mapToDouble(JUnitCase::seconds).sum();
  }
}
