package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.testing.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One loan's life through HTTP, as a frontend would drive it: loan parameters, account,
 * disbursement, the bank paying it out (Payouts), the schedule, the admin clock moving to each due
 * date, partial and full repayments (Mark Processed), settlements and excess, closure.
 */
class LendingWalkTest {

  private static RunningStub stub;
  private static OperationClient api;
  private static String collectionBank;

  @BeforeAll
  static void start() {
    stub = RunningStub.start();
    api = new OperationClient(stub, stub.server.devToken());
    collectionBank = stub.collectionBank();
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  private static BigDecimal money(JsonNode node, String pointer) {
    return node.at(pointer).decimalValue().setScale(2);
  }

  private static BigDecimal rupees(String amount) {
    return new BigDecimal(amount).setScale(2);
  }

  @Test
  void disburseRepayInPartsAndCloseTheLoan() {
    LocalDate start = stub.businessDate().plusMonths(1).withDayOfMonth(15);
    Reply set =
        stub.call("PUT", "/__admin/crego/clock")
            .json("{\"user\": \"admin\", \"business_date\": \"" + start + "\"}")
            .send();
    assertEquals(200, set.status(), set.body());

    String account = api.account("term_loan", "500000", "12", 3, "2");
    JsonNode booked = api.disburse(account, "100000");
    String loan = booked.at("/loan/id").asText();
    assertEquals("requested", booked.at("/loan/status").asText());
    assertEquals(rupees("97640"), money(booked, "/payout/amount"));
    JsonNode line =
        api.ok(OperationIds.REFRESH_LIMIT, "/v1/lms/accounts/" + account + "/refresh_limit/", null);
    assertEquals(rupees("100000"), money(line, "/blocked_line_amount"));

    api.bankPays(booked.at("/payout/id").asText());
    JsonNode schedule = api.emis(loan);
    assertEquals("active", api.loan(loan).path("status").asText());
    assertEquals(3, schedule.path("count").asInt());
    assertEquals(rupees("34002"), money(schedule, "/results/0/emi_amount"));
    assertEquals(rupees("34003"), money(schedule, "/results/2/emi_amount"));
    String firstEmi = schedule.at("/results/0/id").asText();

    stub.advanceTo(start.plusMonths(1));
    JsonNode partial = api.repay(account, loan, rupees("20000"), collectionBank);
    assertEquals(rupees("0"), money(partial, "/remaining_amount"));
    assertEquals("partially_paid", api.emis(loan).at("/results/0/status").asText());
    JsonNode more = api.repay(account, loan, rupees("50000"), collectionBank);
    assertEquals(rupees("35998"), money(more, "/remaining_amount"), "EMI 1 took 14002");
    assertEquals(rupees("35998"), money(api.loan(loan), "/excess_amount"));

    JsonNode onFirstEmi =
        api.ok(
            OperationIds.LIST_SETTLEMENTS,
            "/v1/lms/settlements/?demand=" + firstEmi + "&expand=record",
            null);
    assertEquals(2, onFirstEmi.path("count").asInt());
    assertEquals(rupees("20000"), money(onFirstEmi, "/results/0/amount"));
    assertEquals(rupees("14002"), money(onFirstEmi, "/results/1/amount"));
    assertEquals(rupees("35998"), money(onFirstEmi, "/results/1/remaining_amount"));
    assertEquals(more.path("id").asText(), onFirstEmi.at("/results/1/record/id").asText());

    stub.advanceTo(start.plusMonths(2));
    assertEquals(rupees("1996"), money(api.loan(loan), "/excess_amount"), "EOD paid EMI 2");
    stub.advanceTo(start.plusMonths(3));
    JsonNode owed = api.outstanding(loan);
    assertEquals(rupees("32007"), money(owed, "/total_outstanding"), "EMI 3 less the excess");
    assertEquals(0, owed.path("dpd").asInt());

    JsonNode last = api.repay(account, loan, rupees("32007"), collectionBank);
    assertEquals(rupees("0"), money(last, "/remaining_amount"));
    JsonNode closed = api.loan(loan);
    assertEquals("closed", closed.path("status").asText());
    assertEquals(3, closed.path("emis_paid").asInt());
    JsonNode settlements =
        api.ok(
            OperationIds.LIST_SETTLEMENTS,
            "/v1/lms/settlements/?loan=" + loan + "&page_size=100",
            null);
    BigDecimal settled = BigDecimal.ZERO.setScale(2);
    for (JsonNode settlement : settlements.path("results")) {
      settled = settled.add(settlement.path("amount").decimalValue());
    }
    assertEquals(rupees("102007"), settled, "20000 + 50000 + 32007, every paisa on an EMI");

    JsonNode account_ =
        api.ok(OperationIds.CLOSE_ACCOUNT, "/v1/lms/accounts/" + account + "/close/", null);
    assertEquals("closed", account_.path("status").asText());
    assertEquals(rupees("500000"), money(account_, "/available_line_amount"));
    assertTrue(stub.log().isEmpty() || !stub.log().contains("CONTRACT BREACH"), stub.log());
  }
}
