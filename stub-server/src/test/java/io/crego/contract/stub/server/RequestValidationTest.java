package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.testing.Reply;
import io.crego.contract.stub.testing.StubHttp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invalid requests are refused before any handler runs, with the right 4xx and an Error body naming
 * every offending field by JSON pointer.
 */
class RequestValidationTest {

  private static final String RECORD = "/v1/lms/records/" + ValidRequests.SAMPLE_ID;
  private static final String MARK_PROCESSED = RECORD + "/mark_processed/";
  private static final String VALID_MARK =
      "{\"utr\": \"UTR123\", \"settled_at\": 1715331600,"
          + " \"collection_bank_id\": \"5b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a\"}";

  private static RunningStub stub;

  @BeforeAll
  static void start() {
    stub = RunningStub.start();
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  private static StubHttp.Call markProcessed() {
    return stub.call("PUT", MARK_PROCESSED).devToken();
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    markProcessed()
        .json(
            "{\"utr\": \"UTR123\", \"collection_bank_id\": \"5b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a\"}")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/settled_at");
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    Reply reply =
        stub.call("PUT", "/v1/lms/records/not-a-uuid/mark_processed/")
            .devToken()
            .json("{\"utr\": 42, \"settled_at\": \"yesterday\"}")
            .send()
            .isError(400, "VALIDATION_FAILED")
            .hasFieldError("path", "/id")
            .hasFieldError("body", "/utr")
            .hasFieldError("body", "/settled_at")
            .hasFieldError("body", "/collection_bank_id");
    assertEquals(4, reply.json().path("errors").size(), reply.body());
    assertTrue(reply.json().path("message").asText().contains("4 invalid fields"), reply.body());
  }

  @Test
  void everyErrorCarriesTheRuleItBreaks() {
    Reply reply =
        stub.call("PUT", "/v1/lms/records/not-a-uuid/mark_processed/")
            .devToken()
            .json("{\"utr\": 42, \"settled_at\": 1715331600}")
            .send()
            .isError(400, "VALIDATION_FAILED");
    assertEquals("format", ruleOf(reply, "path", "/id"), reply.body());
    assertEquals("type", ruleOf(reply, "body", "/utr"), reply.body());
    assertEquals("required", ruleOf(reply, "body", "/collection_bank_id"), reply.body());
  }

  @Test
  void anExclusiveMinimumIsNamedAsSuch() {
    Reply reply =
        stub.call("POST", "/v1/lms/loans/" + ValidRequests.SAMPLE_ID + "/adjustments/")
            .devToken()
            .json("{\"amount\": 0, \"type\": \"cashback\"}")
            .send()
            .isError(400, "VALIDATION_FAILED");
    assertEquals("exclusiveMinimum", ruleOf(reply, "body", "/amount"), reply.body());
    assertEquals("must be greater than 0, got 0", messageOf(reply, "body", "/amount"));
  }

  @Test
  void anInclusiveMinimumSaysAtLeast() {
    Reply reply =
        stub.call("GET", "/v1/lms/records/?page_size=0")
            .devToken()
            .send()
            .isError(400, "VALIDATION_FAILED");
    assertEquals("minimum", ruleOf(reply, "query", "/page_size"), reply.body());
    assertEquals("must be at least 1, got 0", messageOf(reply, "query", "/page_size"));
  }

  private static String ruleOf(Reply reply, String in, String field) {
    return entry(reply, in, field).path("rule").asText();
  }

  private static String messageOf(Reply reply, String in, String field) {
    return entry(reply, in, field).path("message").asText();
  }

  private static JsonNode entry(Reply reply, String in, String field) {
    reply.hasFieldError(in, field);
    for (var error : reply.json().path("errors")) {
      if (error.path("in").asText().equals(in) && error.path("field").asText().equals(field)) {
        return error;
      }
    }
    throw new AssertionError("unreachable");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    Reply reply =
        markProcessed()
            .json(VALID_MARK.replace("1715331600", "\"yesterday\""))
            .send()
            .isError(400, "VALIDATION_FAILED")
            .hasFieldError("body", "/settled_at");
    assertTrue(reply.body().contains("integer"), reply.body());
  }

  @Test
  void aBadEnumInTheBodyIsNamed() {
    stub.call("POST", "/v1/lms/loans/" + ValidRequests.SAMPLE_ID + "/adjustments/")
        .devToken()
        .json("{\"amount\": 10, \"type\": \"bonus\"}")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/type");
  }

  @Test
  void aBadUuidInThePathIsNamed() {
    stub.call("GET", "/v1/lms/records/12345/")
        .devToken()
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("path", "/id");
  }

  @Test
  void queryParametersAreCoercedAndChecked() {
    stub.call("GET", "/v1/lms/records/?page=abc&page_size=1000&status=lost&account=x")
        .devToken()
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("query", "/page")
        .hasFieldError("query", "/page_size")
        .hasFieldError("query", "/status")
        .hasFieldError("query", "/account");
  }

  @Test
  void validQueryParametersPass() {
    Reply reply =
        stub.call("GET", "/v1/lms/records/?page=1&page_size=100&status=pending").devToken().send();
    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void anIntegerBeyondItsJavaTypeIsOutOfRange() {
    stub.call("GET", "/v1/lms/records/?date_from=99999999999999999999")
        .devToken()
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("query", "/date_from");
    markProcessed()
        .json(VALID_MARK.replace("1715331600", "99999999999"))
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/settled_at");
  }

  @Test
  void aMissingRequiredQueryParameterIsNamed() {
    stub.call("GET", "/v1/lms/accounts/initiate_loan_params/")
        .devToken()
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("query", "/lead_id");
  }

  @Test
  void aMissingRequiredBodyIsNamed() {
    markProcessed()
        .header("Content-Type", "application/json")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "");
  }

  @Test
  void malformedJsonPointsAtTheWholeBody() {
    Reply reply =
        markProcessed()
            .json("{\"utr\": \"UTR123\",")
            .send()
            .isError(400, "MALFORMED_JSON")
            .hasFieldError("body", "");
    assertTrue(reply.json().path("message").asText().contains("line 1"), reply.body());
  }

  @Test
  void duplicateKeysAndTrailingDataAreMalformed() {
    markProcessed().json("{\"utr\": \"a\", \"utr\": \"b\"}").send().isError(400, "MALFORMED_JSON");
    markProcessed().json(VALID_MARK + " {}").send().isError(400, "MALFORMED_JSON");
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] body = {'{', '"', 'u', 't', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    markProcessed()
        .header("Content-Type", "application/json")
        .bytes(body)
        .send()
        .isError(400, "MALFORMED_JSON");
  }

  @Test
  void deepNestingIsRefusedNotCrashed() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    markProcessed().json("{\"utr\": " + deep + "}").send().isError(400, "MALFORMED_JSON");
  }

  @Test
  void hugeNumbersAreRefusedNotCrashed() {
    markProcessed()
        .json(VALID_MARK.replace("1715331600", "1e999999999"))
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/settled_at");
    markProcessed()
        .json(VALID_MARK.replace("1715331600", "1" + "0".repeat(5000)))
        .send()
        .isError(400, "MALFORMED_JSON");
    stub.call("POST", "/v1/lms/emis/calculate_emi/")
        .devToken()
        .json("{\"principal\": 1e400, \"roi_value\": 12, \"emi_count\": 3}")
        .send()
        .isError(400, "VALIDATION_FAILED")
        .hasFieldError("body", "/principal");
  }

  @Test
  void aWrongContentTypeIsUnsupported() {
    markProcessed()
        .header("Content-Type", "text/plain")
        .json(VALID_MARK)
        .send()
        .isError(415, "UNSUPPORTED_MEDIA_TYPE")
        .hasFieldError("header", "/Content-Type");
    markProcessed()
        .header("Content-Type", "application/json; charset=iso-8859-1")
        .json(VALID_MARK)
        .send()
        .isError(415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aMissingContentTypeOnABodyIsUnsupported() {
    markProcessed()
        .bytes(VALID_MARK.getBytes(StandardCharsets.UTF_8))
        .send()
        .isError(415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void jsonWithCharsetIsAccepted() {
    Reply reply =
        markProcessed()
            .header("Content-Type", "application/json; charset=UTF-8")
            .json(VALID_MARK)
            .send();
    assertTrue(reply.status() != 415 && reply.status() != 400, reply.body());
  }

  @Test
  void anOversizedBodyIsTooLarge() {
    String big = "{\"remark\": \"" + "x".repeat(1024 * 1024) + "\"}";
    markProcessed().json(big).send().isError(413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void authIsCheckedBeforeTheBody() {
    stub.call("PUT", MARK_PROCESSED).json("{").send().isError(401, "UNAUTHORIZED");
  }

  @Test
  void everyAnswerIsJson() {
    for (Reply reply :
        new Reply[] {
          stub.call("GET", "/nowhere").send(),
          markProcessed().json("{").send(),
          stub.call("GET", "/auth/ping/").devToken().send()
        }) {
      assertEquals("application/json", reply.contentType(), reply.body());
    }
  }
}
