package io.crego.contract.stub.topups;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.payouts.PayoutHandlers;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.testing.FakeLoanBook;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh store with the Payouts and Topups handlers over a {@link FakeLoanBook}, called through
 * the spec-checking {@link HandlerHarness}, and the calls that move money out.
 */
public abstract class MoneyOutTestBase {

  protected static final String ACME = "acme";
  protected static final String GLOBEX = "globex";

  private static final AtomicInteger NUMBERS = new AtomicInteger(500_000);

  protected Store store;
  protected FakeLoanBook loans;
  protected TopupHandlers topups;
  protected HandlerHarness api;
  protected Book book;

  @BeforeEach
  protected void setUpStore() {
    store = new InMemoryStore();
    loans = new FakeLoanBook();
    topups = new TopupHandlers(store, CregoSpec.get(), loans);
    api = new HandlerHarness(new PayoutHandlers(store, CregoSpec.get(), loans), topups);
    book = new Book(store, ACME);
  }

  @AfterEach
  protected void closeStore() {
    store.close();
  }

  protected static String unique(String prefix) {
    return prefix + NUMBERS.incrementAndGet();
  }

  // --- payouts

  protected Exchange createPayout(Account account, String amount, String extraFields) {
    return api.call(ACME, OperationIds.CREATE_PAYOUT)
        .body(
            "{\"account_id\": \""
                + account.getId()
                + "\", \"type\": \"upfront_excess_refund\", \"amount\": "
                + amount
                + (extraFields.isEmpty() ? "" : ", " + extraFields)
                + "}")
        .send();
  }

  protected Exchange export(String... payoutIds) {
    return api.call(ACME, OperationIds.EXPORT_PAYOUTS_FOR_BANK)
        .body("{\"payout_ids\": [\"" + String.join("\", \"", payoutIds) + "\"]}")
        .send();
  }

  protected Exchange process(String payoutId) {
    return api.call(ACME, OperationIds.PROCESS_PAYOUT).id(payoutId).send();
  }

  protected Exchange callback(String payoutId, String status) {
    String extra =
        switch (status) {
          case "processed" -> ", \"utr\": \"" + unique("AXISN") + "\"";
          case "failed", "rejected" -> ", \"failed_remark\": \"Beneficiary account closed\"";
          default -> "";
        };
    return callback(payoutId, status, extra);
  }

  protected Exchange callback(String payoutId, String status, String extraFields) {
    return api.call(ACME, OperationIds.PAYOUT_CALLBACK)
        .body(
            "{\"payout_id\": \""
                + payoutId
                + "\", \"status\": \""
                + status
                + "\""
                + extraFields
                + "}")
        .send();
  }

  protected Exchange retry(String payoutId) {
    return api.call(ACME, OperationIds.RETRY_PAYOUT).id(payoutId).send();
  }

  /** Export → process → the bank's answer. */
  protected void bankAnswers(String payoutId, String status) {
    export(payoutId).expect(200);
    process(payoutId).expect(200);
    callback(payoutId, status).expect(200);
  }

  protected Payout storedPayout(Object id) {
    return store.read(ACME, view -> view.get(Kinds.PAYOUTS, id.toString())).orElseThrow();
  }

  // --- topups

  protected Exchange createTopup(Account account, String amount, String extraFields) {
    return api.call(ACME, OperationIds.CREATE_TOPUP)
        .body(topupJson(account, amount, extraFields))
        .send();
  }

  protected static String topupJson(Account account, String amount, String extraFields) {
    return "{\"account_id\": \""
        + account.getId()
        + "\", \"amount\": "
        + amount
        + (extraFields.isEmpty() ? "" : ", " + extraFields)
        + "}";
  }

  /** Invoice fields that cover {@code amount}. */
  protected static String invoiceFor(String amount) {
    return "\"invoice_number\": \""
        + unique("INV-")
        + "\", \"invoice_amount\": "
        + amount
        + ", \"invoice_date\": 1718562600";
  }

  /** A topup whose checks passed: {@code processing}, with its loan and payout. */
  protected Exchange processingTopup(Account account, String amount) {
    return createTopup(account, amount, invoiceFor(amount)).expect(201);
  }

  /** A topup without an invoice: {@code checks_failed}. */
  protected Exchange checksFailedTopup(Account account, String amount) {
    return createTopup(account, amount, "").expect(201);
  }

  /** A topup for 2024-06-24, a week after the business date: {@code scheduled}. */
  protected Exchange scheduledTopup(Account account, String amount) {
    return createTopup(account, amount, invoiceFor(amount) + ", \"scheduled_date\": 1719167400")
        .expect(201);
  }

  protected Topup storedTopup(Object id) {
    return store.read(ACME, view -> view.get(Kinds.TOPUPS, id.toString())).orElseThrow();
  }
}
