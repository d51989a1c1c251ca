package io.crego.contract.stub.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.RouteMatch;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A request without a body found valid is remembered with its typed values, so the same read is not
 * judged again; an invalid one is never remembered (it is refused every time), and a request with a
 * body is always judged.
 */
class RequestValidatorMemoryTest {

  private static final CregoSpec SPEC = CregoSpec.get();

  private final RequestValidator validator = new RequestValidator(SPEC);

  @Test
  void aValidReadIsRememberedWithItsTypedValues() {
    String id = UUID.randomUUID().toString();
    String path = "/v1/lms/records/" + id + "/";

    ValidRequest first = validate("GET", path, Map.of("expand", List.of("collection_bank")), null);
    ValidRequest again = validate("GET", path, Map.of("expand", List.of("collection_bank")), null);

    assertEquals(1, validator.rememberedRequests());
    assertEquals(first.parameters(), again.parameters());
    assertEquals("collection_bank", again.parameters().queryValues("expand").get(0).asText());
    assertEquals(id, again.parameters().pathValue("id").orElseThrow().asText());
    validate("GET", path, Map.of(), null);
    assertEquals(2, validator.rememberedRequests(), "other query values are judged on their own");
  }

  @Test
  void anInvalidReadIsRefusedEveryTime() {
    String path = "/v1/lms/records/" + UUID.randomUUID() + "/";
    validate("GET", path, Map.of(), null);

    for (int call = 0; call < 2; call++) {
      ApiException bogus =
          assertThrows(
              ApiException.class,
              () -> validate("GET", path, Map.of("expand", List.of("everything")), null));
      assertEquals(400, bogus.status());
      ApiException notAnId =
          assertThrows(
              ApiException.class,
              () -> validate("GET", "/v1/lms/records/not-an-id/", Map.of(), null));
      assertEquals(400, notAnId.status());
    }
    assertEquals(1, validator.rememberedRequests());
  }

  @Test
  void aRequestWithABodyIsAlwaysJudged() {
    String body =
        "{\"account_id\": \""
            + UUID.randomUUID()
            + "\", \"received_amount\": 10, \"date\": 1718610125}";
    validate("POST", "/v1/lms/records/", Map.of(), body);
    validate("POST", "/v1/lms/records/", Map.of(), body);
    assertEquals(0, validator.rememberedRequests());
    String invalid = "{\"account_id\": \"x\", \"received_amount\": 10}";
    assertThrows(ApiException.class, () -> validate("POST", "/v1/lms/records/", Map.of(), invalid));
  }

  @Test
  void theMemoryIsBounded() {
    for (int i = 0; i < RequestValidator.REMEMBERED_REQUESTS + 10; i++) {
      validate("GET", "/v1/lms/records/" + UUID.randomUUID() + "/", Map.of(), null);
    }
    assertTrue(validator.rememberedRequests() <= RequestValidator.REMEMBERED_REQUESTS);
  }

  private ValidRequest validate(
      String method, String path, Map<String, List<String>> query, String body) {
    RouteMatch match = SPEC.match(method, path).orElseThrow();
    ApiRequest request =
        new ApiRequest(
            method,
            path,
            query,
            body == null ? Map.of() : Map.of("content-type", "application/json"),
            body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    return validator.validate(match.operation(), match.pathParams(), request);
  }
}
