package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Transitions of one resource that the API causes through another: a loan becomes active when its
 * disbursement payout is processed, closes when a repayment clears it (or when Run EOD applies
 * money paid ahead); a topup is disbursed when its payout is. Each driver acts on the other
 * resource exactly as a client would, and moves time only through the public API (Run EOD).
 */
final class CrossDrivers {

  /** Run EOD calls allowed per EMI of a loan for it to fall due (a month, with room to spare). */
  private static final int END_OF_DAYS_PER_EMI = 40;

  private static final long SECONDS_PER_DAY = 86_400;

  private final LifecycleWalk machine;
  private final Fixtures fixtures;
  private volatile Set<String> loanDrivers; // derived on first use, once the fixtures are up
  private volatile Set<String> topupDrivers;

  CrossDrivers(LifecycleWalk machine, Fixtures fixtures) {
    this.machine = machine;
    this.fixtures = fixtures;
  }

  boolean supports(ResourceKind kind, String operationId) {
    return switch (kind) {
      case LOAN -> loanDrivers().contains(operationId);
      case TOPUP -> topupDrivers().contains(operationId);
      default -> false;
    };
  }

  /**
   * The operations that move a loan through another resource: those of the Loan lifecycle's rows
   * from a state, less the ones called on the loan itself ({@code restructureLoan}).
   */
  private Set<String> loanDrivers() {
    if (loanDrivers == null) {
      Set<String> drivers = new LinkedHashSet<>();
      for (String operationId : machine.requireLifecycle(ResourceKind.LOAN).movingOperations()) {
        if (!machine.actsDirectly(ResourceKind.LOAN, operationId)) {
          drivers.add(operationId);
        }
      }
      loanDrivers = Set.copyOf(drivers);
    }
    return loanDrivers;
  }

  /**
   * The operations that move a topup through its payout: those of the Topup lifecycle's rows that
   * follow a Payout transition ({@code when: {via: {resource: Payout, to: processed}}}) and that
   * the Payout lifecycle lists as moving a payout into that state.
   */
  private Set<String> topupDrivers() {
    if (topupDrivers == null) {
      Lifecycle payouts = machine.requireLifecycle(ResourceKind.PAYOUT);
      Set<String> drivers = new LinkedHashSet<>();
      for (Transition row :
          machine.requireLifecycle(ResourceKind.TOPUP).rowsVia(ResourceKind.PAYOUT.schema())) {
        for (String payoutState : row.when().via().to()) {
          if (payouts.operationsInto(payoutState).contains(row.operationId())) {
            drivers.add(row.operationId());
          }
        }
      }
      topupDrivers = Set.copyOf(drivers);
    }
    return topupDrivers;
  }

  String unsupportedReason(ResourceKind kind, String operationId) {
    if (kind == ResourceKind.LOAN && operationId.equals(OperationIds.CLOSE_ACCOUNT)) {
      return "closeAccount closes active loans with zero outstanding, but the spec has a loan close"
          + " itself when its outstanding reaches 0, so no such loan can be made through the API";
    }
    if (kind == ResourceKind.TOPUP && operationId.equals(OperationIds.RUN_EOD)) {
      return "Run EOD releases a scheduled topup only on its scheduled_date, which the suite sets"
          + " far ahead so the topup waits; no driver walks the business date there";
    }
    return operationId + " does not act on a " + kind.schema() + " and no driver is known";
  }

  /** Steps a direct transition needs first: re-running checks passes only with an invoice. */
  void before(Subject subject, Transition t) {
    if (subject.kind() == ResourceKind.TOPUP
        && OperationIds.RE_RUN_TOPUP_CHECKS.equals(t.operationId())
        && "processing".equals(t.to())) {
      Overrides invoice =
          Overrides.none()
              .set("/invoice_number", new TextNode("INV-CNF-" + subject.id().substring(0, 8)))
              .set("/invoice_amount", subject.field("amount"))
              .set("/invoice_date", LongNode.valueOf(Instant.now().getEpochSecond()));
      Call call =
          fixtures
              .calls()
              .build(
                  OperationIds.UPDATE_TOPUP,
                  fixtures.referencesFor(OperationIds.UPDATE_TOPUP, subject),
                  invoice);
      fixtures.expectSuccess(call, "adding the invoice before re-running the checks");
    }
  }

  Outcome apply(Subject subject, Transition t) {
    if (!supports(subject.kind(), t.operationId())) {
      throw new PreparationFailure(
          t.operationId(), unsupportedReason(subject.kind(), t.operationId()));
    }
    Outcome driven =
        switch (t.operationId()) {
          case OperationIds.PAYOUT_CALLBACK -> payoutResult(subject, t);
          case OperationIds.RETRY_PAYOUT -> retryPayout(subject);
          case OperationIds.REINITIATE_TOPUP_PAYOUT -> reinitiate(subject);
          case OperationIds.RUN_EOD -> paidAheadThenEndOfDay(subject);
          default -> repay(subject, t);
        };
    if (!driven.answer().isSuccess()) {
      return new Outcome(driven.answer(), subject);
    }
    return new Outcome(driven.answer(), subject.seen(fixtures.readback().read(subject)));
  }

  /**
   * The bank's answer to the subject's payout: processed, failed or rejected; or, for a paid-out
   * loan, the reversal (the payout first {@code reverting}, then {@code reverted}).
   */
  private Outcome payoutResult(Subject subject, Transition t) {
    String result = Preferences.payoutResultFor(subject.kind(), t);
    String from = "reverted".equals(result) ? "reverting" : "processing";
    Subject payout = machine.advance(payoutOf(subject), from);
    return machine.apply(payout, payoutTransition(from, OperationIds.PAYOUT_CALLBACK, result));
  }

  private Outcome retryPayout(Subject loan) {
    Subject payout = machine.advance(payoutOf(loan), "failed");
    return machine.apply(payout, payoutTransition("failed", OperationIds.RETRY_PAYOUT, null));
  }

  private Outcome reinitiate(Subject loan) {
    String topupId =
        loan.related(ResourceKind.TOPUP)
            .orElseThrow(
                () ->
                    new PreparationFailure(
                        OperationIds.REINITIATE_TOPUP_PAYOUT,
                        "loan " + loan.id() + " has no topup"));
    Subject topup =
        new Subject(ResourceKind.TOPUP, topupId, null, loan.related())
            .with(ResourceKind.ACCOUNT, accountOf(loan));
    topup = machine.advance(topup.seen(fixtures.readback().read(topup)), "payout_failed");
    Lifecycle lc = machine.requireLifecycle(ResourceKind.TOPUP);
    Transition t =
        lc.transition("payout_failed", OperationIds.REINITIATE_TOPUP_PAYOUT).orElseThrow();
    return machine.apply(topup, t);
  }

  /**
   * Money that clears the loan: a repayment, a NACH debit or a cashback adjustment of its whole
   * outstanding. Money received settles only what is due (the rest stays as excess), so the loan is
   * first brought to the day everything it owes is due ({@link #dueInFull}).
   */
  private Outcome repay(Subject loan, Transition t) {
    JsonNode outstanding = dueInFull(loan).path("total_outstanding");
    if (!outstanding.isNumber() || outstanding.decimalValue().signum() <= 0) {
      throw new PreparationFailure(
          OperationIds.GET_OUTSTANDING_DATA,
          "loan " + loan.id() + " owes " + outstanding + ": nothing for a repayment to clear");
    }
    DecimalNode amount = DecimalNode.valueOf(outstanding.decimalValue());
    Lifecycle records = machine.requireLifecycle(ResourceKind.RECORD);
    if (t.operationId().equals(OperationIds.INITIATE_RECORD_ADJUSTMENT)) {
      References refs = fixtures.referencesFor(OperationIds.CREATE_RECORD, loan);
      Call adjust =
          fixtures
              .calls()
              .build(
                  OperationIds.INITIATE_LOAN_ADJUSTMENT,
                  refs,
                  Overrides.none().set("/amount", amount).set("/type", new TextNode("cashback")));
      Subject record =
          machine.extract(
              ResourceKind.RECORD, fixtures.expectSuccess(adjust, "booking a cashback to clear"));
      return machine.apply(
          record.with(ResourceKind.LOAN, loan.id()),
          records.transition("processed", OperationIds.INITIATE_RECORD_ADJUSTMENT).orElseThrow());
    }
    Subject record =
        bookRepayment(
            loan,
            amount,
            t.operationId().equals(OperationIds.UPDATE_NACH_PRESENTATION_STATUS) ? "nach" : null);
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

  /**
   * Run EOD closes a loan when it applies excess that brings its outstanding to 0: everything the
   * loan will owe is paid ahead (a repayment, all of it excess while nothing is due), then EOD runs
   * day by day until the loan is no longer active — the EOD on its last EMI's due day.
   */
  private Outcome paidAheadThenEndOfDay(Subject loan) {
    Subject record = bookRepayment(loan, DecimalNode.valueOf(everythingOwed(loan)), null);
    Lifecycle records = machine.requireLifecycle(ResourceKind.RECORD);
    Outcome processed =
        machine.apply(
            record,
            records.transition("pending", OperationIds.MARK_RECORD_PROCESSED).orElseThrow());
    if (!processed.answer().isSuccess()) {
      throw PreparationFailure.refused(processed.answer(), "paying loan " + loan.id() + " ahead");
    }
    ApiResult last =
        endOfDaysUntil(
            loan, () -> !"active".equals(fixtures.readback().read(loan).path("status").asText()));
    return new Outcome(last, loan);
  }

  /**
   * Runs EOD (one business day a call) until the loan's {@code due_amount} is all of its {@code
   * total_outstanding}: only then can one payment clear it. A loan made to be closed has one EMI
   * ({@link Preferences#closing}), about a month of EODs.
   *
   * @return the loan's outstanding on that day
   */
  private JsonNode dueInFull(Subject loan) {
    JsonNode[] outstanding = {outstanding(loan)};
    if (allDue(outstanding[0])) {
      return outstanding[0];
    }
    endOfDaysUntil(
        loan,
        () -> {
          outstanding[0] = outstanding(loan);
          return allDue(outstanding[0]);
        });
    if (!allDue(outstanding[0])) {
      throw new PreparationFailure(
          OperationIds.RUN_EOD,
          "after "
              + endOfDayLimit(loan)
              + " Run EOD calls, loan "
              + loan.id()
              + " still has part of its outstanding not due: "
              + outstanding[0]);
    }
    return outstanding[0];
  }

  /**
   * Runs EOD until {@code done} says so, at most {@link #endOfDayLimit} times. {@code done} is
   * asked only once the business date has reached the loan's {@code maturity_date} (its last EMI's
   * due day: nothing the loan owes can be all due before it), or every day when the loan shows
   * none.
   *
   * @return the last Run EOD answer
   */
  private ApiResult endOfDaysUntil(Subject loan, BooleanSupplier done) {
    JsonNode maturity = fixtures.readback().read(loan).path("maturity_date");
    long askFrom = maturity.isNumber() ? maturity.longValue() - SECONDS_PER_DAY : Long.MIN_VALUE;
    int limit = endOfDayLimit(loan);
    ApiResult last = null;
    for (int day = 0; day < limit; day++) {
      last = endOfDay();
      JsonNode businessDate = last.json().path("business_date");
      boolean reached = !businessDate.isNumber() || businessDate.longValue() >= askFrom;
      if (reached && done.getAsBoolean()) {
        break;
      }
    }
    return last;
  }

  private static boolean allDue(JsonNode outstanding) {
    return outstanding
            .path("due_amount")
            .decimalValue()
            .compareTo(outstanding.path("total_outstanding").decimalValue())
        >= 0;
  }

  /** Everything the loan will owe if paid on time: what its EMIs have unpaid, and its fees. */
  private BigDecimal everythingOwed(Subject loan) {
    Call emis =
        Call.to(fixtures.calls().operation(OperationIds.LIST_EMIS))
            .withQuery("loan", loan.id())
            .withQuery("page_size", "100");
    JsonNode page = fixtures.expectSuccess(emis, "listing the loan's EMIs").json();
    if (page.path("count").asInt() > page.path("results").size()) {
      throw new PreparationFailure(
          OperationIds.LIST_EMIS,
          "loan " + loan.id() + " has " + page.path("count") + " EMIs: more than one page");
    }
    BigDecimal owed = outstanding(loan).path("fees_outstanding").decimalValue();
    for (JsonNode emi : page.path("results")) {
      owed = owed.add(emi.path("outstanding_amount").decimalValue());
    }
    if (owed.signum() <= 0) {
      throw new PreparationFailure(
          OperationIds.LIST_EMIS, "loan " + loan.id() + " owes nothing to pay ahead");
    }
    return owed;
  }

  /** Generous: {@value #END_OF_DAYS_PER_EMI} days per EMI of the loan, one more EMI's worth. */
  private int endOfDayLimit(Subject loan) {
    JsonNode count = loan.field("emi_count");
    if (!count.isInt()) {
      count = fixtures.readback().read(loan).path("emi_count");
    }
    return END_OF_DAYS_PER_EMI * (Math.max(1, count.asInt(1)) + 1);
  }

  /** Get Outstanding data of the loan on the business date. */
  private JsonNode outstanding(Subject loan) {
    Call call =
        Call.to(fixtures.calls().operation(OperationIds.GET_OUTSTANDING_DATA))
            .withPathParam("id", loan.id());
    JsonNode outstanding =
        fixtures.expectSuccess(call, "reading the loan's outstanding data").json();
    return outstanding;
  }

  /** One Run EOD: the business date moves on a day. */
  private ApiResult endOfDay() {
    ApiResult answer =
        fixtures.expectSuccess(
            Call.to(fixtures.calls().operation(OperationIds.RUN_EOD)),
            "running EOD to move the business date");
    return answer;
  }

  /** A pending repayment of {@code amount} on the loan ({@code nach}: a NACH debit presented). */
  private Subject bookRepayment(Subject loan, DecimalNode amount, String paymentMode) {
    Overrides repayment =
        Overrides.none()
            .set("/received_amount", amount)
            .set("/tds_amount", LongNode.valueOf(0))
            .set("/loans", JsonNodeFactory.instance.arrayNode().add(loan.id()));
    if (paymentMode != null) {
      repayment.set("/payment_mode", new TextNode(paymentMode));
    }
    References refs = fixtures.referencesFor(OperationIds.CREATE_RECORD, loan);
    ApiResult created =
        fixtures.expectSuccess(
            fixtures.calls().build(OperationIds.CREATE_RECORD, refs, repayment),
            "booking the repayment");
    return machine.extract(ResourceKind.RECORD, created);
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
      throw new PreparationFailure(
          OperationIds.LIST_PAYOUTS, owner.kind().schema() + " " + owner.id() + " names no payout");
    }
    Call call =
        Call.to(fixtures.calls().operation(OperationIds.LIST_PAYOUTS))
            .withQuery("loan", owner.id())
            .withQuery("page_size", "100");
    ApiResult answer = fixtures.expectSuccess(call, "finding the loan's payout");
    JsonNode first = answer.json().path("results").path(0);
    if (!first.has("id")) {
      throw new PreparationFailure(
          OperationIds.LIST_PAYOUTS, "loan " + owner.id() + " has no payout listed");
    }
    return first.get("id").asText();
  }

  private String accountOf(Subject owner) {
    return owner
        .related(ResourceKind.ACCOUNT)
        .orElseThrow(
            () ->
                new PreparationFailure(
                    ResourceKind.PAYOUT.readOperation(),
                    owner.kind().schema() + " " + owner.id() + " names no account to read from"));
  }

  private Transition payoutTransition(String from, String operationId, String status) {
    Lifecycle payouts = machine.requireLifecycle(ResourceKind.PAYOUT);
    return payouts.transitions().stream()
        .filter(t -> from.equals(t.from()) && operationId.equals(t.operationId()))
        .filter(
            t -> status == null || t.when().bodyValue("status").filter(status::equals).isPresent())
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("No payout transition " + from + " " + operationId));
  }
}
