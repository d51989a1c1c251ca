package io.crego.contract.spec.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the list envelope {@code {count, current_page, page_size, results}} means beyond its schema:
 * the page is the one asked for, holds no more than its size, and {@code count} covers what was
 * shown. Applies to every answer whose schema is built on the spec's {@code ListEnvelope}.
 */
final class ListEnvelopeRule {

  static final String ENVELOPE = "ListEnvelope";
  private final ResolvedSchemas schemas;

  ListEnvelopeRule(ResolvedSchemas schemas) {
    this.schemas = schemas;
  }

  /** Whether the schema at the pointer is a page (an {@code allOf} with the envelope). */
  boolean isPage(String schemaPointer) {
    return schemas.composes(schemaPointer, ENVELOPE);
  }

  /** The envelope's semantic violations, as (pointer, rule suffix, expected, actual, message). */
  List<Finding> check(SpecOperation op, Map<String, List<String>> query, JsonNode body) {
    List<Finding> findings = new ArrayList<>();
    JsonNode results = body.path("results");
    JsonNode count = body.path("count");
    JsonNode currentPage = body.path("current_page");
    JsonNode pageSize = body.path("page_size");
    if (!results.isArray()
        || !count.isIntegralNumber()
        || !currentPage.isIntegralNumber()
        || !pageSize.isIntegralNumber()) {
      return findings; // the schema check reports the shape
    }
    requested(op, query, "page")
        .filter(page -> page != currentPage.asLong())
        .ifPresent(
            page ->
                findings.add(
                    new Finding(
                        "/current_page",
                        "page",
                        String.valueOf(page),
                        currentPage.toString(),
                        "the page answered is not the page asked for")));
    requested(op, query, "page_size")
        .filter(size -> size != pageSize.asLong())
        .ifPresent(
            size ->
                findings.add(
                    new Finding(
                        "/page_size",
                        "pageSize",
                        String.valueOf(size),
                        pageSize.toString(),
                        "the page size answered is not the one asked for (or the spec's default)")));
    if (results.size() > pageSize.asLong()) {
      findings.add(
          new Finding(
              "/results",
              "overfull",
              "at most " + pageSize.asLong() + " items",
              results.size() + " items",
              "a page holds more results than its page_size"));
    }
    long shownSoFar = (currentPage.asLong() - 1) * pageSize.asLong() + results.size();
    if (count.asLong() < shownSoFar) {
      findings.add(
          new Finding(
              "/count",
              "count",
              "at least " + shownSoFar,
              count.toString(),
              "count is smaller than the items shown up to this page"));
    }
    if (results.size() < pageSize.asLong() && results.size() > 0 && count.asLong() > shownSoFar) {
      findings.add(
          new Finding(
              "/count",
              "count",
              String.valueOf(shownSoFar),
              count.toString(),
              "a page that is not full must be the last one, but count promises more"));
    }
    return findings;
  }

  /** The value asked for in the query, else the parameter's default in the spec. */
  private Optional<Long> requested(SpecOperation op, Map<String, List<String>> query, String name) {
    List<String> values = query.getOrDefault(name, List.of());
    if (!values.isEmpty()) {
      try {
        return Optional.of(Long.parseLong(values.get(0)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return op.parameters("query").stream()
        .filter(p -> p.name().equals(name) && p.schema() != null)
        .map(p -> schemas.at(p.schema()).path("default"))
        .filter(JsonNode::isIntegralNumber)
        .map(JsonNode::asLong)
        .findFirst();
  }

  record Finding(String pointer, String rule, String expected, String actual, String message) {}
}
