package io.crego.contract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.data.LifecycleWalk;
import io.crego.contract.conformance.data.Outcome;
import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.conformance.data.Subject;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one allowed transition and checks it happened: a success, the resource in the new state
 * (in the answer when the answer is the resource, and in a GET afterwards), and every field the
 * transition sets, set.
 */
final class TransitionCheck {

  private final Fixtures fixtures;
  private final Lifecycle lifecycle;
  private final ResourceKind kind;
  private final Transition transition;

  TransitionCheck(Fixtures fixtures, Lifecycle lifecycle, ResourceKind kind, Transition t) {
    this.fixtures = fixtures;
    this.lifecycle = lifecycle;
    this.kind = kind;
    this.transition = t;
  }

  void run() {
    LifecycleWalk machine = fixtures.machine();
    Outcome outcome;
    if (transition.isCreation()) {
      outcome = machine.applyCreation(kind, transition);
    } else {
      Subject subject = machine.reach(kind, transition.from(), transition.operationId());
      outcome = machine.apply(subject, transition);
    }
    String what = LifecycleTests.label(lifecycle, transition);
    Expect.that(
        outcome.answer().isSuccess(),
        what
            + " is allowed by the lifecycle, but "
            + outcome.answer().describe()
            + "\n  body: "
            + outcome.answer().excerpt());
    Subject after = outcome.after();
    String field = lifecycle.statusField();
    List<String> problems = new ArrayList<>();
    JsonNode answer = outcome.answer().json();
    if (answer.path("id").asText("").equals(after.id()) && answer.has(field)) {
      expectStatus(problems, "the answer", answer.path(field));
    }
    JsonNode read = fixtures.readback().read(after);
    int before = problems.size();
    expectStatus(problems, "a GET afterwards (" + kind.readOperation() + ")", read.path(field));
    if (problems.size() > before) {
      problems.set(before, problems.get(before) + " (state not kept)");
    }
    JsonNode shown = answer.path("id").asText("").equals(after.id()) ? answer : read;
    for (String set : transition.sets()) {
      if (appliesTo(set, shown) && !isSet(shown.path(set))) {
        problems.add(set + " is not set (it is " + shown.path(set) + ")");
      }
    }
    Expect.that(
        problems.isEmpty(),
        what
            + " on "
            + kind.schema()
            + " "
            + after.id()
            + ":\n  - "
            + String.join("\n  - ", problems));
  }

  private void expectStatus(List<String> problems, String where, JsonNode status) {
    if (!transition.to().equals(status.asText())) {
      problems.add(
          where
              + " shows "
              + lifecycle.statusField()
              + " "
              + status
              + ", expected "
              + transition.to());
    }
  }

  /**
   * A field named after a type value ({@code cashback_loan}) is only set for that type: the one of
   * {@code cashback_loan}, {@code holdback_loan} that matches the record's {@code type}.
   */
  private static boolean appliesTo(String field, JsonNode resource) {
    String type = resource.path("type").asText(null);
    int underscore = field.indexOf('_');
    if (type == null || underscore < 0) {
      return true;
    }
    String prefix = field.substring(0, underscore);
    boolean typed = List.of("cashback", "holdback").contains(prefix);
    return !typed || prefix.equals(type);
  }

  private static boolean isSet(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return false;
    }
    return !value.isBoolean() || value.asBoolean();
  }
}
