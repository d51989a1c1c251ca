package io.crego.contract.conformance.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Judges one exchange against the spec and returns every violation at once: the status is one the
 * operation declares, a JSON body comes as {@code application/json}, the body matches the schema
 * declared for that status, and a page keeps the list envelope's promises.
 */
public final class ExchangeValidator {

  private static final int MAX_ACTUAL = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CregoSpec spec;
  private final SchemaLocator locator;
  private final ListEnvelopeRule envelope;

  public ExchangeValidator(CregoSpec spec) {
    this.spec = spec;
    this.locator = new SchemaLocator(spec.raw());
    this.envelope = new ListEnvelopeRule(spec.raw());
  }

  public List<ContractViolation> validate(SpecOperation op, HttpExchange exchange) {
    Collector found = new Collector(op, exchange);
    int status = exchange.status();
    if (!op.responseCodes().contains(status)) {
      found.add(
          Rules.STATUS_UNDECLARED,
          "",
          "one of " + new TreeSet<>(op.responseCodes()),
          String.valueOf(status),
          op.operationId()
              + " does not declare status "
              + status
              + (exchange.responseBody().isBlank()
                  ? ""
                  : "; body: " + truncate(exchange.responseBody())),
          op.pointer() + "/responses");
      return found.violations;
    }
    Optional<String> schema = op.responseSchema(status);
    if (schema.isEmpty()) {
      if (!exchange.responseBody().isBlank()) {
        found.add(
            Rules.BODY_UNEXPECTED,
            "",
            "no body",
            truncate(exchange.responseBody()),
            "status " + status + " declares no body",
            op.pointer() + "/responses/" + status);
      }
      return found.violations;
    }
    if (!isJson(exchange.contentType())) {
      found.add(
          Rules.CONTENT_TYPE,
          "",
          "application/json",
          String.valueOf(exchange.contentType()),
          "the body of status " + status + " must be sent as application/json",
          op.pointer() + "/responses/" + status + "/content");
    }
    JsonNode body;
    try {
      body = JSON.readTree(exchange.responseBody());
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || body.isMissingNode()) {
      found.add(
          Rules.BODY_MALFORMED,
          "",
          "a JSON document",
          truncate(exchange.responseBody()),
          "the body is not JSON",
          schema.get());
      return found.violations;
    }
    for (Violation v : spec.validator().validate(schema.get(), body)) {
      found.add(
          Rules.BODY_SCHEMA + v.keyword(),
          v.instancePointer(),
          truncate(v.expected()),
          truncate(v.actual()),
          v.message(),
          locator.locate(schema.get(), v.instancePointer()));
    }
    if (status / 100 == 2) {
      checkResourceId(op, exchange, body, found);
    }
    if (status / 100 == 2 && envelope.isPage(schema.get())) {
      for (ListEnvelopeRule.Finding f : envelope.check(op, exchange.query(), body)) {
        found.add(
            Rules.LIST_ENVELOPE + f.rule(),
            f.pointer(),
            f.expected(),
            f.actual(),
            f.message(),
            "#/components/schemas/ListEnvelope");
      }
    }
    return found.violations;
  }

  /**
   * A GET of {@code …/{id}/} that answers a resource with an {@code id} must answer the one asked
   * for. A target that answers another id for every request (a canned example) keeps no state.
   */
  private static void checkResourceId(
      SpecOperation op, HttpExchange exchange, JsonNode body, Collector found) {
    if (!op.method().equals("GET") || !op.pathTemplate().endsWith("/{id}/")) {
      return;
    }
    String[] segments = exchange.path().split("/");
    String asked = segments.length == 0 ? "" : segments[segments.length - 1];
    JsonNode answered = body.path("id");
    if (answered.isTextual() && !answered.asText().equals(asked)) {
      found.add(
          Rules.BODY_ID,
          "/id",
          asked,
          answered.asText(),
          "state not kept: asked for "
              + asked
              + ", the target answered the resource "
              + answered.asText(),
          op.pointer() + "/parameters");
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json");
  }

  static String truncate(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= MAX_ACTUAL ? text : text.substring(0, MAX_ACTUAL) + "…";
  }

  private static final class Collector {
    private final SpecOperation op;
    private final HttpExchange exchange;
    private final List<ContractViolation> violations = new ArrayList<>();

    Collector(SpecOperation op, HttpExchange exchange) {
      this.op = op;
      this.exchange = exchange;
    }

    void add(
        String rule,
        String pointer,
        String expected,
        String actual,
        String message,
        String location) {
      violations.add(
          new ContractViolation(
              op.operationId(),
              exchange.method(),
              exchange.path(),
              exchange.status(),
              rule,
              pointer,
              expected,
              actual,
              message,
              location));
    }
  }
}
