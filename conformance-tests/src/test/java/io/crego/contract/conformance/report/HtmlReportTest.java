package io.crego.contract.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.config.Credentials;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.config.TargetKind;
import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.conformance.exchange.ContractViolationError;
import io.crego.contract.conformance.run.KnownGaps;
import io.crego.contract.conformance.run.RecordedExchange;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The report of a bad target stays readable: repeated violations and failures with one cause make
 * one row with a count, and long text wraps instead of widening the page.
 */
class HtmlReportTest {

  private static final int REPEATS = 200;

  @Test
  void twoHundredIdenticalViolationsMakeOneRowWithTheirCount() {
    SuiteRun run = run();
    List<TestOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      String test = "negative getRecord #" + i;
      ContractViolation v = missingId(UUID.randomUUID().toString());
      run.exchanges().add(exchange(test, v));
      outcomes.add(failed(test, new ContractViolationError(List.of(v)).getMessage()));
    }
    Document page = render(run, outcomes);

    Elements violationRows = rowsOf(page, "violations");
    assertEquals(1, violationRows.size(), "one row for one violation:\n" + violationRows);
    assertTrue(violationRows.text().contains(REPEATS + "×"), violationRows.text());
    Elements failureRows = rowsOf(page, "failures");
    assertEquals(1, failureRows.size(), "one row for one cause:\n" + failureRows);
    assertEquals(String.valueOf(REPEATS), failureRows.first().select("td.count").text());
    Elements driftRows = rowsOf(page, "drift");
    assertEquals(1, driftRows.size(), driftRows.toString());
    assertTrue(driftRows.text().contains(REPEATS + "×"), driftRows.text());
    Element folded = failureRows.first().selectFirst("details");
    assertTrue(folded != null, "the tests beyond the first few are folded away");
    assertEquals(
        (REPEATS - HtmlReport.EXAMPLES_SHOWN) + " more", folded.selectFirst("summary").text());
  }

  @Test
  void differentViolationsAndCausesKeepTheirOwnRows() {
    SuiteRun run = run();
    List<TestOutcome> outcomes = new ArrayList<>();
    ContractViolation missing = missingId(UUID.randomUUID().toString());
    ContractViolation other =
        new ContractViolation(
            OperationIds.LIST_RECORDS,
            "GET",
            "/v1/lms/records/",
            200,
            "response.body.schema.type",
            "/count",
            "integer",
            "\"3\"",
            "count is a string",
            "#/components/schemas/RecordPage/properties/count");
    run.exchanges().add(exchange("a", missing));
    run.exchanges().add(exchange("b", other));
    outcomes.add(failed("a", new ContractViolationError(List.of(missing)).getMessage()));
    outcomes.add(failed("b", new ContractViolationError(List.of(other)).getMessage()));
    outcomes.add(failed("c", "setup failed: createRecord POST /v1/lms/records/ → 500"));
    Document page = render(run, outcomes);

    assertEquals(2, rowsOf(page, "violations").size());
    assertEquals(3, rowsOf(page, "failures").size());
    assertTrue(
        page.getElementById("summary").text().contains("3 tests from 3 causes (1 failed in their"),
        page.getElementById("summary").text());
  }

  /**
   * QA tells "preprod breaks the vendor's page" from "preprod differs from our design": each
   * violation row, and each drift row, names where the broken part of the contract comes from.
   */
  @Test
  void violationsAndDriftSayWhetherTheBrokenPartIsDocumentedOrDesigned() {
    SuiteRun run = run();
    ContractViolation onThePage =
        violation("markRecordProcessed", 200, "#/components/schemas/Record/properties/utr");
    ContractViolation anError =
        violation("markRecordProcessed", 409, "#/components/schemas/Error/properties/code");
    ContractViolation inferred =
        violation("getRecord", 200, "#/components/schemas/Record/properties/remaining_amount");
    List<TestOutcome> outcomes = new ArrayList<>();
    int i = 0;
    for (ContractViolation v : List.of(onThePage, anError, inferred)) {
      String test = "t" + i++;
      run.exchanges().add(exchange(test, v));
      outcomes.add(failed(test, new ContractViolationError(List.of(v)).getMessage()));
    }
    Document page = render(run, outcomes);

    Map<String, String> byOperation = new HashMap<>();
    for (Element row : rowsOf(page, "violations")) {
      byOperation.put(row.child(0).text(), row.child(6).text());
    }
    assertEquals(
        Map.of(
            onThePage.exchange(), "documented",
            anError.exchange(), "designed (error responses)",
            inferred.exchange(), "inferred (designed)"),
        byOperation);
    String drift = rowsOf(page, "drift").text();
    assertTrue(drift.contains("documented"), drift);
    assertTrue(drift.contains("inferred (designed)"), drift);
  }

  private static ContractViolation violation(String operationId, int status, String location) {
    return new ContractViolation(
        operationId,
        "PUT",
        "/v1/lms/x/",
        status,
        "response.body.schema.type",
        location.substring(location.lastIndexOf('/')), // rows are one per operation and pointer
        "string",
        "1",
        "field is a number",
        location);
  }

  @Test
  void longTextWrapsAndTablesFitTheWindow() {
    SuiteRun run = run();
    String unbroken = "x".repeat(5000);
    run.exchanges().add(exchange("long", missingId(unbroken)));
    Document page = render(run, List.of(failed("long", unbroken)));
    String style = page.select("style").html().replace(" ", "");
    assertTrue(style.contains("overflow-wrap:anywhere"), style);
    assertTrue(style.contains("white-space:pre-wrap"), style);
    assertTrue(style.contains("table-layout:fixed;width:100%"), style);
    Element cell = rowsOf(page, "failures").first().selectFirst("td pre");
    assertTrue(cell != null, "a failure's message is preformatted, so its lines are kept");
  }

  @Test
  void theSummaryComesFirstAndLinksToEverySection() {
    Document page = render(run(), List.of(failed("t", "expected 200, got 500")));
    Element summary = page.getElementById("summary");
    assertTrue(summary != null, "no summary block");
    Element firstSection = page.selectFirst("h2");
    assertTrue(
        summary.elementSiblingIndex() < firstSection.elementSiblingIndex(),
        "the summary comes before the sections");
    for (String section :
        List.of("failures", "coverage", "violations", "drift", "warnings", "skipped")) {
      assertTrue(summary.selectFirst("a[href=#" + section + "]") != null, "no link to " + section);
      assertTrue(page.getElementById(section) != null, "no section " + section);
    }
  }

  private static Elements rowsOf(Document page, String section) {
    Element heading = page.getElementById(section);
    Element table = heading.nextElementSibling();
    while (table != null && !table.tagName().equals("table")) {
      if (table.tagName().equals("h2")) {
        return new Elements();
      }
      table = table.nextElementSibling();
    }
    return table == null ? new Elements() : table.select("tbody > tr");
  }

  private static Document render(SuiteRun run, List<TestOutcome> outcomes) {
    long failed = outcomes.stream().filter(o -> o.status() == TestOutcome.Status.FAILED).count();
    RunSummary summary =
        new RunSummary(0, failed, 0, 0, 0, outcomes.size(), 10, Path.of("report.html"), outcomes);
    return Jsoup.parse(new HtmlReport(run, outcomes, summary).render());
  }

  private static ContractViolation missingId(String recordId) {
    return new ContractViolation(
        OperationIds.GET_RECORD,
        "GET",
        "/v1/lms/records/" + recordId + "/",
        200,
        "response.body.schema.required",
        "/id",
        "present",
        "missing",
        "required property id is missing",
        "#/components/schemas/Record");
  }

  private static RecordedExchange exchange(String test, ContractViolation v) {
    return new RecordedExchange(
        test, v.operationId(), v.method(), v.path(), v.status(), 5, List.of(v), List.of());
  }

  private static TestOutcome failed(String test, String reason) {
    return new TestOutcome(test, "group", TestOutcome.Status.FAILED, reason, 5);
  }

  private static SuiteRun run() {
    SuiteConfig config =
        SuiteConfig.resolve(Map.of(), Map.of(), new Properties(), false).toBuilder()
            .baseUrl("http://127.0.0.1:1")
            .credentials(Credentials.login("admin", "admin"))
            .targetKind(TargetKind.OTHER)
            .build();
    return new SuiteRun(config, CregoSpec.get(), false, Deviations.none(), KnownGaps.none());
  }
}
