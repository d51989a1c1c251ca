package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.Transition;
import java.time.Instant;
import java.util.Set;

/**
 * Transitions of one resource that the API causes through another: a loan becomes active when its
 * disbursement payout is processed, closes when a repayment clears it; a topup is disbursed when
 * its payout is. Each driver acts on the other resource exactly as a client would.
 */
final class CrossDrivers {

  private static final Set<String> LOAN_DRIVERS =
      Set.of(
          "payoutCallback",
          "retryPayout",
          "reinitiateTopupPayout",
          "markRecordProcessed",
          "updateNachPresentationStatus",
          "initiateRecordAdjustment");

  private final StateMachine machine;
  private final Fixtures fixtures;

  CrossDrivers(StateMachine machine, Fixtures fixtures) {
    this.machine = machine;
    this.fixtures = fixtures;
  }

  boolean supports(ResourceKind kind, String operationId) {
    return switch (kind) {
      case LOAN -> LOAN_DRIVERS.contains(operationId);
      case TOPUP -> operationId.equals("payoutCallback");
      default -> false;
    };
  }

  String unsupportedReason(ResourceKind kind, String operationId) {
    if (kind == ResourceKind.LOAN && operationId.equals("closeAccount")) {
      return "closeAccount closes active loans with zero outstanding, but the spec has a loan close"
          + " itself when its outstanding reaches 0, so no such loan can be made through the API";
    }
    return operationId + " does not act on a " + kind.schema() + " and no driver is known";
  }

  /** Steps a direct transition needs first: re-running checks passes only with an invoice. */
  void before(Subject subject, Transition t) {
    if (subject.kind() == ResourceKind.TOPUP
        && "reRunTopupChecks".equals(t.operationId())
        && "processing".equals(t.to())) {
      Overrides invoice =
          Overrides.none()
              .set("/invoice_number", new TextNode("INV-CNF-" + subject.id().substring(0, 8)))
              .set("/invoice_amount", subject.field("amount"))
              .set("/invoice_date", LongNode.valueOf(Instant.now().getEpochSecond()));
      Call call =
          fixtures
              .calls()
              .build("updateTopup", fixtures.referencesFor("updateTopup", subject), invoice);
      fixtures.expectSuccess(call, "adding the invoice before re-running the checks");
    }
  }

  Outcome apply(Subject subject, Transition t) {
    if (!supports(subject.kind(), t.operationId())) {
      throw new PreparationFailure(unsupportedReason(subject.kind(), t.operationId()));
    }
    Outcome driven =
        switch (t.operationId()) {
          case "payoutCallback" -> payoutResult(subject, t);
          case "retryPayout" -> retryPayout(subject);
          case "reinitiateTopupPayout" -> reinitiate(subject);
          default -> repay(subject, t);
        };
    if (!driven.answer().isSuccess()) {
      return new Outcome(driven.answer(), subject);
    }
    return new Outcome(driven.answer(), subject.seen(fixtures.readback().read(subject)));
  }

  /** The bank's answer to the subject's payout: processed, failed or rejected. */
  private Outcome payoutResult(Subject subject, Transition t) {
    Subject payout = machine.advance(payoutOf(subject), "processing");
    String result = Preferences.payoutResultFor(subject.kind(), t.to());
    return machine.apply(payout, payoutTransition("processing", "payoutCallback", result));
  }

  private Outcome retryPayout(Subject loan) {
    Subject payout = machine.advance(payoutOf(loan), "failed");
    return machine.apply(payout, payoutTransition("failed", "retryPayout", null));
  }

  private Outcome reinitiate(Subject loan) {
    String topupId =
        loan.related(ResourceKind.TOPUP)
            .orElseThrow(() -> new PreparationFailure("Loan " + loan.id() + " has no topup"));
    Subject topup =
        new Subject(ResourceKind.TOPUP, topupId, null, loan.related())
            .with(ResourceKind.ACCOUNT, accountOf(loan));
    topup = machine.advance(topup.seen(fixtures.readback().read(topup)), "payout_failed");
    Lifecycle lc = machine.requireLifecycle(ResourceKind.TOPUP);
    Transition t = lc.transition("payout_failed", "reinitiateTopupPayout").orElseThrow();
    return machine.apply(topup, t);
  }

  /** Money that clears the loan: a repayment, a NACH debit or a cashback adjustment. */
  private Outcome repay(Subject loan, Transition t) {
    JsonNode outstanding = fixtures.readback().read(loan).path("total_outstanding");
    if (!outstanding.isNumber() || outstanding.decimalValue().signum() <= 0) {
      throw new PreparationFailure(
          "Loan " + loan.id() + " owes " + outstanding + ": nothing for a repayment to clear");
    }
    DecimalNode amount = DecimalNode.valueOf(outstanding.decimalValue());
    Lifecycle records = machine.requireLifecycle(ResourceKind.RECORD);
    References refs = fixtures.referencesFor("createRecord", loan);
    if (t.operationId().equals("initiateRecordAdjustment")) {
      Call adjust =
          fixtures
              .calls()
              .build(
                  "initiateLoanAdjustment",
                  refs,
                  Overrides.none().set("/amount", amount).set("/type", new TextNode("cashback")));
      Subject record =
          machine.extract(
              ResourceKind.RECORD, fixtures.expectSuccess(adjust, "booking a cashback to clear"));
      return machine.apply(
          record.with(ResourceKind.LOAN, loan.id()),
          records.transition("processed", "initiateRecordAdjustment").orElseThrow());
    }
    Overrides repayment =
        Overrides.none()
            .set("/received_amount", amount)
            .set("/tds_amount", LongNode.valueOf(0))
            .set("/loans", JsonNodeFactory.instance.arrayNode().add(loan.id()));
    if (t.operationId().equals("updateNachPresentationStatus")) {
      repayment.set("/payment_mode", new TextNode("nach"));
    }
    ApiResult created =
        fixtures.expectSuccess(
            fixtures.calls().build("createRecord", refs, repayment), "booking the repayment");
    Subject record = machine.extract(ResourceKind.RECORD, created);
    Transition processing =
        records.transitions().stream()
            .filter(
                r ->
                    "pending".equals(r.from())
                        && t.operationId().equals(r.operationId())
                        && "processed".equals(r.to()))
            .findFirst()
            .orElseThrow();
    return machine.apply(record, processing);
  }

  private Subject payoutOf(Subject owner) {
    String payoutId = owner.related(ResourceKind.PAYOUT).orElse(null);
    if (payoutId == null) {
      payoutId = findPayout(owner);
    }
    Subject payout =
        new Subject(ResourceKind.PAYOUT, payoutId, null, java.util.Map.of())
            .with(ResourceKind.ACCOUNT, accountOf(owner));
    return payout.seen(fixtures.readback().read(payout));
  }

  private String findPayout(Subject owner) {
    String filter = owner.kind() == ResourceKind.LOAN ? "loan" : null;
    if (filter == null) {
      throw new PreparationFailure(owner.kind().schema() + " " + owner.id() + " names no payout");
    }
    Call call =
        Call.to(fixtures.calls().operation("listPayouts"))
            .withQuery("loan", owner.id())
            .withQuery("page_size", "100");
    ApiResult answer = fixtures.expectSuccess(call, "finding the loan's payout");
    JsonNode first = answer.json().path("results").path(0);
    if (!first.has("id")) {
      throw new PreparationFailure("listPayouts?loan=" + owner.id() + " lists no payout");
    }
    return first.get("id").asText();
  }

  private String accountOf(Subject owner) {
    return owner
        .related(ResourceKind.ACCOUNT)
        .orElseThrow(() -> new PreparationFailure(owner.kind().schema() + " has no account"));
  }

  private Transition payoutTransition(String from, String operationId, String status) {
    Lifecycle payouts = machine.requireLifecycle(ResourceKind.PAYOUT);
    return payouts.transitions().stream()
        .filter(t -> from.equals(t.from()) && operationId.equals(t.operationId()))
        .filter(t -> status == null || ("status=" + status).equals(t.when()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("No payout transition " + from + " " + operationId));
  }
}
