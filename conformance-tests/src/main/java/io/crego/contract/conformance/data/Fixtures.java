package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.Session;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Transition;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data one test works with, created through the public API on first use and kept for the rest
 * of the test (one account, one lead, one active loan, …). Each test has its own, so no test
 * depends on another having run.
 */
public final class Fixtures implements References {

  private final Session session;
  private final CregoSpec spec;
  private final CallFactory calls;
  private final RowBodies rowBodies;
  private final Readback readback;
  private final LifecycleWalk machine;
  private final TargetData target;
  private final Map<String, String> made = new HashMap<>();
  private String lead;

  /**
   * @param target what the run knows of its target (shared by every test)
   */
  public Fixtures(Session session, CregoSpec spec, TargetData target) {
    this.session = session;
    this.spec = spec;
    this.target = target;
    this.calls = new CallFactory(spec);
    this.rowBodies = new RowBodies(spec, calls);
    this.readback = new Readback(session, calls);
    this.machine = new LifecycleWalk(this, spec);
  }

  public Session session() {
    return session;
  }

  public CallFactory calls() {
    return calls;
  }

  /** The request bodies of lifecycle rows. */
  RowBodies rowBodies() {
    return rowBodies;
  }

  public Readback readback() {
    return readback;
  }

  public LifecycleWalk machine() {
    return machine;
  }

  public TargetData target() {
    return target;
  }

  /** The collection bank Mark Processed names. */
  @Override
  public String collectionBank() {
    return target.collectionBankId();
  }

  /** A lead with loan parameters (Initiate Loan Params), made once per test. */
  @Override
  public String lead() {
    if (lead == null) {
      Preparation.step(
          () -> {
            Call call = calls.build(OperationIds.INITIATE_LOAN_PARAMS, this, Overrides.none());
            expectSuccess(call, "giving a lead loan parameters");
            lead = call.body().path("lead_id").asText();
          });
    }
    return lead;
  }

  /** A resource of this kind in its default state, made once per test. */
  @Override
  public String id(ResourceKind kind) {
    return id(kind, Preferences.defaultState(kind));
  }

  /** A resource of this kind in this state, made once per test. */
  public String id(ResourceKind kind, String state) {
    String key = kind + ":" + state;
    String id = made.get(key);
    if (id == null) {
      id = Preparation.step(() -> make(kind, state));
      made.put(key, id);
    }
    return id;
  }

  private String make(ResourceKind kind, String state) {
    if (machine.lifecycle(kind).isPresent()) {
      return machine.reach(kind, state, null).id();
    }
    String creator = Preferences.creatorOf(kind);
    ApiResult answer =
        expectSuccess(calls.build(creator, this, Overrides.none()), "creating a " + kind.schema());
    return machine.extract(kind, answer).id();
  }

  /**
   * The references of a call about a subject: the subject itself, what it came with, then this
   * test's resources in the state the operation needs.
   */
  public References referencesFor(String operationId, Subject subject) {
    Fixtures fixtures = this;
    return new References() {
      @Override
      public String id(ResourceKind kind) {
        if (subject != null && kind == subject.kind()) {
          return subject.id();
        }
        if (subject != null && subject.related(kind).isPresent()) {
          return subject.related(kind).get();
        }
        String state = Preferences.referenceState(operationId, kind);
        return state == null ? fixtures.id(kind) : fixtures.id(kind, state);
      }

      @Override
      public String lead() {
        return fixtures.lead();
      }

      @Override
      public String collectionBank() {
        return fixtures.collectionBank();
      }
    };
  }

  /**
   * A call of the operation that should succeed: the resource it acts on is made and brought to a
   * state the operation is allowed from, and the body is the spec's example, rebound.
   */
  public Call positiveCall(String operationId, Overrides overrides) {
    return Preparation.step(() -> preparedCall(operationId, overrides));
  }

  private Call preparedCall(String operationId, Overrides overrides) {
    SpecOperation op = calls.operation(operationId);
    prepare(operationId);
    Optional<ResourceKind> kind = machine.subjectKind(op);
    if (kind.isPresent()) {
      Optional<Transition> transition = firstTransition(kind.get(), operationId);
      if (transition.isPresent()) {
        Transition t = transition.get();
        Subject subject = machine.reach(kind.get(), t.from(), operationId);
        new CrossDrivers(machine, this).before(subject, t);
        Overrides all = rowBodies.of(t).and(overrides);
        return calls.build(operationId, referencesFor(operationId, subject), all);
      }
    }
    return calls.build(operationId, referencesFor(operationId, null), overrides);
  }

  public Call positiveCall(String operationId) {
    return positiveCall(operationId, Overrides.none());
  }

  /**
   * Sends a preparation call; anything but a success fails the test as a setup failure of that
   * call's operation, naming the step.
   */
  public ApiResult expectSuccess(Call call, String purpose) {
    ApiResult answer = Preparation.step(() -> session.send(call));
    if (!answer.isSuccess()) {
      throw PreparationFailure.refused(answer, purpose);
    }
    return answer;
  }

  private Optional<Transition> firstTransition(ResourceKind kind, String operationId) {
    Optional<Lifecycle> lc = machine.lifecycle(kind);
    return lc.flatMap(
        l ->
            l.transitions().stream()
                .filter(t -> !t.isCreation() && operationId.equals(t.operationId()))
                .findFirst());
  }

  /**
   * Data an operation needs beyond its references: a loan with excess to refund or list; a loan
   * with something due to present a NACH debit for (a fee is due on the business date by default).
   */
  private void prepare(String operationId) {
    if (operationId.equals(OperationIds.INITIATE_LOAN_REFUND)
        || operationId.equals(OperationIds.LIST_LOANS_WITH_EXCESS_BALANCE)) {
      giveExcess(id(ResourceKind.LOAN));
    }
    if (operationId.equals(OperationIds.BULK_NACH_REQUEST)) {
      id(ResourceKind.FEE);
    }
  }

  /** A repayment on a loan with nothing due yet: all of it is excess. */
  public void giveExcess(String loanId) {
    if (made.containsKey("excess:" + loanId)) {
      return;
    }
    Preparation.step(() -> repayAhead(loanId));
    made.put("excess:" + loanId, loanId);
  }

  private void repayAhead(String loanId) {
    Overrides repayment =
        Overrides.none()
            .set("/received_amount", LongNode.valueOf(5000))
            .set("/tds_amount", LongNode.valueOf(0))
            .set("/loans", JsonNodeFactory.instance.arrayNode().add(loanId));
    ApiResult created =
        expectSuccess(
            calls.build(OperationIds.CREATE_RECORD, this, repayment),
            "booking a repayment to make excess");
    Subject record = machine.extract(ResourceKind.RECORD, created);
    Lifecycle records = machine.requireLifecycle(ResourceKind.RECORD);
    Outcome processed =
        machine.apply(
            record,
            records.transition("pending", OperationIds.MARK_RECORD_PROCESSED).orElseThrow());
    if (!processed.answer().isSuccess()) {
      throw PreparationFailure.refused(processed.answer(), "processing a repayment to make excess");
    }
  }

  /**
   * The resource an answer is about (its {@code id} at the top), read back through the API, or null
   * when the answer names no resource of a kind the suite can read.
   */
  public JsonNode readBackAnswered(ApiResult answer) {
    if (!answer.isSuccess() || !answer.json().path("id").isTextual()) {
      return null;
    }
    Optional<ResourceKind> kind = ResourceKind.ofPath(answer.call().operation().pathTemplate());
    if (kind.isEmpty() || !machine.answersWith(answer, kind.get())) {
      return null;
    }
    return readback.read(machine.extract(kind.get(), answer));
  }

  /**
   * The write operations the suite may send to make and move its own data: every operation of a
   * lifecycle table (creations, and the transitions that bring a resource to the state a test
   * needs), the creators of resources without one, and Initiate Loan Params (a lead).
   */
  public static Set<String> setupOperations(CregoSpec spec) {
    Set<String> operations = new TreeSet<>();
    spec.lifecycles()
        .values()
        .forEach(
            lc ->
                lc.transitions().stream()
                    .map(Transition::operationId)
                    .filter(Objects::nonNull)
                    .forEach(operations::add));
    for (ResourceKind kind : ResourceKind.values()) {
      if (spec.lifecycles().get(kind.schema()) == null) {
        operations.add(Preferences.creatorOf(kind));
      }
    }
    operations.add(OperationIds.INITIATE_LOAN_PARAMS);
    return operations;
  }

  CregoSpec spec() {
    return spec;
  }
}
