package io.crego.contract.stub.payouts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.topups.MoneyOutTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** List Payouts and Unmatched Payouts: filters, pages, newest first. */
class PayoutListingTest extends MoneyOutTestBase {

  @Test
  void payoutsAreListedNewestFirstAndFiltered() {
    Account first = book.creditLine("100000");
    Account second = book.creditLine("100000");
    String loan = book.activeLoan(first).getId().toString();
    String a = createPayout(first, "100", "\"loan_id\": \"" + loan + "\"").expect(201).id();
    String b = createPayout(second, "200", "").expect(201).id();
    String c =
        api.call(ACME, OperationIds.CREATE_PAYOUT)
            .body(
                "{\"account_id\": \""
                    + first.getId()
                    + "\", \"type\": \"excess_payment_refund\", \"amount\": 300}")
            .send()
            .expect(201)
            .id();
    export(b).expect(200);

    assertEquals(List.of(c, b, a), ids(list("")));
    assertEquals(List.of(c, a), ids(list("account=" + first.getId())));
    assertEquals(List.of(a), ids(list("loan=" + loan)));
    assertEquals(List.of(b), ids(list("status=send_to_bank")));
    assertEquals(List.of(c), ids(list("type=excess_payment_refund")));
    assertEquals(List.of(c, a), ids(list("status=requested")));
  }

  @Test
  void pagesCountEveryMatch() {
    Account account = book.creditLine("100000");
    List<String> created = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      created.add(createPayout(account, String.valueOf(i), "").expect(201).id());
    }

    Exchange second = list("page=2&page_size=2");

    assertEquals(5, second.body().path("count").asInt());
    assertEquals(2, second.body().path("current_page").asInt());
    assertEquals(List.of(created.get(2), created.get(1)), ids(second));
    assertEquals(List.of(), ids(list("page=4&page_size=2")));
  }

  @Test
  void unmatchedPayoutsNameNoLoanAndNoRecord() {
    Account account = book.creditLine("100000");
    String loan = book.activeLoan(account).getId().toString();
    createPayout(account, "100", "\"loan_id\": \"" + loan + "\"").expect(201);
    String unmatched = createPayout(account, "200", "").expect(201).id();

    Exchange page = api.call(ACME, OperationIds.LIST_UNMATCHED_PAYOUTS).send().expect(200);

    assertEquals(List.of(unmatched), ids(page));
  }

  private Exchange list(String query) {
    var call = api.call(ACME, OperationIds.LIST_PAYOUTS);
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        String[] parts = pair.split("=", 2);
        call.query(parts[0], parts[1]);
      }
    }
    return call.send().expect(200);
  }

  private static List<String> ids(Exchange page) {
    List<String> ids = new ArrayList<>();
    for (JsonNode payout : page.body().path("results")) {
      ids.add(payout.path("id").asText());
    }
    return ids;
  }
}
