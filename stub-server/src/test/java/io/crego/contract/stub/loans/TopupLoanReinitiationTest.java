package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.payouts.PayoutHandlers;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.topups.TopupHandlers;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A topup's loan on the real loan book when its payout fails and Reinitiate Payout sends a new one:
 * the new payout is the one that decides, so the loan goes back from {@code failed} to {@code
 * requested}, fails again with it, and is disbursed in full (its gross principal, the schedule over
 * it) when it is paid.
 */
class TopupLoanReinitiationTest extends LoansTestBase {

  private HandlerHarness money;
  private String account;

  @BeforeEach
  void setUpMoneyOut() {
    money =
        new HandlerHarness(
            new TopupHandlers(store, CregoSpec.get(), lending),
            new PayoutHandlers(store, CregoSpec.get(), lending));
    account = account("credit_line", "200000", "14", 3, "2");
  }

  @Test
  void theReinitiatedPayoutMovesTheLoanBackToRequestedAndDisbursesIt() {
    Exchange topup = processingTopup("40000");
    String loan = topup.text("/loan");
    String first = topup.text("/payout");
    bankAnswers(first, "failed");
    assertEquals(LoanStatus.FAILED, loan(loan).getStatus());

    Exchange again =
        money.call(ACME, OperationIds.REINITIATE_TOPUP_PAYOUT).id(topup.id()).send().expect(200);

    String second = again.text("/payout");
    assertNotEquals(first, second);
    assertEquals(LoanStatus.REQUESTED, loan(loan).getStatus());
    assertLine("160000", "0", "40000");

    bankAnswers(second, "processed");

    assertEquals("disbursed", storedTopupStatus(topup.id()));
    assertEquals(LoanStatus.ACTIVE, loan(loan).getStatus());
    assertEquals(rupees("40000"), loan(loan).getDisbursedAmount());
    BigDecimal scheduled = Rupees.ZERO;
    for (Emi emi : emis(loan)) {
      scheduled = scheduled.add(emi.getPrincipal());
    }
    assertEquals(rupees("40000"), scheduled);
    assertLine("160000", "40000", "0");
  }

  @Test
  void aReinitiatedPayoutThatFailsAgainFailsTheLoanAgain() {
    Exchange topup = processingTopup("25000");
    String loan = topup.text("/loan");
    bankAnswers(topup.text("/payout"), "failed");
    String second =
        money
            .call(ACME, OperationIds.REINITIATE_TOPUP_PAYOUT)
            .id(topup.id())
            .send()
            .expect(200)
            .text("/payout");

    bankAnswers(second, "failed");

    assertEquals(LoanStatus.FAILED, loan(loan).getStatus());
    assertEquals("payout_failed", storedTopupStatus(topup.id()));
    assertLine("175000", "0", "25000"); // a failed loan keeps its block, waiting for a new attempt
  }

  private Exchange processingTopup(String amount) {
    Exchange created =
        money
            .call(ACME, OperationIds.CREATE_TOPUP)
            .body(
                "{\"account_id\": \""
                    + account
                    + "\", \"amount\": "
                    + amount
                    + ", \"invoice_number\": \"INV-"
                    + amount
                    + "\", \"invoice_amount\": "
                    + amount
                    + ", \"invoice_date\": 1718562600}")
            .send()
            .expect(201);
    assertEquals("processing", created.text("/status"));
    return created;
  }

  /** Export → process → the bank's answer, through the Payouts handlers. */
  private void bankAnswers(String payoutId, String status) {
    money
        .call(ACME, OperationIds.EXPORT_PAYOUTS_FOR_BANK)
        .body("{\"payout_ids\": [\"" + payoutId + "\"]}")
        .send()
        .expect(200);
    money.call(ACME, OperationIds.PROCESS_PAYOUT).id(payoutId).send().expect(200);
    String extra =
        status.equals("processed")
            ? ", \"utr\": \"AXISN" + payoutId.substring(0, 8) + "\""
            : ", \"failed_remark\": \"Beneficiary account closed\"";
    money
        .call(ACME, OperationIds.PAYOUT_CALLBACK)
        .body("{\"payout_id\": \"" + payoutId + "\", \"status\": \"" + status + "\"" + extra + "}")
        .send()
        .expect(200);
  }

  private String storedTopupStatus(String id) {
    return store
        .read(ACME, view -> view.get(Kinds.TOPUPS, id))
        .orElseThrow()
        .getStatus()
        .getValue();
  }

  private void assertLine(String available, String used, String blocked) {
    Account stored = store.read(ACME, view -> view.get(Kinds.ACCOUNTS, account)).orElseThrow();
    assertEquals(
        rupees(available) + "/" + rupees(used) + "/" + rupees(blocked),
        Rupees.of(stored.getAvailableLineAmount())
            + "/"
            + Rupees.of(stored.getUsedLineAmount())
            + "/"
            + Rupees.of(stored.getBlockedLineAmount()));
  }
}
