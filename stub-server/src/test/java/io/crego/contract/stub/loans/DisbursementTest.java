package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Initiate Disbursement, the bank's answers to the payout, and what they do to loan and line. */
class DisbursementTest extends LoansTestBase {

  private Account line(String id) {
    return store.read(ACME, view -> view.get(Kinds.ACCOUNTS, id)).orElseThrow();
  }

  private void assertLine(String accountId, String available, String used, String blocked) {
    Account account = line(accountId);
    assertEquals(rupees(available), account.getAvailableLineAmount(), "available");
    assertEquals(rupees(used), account.getUsedLineAmount(), "used");
    assertEquals(rupees(blocked), account.getBlockedLineAmount(), "blocked");
    assertEquals(
        account.getApprovedLineAmount(),
        account
            .getAvailableLineAmount()
            .add(account.getUsedLineAmount())
            .add(account.getBlockedLineAmount()),
        "approved = available + used + blocked");
  }

  @Test
  void aDisbursementBooksARequestedLoanAndItsNetPayoutAndBlocksTheLine() {
    String account = account("term_loan", "500000", "12", 3, "2");

    Exchange booked = disburse(account, "100000").expect(201);

    JsonNode loan = booked.body().path("loan");
    assertEquals("requested", loan.path("status").asText());
    assertTrue(loan.path("ref_id").asText().matches("LN[0-9A-Z]{6}"), loan.toString());
    assertEquals(rupees("34002"), booked.money("/loan/emi_amount"));
    assertEquals(3, loan.path("emi_count").asInt());
    assertEquals("reducing", loan.path("interest_type").asText());
    JsonNode payout = booked.body().path("payout");
    assertEquals("loan_disbursement", payout.path("type").asText());
    assertEquals("requested", payout.path("status").asText());
    assertTrue(payout.path("ref_id").asText().matches("PAY[0-9]{7}"));
    // 100000 − 2% fee (2000) − 18% GST on it (360), as the spec's example
    assertEquals(rupees("97640"), booked.money("/payout/amount"));
    assertEquals(loan.path("id").asText(), payout.path("loan").asText());
    assertLine(account, "400000", "0", "100000");
  }

  @Test
  void theProcessedPayoutActivatesTheLoanWithItsScheduleFromTheBusinessDate() {
    String account = account("term_loan", "500000", "12", 3, "2");
    Exchange booked = disburse(account, "100000").expect(201);

    bankAnswers(booked.text("/payout/id"), PayoutStatus.PROCESSED);

    Loan loan = loan(booked.text("/loan/id"));
    assertEquals(LoanStatus.ACTIVE, loan.getStatus());
    assertEquals(rupees("100000"), loan.getDisbursedAmount());
    assertEquals(BigDecimal.valueOf(BusinessCalendar.dayStart(START)), loan.getDisbursementDate());
    assertEquals(BusinessCalendar.dayEnd(START.plusMonths(1)), loan.getFirstDueDate());
    assertEquals(BusinessCalendar.dayEnd(START.plusMonths(3)), loan.getMaturityDate());
    assertEquals(rupees("100000"), loan.getTotalOutstanding());
    List<Emi> emis = emis(loan.getId().toString());
    assertEquals(3, emis.size());
    assertEquals(
        List.of(rupees("34002"), rupees("34002"), rupees("34003")),
        emis.stream().map(Emi::getEmiAmount).toList());
    assertTrue(emis.stream().allMatch(e -> e.getStatus() == EmiStatus.UPCOMING));
    assertLine(account, "400000", "100000", "0");
  }

  @Test
  void aRevertedDisbursementRevertsItsLoan() {
    String account = account("term_loan", "500000", "12", 3, "2");
    Exchange booked = disburse(account, "100000").expect(201);
    String payout = booked.text("/payout/id");
    String loan = booked.text("/loan/id");
    bankAnswers(payout, PayoutStatus.PROCESSED);
    assertEquals(LoanStatus.ACTIVE, loan(loan).getStatus());

    bankAnswers(payout, PayoutStatus.REVERTING);
    assertEquals(LoanStatus.ACTIVE, loan(loan).getStatus(), "reverting is not reverted yet");
    bankAnswers(payout, PayoutStatus.REVERTED);

    assertEquals(LoanStatus.REVERTED, loan(loan).getStatus());
  }

  @Test
  void aFailedPayoutFailsTheLoanKeepsTheBlockAndARetryRequestsItAgain() {
    String account = account("term_loan", "500000", "12", 3, "0");
    Exchange booked = disburse(account, "100000").expect(201);
    String loan = booked.text("/loan/id");

    bankAnswers(booked.text("/payout/id"), PayoutStatus.FAILED);
    assertEquals(LoanStatus.FAILED, loan(loan).getStatus());
    assertLine(account, "400000", "0", "100000");

    bankAnswers(booked.text("/payout/id"), PayoutStatus.REQUESTED);
    assertEquals(LoanStatus.REQUESTED, loan(loan).getStatus());

    bankAnswers(booked.text("/payout/id"), PayoutStatus.PROCESSED);
    assertEquals(LoanStatus.ACTIVE, loan(loan).getStatus());
    assertLine(account, "400000", "100000", "0");
  }

  @Test
  void aRejectedPayoutRejectsTheLoanAndReleasesTheLine() {
    String account = account("term_loan", "500000", "12", 3, "0");
    Exchange booked = disburse(account, "100000").expect(201);

    bankAnswers(booked.text("/payout/id"), PayoutStatus.REJECTED);

    assertEquals(LoanStatus.REJECTED, loan(booked.text("/loan/id")).getStatus());
    assertEquals(List.of(), emis(booked.text("/loan/id")));
    assertLine(account, "500000", "0", "0");
  }

  @Test
  void aLoanBeyondTheAvailableLineIsRefused() {
    String account = account("credit_line", "150000", "18", 6, "0");
    activeLoan(account, "100000");

    Exchange refused = disburse(account, "50000.01").expectError(409, "LIMIT_EXCEEDED");

    assertEquals(rupees("50000"), refused.money("/details/available_line_amount"));
    disburse(account, "50000").expect(201);
    assertLine(account, "0", "100000", "50000");
  }

  @Test
  void anAccountWhoseLeadHasNoLoanParametersCannotBorrow() {
    String account =
        api.call(ACME, OperationIds.CREATE_ACCOUNT)
            .body(
                "{\"lead_id\": \"no-params\", \"program_id\": \"p1\", \"name\": \"N\","
                    + " \"type\": \"term_loan\", \"approved_line_amount\": 100000}")
            .send()
            .expect(201)
            .id();

    disburse(account, "1000").expectError(409, "LOAN_PARAMS_MISSING");
    assertEquals(List.of(), all(Kinds.LOANS));
    assertLine(account, "100000", "0", "0");
  }

  @Test
  void aCreditLineGetsBackThePrincipalRepaidAtOnceATermLoanOnlyAtClosure() {
    String creditLine = account("credit_line", "500000", "12", 3, "0");
    String drawdown = activeLoan(creditLine, "100000");
    String termLoan = account("term_loan", "500000", "12", 3, "0");
    String term = activeLoan(termLoan, "100000");
    runEodUntil(START.plusMonths(1));

    repay(creditLine, "34002", drawdown).expect(200);
    repay(termLoan, "34002", term).expect(200);

    // EMI 1's principal is 33002
    assertLine(creditLine, "433002", "66998", "0");
    assertLine(termLoan, "400000", "100000", "0");
  }

  @Test
  void refreshLimitRebuildsTheLineFromTheLoans() {
    String account = account("credit_line", "500000", "12", 3, "0");
    activeLoan(account, "100000");
    disburse(account, "50000").expect(201);
    store.write(
        ACME,
        tx -> {
          Account drifted = tx.get(Kinds.ACCOUNTS, account).orElseThrow();
          tx.put(Kinds.ACCOUNTS, account, drifted.usedLineAmount(rupees("1")));
          return null;
        });

    Exchange limit = api.call(ACME, OperationIds.REFRESH_LIMIT).id(account).send().expect(200);

    assertEquals(rupees("100000"), limit.money("/used_line_amount"));
    assertEquals(rupees("50000"), limit.money("/blocked_line_amount"));
    assertEquals(rupees("350000"), limit.money("/available_line_amount"));
    assertLine(account, "350000", "100000", "50000");
  }
}
