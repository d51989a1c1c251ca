package io.crego.contract.conformance.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.Condition;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lifecycle row's request is the operation's example changed as the spec says of the row. */
class RowBodiesTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final CallFactory CALLS = new CallFactory(SPEC);
  private static final RowBodies ROWS = new RowBodies(SPEC, CALLS);

  /** The operation's request example with the row's changes applied. */
  private static JsonNode bodyOf(Transition row) {
    JsonNode body = CALLS.example(CALLS.operation(row.operationId())).orElseThrow();
    ROWS.of(row).applyTo(body);
    return body;
  }

  private static Transition row(String schema, String from, String operationId, String to) {
    Lifecycle lifecycle = SPEC.lifecycles().get(schema);
    return lifecycle.rowsOf(operationId).stream()
        .filter(t -> from.equals(t.from()) && to.equals(t.to()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aBouncedNachAnswerDropsTheFieldsOfASuccessAndCarriesItsReason() {
    JsonNode bounced =
        bodyOf(row("Record", "pending", OperationIds.UPDATE_NACH_PRESENTATION_STATUS, "bounced"));
    assertEquals("bounced", bounced.path("status").asText());
    assertFalse(bounced.has("utr"), bounced.toString());
    assertFalse(bounced.has("settled_at"), bounced.toString());
    assertEquals("Insufficient funds", bounced.path("bounce_reason").asText());
  }

  @Test
  void aSuccessfulNachAnswerKeepsTheExample() {
    JsonNode success =
        bodyOf(row("Record", "pending", OperationIds.UPDATE_NACH_PRESENTATION_STATUS, "processed"));
    assertEquals("success", success.path("status").asText());
    assertTrue(success.has("utr") && success.has("settled_at"), success.toString());
    assertFalse(success.has("bounce_reason"), success.toString());
  }

  @Test
  void aFailedOrRejectedCallbackSendsTheRemarkItsRowRequires() {
    for (String to : List.of("failed", "rejected")) {
      JsonNode body = bodyOf(row("Payout", "processing", OperationIds.PAYOUT_CALLBACK, to));
      assertEquals(to, body.path("status").asText());
      assertEquals("Rejected by the beneficiary bank", body.path("failed_remark").asText());
    }
    JsonNode processed =
        bodyOf(row("Payout", "processing", OperationIds.PAYOUT_CALLBACK, "processed"));
    assertFalse(processed.has("failed_remark"), processed.toString());
    assertTrue(processed.has("utr"), processed.toString());
  }

  @Test
  void aRequiredFieldWithNoExampleAnywhereIsAClearError() {
    Transition needsUnknown =
        new Transition(
            "processing",
            OperationIds.PAYOUT_CALLBACK,
            null,
            "failed",
            new Condition(Map.of("status", "failed"), List.of(), Map.of(), null, null),
            new Condition(Map.of(), List.of("processed_at"), Map.of(), null, null),
            List.of());
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> ROWS.of(needsUnknown));
    assertTrue(refused.getMessage().contains("processed_at"), refused.getMessage());
  }
}
