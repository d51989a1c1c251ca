package io.crego.contract.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.RouteMatch;
import io.crego.contract.spec.SpecOperation;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The stub routes by the spec's paths: a request built from each operation's own template must
 * route back to that operation, with its path parameters extracted.
 */
class RoutingTest {

  private static final String SAMPLE_ID = "0b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a";

  @TestFactory
  Stream<DynamicTest> everyOperationRoutesToItself() {
    return CregoSpec.get().operations().stream()
        .map(op -> dynamicTest(op.operationId(), () -> routesToItself(op)));
  }

  private static void routesToItself(SpecOperation op) {
    Map<String, String> params =
        op.parameters("path").stream()
            .collect(Collectors.toMap(SpecOperation.Parameter::name, p -> SAMPLE_ID));
    String path = op.pathTemplate();
    for (Map.Entry<String, String> param : params.entrySet()) {
      path = path.replace("{" + param.getKey() + "}", param.getValue());
    }

    Optional<RouteMatch> match = CregoSpec.get().match(op.method(), path);

    assertEquals(
        Optional.of(op.operationId()),
        match.map(m -> m.operation().operationId()),
        op.method() + " " + path);
    assertEquals(params, match.get().pathParams(), "path parameters of " + path);
  }
}
