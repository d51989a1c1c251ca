package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
  void aTopupFollowsItsPayout() {
    List<Transition> rows = lifecycle("Topup").rowsVia("Payout");
    assertEquals(
        List.of("processing → disbursed", "processing → payout_failed"),
        rows.stream().map(t -> t.from() + " → " + t.to()).toList());
    assertEquals(List.of("failed", "rejected"), rows.get(1).when().via().to());
    assertEquals(List.of(), lifecycle("Topup").rowsVia("Record"));
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

  /**
   * What a structured condition names exists: a {@code body} field (with a value its enum allows)
   * and a {@code body_fields} field in the operation's request body, a {@code resource} field in
   * the schema, a {@code via} resource with a lifecycle that has the states named.
   */
  @TestFactory
  Stream<DynamicTest> everyConditionNamesWhatTheSpecHas() {
    List<DynamicTest> tests = new ArrayList<>();
    ResolvedSchemas schemas = SPEC.schemas();
    for (Lifecycle lifecycle : SPEC.lifecycles().values()) {
      for (Transition row : lifecycle.transitions()) {
        String name =
            lifecycle.schemaName()
                + " "
                + row.from()
                + " → "
                + row.to()
                + " by "
                + (row.operationId() != null ? row.operationId() : row.event());
        tests.add(
            dynamicTest(
                name,
                () -> {
                  for (Condition condition : List.of(row.when(), row.requires())) {
                    JsonNode body = requestBody(row, condition, schemas);
                    condition
                        .body()
                        .forEach(
                            (field, value) -> {
                              JsonNode property = schemas.property(body, field);
                              assertFalse(
                                  property.isMissingNode(), name + ": no body field " + field);
                              List<String> allowed = schemas.enumValues(property);
                              assertTrue(
                                  allowed.isEmpty() || allowed.contains(value),
                                  name + ": " + field + "=" + value + " is not in " + allowed);
                            });
                    for (String field : condition.bodyFields()) {
                      assertFalse(
                          schemas.property(body, field).isMissingNode(),
                          name + ": no body field " + field);
                    }
                    JsonNode own = schemas.at(ResolvedSchemas.component(lifecycle.schemaName()));
                    for (String field : condition.resource().keySet()) {
                      assertFalse(
                          schemas.property(own, field).isMissingNode(),
                          name + ": " + lifecycle.schemaName() + " has no field " + field);
                    }
                    if (condition.via() != null) {
                      Lifecycle other = SPEC.lifecycles().get(condition.via().resource());
                      assertNotNull(other, name + ": via names no lifecycle");
                      assertTrue(
                          other.statuses().containsAll(condition.via().to()),
                          name
                              + ": via "
                              + condition.via()
                              + " names a state "
                              + other.schemaName()
                              + " lacks");
                    }
                  }
                }));
      }
    }
    return tests.stream();
  }

  private static JsonNode requestBody(
      Transition row, Condition condition, ResolvedSchemas schemas) {
    if (condition.body().isEmpty() && condition.bodyFields().isEmpty()) {
      return null;
    }
    assertNotNull(row.operationId(), row + ": a body condition needs an operation");
    String pointer = SPEC.operation(row.operationId()).orElseThrow().requestBodySchema();
    assertNotNull(pointer, row.operationId() + " has no request body for " + condition);
    return schemas.at(pointer);
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
