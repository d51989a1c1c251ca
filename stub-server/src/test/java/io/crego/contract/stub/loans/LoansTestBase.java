package io.crego.contract.stub.loans;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.stub.accounts.AccountHandlers;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.emis.EmiHandlers;
import io.crego.contract.stub.records.Given;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.records.RecordHandlers;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh company with a collection bank, the loans and records handlers on the real engine, and a
 * business date of 17 June 2024. The bank's side of a payout is played straight on the store (as
 * the Payouts group would after its callback), so these tests need only the loans domain.
 */
abstract class LoansTestBase {

  static final String ACME = "acme";
  static final LocalDate START = LocalDate.of(2024, 6, 17);
  static final String PAYOUT_CALLBACK = OperationIds.PAYOUT_CALLBACK;

  private static final AtomicInteger UTRS = new AtomicInteger(500_000);
  private static final AtomicInteger LEADS = new AtomicInteger();

  Store store;
  Lending lending;
  HandlerHarness api;
  Bank bank;

  @BeforeEach
  void setUpCompany() {
    store = new InMemoryStore();
    Clock wallClock = Clock.fixed(Instant.parse("2024-06-17T07:42:05Z"), ZoneOffset.UTC);
    lending = new Lending(CregoSpec.get(), new BusinessDates(wallClock));
    api =
        new HandlerHarness(
            new AccountHandlers(store, CregoSpec.get(), lending),
            new LoanHandlers(store, lending),
            new EmiHandlers(store, lending, List.of()),
            new RecordHandlers(store, CregoSpec.get(), lending.ledger()));
    bank = new Given(store, ACME).bank();
    setBusinessDate(START);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  void setBusinessDate(LocalDate date) {
    store.write(
        ACME,
        tx -> {
          BusinessDates.set(tx, date);
          return null;
        });
  }

  LocalDate businessDate() {
    return store.read(ACME, lending::businessDate);
  }

  /** A term-loan (or credit-line) account whose lead has loan parameters. */
  String account(String type, String approvedLine, String rate, int emiCount, String feePercent) {
    String lead = "lead" + LEADS.incrementAndGet();
    api.call(ACME, OperationIds.INITIATE_LOAN_PARAMS)
        .body(
            "{\"lead_id\": \""
                + lead
                + "\", \"program_id\": \"p1\", \"line_detail\": {\"approved_line_amount\": "
                + approvedLine
                + "}, \"loan_data\": {\"emi_count\": "
                + emiCount
                + ", \"flat_roi_value\": "
                + rate
                + ", \"pf_value\": "
                + feePercent
                + ", \"pf_value_type\": \"percentage\"}}")
        .send()
        .expect(201);
    return api.call(ACME, OperationIds.CREATE_ACCOUNT)
        .body(
            "{\"lead_id\": \""
                + lead
                + "\", \"program_id\": \"p1\", \"name\": \"Sharma Traders\", \"type\": \""
                + type
                + "\", \"approved_line_amount\": "
                + approvedLine
                + "}")
        .send()
        .expect(201)
        .id();
  }

  /** Initiate Disbursement: the loan ({@code requested}) and its payout. */
  Exchange disburse(String accountId, String amount) {
    return api.call(ACME, OperationIds.INITIATE_DISBURSEMENT)
        .id(accountId)
        .body("{\"amount\": " + amount + "}")
        .send();
  }

  /** Initiate Disbursement and the bank's processed callback: the loan's id, active. */
  String activeLoan(String accountId, String amount) {
    Exchange booked = disburse(accountId, amount).expect(201);
    bankAnswers(booked.text("/payout/id"), PayoutStatus.PROCESSED);
    return booked.text("/loan/id");
  }

  /** The bank's answer to a payout, as the Payouts group records it and tells the loan book. */
  void bankAnswers(String payoutId, PayoutStatus status) {
    store.write(
        ACME,
        tx -> {
          Payout payout = tx.get(Kinds.PAYOUTS, payoutId).orElseThrow();
          PayoutStatus previous = payout.getStatus();
          payout.status(status);
          if (status == PayoutStatus.PROCESSED) {
            payout.utr("AXISN" + UTRS.incrementAndGet()).processedAt(new BigDecimal("1718610125"));
          } else if (status == PayoutStatus.FAILED || status == PayoutStatus.REJECTED) {
            payout.failedRemark("Beneficiary account closed");
          }
          tx.put(Kinds.PAYOUTS, payoutId, payout);
          String operation =
              status == PayoutStatus.REQUESTED ? OperationIds.RETRY_PAYOUT : PAYOUT_CALLBACK;
          lending.payoutChanged(tx, payout, previous, operation, api.now());
          return null;
        });
  }

  /** A repayment booked and processed (Create Record, Mark Processed); the answer of the latter. */
  Exchange repay(String accountId, String amount, String loanId) {
    String loans = loanId == null ? "" : ", \"loan_ids\": [\"" + loanId + "\"]";
    String recordId =
        api.call(ACME, OperationIds.CREATE_RECORD)
            .body(
                "{\"account_id\": \""
                    + accountId
                    + "\", \"received_amount\": "
                    + amount
                    + ", \"date\": 1718610125, \"payment_mode\": \"neft\""
                    + loans
                    + "}")
            .send()
            .expect(201)
            .id();
    return api.call(ACME, OperationIds.MARK_RECORD_PROCESSED)
        .id(recordId)
        .body(
            "{\"utr\": \"HDFCN"
                + UTRS.incrementAndGet()
                + "\", \"settled_at\": 1718649000, \"collection_bank_id\": \""
                + bank.getId()
                + "\"}")
        .send();
  }

  JsonNode runEod() {
    return api.call(ACME, OperationIds.RUN_EOD).send().expect(200).body();
  }

  /** Runs EOD until the business date is {@code day}. */
  void runEodUntil(LocalDate day) {
    while (businessDate().isBefore(day)) {
      runEod();
    }
  }

  <T> List<T> all(Kind<T> kind) {
    return store.read(ACME, view -> view.all(kind));
  }

  Loan loan(String id) {
    return store.read(ACME, view -> view.get(Kinds.LOANS, id)).orElseThrow();
  }

  Record record(String id) {
    return store.read(ACME, view -> view.get(Kinds.RECORDS, id)).orElseThrow();
  }

  List<Emi> emis(String loanId) {
    return all(Kinds.EMIS).stream()
        .filter(emi -> emi.getLoan().toString().equals(loanId))
        .sorted(Comparator.comparingInt(Emi::getIndex))
        .toList();
  }

  List<Settlement> settlementsOf(String recordId) {
    UUID id = UUID.fromString(recordId);
    return all(Kinds.SETTLEMENTS).stream()
        .filter(s -> id.equals(s.getRecord().getActualInstance()))
        .toList();
  }

  static BigDecimal rupees(String amount) {
    return new BigDecimal(amount).setScale(2);
  }
}
