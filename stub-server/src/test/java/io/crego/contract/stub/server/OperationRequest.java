package io.crego.contract.stub.server;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.contract.InteractionRequest;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to an operation: its target (path and query, ids filled in) and its JSON body, or
 * null when it sends none.
 */
record OperationRequest(SpecOperation operation, String target, String body) {

  static OperationRequest of(String operationId, String target, String body) {
    return new OperationRequest(CregoSpec.get().operation(operationId).orElseThrow(), target, body);
  }

  Reply send(RunningStub stub) {
    StubHttp.Call call = stub.call(operation.method(), target).devToken();
    return (body == null ? call : call.json(body)).send();
  }

  /** The request as the contract's response rules see it: its path and query. */
  InteractionRequest asInteraction() {
    int question = target.indexOf('?');
    Map<String, String> query = new LinkedHashMap<>();
    if (question >= 0) {
      for (String pair : target.substring(question + 1).split("&")) {
        String[] nameValue = pair.split("=", 2);
        query.put(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
      }
    }
    return InteractionRequest.of(question < 0 ? target : target.substring(0, question), query);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return operation.method() + " " + target + (body == null ? "" : " " + body);
  }
}
