package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Loan lifecycle's rows as the loans domain meets them, read from the spec: an operation the
 * table does not allow in a loan's status is refused with 409 {@code TRANSITION_NOT_ALLOWED}, and a
 * payout outcome moves a loan only where the table has the row for it.
 */
class ForbiddenLoanTransitionsTest extends LoansTestBase {

  private static final TransitionGuard<LoanStatus> LOANS =
      TransitionGuard.forSchema(CregoSpec.get(), "Loan", LoanStatus.class);

  /** Payout outcomes and the loan status each may lead to. */
  private static final Map<PayoutStatus, LoanStatus> OUTCOMES =
      Map.of(
          PayoutStatus.PROCESSED, LoanStatus.ACTIVE,
          PayoutStatus.FAILED, LoanStatus.FAILED,
          PayoutStatus.REJECTED, LoanStatus.REJECTED,
          PayoutStatus.REQUESTED, LoanStatus.REQUESTED);

  private String account;
  private String loan;
  private String payout;

  private void bookInStatus(LoanStatus status) {
    account = account("term_loan", "500000", "12", 3, "0");
    Exchange booked = disburse(account, "100000").expect(201);
    loan = booked.text("/loan/id");
    payout = booked.text("/payout/id");
    if (status == LoanStatus.ACTIVE || status == LoanStatus.CLOSED) {
      bankAnswers(payout, PayoutStatus.PROCESSED);
    }
    store.write(
        ACME,
        tx -> {
          Loan current = tx.get(Kinds.LOANS, loan).orElseThrow();
          tx.put(Kinds.LOANS, loan, current.status(status));
          // with the bank, so that any answer is news
          Payout sent = tx.get(Kinds.PAYOUTS, payout).orElseThrow();
          tx.put(Kinds.PAYOUTS, payout, sent.status(PayoutStatus.PROCESSING));
          return null;
        });
  }

  @TestFactory
  Stream<DynamicTest> restructureIsRefusedInEveryStatusButActive() {
    return Arrays.stream(LoanStatus.values())
        .filter(status -> !LOANS.allows(OperationIds.RESTRUCTURE_LOAN, status))
        .map(
            status ->
                dynamicTest(
                    status.getValue(),
                    () -> {
                      setUpCompany();
                      bookInStatus(status);
                      Exchange refused =
                          api.call(ACME, OperationIds.RESTRUCTURE_LOAN)
                              .id(loan)
                              .body("{\"emi_count\": 6}")
                              .send()
                              .expectError(409, "TRANSITION_NOT_ALLOWED");
                      assertEquals(status.getValue(), refused.text("/details/current_status"));
                      assertEquals("active", refused.text("/details/allowed_from/0"));
                      assertEquals(status, loan(loan).getStatus());
                      closeStore();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> aPayoutOutcomeMovesTheLoanOnlyAlongARowOfTheTable() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LoanStatus from : LoanStatus.values()) {
      for (Map.Entry<PayoutStatus, LoanStatus> outcome : OUTCOMES.entrySet()) {
        String operation =
            outcome.getKey() == PayoutStatus.REQUESTED
                ? OperationIds.RETRY_PAYOUT
                : PAYOUT_CALLBACK;
        // a processed tranche keeps an active loan active: it is no status move
        LoanStatus expected =
            LOANS.allowedFrom(operation, outcome.getValue()).contains(from)
                ? outcome.getValue()
                : from;
        tests.add(
            dynamicTest(
                from.getValue() + " + payout " + outcome.getKey().getValue(),
                () -> {
                  setUpCompany();
                  bookInStatus(from);
                  bankAnswers(payout, outcome.getKey());
                  assertEquals(expected, loan(loan).getStatus());
                  closeStore();
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void aClosedAccountCannotBeClosedAgain() {
    account = account("term_loan", "500000", "12", 3, "0");
    api.call(ACME, OperationIds.CLOSE_ACCOUNT).id(account).send().expect(200);

    Exchange refused =
        api.call(ACME, OperationIds.CLOSE_ACCOUNT)
            .id(account)
            .send()
            .expectError(409, "TRANSITION_NOT_ALLOWED");
    assertEquals("closed", refused.text("/details/current_status"));
  }

  @Test
  void aClosedAccountTakesNoNewLoan() {
    account = account("term_loan", "500000", "12", 3, "0");
    api.call(ACME, OperationIds.CLOSE_ACCOUNT).id(account).send().expect(200);

    disburse(account, "1000").expectError(409, "NOT_APPLICABLE");
  }

  @Test
  void anAccountWithALoanNotYetDisbursedCannotClose() {
    bookInStatus(LoanStatus.REQUESTED);

    api.call(ACME, OperationIds.CLOSE_ACCOUNT)
        .id(account)
        .send()
        .expectError(409, "NOT_APPLICABLE");
  }

  @Test
  void aTrancheIsOnlyForARequestedOrActiveLoan() {
    bookInStatus(LoanStatus.REJECTED);

    api.call(ACME, OperationIds.REQUEST_TRANCHE)
        .body("{\"loan_id\": \"" + loan + "\", \"amount\": 10}")
        .send()
        .expectError(409, "NOT_APPLICABLE");
  }

  @Test
  void aTopupsLoanTakesNoTranche() {
    bookInStatus(LoanStatus.ACTIVE);
    store.write(
        ACME,
        tx -> {
          Loan drawn = tx.get(Kinds.LOANS, loan).orElseThrow();
          tx.put(Kinds.LOANS, loan, drawn.topup(UUID.randomUUID()));
          return null;
        });

    api.call(ACME, OperationIds.REQUEST_TRANCHE)
        .body("{\"loan_id\": \"" + loan + "\", \"amount\": 10}")
        .send()
        .expectError(409, "NOT_APPLICABLE");
  }
}
