package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.records.RecordHandlers;
import io.crego.contract.stub.store.Index;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.testing.ForwardingStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What Mark Processed of a repayment reads and writes: the loans it can settle, not the account's
 * others, and the record once.
 */
class RepaymentFootprintTest extends LoansTestBase {

  @Test
  void aRepaymentLeavesTheAccountsClosedLoanUnreadAndStoresItsRecordOnce() {
    String account = account("term_loan", "500000", "12", 3, "0");
    String closed = activeLoan(account, "100000");
    runEodUntil(START.plusMonths(3));
    String owed =
        api.call(ACME, OperationIds.GET_OUTSTANDING_DATA)
            .id(closed)
            .send()
            .money("/total_outstanding")
            .toPlainString();
    repay(account, owed, closed).expect(200);
    assertEquals(LoanStatus.CLOSED, loan(closed).getStatus());
    String active = activeLoan(account, "60000");
    runEodUntil(START.plusMonths(4)); // the active loan's first EMI is due
    List<String> closedDocuments = new ArrayList<>(List.of(closed));
    emis(closed).forEach(emi -> closedDocuments.add(emi.getId().toString()));
    all(Kinds.FEES).stream()
        .filter(fee -> closed.equals(String.valueOf(fee.getLoan())))
        .forEach(fee -> closedDocuments.add(fee.getId().toString()));
    String recordId =
        api.call(ACME, OperationIds.CREATE_RECORD)
            .body("{\"account_id\": \"" + account + "\", \"received_amount\": 10000, \"date\": 1}")
            .send()
            .expect(201)
            .id();

    Watched watched = new Watched(store);
    new HandlerHarness(new RecordHandlers(watched, CregoSpec.get(), lending.ledger()))
        .call(ACME, OperationIds.MARK_RECORD_PROCESSED)
        .id(recordId)
        .body(
            "{\"utr\": \"HDFCN91\", \"settled_at\": 1718649000, \"collection_bank_id\": \""
                + bank.getId()
                + "\"}")
        .send()
        .expect(200);

    Emi settled = emis(active).get(0);
    assertEquals(EmiStatus.PARTIALLY_PAID, settled.getStatus(), "the active loan took it");
    assertTrue(watched.events.contains("put emis " + settled.getId()), watched.events.toString());
    for (String id : closedDocuments) {
      assertEquals(
          List.of(),
          watched.events.stream().filter(event -> event.endsWith(" " + id)).toList(),
          "the closed loan's document " + id);
    }
    assertEquals(
        1,
        watched.events.stream().filter(("put records " + recordId)::equals).count(),
        "the record is stored once: " + watched.events);
  }

  /** A store whose units of work note each document they read or write, and each index key. */
  private static final class Watched extends ForwardingStore {

    final List<String> events = new ArrayList<>();

    Watched(Store store) {
      super(store);
    }

    @Override
    public <R> R write(String companyId, Function<StoreTransaction, R> work) {
      return delegate.write(companyId, tx -> work.apply(new Noting(tx, events)));
    }

    @Override
    public void close() {} // the test's store is closed by the base class
  }

  private record Noting(StoreTransaction tx, List<String> events) implements StoreTransaction {

    @Override
    public <T> Optional<T> get(Kind<T> kind, String id) {
      events.add("get " + kind.name() + " " + id);
      return tx.get(kind, id);
    }

    @Override
    public Optional<String> json(Kind<?> kind, String id) {
      events.add("json " + kind.name() + " " + id);
      return tx.json(kind, id);
    }

    @Override
    public <T> List<T> all(Kind<T> kind) {
      events.add("all " + kind.name());
      return tx.all(kind);
    }

    @Override
    public <T> int count(Kind<T> kind) {
      return tx.count(kind);
    }

    @Override
    public <T> List<T> newestFirst(Kind<T> kind, int offset, int limit) {
      events.add("page " + kind.name());
      return tx.newestFirst(kind, offset, limit);
    }

    @Override
    public <T> List<String> idsWhere(Index<T> index, String key) {
      events.add("ids " + index + " " + key);
      return tx.idsWhere(index, key);
    }

    @Override
    public <T> int count(Index<T> index, String key) {
      events.add("count " + index + " " + key);
      return tx.count(index, key);
    }

    @Override
    public <T> BigDecimal total(Index<T> index, String key) {
      events.add("total " + index + " " + key);
      return tx.total(index, key);
    }

    @Override
    public <T> List<T> newestFirst(Index<T> index, String key, int offset, int limit) {
      events.add("page " + index + " " + key);
      return tx.newestFirst(index, key, offset, limit);
    }

    @Override
    public <T> void put(Kind<T> kind, String id, T value) {
      events.add("put " + kind.name() + " " + id);
      tx.put(kind, id, value);
    }

    @Override
    public <T> void delete(Kind<T> kind, String id) {
      events.add("delete " + kind.name() + " " + id);
      tx.delete(kind, id);
    }

    @Override
    public long writeCount() {
      return tx.writeCount();
    }
  }
}
