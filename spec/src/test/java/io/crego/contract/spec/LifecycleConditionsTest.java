package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle tables' {@code when} and {@code requires} are read as structured conditions. */
class LifecycleConditionsTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static Lifecycle lifecycle(String schema) {
    return SPEC.lifecycles().get(schema);
  }

  @Test
  void aNachAnswerNamesItsResultInTheBodyAndRequiresANachRecord() {
    List<Transition> rows = lifecycle("Record").rowsOf("updateNachPresentationStatus");
    assertEquals(
        Map.of("processed", "success", "bounced", "bounced"),
        Map.of(
            rows.get(0).to(), rows.get(0).when().bodyValue("status").orElseThrow(),
            rows.get(1).to(), rows.get(1).when().bodyValue("status").orElseThrow()));
    for (Transition row : rows) {
      assertEquals(Map.of("payment_mode", "nach"), row.requires().resource());
    }
  }

  @Test
  void aPayoutCallbackRequiresTheFieldsItsResultCarries() {
    Lifecycle payout = lifecycle("Payout");
    Transition processed = payout.transition("processing", "payoutCallback").orElseThrow();
    assertEquals("processed", processed.to());
    assertEquals(List.of("utr"), processed.requires().bodyFields());
    for (Transition row : payout.rowsOf("payoutCallback")) {
      if (Set.of("failed", "rejected").contains(row.to())) {
        assertEquals(List.of("failed_remark"), row.requires().bodyFields(), row.toString());
      }
    }
  }

  @Test
  void aLoanFollowsItsDisbursementPayout() {
    Lifecycle loan = lifecycle("Loan");
    for (String state : List.of("active", "failed", "rejected")) {
      Transition row =
          loan.rowsOf("payoutCallback").stream()
              .filter(t -> state.equals(t.to()))
              .findFirst()
              .orElseThrow();
      Condition.Via via = row.when().viaResource().orElseThrow();
      assertEquals("Payout", via.resource());
      assertEquals(List.of("active".equals(state) ? "processed" : state), via.to());
    }
  }

  @Test
  void answersWhichOperationsCloseOrMoveALoan() {
    Lifecycle loan = lifecycle("Loan");
    assertEquals(
        Set.of(
            "markRecordProcessed",
            "updateNachPresentationStatus",
            "initiateRecordAdjustment",
            "runEod"),
        loan.operationsInto("closed"));
    assertTrue(loan.movingOperations().contains("restructureLoan"));
    assertTrue(loan.movingOperations().contains("retryPayout"));
    assertTrue(!loan.movingOperations().contains("initiateDisbursement"), "a creation moves none");
  }

  @Test
  void proseStaysANote() {
    Transition closing =
        lifecycle("Loan").transition("active", "markRecordProcessed").orElseThrow();
    assertEquals("the repayment brings total_outstanding to 0", closing.when().note());
    assertEquals("Record", closing.when().via().resource());
  }

  @Test
  void readsEveryKey() throws Exception {
    Condition read =
        reader()
            .read(
                yaml(
                    "{body: {status: success}, body_fields: [utr], resource: {payment_mode: nach},"
                        + " via: {resource: Payout, to: [failed, rejected]}, note: prose}"));
    assertEquals(
        new Condition(
            Map.of("status", "success"),
            List.of("utr"),
            Map.of("payment_mode", "nach"),
            new Condition.Via("Payout", List.of("failed", "rejected")),
            "prose"),
        read);
    assertEquals(
        "status=success, utr sent, its payment_mode=nach, via Payout failed/rejected, prose",
        read.describe());
    assertEquals(Condition.NONE, reader().read(null));
  }

  @Test
  void freeTextIsRefusedNamingTheRow() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> reader().read(yaml("'status=success'")));
    assertTrue(refused.getMessage().contains("Test row when"), refused.getMessage());
    assertTrue(refused.getMessage().contains("must be a condition object"), refused.getMessage());
  }

  @Test
  void unknownKeysAndMalformedPartsAreRefused() {
    for (String bad :
        List.of(
            "{bodies: {status: success}}",
            "{body: [status]}",
            "{body_fields: utr}",
            "{via: Payout}",
            "{via: {resource: Payout}}",
            "{note: [a, b]}",
            "{}")) {
      assertThrows(
          IllegalArgumentException.class, () -> reader().read(yaml(bad)), bad + " was accepted");
    }
  }

  private static ConditionReader reader() {
    return new ConditionReader("Test row when");
  }

  private static JsonNode yaml(String text) throws Exception {
    return YAML.readTree(text);
  }
}
