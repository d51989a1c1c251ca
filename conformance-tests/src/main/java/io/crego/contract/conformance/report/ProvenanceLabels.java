package io.crego.contract.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.Provenance;
import io.crego.contract.spec.SpecOperation;
import java.util.Optional;

/**
 * Where the part of the contract a violation breaks comes from, for QA reading a report of the
 * vendor's preprod: a documented operation's own page ("preprod breaks the vendor's page"), a
 * designed part inside it ({@code x-crego-designed}: its error responses, a bound the page does not
 * give, a parameter it does not show), or an operation the spec infers or only partly documents
 * ("preprod differs from our design").
 */
final class ProvenanceLabels {

  private final CregoSpec spec;

  ProvenanceLabels(CregoSpec spec) {
    this.spec = spec;
  }

  /**
   * A short label, e.g. {@code documented}, {@code designed (error responses)}, {@code inferred}.
   */
  String of(ContractViolation violation) {
    Optional<SpecOperation> operation = spec.operation(violation.operationId());
    if (operation.isEmpty() || operation.get().provenance() == null) {
      return "unknown";
    }
    SpecOperation op = operation.get();
    Provenance.Status status = op.provenance().status();
    if (status != Provenance.Status.DOCUMENTED) {
      return status.specName() + " (designed)";
    }
    JsonNode designed = spec.raw().at(op.pointer().substring(1) + "/x-crego-designed");
    for (JsonNode entry : designed) {
      if (entry.path("responses").asText("").equals("non-2xx") && !isSuccess(violation.status())) {
        return "designed (error responses)";
      }
      String pointer = entry.path("pointer").asText("");
      if (!pointer.isEmpty() && covers(pointer, violation.schemaLocation())) {
        return "designed (" + entry.path("why").asText("a designed part") + ")";
      }
      for (JsonNode parameter : entry.path("parameters")) {
        if (violation.rule().startsWith("request.")
            && violation.pointer().equals("/" + parameter.asText())) {
          return "designed (parameter " + parameter.asText() + ")";
        }
      }
    }
    return "documented";
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  /**
   * Whether a designed pointer (a schema, a property or one keyword of it) is the place the
   * violation broke: the same schema, a keyword of it, or a node inside it.
   */
  private static boolean covers(String designed, String location) {
    if (location == null) {
      return false;
    }
    return designed.equals(location)
        || designed.startsWith(location + "/")
        || location.startsWith(designed + "/");
  }
}
