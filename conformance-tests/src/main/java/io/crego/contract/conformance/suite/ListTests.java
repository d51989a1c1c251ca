package io.crego.contract.conformance.suite;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.crego.contract.conformance.SuiteRun;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.SpecOperation;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What a page of a list means beyond its schema. Every filter a list declares is sent with a value
 * its results hold, and every result must satisfy it (an ignored filter answers a valid page of the
 * wrong things). Every paged list is walked at a small page size across enough data for several
 * pages: {@code count} stays the same, no result comes twice, and the pages together hold {@code
 * count} results. Run after the lifecycle tests, so the lists hold resources in many states.
 */
@ConformanceSuite
// with --parallel (RunOrder), alone once the others have ended: a list walked page by page must
// not grow in between
@Isolated
@Tag("lists")
class ListTests {

  /** Query parameters that page or shape a list rather than filter it. */
  private static final Set<String> NOT_FILTERS = Set.of("page", "page_size", "expand");

  /** Range filters: the parameter, the result field it bounds, and which way. */
  private static final Map<String, String> LOWER_BOUNDS = Map.of("date_from", "date");

  private static final Map<String, String> UPPER_BOUNDS = Map.of("date_to", "date");

  private static final int PAGE_SIZE = 2;
  private static final int MIN_RESULTS = 3;
  private static final int MAX_PAGES = 100;
  private static final int SAMPLE_SIZE = 100;

  @TestFactory
  Stream<DynamicTest> everyDeclaredFilterIsApplied(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    List<DynamicTest> tests = new ArrayList<>();
    pagedLists(run)
        .forEach(
            op ->
                op.parameters("query").stream()
                    .map(SpecOperation.Parameter::name)
                    .filter(name -> !NOT_FILTERS.contains(name))
                    .forEach(
                        filter ->
                            tests.add(
                                dynamicTest(
                                    "lists " + op.operationId() + "?" + filter + " is applied",
                                    () -> checkFilter(run, op, filter)))));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> pagesWalkTheWholeList(SuiteRun run) {
    if (run.config().readOnly()) {
      return Stream.empty();
    }
    return pagedLists(run)
        .map(
            op ->
                dynamicTest(
                    "lists " + op.operationId() + " pages of " + PAGE_SIZE + " hold every result",
                    () -> walkPages(run, op)));
  }

  /** GET lists with {@code page} and {@code page_size}, selected for this run. */
  private static Stream<SpecOperation> pagedLists(SuiteRun run) {
    return Operations.selected(run)
        .filter(op -> op.method().equals("GET"))
        .filter(
            op ->
                op.parameters("query").stream().anyMatch(p -> p.name().equals("page"))
                    && op.parameters("query").stream().anyMatch(p -> p.name().equals("page_size")))
        .filter(op -> op.parameters("path").isEmpty());
  }

  private static void checkFilter(SuiteRun run, SpecOperation op, String filter) {
    Call base = base(run, op);
    List<JsonNode> sample = sample(run, op, base);
    String field = LOWER_BOUNDS.getOrDefault(filter, UPPER_BOUNDS.getOrDefault(filter, filter));
    List<JsonNode> values = new ArrayList<>();
    for (JsonNode result : sample) {
      JsonNode value = valueOf(result, field);
      if (value != null) {
        values.add(value);
      }
    }
    Assumptions.assumeFalse(
        values.isEmpty(),
        () ->
            op.operationId()
                + "'s results carry no "
                + field
                + " to filter by, after the suite made some");
    JsonNode chosen = leastCommon(values);
    if (LOWER_BOUNDS.containsKey(filter)) {
      chosen = LongNode.valueOf(chosen.decimalValue().setScale(0, RoundingMode.FLOOR).longValue());
    } else if (UPPER_BOUNDS.containsKey(filter)) {
      chosen =
          LongNode.valueOf(chosen.decimalValue().setScale(0, RoundingMode.CEILING).longValue());
    }
    Call call =
        base.withQuery(filter, chosen.asText()).withQuery("page_size", String.valueOf(SAMPLE_SIZE));
    ApiResult answer = run.session().send(call);
    Expect.status(answer, 200, "a list filtered by a value its results hold");
    JsonNode results = answer.json().path("results");
    Expect.that(
        results.size() > 0,
        answer.describe() + " lists nothing, but an unfiltered page holds " + field + "=" + chosen);
    for (JsonNode result : results) {
      JsonNode value = valueOf(result, field);
      boolean holds =
          value != null
              && (LOWER_BOUNDS.containsKey(filter)
                  ? value.decimalValue().compareTo(chosen.decimalValue()) >= 0
                  : UPPER_BOUNDS.containsKey(filter)
                      ? value.decimalValue().compareTo(chosen.decimalValue()) <= 0
                      : value.asText().equals(chosen.asText())
                          || contains(result.path(filter + "s"), chosen));
      Expect.that(
          holds,
          answer.describe()
              + " ignores its filter: result "
              + result.path("id").asText()
              + " has "
              + field
              + "="
              + value
              + ", which does not satisfy "
              + filter
              + "="
              + chosen);
    }
  }

  private static void walkPages(SuiteRun run, SpecOperation op) {
    Call base = base(run, op);
    List<JsonNode> sample = sample(run, op, base);
    Assumptions.assumeTrue(
        sample.size() >= MIN_RESULTS,
        () ->
            op.operationId()
                + " lists "
                + sample.size()
                + " results after the suite made some; "
                + MIN_RESULTS
                + " are needed to walk pages of "
                + PAGE_SIZE);
    Set<String> seen = new LinkedHashSet<>();
    Long count = null;
    for (int page = 1; page <= MAX_PAGES; page++) {
      Call call =
          base.withQuery("page", String.valueOf(page))
              .withQuery("page_size", String.valueOf(PAGE_SIZE));
      ApiResult answer = run.session().send(call);
      Expect.status(answer, 200, "page " + page + " of a list");
      JsonNode body = answer.json();
      long pageCount = body.path("count").asLong(-1);
      if (count == null) {
        count = pageCount;
      }
      Expect.that(
          pageCount == count,
          answer.describe()
              + ": count is "
              + pageCount
              + " on page "
              + page
              + ", "
              + count
              + " on page 1");
      JsonNode results = body.path("results");
      long expectedHere = Math.max(0, Math.min(PAGE_SIZE, count - (long) (page - 1) * PAGE_SIZE));
      Expect.that(
          results.size() == expectedHere,
          answer.describe()
              + ": page "
              + page
              + " of "
              + count
              + " results at "
              + PAGE_SIZE
              + " a page holds "
              + results.size()
              + ", expected "
              + expectedHere);
      for (JsonNode result : results) {
        String id = result.path("id").asText();
        Expect.that(
            seen.add(id), answer.describe() + ": result " + id + " was already on an earlier page");
      }
      if ((long) page * PAGE_SIZE >= count) {
        Expect.that(
            seen.size() == count,
            op.operationId() + ": the pages hold " + seen.size() + " results, count says " + count);
        return;
      }
    }
    // a long list: the pages walked were consistent; the rest is not read
  }

  /**
   * A page of the list holding what the suite made: resources of the list's kind are made (at least
   * {@value #MIN_RESULTS}) when the list shows fewer.
   */
  private static List<JsonNode> sample(SuiteRun run, SpecOperation op, Call base) {
    Optional<ListSeed> seed = ListSeed.of(op.operationId());
    // judged only where the suite can make the results: what a list shows without that depends on
    // what earlier runs left, and the verdict must not
    Assumptions.assumeTrue(
        seed.isPresent(),
        () -> "the suite has no way to make " + op.operationId() + "'s results through the API");
    List<JsonNode> results = page(run, base);
    for (int made = 0;
        results.size() < MIN_RESULTS && seed.isPresent() && made < MIN_RESULTS;
        made++) {
      Fixtures fixtures = run.fixtures();
      fixtures.positiveCall(op.operationId());
      fixtures.id(seed.get().kind());
      results = page(run, base);
    }
    return results;
  }

  private static List<JsonNode> page(SuiteRun run, Call base) {
    ApiResult answer = run.session().send(base.withQuery("page_size", String.valueOf(SAMPLE_SIZE)));
    Expect.status(answer, 200, "a page of the list");
    List<JsonNode> results = new ArrayList<>();
    answer.json().path("results").forEach(results::add);
    return results;
  }

  /** The list with only its required query parameters, valued as its positive test values them. */
  private static Call base(SuiteRun run, SpecOperation op) {
    Call positive = run.fixtures().positiveCall(op.operationId());
    Call call = Call.to(op);
    for (SpecOperation.Parameter p : op.parameters("query")) {
      if (p.required() && positive.query().containsKey(p.name())) {
        call = call.withQuery(p.name(), positive.query().get(p.name()));
      }
    }
    return call;
  }

  /**
   * A result's value of a field: the value itself, or an object's {@code id}; for a filter by one
   * item of a list field ({@code loan} of a record's {@code loans}), the item.
   */
  private static JsonNode valueOf(JsonNode result, String field) {
    JsonNode value = result.get(field);
    if (value == null && result.path(field + "s").isArray()) {
      value = result.path(field + "s").path(0);
      value = value.isMissingNode() ? null : value;
    }
    if (value != null && value.isObject()) {
      value = value.get("id");
    }
    return value == null || value.isNull() || value.isContainerNode() ? null : value;
  }

  private static boolean contains(JsonNode list, JsonNode value) {
    for (JsonNode item : list) {
      if (item.asText().equals(value.asText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value fewest results hold, so that a filter that is ignored lists something else whenever
   * the results hold two values.
   */
  private static JsonNode leastCommon(List<JsonNode> values) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, JsonNode> byText = new HashMap<>();
    for (JsonNode value : values) {
      counts.merge(value.asText(), 1, Integer::sum);
      byText.putIfAbsent(value.asText(), value);
    }
    Set<String> texts = new HashSet<>(counts.keySet());
    String least = texts.stream().min((a, b) -> counts.get(a) - counts.get(b)).orElseThrow();
    return byText.get(least);
  }
}
