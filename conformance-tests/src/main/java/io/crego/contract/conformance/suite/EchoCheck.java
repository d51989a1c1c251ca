package io.crego.contract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.Lifecycle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "The answer carries what was sent": after a create or an update that answers the resource, each
 * plain value of the request body (a string, number or boolean at the top level) must come back as
 * sent, in the answer and in a later read of the resource. A field is compared under its own name,
 * or, for a reference {@code x_id}, as {@code x} (an id, or an object with that id). Fields the
 * answer does not carry are not judged: schemas decide what must be there. Nor is a lifecycle's
 * status field: a request's {@code status} is the bank's word ({@code success}), the resource's is
 * where the lifecycle took it ({@code processed}), which the lifecycle tests judge.
 */
final class EchoCheck {

  private EchoCheck() {}

  /** The mismatches between the body sent and a resource answered, each as one line. */
  static List<String> mismatches(JsonNode sent, JsonNode resource, Set<String> notEchoed) {
    List<String> problems = new ArrayList<>();
    if (sent == null || !sent.isObject() || resource == null || !resource.isObject()) {
      return problems;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = sent.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (!value.isValueNode() || value.isNull()) {
        continue;
      }
      String name = field.getKey();
      if (notEchoed.contains(name)) {
        continue;
      }
      JsonNode answered = resource.get(name);
      String answeredAs = name;
      if (answered == null && name.endsWith("_id")) {
        answeredAs = name.substring(0, name.length() - "_id".length());
        answered = resource.get(answeredAs);
        if (answered != null && answered.isObject()) {
          answered = answered.get("id");
        }
      }
      if (answered == null || answered.isContainerNode()) {
        continue;
      }
      if (!same(value, answered)) {
        problems.add(
            "/" + answeredAs + ": sent " + value + " as /" + name + ", answered " + answered);
      }
    }
    return problems;
  }

  private static boolean same(JsonNode sent, JsonNode answered) {
    if (sent.isNumber() && answered.isNumber()) {
      return sent.decimalValue().compareTo(answered.decimalValue()) == 0;
    }
    return sent.equals(answered);
  }

  /** Fails when the answer (or, given, the read-back resource) does not carry what was sent. */
  static void expectEchoed(CregoSpec spec, Call call, ApiResult answer, JsonNode readBack) {
    Set<String> notEchoed =
        spec.lifecycles().values().stream().map(Lifecycle::statusField).collect(Collectors.toSet());
    List<String> inAnswer = mismatches(call.body(), answer.json(), notEchoed);
    Expect.that(
        inAnswer.isEmpty(),
        answer.describe()
            + " answered success, but its body does not carry what was sent: "
            + String.join("; ", inAnswer));
    if (readBack != null) {
      List<String> inRead = mismatches(call.body(), readBack, notEchoed);
      Expect.that(
          inRead.isEmpty(),
          "After "
              + answer.describe()
              + ", a read of the resource does not carry what was sent (state not kept): "
              + String.join("; ", inRead));
    }
  }
}
