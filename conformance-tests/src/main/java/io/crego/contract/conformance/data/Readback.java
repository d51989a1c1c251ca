package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.Session;
import java.util.Optional;

/**
 * Reads a resource back through the public API: by id where the spec has a GET for it, otherwise
 * from its list filtered by account. "A GET afterwards agrees" is checked with what this returns.
 */
public final class Readback {

  private static final int MAX_PAGES = 20;
  private final Session session;
  private final CallFactory calls;

  Readback(Session session, CallFactory calls) {
    this.session = session;
    this.calls = calls;
  }

  /** The resource as the target now shows it (for an account: its summary). */
  public JsonNode read(Subject subject) {
    ResourceKind kind = subject.kind();
    if (!kind.readFromList()) {
      Call call = Call.to(calls.operation(kind.readOperation())).withPathParam("id", subject.id());
      ApiResult answer = session.send(call);
      expectOk(answer, subject);
      return normalize(kind, answer.json());
    }
    String account =
        subject
            .related(ResourceKind.ACCOUNT)
            .orElseThrow(
                () ->
                    new PreparationFailure(
                        kind.readOperation(),
                        "cannot read back "
                            + kind.schema()
                            + " "
                            + subject.id()
                            + ": its account is unknown"));
    for (int page = 1; page <= MAX_PAGES; page++) {
      Call call =
          Call.to(calls.operation(kind.readOperation()))
              .withQuery("account", account)
              .withQuery("page", String.valueOf(page))
              .withQuery("page_size", "100");
      ApiResult answer = session.send(call);
      expectOk(answer, subject);
      Optional<JsonNode> found = find(answer.json().path("results"), subject.id());
      if (found.isPresent()) {
        return found.get();
      }
      if (answer.json().path("results").size() < 100) {
        break;
      }
    }
    throw new ReadbackFailure(
        kind.readOperation(),
        kind.readOperation()
            + "?account="
            + account
            + " does not list "
            + kind.schema()
            + " "
            + subject.id()
            + ", which the suite created in that account");
  }

  private static Optional<JsonNode> find(JsonNode results, String id) {
    for (JsonNode item : results) {
      if (id.equals(item.path("id").asText())) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** An account summary names the account in {@code account}; give it an {@code id} too. */
  private static JsonNode normalize(ResourceKind kind, JsonNode body) {
    if (kind == ResourceKind.ACCOUNT && body instanceof ObjectNode summary && !body.has("id")) {
      ObjectNode copy = summary.deepCopy();
      copy.set("id", body.path("account"));
      return copy;
    }
    return body;
  }

  private static void expectOk(ApiResult answer, Subject subject) {
    if (answer.status() != 200) {
      throw new ReadbackFailure(
          answer.call().operationId(),
          answer.describe()
              + "\n  while reading back "
              + subject.kind().schema()
              + " "
              + subject.id()
              + "\n  body: "
              + answer.excerpt());
    }
  }
}
