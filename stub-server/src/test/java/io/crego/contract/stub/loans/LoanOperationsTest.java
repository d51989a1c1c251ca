package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restructure, Request Tranche, Reset RPS, Initiate Refund and the listings. */
class LoanOperationsTest extends LoansTestBase {

  @Test
  void restructureKeepsPaidAndDueEmisAndRebuildsTheFuture() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    runEodUntil(START.plusMonths(1));
    repay(account, "34002", loan).expect(200);

    Exchange restructured =
        api.call(ACME, OperationIds.RESTRUCTURE_LOAN)
            .id(loan)
            .body("{\"emi_count\": 6, \"roi_value\": 18}")
            .send()
            .expect(200);

    assertEquals(7, restructured.body().path("emi_count").asInt());
    List<Emi> emis = emis(loan);
    assertEquals(7, emis.size());
    assertEquals(EmiStatus.PAID, emis.get(0).getStatus());
    BigDecimal principal =
        emis.stream().map(Emi::getPrincipal).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(rupees("100000"), principal, "the principal parts still add up");
    // 66998 over 6 months at 18%: the first new EMI falls a month after the business date
    assertEquals(START.plusMonths(2), io.crego.contract.stub.lending.EmiLedger.dueDay(emis.get(1)));
    assertEquals(0, restructured.body().path("roi_value").decimalValue().compareTo(rupees("18")));
    assertEquals(rupees("66998"), loan(loan).getTotalOutstanding());
  }

  @Test
  void aTrancheOfAPartlyDisbursedTermLoanIsPaidOutAndSpreadOverTheEmisToCome() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    api.call(ACME, OperationIds.REQUEST_TRANCHE)
        .body("{\"loan_id\": \"" + loan + "\", \"amount\": 1}")
        .send()
        .expectError(409, "AMOUNT_EXCEEDS_BALANCE");
    sanctionMore(loan, "150000");

    Exchange tranche =
        api.call(ACME, OperationIds.REQUEST_TRANCHE)
            .body("{\"loan_id\": \"" + loan + "\", \"amount\": 50000}")
            .send()
            .expect(200);
    assertEquals("requested", tranche.text("/status"));
    api.call(ACME, OperationIds.REQUEST_TRANCHE)
        .body("{\"loan_id\": \"" + loan + "\", \"amount\": 0.01}")
        .send()
        .expectError(409, "AMOUNT_EXCEEDS_BALANCE");

    bankAnswers(tranche.id(), PayoutStatus.PROCESSED);

    Loan grown = loan(loan);
    assertEquals(rupees("150000"), grown.getDisbursedAmount());
    assertEquals(rupees("150000"), grown.getPrincipalOutstanding());
    assertEquals(3, emis(loan).size());
  }

  @Test
  void aTrancheOnALoanNotYetPaidOutIsCarvedOutOfItsFirstPayout() {
    String account = account("term_loan", "500000", "12", 3, "2");
    Exchange booked = disburse(account, "100000").expect(201);
    String loan = booked.text("/loan/id");
    String first = booked.text("/payout/id");

    Exchange tranche =
        api.call(ACME, OperationIds.REQUEST_TRANCHE)
            .body("{\"loan_id\": \"" + loan + "\", \"amount\": 40000}")
            .send()
            .expect(200);

    // the first payout now pays out 60000: less 2% fee (1200) and 18% GST on it (216)
    Payout carved = store.read(ACME, view -> view.get(Kinds.PAYOUTS, first)).orElseThrow();
    assertEquals(rupees("58584"), carved.getAmount());
    assertEquals(rupees("40000"), tranche.money("/amount"));
    api.call(ACME, OperationIds.REQUEST_TRANCHE)
        .body("{\"loan_id\": \"" + loan + "\", \"amount\": 60000}")
        .send()
        .expectError(409, "AMOUNT_EXCEEDS_BALANCE");

    bankAnswers(first, PayoutStatus.PROCESSED);
    assertEquals(rupees("60000"), loan(loan).getDisbursedAmount());
    assertEquals(rupees("60000"), loan(loan).getPrincipalOutstanding());
    bankAnswers(tranche.id(), PayoutStatus.PROCESSED);
    Loan full = loan(loan);
    assertEquals(rupees("100000"), full.getDisbursedAmount());
    assertEquals(rupees("100000"), full.getPrincipalOutstanding());
    BigDecimal principal =
        emis(loan).stream().map(Emi::getPrincipal).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(rupees("100000"), principal);
  }

  @Test
  void aRejectedTrancheLeavesTheLoanAndFreesItsShare() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    sanctionMore(loan, "120000");
    Exchange tranche =
        api.call(ACME, OperationIds.REQUEST_TRANCHE)
            .body("{\"loan_id\": \"" + loan + "\", \"amount\": 20000}")
            .send()
            .expect(200);

    bankAnswers(tranche.id(), PayoutStatus.REJECTED);

    assertEquals("active", loan(loan).getStatus().getValue());
    api.call(ACME, OperationIds.REQUEST_TRANCHE)
        .body("{\"loan_id\": \"" + loan + "\", \"amount\": 20000}")
        .send()
        .expect(200);
  }

  @Test
  void resetRpsRebuildsTheScheduleAndAppliesTheMoneyAgain() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    runEodUntil(START.plusMonths(1).plusDays(3));
    Exchange paid = repay(account, "20000", loan).expect(200);
    BigDecimal owedBefore = loan(loan).getPrincipalOutstanding();

    JsonNode reset =
        api.call(ACME, OperationIds.RESET_RPS)
            .id(account)
            .body("{\"loan_id\": \"" + loan + "\"}")
            .send()
            .expect(200)
            .body();

    assertEquals(3, reset.path("emis_rebuilt").asInt());
    assertEquals(loan, reset.at("/loans/0").asText());
    assertEquals(3, emis(loan).size());
    List<Settlement> settlements = settlementsOf(paid.id());
    BigDecimal settled =
        settlements.stream().map(Settlement::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(rupees("20000"), settled.add(record(paid.id()).getRemainingAmount()));
    assertTrue(
        settlements.stream().allMatch(s -> s.getDemand().equals(emis(loan).get(0).getId())),
        "settled on the rebuilt EMI");
    // the charges of the old schedule are gone, so more of the money went to principal
    assertTrue(loan(loan).getPrincipalOutstanding().compareTo(owedBefore) <= 0);
  }

  @Test
  void aRefundTakesTheLoansExcessOldestRecordFirst() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    Exchange first = repay(account, "1000", loan).expect(200);
    Exchange second = repay(account, "2000", loan).expect(200);

    api.call(ACME, OperationIds.INITIATE_LOAN_REFUND)
        .id(loan)
        .body("{\"amount\": 3000.01}")
        .send()
        .expectError(409, "AMOUNT_EXCEEDS_BALANCE");
    Exchange refund =
        api.call(ACME, OperationIds.INITIATE_LOAN_REFUND)
            .id(loan)
            .body("{\"amount\": 1500.5}")
            .send()
            .expect(201);

    assertEquals("excess_payment_refund", refund.text("/type"));
    assertEquals("requested", refund.text("/status"));
    assertEquals(first.id(), refund.text("/record"));
    assertEquals(rupees("0"), record(first.id()).getRemainingAmount());
    assertEquals(rupees("1499.50"), record(second.id()).getRemainingAmount());
    assertEquals(rupees("1499.50"), loan(loan).getExcessAmount());
    List<Payout> refunds =
        all(Kinds.PAYOUTS).stream()
            .filter(p -> p.getType().getValue().equals("excess_payment_refund"))
            .toList();
    assertEquals(1, refunds.size());
  }

  @Test
  void listLoansFiltersPagesAndShowsTheNewestFirst() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String older = activeLoan(account, "10000");
    String newer = disburse(account, "20000").expect(201).text("/loan/id");
    String otherAccount = account("credit_line", "500000", "12", 3, "0");
    disburse(otherAccount, "30000").expect(201);

    JsonNode all = api.call(ACME, OperationIds.LIST_LOANS).send().expect(200).body();
    assertEquals(3, all.path("count").asInt());
    JsonNode ofAccount =
        api.call(ACME, OperationIds.LIST_LOANS).query("account", account).send().expect(200).body();
    assertEquals(2, ofAccount.path("count").asInt());
    assertEquals(newer, ofAccount.at("/results/0/id").asText());
    JsonNode active =
        api.call(ACME, OperationIds.LIST_LOANS).query("status", "active").send().expect(200).body();
    assertEquals(1, active.path("count").asInt());
    assertEquals(older, active.at("/results/0/id").asText());
    JsonNode second =
        api.call(ACME, OperationIds.LIST_LOANS)
            .query("page_size", 1)
            .query("page", 2)
            .send()
            .body();
    assertEquals(1, second.path("results").size());
    assertEquals(3, second.path("count").asInt());
  }

  @Test
  void listEmisFiltersByLoanAccountAndStatusOldestDueFirst() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    activeLoan(account, "50000");
    runEodUntil(START.plusMonths(1));
    repay(account, "34002", loan).expect(200);

    JsonNode ofLoan =
        api.call(ACME, OperationIds.LIST_EMIS).query("loan", loan).send().expect(200).body();
    assertEquals(3, ofLoan.path("count").asInt());
    assertEquals(1, ofLoan.at("/results/0/index").asInt());
    JsonNode paid = api.call(ACME, OperationIds.LIST_EMIS).query("status", "paid").send().body();
    assertEquals(1, paid.path("count").asInt());
    JsonNode ofAccount =
        api.call(ACME, OperationIds.LIST_EMIS).query("account", account).send().body();
    assertEquals(6, ofAccount.path("count").asInt());
  }

  @Test
  void exportCashbackListsTheCashbackRecordsAsCsv() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
        .id(loan)
        .body("{\"amount\": 250, \"type\": \"cashback\"}")
        .send()
        .expect(201);
    api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
        .id(loan)
        .body("{\"amount\": 100, \"type\": \"holdback\"}")
        .send()
        .expect(201);

    JsonNode export = api.call(ACME, OperationIds.EXPORT_CASHBACK).send().expect(200).body();

    assertEquals(1, export.path("count").asInt());
    assertEquals("text/csv", export.path("content_type").asText());
    String[] lines = export.path("content").asText().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[1].contains(",250.00,"), lines[1]);
  }

  @Test
  void aCashbackAppliedToADueEmiIsSettledInItsName() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    String cashback =
        api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
            .id(loan)
            .body("{\"amount\": 500, \"type\": \"cashback\"}")
            .send()
            .expect(201)
            .id();
    // nothing due yet: allowed (the record has money remaining), nothing applied, all of it kept
    Exchange early =
        api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
            .id(cashback)
            .body("{\"loan_id\": \"" + loan + "\"}")
            .send()
            .expect(200);
    assertEquals(rupees("500"), early.money("/remaining_amount"));
    assertEquals(loan, early.text("/cashback_loan"));
    assertEquals(0, settlementsOf(cashback).size());
    runEodUntil(START.plusMonths(1));

    api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
        .id(cashback)
        .body("{\"loan_id\": \"" + loan + "\"}")
        .send()
        .expect(200);

    assertEquals(rupees("0"), record(cashback).getRemainingAmount());
    assertEquals(1, settlementsOf(cashback).size());
    assertEquals(rupees("33502"), emis(loan).get(0).getOutstandingAmount());
  }

  /** A loan sanctioned above what was paid out (as an imported book may hold one). */
  private void sanctionMore(String loanId, String principal) {
    store.write(
        ACME,
        tx -> {
          Loan loan = tx.get(Kinds.LOANS, loanId).orElseThrow();
          tx.put(Kinds.LOANS, loanId, loan.principalAmount(rupees(principal)));
          return null;
        });
  }
}
