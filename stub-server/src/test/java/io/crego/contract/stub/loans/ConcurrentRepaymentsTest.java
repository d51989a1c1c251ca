package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiComponent;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Repayments of one loan processed at the same moment settle one after the other. */
class ConcurrentRepaymentsTest extends LoansTestBase {

  private static final int THREADS = 24;

  @Test
  void concurrentRepaymentsNeverOverSettleAnEmi() throws Exception {
    String account = account("term_loan", "500000", "12", 3, "0");
    String loan = activeLoan(account, "100000");
    runEodUntil(START.plusMonths(3));
    BigDecimal owed = loan(loan).getTotalOutstanding();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      records.add(
          api.call(ACME, OperationIds.CREATE_RECORD)
              .body(
                  "{\"account_id\": \""
                      + account
                      + "\", \"received_amount\": 5000.37, \"date\": 1718610125, \"loan_ids\": [\""
                      + loan
                      + "\"]}")
              .send()
              .expect(201)
              .id());
    }

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Exchange>> answers = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String record = records.get(i);
        String utr = "CONC" + i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.call(ACME, OperationIds.MARK_RECORD_PROCESSED)
                      .id(record)
                      .body(
                          "{\"utr\": \""
                              + utr
                              + "\", \"settled_at\": 1718649000, \"collection_bank_id\": \""
                              + bank.getId()
                              + "\"}")
                      .send();
                }));
      }
      start.countDown();
      for (Future<Exchange> answer : answers) {
        answer.get().expect(200);
      }
    } finally {
      pool.shutdownNow();
    }

    BigDecimal settled = BigDecimal.ZERO.setScale(2);
    for (Settlement settlement : all(Kinds.SETTLEMENTS)) {
      settled = settled.add(settlement.getAmount());
    }
    BigDecimal remaining = BigDecimal.ZERO.setScale(2);
    for (Record record : all(Kinds.RECORDS)) {
      remaining = remaining.add(record.getRemainingAmount());
    }
    BigDecimal received = new BigDecimal("5000.37").multiply(BigDecimal.valueOf(THREADS));
    assertEquals(received, settled.add(remaining), "every paisa settled or remaining");
    assertEquals(owed.min(received), settled, "settled what was owed and no more");
    for (Emi emi : emis(loan)) {
      for (EmiComponent part : emi.getComponents()) {
        assertTrue(part.getOutstandingAmount().signum() >= 0, "over-settled " + part);
        assertEquals(part.getAmount(), part.getPaidAmount().add(part.getOutstandingAmount()));
      }
    }
    assertEquals("closed", loan(loan).getStatus().getValue());
  }
}
