package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money is exact to the paisa: BigDecimal, scale 2, half up; never binary floating point. */
class MoneyTest extends RecordsTestBase {

  @Test
  void amountIsReceivedPlusTdsExactly() {
    Exchange created = create(account, "0.1", "\"tds_amount\": 0.2").expect(201);

    assertEquals(new BigDecimal("0.30"), created.money("/amount")); // 0.30000000000000004 in double
    assertTrue(created.text().contains("\"amount\":0.30,"), created.text());
    assertTrue(created.text().contains("\"received_amount\":0.10,"), created.text());
  }

  @Test
  void amountsAreRoundedToThePaisaHalfUp() {
    Record record = stored(create(account, "100.005", "\"tds_amount\": 0.004").id());

    assertEquals(new BigDecimal("100.01"), record.getReceivedAmount());
    assertEquals(new BigDecimal("0.00"), record.getTdsAmount());
    assertEquals(new BigDecimal("100.01"), record.getAmount());
  }

  @Test
  void repeatedRefundsLeaveAnExactRemainder() {
    String id = pending("1000");
    markProcessed(id, utr()).expect(200);

    for (int i = 0; i < 10; i++) {
      api.call(ACME, OperationIds.INITIATE_EXCESS_PAYMENT_REFUND)
          .id(id)
          .body("{\"amount\": 0.1}")
          .send()
          .expect(201);
    }

    assertEquals(new BigDecimal("999.00"), stored(id).getRemainingAmount());
  }

  @Test
  void largeAmountsKeepEveryPaisa() {
    Exchange created = create(account, "999999999.99", "\"tds_amount\": 0.01").expect(201);

    assertEquals(new BigDecimal("1000000000.00"), created.money("/amount"));
  }
}
