package io.crego.contract.stub.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.stub.api.ApiResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The response check remembers bodies it found valid, and only those, within its bound. */
class ResponseContractTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final SpecOperation PING = SPEC.operation(OperationIds.PING).orElseThrow();

  private final ResponseContract contract = new ResponseContract(SPEC);

  @Test
  void aValidBodyIsRememberedAndStillPasses() {
    ApiResponse ok = ApiResponse.json(200, pingBody(1));
    assertEquals(List.of(), contract.breaches(PING, ok));
    assertEquals(1, contract.remembered());
    assertEquals(List.of(), contract.breaches(PING, ok));
    assertEquals(1, contract.remembered());
  }

  @Test
  void anInvalidBodyIsNeverRememberedAndFailsEveryTime() {
    ApiResponse wrong = ApiResponse.json(200, "{\"unexpected\": true}");
    assertFalse(contract.breaches(PING, wrong).isEmpty());
    assertFalse(contract.breaches(PING, wrong).isEmpty());
    assertEquals(0, contract.remembered());
  }

  @Test
  void aRememberedBodyIsOnlyTrustedForTheSchemaItWasCheckedAgainst() {
    String body = pingBody(1);
    assertTrue(contract.breaches(PING, ApiResponse.json(200, body)).isEmpty());
    // the same text under a status whose schema is Error is checked afresh, and fails
    assertFalse(contract.breaches(PING, ApiResponse.json(401, body)).isEmpty());
  }

  @Test
  void aValidBodyOfAWriteIsNotRemembered() {
    SpecOperation asWrite =
        new SpecOperation(
            PING.operationId(),
            "POST",
            PING.pathTemplate(),
            PING.summary(),
            PING.tag(),
            PING.authRequired(),
            PING.authOptional(),
            PING.provenance(),
            true,
            PING.responseCodes(),
            PING.requestBodySchema(),
            PING.responseSchemas(),
            PING.parameters());
    assertEquals(List.of(), contract.breaches(asWrite, ApiResponse.json(200, pingBody(1))));
    assertEquals(0, contract.remembered());
  }

  @Test
  void theMemoryIsBounded() {
    for (int i = 0; i < ResponseContract.REMEMBERED_BODIES + 10; i++) {
      assertTrue(contract.breaches(PING, ApiResponse.json(200, pingBody(i))).isEmpty());
    }
    assertTrue(contract.remembered() <= ResponseContract.REMEMBERED_BODIES);
  }

  /** A valid Ping body, different for each {@code n}. */
  private static String pingBody(int n) {
    return "{\"status\":\"ok\",\"time\":"
        + (1718610125 + n)
        + ",\"user_id\":\"01KAAV7BB8XZCFW6KRKEYBG51C\","
        + "\"company_id\":\"23067dbc-6c62-4203-9014-7100e4ffe811\"}";
  }
}
