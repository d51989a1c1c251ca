package io.crego.contract.spec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The interaction validator's request check: parameters typed and validated, then the body. */
class RequestValidationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CregoSpec SPEC = CregoSpec.get();
  private final InteractionValidator validator = new InteractionValidator(SPEC);

  private static SpecOperation op(String operationId) {
    return SPEC.operation(operationId).orElseThrow();
  }

  private ContractReport query(String operationId, Map<String, List<String>> query) {
    return validator.validateRequest(
        op(operationId), new InteractionRequest("/", Map.of(), query, false, null));
  }

  private ContractReport body(String operationId, String json) throws Exception {
    JsonNode body = json == null ? null : JSON.readTree(json);
    return validator.validateRequest(
        op(operationId), new InteractionRequest("/", Map.of(), Map.of(), json != null, body));
  }

  @Test
  void aMissingRequiredQueryParameterIsReportedOnItsName() {
    RuleViolation v = query("getLoanParams", Map.of()).violations().get(0);
    assertEquals(Rules.PARAMETER_REQUIRED, v.rule());
    assertEquals("query", v.in());
    assertEquals("/lead_id", v.pointer());
    assertEquals("is required", v.message());
    assertEquals(null, v.keyword());
  }

  @Test
  void aParameterTextIsTypedBeforeItsSchemaJudgesIt() {
    ContractReport fine = query("listRecords", Map.of("page_size", List.of("20")));
    assertTrue(fine.isValid(), fine.lines()::toString);

    RuleViolation notANumber =
        query("listRecords", Map.of("page_size", List.of("many"))).violations().get(0);
    assertEquals(Rules.PARAMETER_TYPE, notANumber.rule());
    assertEquals("type", notANumber.keyword());
    assertEquals("must be an integer, got \"many\"", notANumber.message());

    RuleViolation tooBig =
        query("listRecords", Map.of("page_size", List.of("101"))).violations().get(0);
    assertEquals(Rules.PARAMETER_SCHEMA + "maximum", tooBig.rule());
    assertEquals("/page_size", tooBig.pointer());
    assertEquals("must be at most 100, got 101", tooBig.message());
  }

  @Test
  void everyValueOfARepeatedParameterIsChecked() {
    ContractReport report = query("listRecords", Map.of("page", List.of("1", "0")));
    assertEquals(1, report.violations().size(), report.lines()::toString);
    assertEquals(Rules.PARAMETER_SCHEMA + "minimum", report.violations().get(0).rule());
  }

  @Test
  void theReportKeepsEachQueryValueAsItsSchemaTypesIt() {
    ContractReport report =
        query(
            "listRecords",
            Map.of(
                "page", List.of(" 2", "3"),
                "date_from", List.of("1715331600"),
                "status", List.of("pending"),
                "unknown", List.of("x")));
    assertTrue(report.isValid(), report.lines()::toString);
    TypedParameters typed = report.parameters();
    assertEquals(List.of(JSON.valueToTree(2L), JSON.valueToTree(3L)), typed.queryValues("page"));
    assertTrue(typed.queryValues("page").get(0).isIntegralNumber());
    assertEquals(1715331600L, typed.queryValues("date_from").get(0).longValue());
    assertEquals("pending", typed.queryValues("status").get(0).textValue());
    // only the operation's own parameters are typed; one it does not declare is not kept
    assertEquals(List.of(), typed.queryValues("unknown"));
    assertEquals(List.of(), typed.queryValues("page_size"));
  }

  @Test
  void aValueThatBreaksItsRuleIsNotKeptButTheOthersAre() {
    ContractReport report =
        query(
            "listRecords",
            Map.of("page", List.of("1", "0"), "page_size", List.of("many"), "type", List.of("x")));
    assertEquals(3, report.violations().size(), report.lines()::toString);
    assertEquals(List.of(JSON.valueToTree(1L)), report.parameters().queryValues("page"));
    assertEquals(List.of(), report.parameters().queryValues("page_size"));
    assertEquals(List.of(), report.parameters().queryValues("type"));
  }

  @Test
  void thePathValuesAreKeptTyped() {
    String id = "648957de-85fa-406c-99d4-133d5638365c";
    ContractReport report =
        validator.validateRequest(
            op("getRecord"), new InteractionRequest("/", Map.of("id", id), Map.of(), false, null));
    assertTrue(report.isValid(), report.lines()::toString);
    assertEquals(Optional.of(JSON.valueToTree(id)), report.parameters().pathValue("id"));

    ContractReport refused =
        validator.validateRequest(
            op("getRecord"),
            new InteractionRequest("/", Map.of("id", "12345"), Map.of(), false, null));
    assertEquals(1, refused.violations().size(), refused.lines()::toString);
    assertEquals(Optional.empty(), refused.parameters().pathValue("id"));
  }

  @Test
  void aRequiredBodyMustBeSent() throws Exception {
    RuleViolation v = body("createRecord", null).violations().get(0);
    assertEquals(Rules.REQUEST_BODY_REQUIRED, v.rule());
    assertEquals("is required: send a JSON body", v.message());
  }

  @Test
  void theBodyIsJudgedByItsSchemaWithTheShortMessagesCallersSee() throws Exception {
    ContractReport report =
        body(
            "createRecord",
            "{\"account_id\": \"648957de-85fa-406c-99d4-133d5638365c\", \"received_amount\": -1}");
    List<String> found =
        report.violations().stream()
            .map(v -> v.rule() + " " + v.pointer() + " " + v.message())
            .toList();
    assertEquals(
        List.of(
            "request.body.schema.exclusiveMinimum /received_amount must be greater than 0, got -1",
            "request.body.schema.required /date is required"),
        found.stream().sorted().toList());
  }

  @Test
  void aNumberNoHandlerCanHoldIsRefusedBeforeTheSchemaSeesIt() throws Exception {
    ContractReport report =
        body(
            "createRecord",
            "{\"account_id\": \"648957de-85fa-406c-99d4-133d5638365c\","
                + " \"received_amount\": 1, \"date\": 123456789012345678901234567890}");
    assertEquals(1, report.violations().size(), report.lines()::toString);
    RuleViolation v = report.violations().get(0);
    assertEquals(Rules.REQUEST_BODY_RANGE, v.rule());
    assertEquals("/date", v.pointer());
  }

  @Test
  void aBodySentButUnreadableIsLeftToTheCaller() {
    ContractReport report =
        validator.validateRequest(
            op("createRecord"), new InteractionRequest("/", Map.of(), Map.of(), true, null));
    assertTrue(report.isValid(), report.lines()::toString);
  }

  @Test
  void aKnownDeviationTurnsAViolationIntoAToleratedOne() {
    Deviation known = new Deviation("D-1", "getLoanParams", "/lead_id", "required", "why", null);
    InteractionValidator tolerant =
        validator.withDeviations(
            (operationId, v) ->
                known.matches(operationId, v) ? Optional.of(known) : Optional.empty());
    ContractReport report =
        tolerant.validateRequest(
            op("getLoanParams"), new InteractionRequest("/", Map.of(), Map.of(), false, null));
    assertTrue(report.isValid(), report.lines()::toString);
    assertEquals("D-1", report.tolerated().get(0).deviation().id());
    // what the deviation does not name still counts
    ContractReport other =
        tolerant.validateRequest(
            op("listRecords"),
            new InteractionRequest("/", Map.of(), Map.of("page", List.of("0")), false, null));
    assertEquals(1, other.violations().size(), other.lines()::toString);
  }
}
