package io.crego.contract.stub.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import io.crego.contract.stub.seed.DemoSeed;
import io.crego.contract.stub.server.DomainModules;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fees with the real loans domain behind the {@link io.crego.contract.stub.loans.LoanBook}, on the
 * demo data: a fee due on the business date is part of its loan's outstanding until deleted.
 */
class FeesOnLiveLoansTest {

  private static final String ACME = "acme";

  private Store store;
  private FeeHandlers handlers;
  private HandlerHarness api;
  private Loan loan;

  @BeforeEach
  void demoCompany() {
    store = new InMemoryStore();
    new DemoSeed(store, DomainModules.domainHandlers(store, CregoSpec.get())).ensureSeeded(ACME);
    handlers = new FeeHandlers(store, new Lending(CregoSpec.get()));
    api = new HandlerHarness(handlers);
    loan =
        store.read(ACME, view -> view.all(Kinds.LOANS)).stream()
            .filter(candidate -> candidate.getStatus() == LoanStatus.ACTIVE)
            .findFirst()
            .orElseThrow();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private BigDecimal outstanding() {
    return store
        .read(ACME, view -> view.get(Kinds.LOANS, loan.getId().toString()))
        .orElseThrow()
        .getTotalOutstanding();
  }

  @Test
  void aFeeDueTodayRaisesTheLoansOutstandingByItsTotalUntilDeleted() {
    BigDecimal before = outstanding();

    Exchange fee =
        api.call(ACME, OperationIds.CREATE_FEE)
            .body(
                "{\"loan_id\": \"%s\", \"type\": \"bounce_charge\", \"amount\": 500}"
                    .formatted(loan.getId()))
            .send()
            .expect(201);

    assertEquals(0, before.add(new BigDecimal("590")).compareTo(outstanding()), "with the fee");
    Exchange demands =
        api.call(ACME, OperationIds.GET_FEE_DEMANDS).query("loan", loan.getId()).send().expect(200);
    JsonNode demand = null;
    for (JsonNode each : demands.body().path("results")) {
      demand = each.path("fee").asText().equals(fee.id()) ? each : demand;
    }
    assertTrue(demand != null, () -> "no demand of the fee in " + demands.body());
    assertEquals(0, demand.path("dpd").asInt());
    assertEquals(
        0, new BigDecimal("590").compareTo(demand.path("outstanding_amount").decimalValue()));

    assertEquals(204, FeeDeletion.delete(handlers, ACME, fee.id(), api.now()).status());
    assertEquals(0, before.compareTo(outstanding()), "without it again");
  }
}
