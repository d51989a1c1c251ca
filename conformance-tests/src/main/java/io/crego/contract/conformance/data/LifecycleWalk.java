package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Walks the spec's lifecycle tables through the public API: creates a resource, drives it to any
 * state the table can reach with operations (shortest path), and applies single transitions.
 */
public final class LifecycleWalk {

  private final Fixtures fixtures;
  private final CregoSpec spec;
  private final CrossDrivers cross;

  LifecycleWalk(Fixtures fixtures, CregoSpec spec) {
    this.fixtures = fixtures;
    this.spec = spec;
    this.cross = new CrossDrivers(this, fixtures);
  }

  public Optional<Lifecycle> lifecycle(ResourceKind kind) {
    return Optional.ofNullable(spec.lifecycles().get(kind.schema()));
  }

  Lifecycle requireLifecycle(ResourceKind kind) {
    return lifecycle(kind)
        .orElseThrow(() -> new IllegalArgumentException(kind.schema() + " has no lifecycle"));
  }

  /**
   * The resource an operation acts on: the one its path's {@code {id}} names, else the one its body
   * names when that resource's lifecycle lists the operation ({@code payoutCallback} → Payout).
   */
  public Optional<ResourceKind> subjectKind(SpecOperation op) {
    Optional<ResourceKind> byPath = ResourceKind.ofPath(op.pathTemplate());
    if (byPath.isPresent()) {
      return byPath;
    }
    JsonNode example = fixtures.calls().example(op).orElse(null);
    if (example == null) {
      return Optional.empty();
    }
    for (ResourceKind kind : ResourceKind.values()) {
      boolean named = kind.fields().stream().anyMatch(example::has);
      boolean listed =
          lifecycle(kind)
              .map(
                  lc ->
                      lc.transitions().stream()
                          .anyMatch(
                              t -> !t.isCreation() && op.operationId().equals(t.operationId())))
              .orElse(false);
      if (named && listed) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Whether the operation acts on a resource of this kind itself (not through another one). */
  public boolean actsDirectly(ResourceKind kind, String operationId) {
    return subjectKind(fixtures.calls().operation(operationId)).filter(kind::equals).isPresent();
  }

  /** Whether the suite can cause this transition through the public API. */
  public boolean canApply(ResourceKind kind, Transition t) {
    if (t.operationId() == null) {
      return false;
    }
    if (t.isCreation()) {
      return true;
    }
    return actsDirectly(kind, t.operationId()) || cross.supports(kind, t.operationId());
  }

  /** Why a transition cannot be caused through the public API. */
  public String whyNot(ResourceKind kind, Transition t) {
    if (t.operationId() == null) {
      return "happens outside this API (event " + t.event() + ")";
    }
    return cross.unsupportedReason(kind, t.operationId());
  }

  /** A new resource in the given state, for the given operation to be tried on. */
  public Subject reach(ResourceKind kind, String state, String forOperation) {
    return Preparation.step(() -> walkTo(kind, state, forOperation));
  }

  private Subject walkTo(ResourceKind kind, String state, String forOperation) {
    Lifecycle lc = requireLifecycle(kind);
    Transition bestCreation = null;
    List<Transition> bestPath = null;
    List<String> preferred = new ArrayList<>(Preferences.creations(kind, forOperation));
    lc.transitions().stream()
        .filter(t -> t.isCreation() && t.operationId() != null)
        .map(Transition::operationId)
        .filter(op -> !preferred.contains(op))
        .distinct()
        .forEach(preferred::add); // any other creation, when the preferred ones cannot get there
    for (String creationOp : preferred) {
      for (Transition creation : lc.transitions()) {
        if (creation.isCreation() && creationOp.equals(creation.operationId())) {
          List<Transition> path = path(kind, lc, creation.to(), state);
          if (path != null && (bestPath == null || path.size() < bestPath.size())) {
            bestCreation = creation;
            bestPath = path;
          }
        }
      }
      if (bestPath != null) {
        break;
      }
    }
    Assumptions.assumeTrue(
        bestPath != null,
        () ->
            kind.schema()
                + " state "
                + state
                + " cannot be reached through the API: "
                + howReached(lc, state));
    Subject subject = create(kind, bestCreation, forOperation, state);
    expectState(subject, lc, bestCreation);
    for (Transition step : bestPath) {
      subject = step(subject, step);
    }
    return subject;
  }

  /** The resource must be where the transition took it, or the walk cannot go on. */
  private void expectState(Subject subject, Lifecycle lc, Transition t) {
    JsonNode shown = subject.field(lc.statusField());
    if (!t.to().equals(shown.asText())) {
      throw new PreparationFailure(
          t.operationId(),
          "the target answered success, but the "
              + subject.kind().schema()
              + " "
              + subject.id()
              + " is "
              + shown
              + "; expected "
              + t.to()
              + "\n  while getting a "
              + subject.kind().schema()
              + " to "
              + t.to());
    }
  }

  /** Drives an existing resource on to a state. */
  public Subject advance(Subject subject, String state) {
    return Preparation.step(() -> walkOn(subject, state));
  }

  private Subject walkOn(Subject subject, String state) {
    Lifecycle lc = requireLifecycle(subject.kind());
    String current = subject.field(lc.statusField()).asText();
    List<Transition> path = path(subject.kind(), lc, current, state);
    if (path == null) {
      throw new PreparationFailure(
          null,
          subject.kind().schema()
              + " "
              + subject.id()
              + " is "
              + current
              + " and cannot get to "
              + state
              + " through the API");
    }
    Subject moved = subject;
    for (Transition step : path) {
      moved = step(moved, step);
    }
    return moved;
  }

  /** Creates a resource through a creation transition; the answer must be a success. */
  public Subject create(
      ResourceKind kind, Transition creation, String forOperation, String targetState) {
    Overrides overrides =
        Preferences.creationOverrides(
            kind,
            requireLifecycle(kind),
            creation,
            forOperation,
            targetState,
            fixtures.target()::afterTheBusinessDate);
    Call call =
        fixtures.positiveCall(
            creation.operationId(), overrides.and(fixtures.rowBodies().of(creation)));
    ApiResult answer = fixtures.expectSuccess(call, "creating a " + kind.schema());
    return Preparation.step(() -> extract(kind, answer));
  }

  /** Creates a resource as the transition says, returning the answer and what was created. */
  public Outcome applyCreation(ResourceKind kind, Transition creation) {
    Overrides overrides =
        Preferences.creationOverrides(
            kind,
            requireLifecycle(kind),
            creation,
            null,
            creation.to(),
            fixtures.target()::afterTheBusinessDate);
    Call call =
        fixtures.positiveCall(
            creation.operationId(), overrides.and(fixtures.rowBodies().of(creation)));
    ApiResult answer = fixtures.session().send(call);
    return new Outcome(answer, answer.isSuccess() ? extract(kind, answer) : null);
  }

  /** Applies one transition; the caller judges the answer. */
  public Outcome apply(Subject subject, Transition t) {
    if (!actsDirectly(subject.kind(), t.operationId())) {
      return cross.apply(subject, t);
    }
    cross.before(subject, t);
    Call call =
        fixtures
            .calls()
            .build(
                t.operationId(),
                fixtures.referencesFor(t.operationId(), subject),
                fixtures.rowBodies().of(t));
    ApiResult answer = fixtures.session().send(call);
    Subject after = answer.isSuccess() ? refresh(subject, answer) : subject;
    return new Outcome(answer, after);
  }

  /** The call a transition makes, without sending it (for forbidden-transition tests). */
  public Call callFor(Subject subject, Transition t) {
    return fixtures
        .calls()
        .build(
            t.operationId(),
            fixtures.referencesFor(t.operationId(), subject),
            fixtures.rowBodies().of(t));
  }

  private Subject step(Subject subject, Transition t) {
    Outcome outcome = apply(subject, t);
    if (!outcome.answer().isSuccess()) {
      throw PreparationFailure.refused(
          outcome.answer(),
          "getting a "
              + subject.kind().schema()
              + " from "
              + t.from()
              + " to "
              + t.to()
              + " via "
              + t.operationId());
    }
    expectState(outcome.after(), requireLifecycle(subject.kind()), t);
    return outcome.after();
  }

  /** The subject after a successful call: from the answer when it is the resource, else read. */
  Subject refresh(Subject subject, ApiResult answer) {
    if (answersWith(answer, subject.kind())
        && subject.id().equals(answer.json().path("id").asText())) {
      return subject.seen(answer.json());
    }
    return subject.seen(fixtures.readback().read(subject));
  }

  /** The resource a successful creation answer made. */
  Subject extract(ResourceKind kind, ApiResult answer) {
    JsonNode body = answer.json();
    Map<ResourceKind, String> related = new EnumMap<>(ResourceKind.class);
    ResourceKind.ofPath(answer.call().operation().pathTemplate())
        .filter(pathKind -> pathKind != kind)
        .ifPresent(pathKind -> related.put(pathKind, answer.call().pathParams().get("id")));
    if (answersWith(answer, kind)) {
      return new Subject(kind, body.path("id").asText(), body, related);
    }
    JsonNode schema = schemaOf(answer);
    var properties = schema.path("properties").fields();
    Map<String, JsonNode> nested = new HashMap<>();
    while (properties.hasNext()) {
      var property = properties.next();
      if (kind.schemaPointer().equals(property.getValue().path("$ref").asText())) {
        nested.put(property.getKey(), body.path(property.getKey()));
      } else if (body.path(property.getKey()).has("id")) {
        ResourceKind.ofSchema(refName(property.getValue()))
            .ifPresent(k -> related.put(k, body.path(property.getKey()).path("id").asText()));
      }
    }
    for (JsonNode object : nested.values()) {
      if (object.has("id")) {
        return new Subject(kind, object.get("id").asText(), object, related);
      }
    }
    String account = body.path("account").asText(null);
    if (account != null) {
      related.put(ResourceKind.ACCOUNT, account);
    } else {
      related.put(ResourceKind.ACCOUNT, fixtures.id(ResourceKind.ACCOUNT));
    }
    for (String field : kind.fields()) {
      if (Subject.isUuid(body.path(field).asText(null))) {
        Subject found = new Subject(kind, body.get(field).asText(), null, related);
        return found.seen(fixtures.readback().read(found));
      }
    }
    JsonNode first = body.path("results").path(0);
    if (Subject.isUuid(first.path("id").asText(null))) {
      Subject found = new Subject(kind, first.get("id").asText(), null, related);
      return found.seen(fixtures.readback().read(found));
    }
    throw new ReadbackFailure(
        answer.call().operationId(),
        answer.describe()
            + " does not say which "
            + kind.schema()
            + " it created: "
            + answer.excerpt());
  }

  boolean answersWith(ApiResult answer, ResourceKind kind) {
    return resolveRef(answer).equals(kind.schemaPointer());
  }

  private String resolveRef(ApiResult answer) {
    Optional<String> pointer = answer.call().operation().responseSchema(answer.status());
    if (pointer.isEmpty()) {
      return "";
    }
    ResolvedSchemas schemas = spec.schemas();
    String current = schemas.follow(pointer.get());
    // a per-response schema (ProcessedRecord: allOf [Record, the page's required flags]) is the
    // resource of its first part
    for (int depth = 0;
        depth < 32 && schemas.at(current).path("allOf").path(0).has("$ref");
        depth++) {
      current = schemas.follow(current + "/allOf/0");
    }
    return current;
  }

  private JsonNode schemaOf(ApiResult answer) {
    String pointer = resolveRef(answer);
    return pointer.isEmpty()
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : spec.schemas().at(pointer);
  }

  private String refName(JsonNode schema) {
    return spec.schemas().componentName(schema).orElse("");
  }

  /** Shortest list of API transitions from one state to another (empty when equal), or null. */
  private List<Transition> path(ResourceKind kind, Lifecycle lc, String from, String to) {
    Map<String, List<Transition>> paths = new HashMap<>();
    paths.put(from, List.of());
    Deque<String> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      String state = queue.poll();
      if (state.equals(to)) {
        return paths.get(state);
      }
      for (Transition t : lc.transitions()) {
        if (!t.isCreation()
            && state.equals(t.from())
            && !paths.containsKey(t.to())
            && canApply(kind, t)) {
          List<Transition> longer = new ArrayList<>(paths.get(state));
          longer.add(t);
          paths.put(t.to(), longer);
          queue.add(t.to());
        }
      }
    }
    return null;
  }

  private static String howReached(Lifecycle lc, String state) {
    List<String> ways = new ArrayList<>();
    for (Transition t : lc.transitions()) {
      if (state.equals(t.to())) {
        ways.add(t.operationId() != null ? t.operationId() : "event " + t.event());
      }
    }
    return ways.isEmpty()
        ? "no transition leads to it"
        : "it is entered only by " + String.join(", ", ways);
  }
}
