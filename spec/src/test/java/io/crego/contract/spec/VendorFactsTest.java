package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract agrees with every field the vendor's readable pages document: for each page's field
 * table ({@link VendorPage}) a value of the page's type is accepted where the page puts it (null
 * for the docs' {@code null}, which means nullable), a value of another type is refused, and the
 * field is required exactly when the page marks it required. Facts that no table holds are stated
 * from the notes below, each with its source.
 */
class VendorFactsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Keywords that say a value has the wrong type, as opposed to a wrong format or range. */
  private static final Set<String> TYPE_KEYWORDS = Set.of("type", "oneOf", "anyOf");

  private static final List<String> PAGES =
      List.of(
          "requestTranche.200.tsv",
          "requestTranche.request.tsv",
          "listSettlements.200.tsv",
          "updateLoanParams.request.tsv",
          "initiateLoanAdjustment.request.tsv",
          "initiateLoanAdjustment.201.tsv",
          "markRecordProcessed.request.tsv",
          "markRecordProcessed.200.tsv");

  private static final CregoSpec SPEC = CregoSpec.get();

  private static String schemaOf(VendorPage page) {
    SpecOperation op =
        SPEC.operation(page.operationId())
            .orElseThrow(() -> new AssertionError("no operation " + page.operationId()));
    String schema =
        page.body().equals("request")
            ? op.requestBodySchema()
            : op.responseSchemas().get(Integer.parseInt(page.body()));
    assertTrue(schema != null, op.operationId() + " has no JSON schema for " + page.body());
    return schema;
  }

  private static List<Violation> at(String schema, JsonNode body, String pointer) {
    return SPEC.validator().validate(schema, body).stream()
        .filter(v -> v.instancePointer().equals(pointer))
        .toList();
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedFieldHasThePagesTypeAndRequiredFlag() {
    return PAGES.stream()
        .map(VendorPage::load)
        .flatMap(
            page ->
                page.fields().stream()
                    .map(
                        field ->
                            dynamicTest(
                                page.operationId() + "." + page.body() + " " + field.pointer(),
                                () -> check(page, field))));
  }

  private static void check(VendorPage page, VendorPage.Field field) {
    String schema = schemaOf(page);
    ObjectNode body = page.sampleBody();
    if (field.looserBecause() == null) {
      List<Violation> typeErrors =
          at(schema, body, field.pointer()).stream()
              .filter(v -> TYPE_KEYWORDS.contains(v.keyword()))
              .toList();
      assertTrue(
          typeErrors.isEmpty(),
          () ->
              field.pointer()
                  + ": the page types it "
                  + field.type()
                  + " but the spec refuses "
                  + field.sample()
                  + ExampleChecks.describe(typeErrors));
    }
    List<Violation> wrongType =
        at(schema, VendorPage.with(body, field.pointer(), field.wrongSample()), field.pointer())
            .stream()
            .filter(v -> !v.keyword().equals("required"))
            .toList();
    assertFalse(
        wrongType.isEmpty(),
        () ->
            field.pointer() + ": the spec takes " + field.wrongSample() + " for a " + field.type());
    boolean requiredInSpec =
        at(schema, VendorPage.without(body, field.pointer()), field.pointer()).stream()
            .anyMatch(v -> v.keyword().equals("required"));
    assertEquals(
        field.required(),
        requiredInSpec,
        () ->
            field.pointer()
                + ": the page marks it "
                + (field.required() ? "required" : "optional")
                + ", the spec "
                + (requiredInSpec ? "requires it" : "does not"));
  }

  /** The check can fail: a schema that disagrees with a row is caught on type and on required. */
  @Test
  void aDisagreeingSpecIsCaught() {
    VendorPage page = VendorPage.load("markRecordProcessed.request.tsv");
    String schema = schemaOf(page);
    ObjectNode body = page.sampleBody();
    assertFalse(
        at(schema, VendorPage.with(body, "/settled_at", NODES.textNode("soon")), "/settled_at")
            .isEmpty(),
        "a string settled_at must be refused");
    assertTrue(
        at(schema, VendorPage.without(body, "/utr"), "/utr").stream()
            .anyMatch(v -> v.keyword().equals("required")),
        "a missing utr must be reported as required");
  }

  /** The page's tables are complete where the page says how many fields there are. */
  @Test
  void tablesHoldEveryFieldThePagesCount() {
    assertEquals(
        15,
        VendorPage.load("listSettlements.200.tsv").fields().stream()
            .filter(f -> f.pointer().startsWith("/results/0/"))
            .count(),
        "List Settlements: results are object {15}");
    assertEquals(36, VendorPage.load("initiateLoanAdjustment.201.tsv").fields().size());
    assertEquals(
        23,
        VendorPage.load("requestTranche.200.tsv").fields().stream()
            .filter(f -> f.pointer().indexOf('/', 1) < 0)
            .count(),
        "Request Tranche: 23 top-level fields before the page is cut");
    assertEquals(9, VendorPage.load("updateLoanParams.request.tsv").fields().size());
  }

  /**
   * List Settlements (api-10694103): {@code demand}, {@code expand} and {@code loan} are optional
   * query strings; {@code demand}'s example is a UUID but the page gives no format, so any string
   * goes.
   */
  @Test
  void settlementFiltersArePlainOptionalStrings() {
    SpecOperation op = SPEC.operation("listSettlements").orElseThrow();
    for (String name : List.of("demand", "loan")) {
      SpecOperation.Parameter parameter =
          op.parameters("query").stream()
              .filter(p -> p.name().equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("listSettlements has no query " + name));
      assertFalse(parameter.required(), name + " is optional on the page");
      assertEquals(
          List.of(),
          SPEC.validator().validate(parameter.schema(), NODES.textNode("CL00A7K2")),
          name + " must take a string that is no UUID");
      assertFalse(
          SPEC.validator().validate(parameter.schema(), NODES.numberNode(5)).isEmpty(),
          name + " is a string");
    }
  }

  /**
   * The newer platform's pages (docs.crego.ai): the Login example's {@code user.id} is a string
   * ({@code examples/vendor/getToken.200.json}), the Refresh Token example's the integer 0 ({@code
   * examples/vendor/refreshToken.200.json}); both validate there, and the id alone takes both
   * forms.
   */
  @Test
  void userIdIsAStringOrAnInteger() {
    String user = "#/components/schemas/User/properties/id";
    assertEquals(List.of(), SPEC.validator().validate(user, NODES.textNode("01KAAV7BB8XZ")));
    assertEquals(List.of(), SPEC.validator().validate(user, NODES.numberNode(0)));
    assertFalse(SPEC.validator().validate(user, NODES.booleanNode(true)).isEmpty());
  }

  /**
   * The one readable loan-params object (api-10694129, its endpoint unknown, cut after {@code
   * emi_count}) is kept as far as it is readable in {@code vendor-docs/loan-params-fragment.json}.
   * Each of its values has a type the spec's {@code LoanParams} takes: slab arrays for {@code
   * roi_value}, {@code overdue_roi_value} and {@code penal_roi_value}, string slab ends ({@code
   * "15"}), {@code emi_frequency} null, {@code emi_count} 0. Fields the fragment does not show may
   * be missing (the object is cut).
   */
  @Test
  void theVendorsLoanParamsFragmentFitsLoanParams() throws IOException {
    JsonNode fragment;
    try (InputStream in =
        getClass().getResourceAsStream("/vendor-docs/loan-params-fragment.json")) {
      fragment = JSON.readTree(in);
    }
    List<Violation> violations =
        SPEC.validator().validate("#/components/schemas/LoanParams", fragment);
    List<Violation> broken = new ArrayList<>();
    for (Violation v : violations) {
      boolean cutOff = v.keyword().equals("required") && !fragment.has(lastStep(v));
      if (!cutOff) {
        broken.add(v);
      }
    }
    assertTrue(broken.isEmpty(), "the vendor's loan params:" + ExampleChecks.describe(broken));
    assertEquals("15", fragment.at("/roi_value/0/days").asText(), "the fragment as the notes show");
  }

  private static String lastStep(Violation v) {
    return v.instancePointer().substring(v.instancePointer().lastIndexOf('/') + 1);
  }
}
