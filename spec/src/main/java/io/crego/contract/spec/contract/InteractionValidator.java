package io.crego.contract.spec.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SchemaValidator;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The one answer to "does the contract allow this request, this response?", for the stub, the suite
 * and the tests alike. Each check returns a {@link ContractReport} of every violation found, keyed
 * by the stable {@link Rules}; the schema checks are the {@link SchemaValidator}'s. Violations a
 * {@link KnownDeviations known deviation} explains are reported apart, as tolerated.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class InteractionValidator {

  private static final int MAX_ACTUAL = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResolvedSchemas schemas;
  private final SchemaValidator validator;
  private final ListEnvelopeRule envelope;
  private final KnownDeviations deviations;

  public InteractionValidator(CregoSpec spec) {
    this(spec.schemas(), spec.validator(), KnownDeviations.NONE);
  }

  private InteractionValidator(
      ResolvedSchemas schemas, SchemaValidator validator, KnownDeviations deviations) {
    this.schemas = schemas;
    this.validator = validator;
    this.envelope = new ListEnvelopeRule(schemas);
    this.deviations = deviations;
  }

  /** The same validator, tolerating what these deviations explain. */
  public InteractionValidator withDeviations(KnownDeviations known) {
    return new InteractionValidator(schemas, validator, known);
  }

  /**
   * Checks a request: its path and query parameters (their text typed as their schema says, then
   * validated), and its JSON body. The messages are the short texts a caller is shown beside the
   * field, e.g. {@code is required}. The report carries the parameters as typed ({@link
   * ContractReport#parameters()}), so that a caller need not parse their text again.
   */
  public ContractReport validateRequest(SpecOperation op, InteractionRequest request) {
    Found found = new Found(op);
    Map<String, JsonNode> pathValues = new LinkedHashMap<>();
    for (SpecOperation.Parameter parameter : op.parameters("path")) {
      String value = request.pathParams().get(parameter.name());
      if (value != null) {
        checkParameter(parameter, value, found)
            .ifPresent(typed -> pathValues.put(parameter.name(), typed));
      }
    }
    Map<String, List<JsonNode>> queryValues = new LinkedHashMap<>();
    for (SpecOperation.Parameter parameter : op.parameters("query")) {
      // Every value of a repeated parameter is checked: handlers read the first, a framework
      // behind a real server may read the last, and neither may be invalid.
      List<String> values = request.query().getOrDefault(parameter.name(), List.of());
      List<JsonNode> typed = new ArrayList<>();
      for (String value : values) {
        checkParameter(parameter, value, found).ifPresent(typed::add);
      }
      if (!typed.isEmpty()) {
        queryValues.put(parameter.name(), typed);
      }
      if (values.isEmpty() && parameter.required()) {
        found.add(
            new RuleViolation(
                Rules.PARAMETER_REQUIRED,
                "query",
                "/" + parameter.name(),
                null,
                "present",
                "missing",
                "is required",
                parameter.schema()));
      }
    }
    checkRequestBody(op, request, found);
    // most requests (every create, every write by id's body) have no typed value to copy
    return found.report(
        pathValues.isEmpty() && queryValues.isEmpty()
            ? TypedParameters.NONE
            : new TypedParameters(pathValues, queryValues));
  }

  /** The parameter's text as its schema types it, when it passes; empty when it breaks a rule. */
  private Optional<JsonNode> checkParameter(
      SpecOperation.Parameter parameter, String text, Found found) {
    if (parameter.schema() == null) {
      return Optional.of(TextNode.valueOf(text));
    }
    String in = parameter.in();
    String field = "/" + parameter.name();
    ParameterCoercion.Result coerced =
        ParameterCoercion.coerce(text, schemas.at(parameter.schema()));
    if (coerced.problem() != null) {
      found.add(
          new RuleViolation(
              Rules.PARAMETER_TYPE,
              in,
              field,
              "type",
              schemas.at(parameter.schema()).path("type").asText("string"),
              text,
              coerced.problem(),
              parameter.schema()));
      return Optional.empty();
    }
    List<Violation> broken = validator.validate(parameter.schema(), coerced.value());
    for (Violation v : broken) {
      found.add(
          new RuleViolation(
              Rules.PARAMETER_SCHEMA + v.keyword(),
              in,
              field + v.instancePointer(),
              v.keyword(),
              v.expected(),
              v.actual(),
              ViolationMessages.of(v),
              parameter.schema()));
    }
    return broken.isEmpty() ? Optional.of(coerced.value()) : Optional.empty();
  }

  private void checkRequestBody(SpecOperation op, InteractionRequest request, Found found) {
    String schema = op.requestBodySchema();
    if (schema == null) {
      return; // a body sent to an operation that takes none is ignored
    }
    if (!request.bodySent()) {
      if (schemas.at(op.pointer() + "/requestBody").path("required").asBoolean(false)) {
        found.add(
            new RuleViolation(
                Rules.REQUEST_BODY_REQUIRED,
                "body",
                "",
                null,
                "a JSON body",
                "none",
                "is required: send a JSON body",
                op.pointer() + "/requestBody"));
      }
      return;
    }
    if (request.body().isMissingNode()) {
      return; // sent but unreadable: the caller has said so
    }
    List<JsonPointer> outOfRange = new ArrayList<>();
    NumberRange.outOfRange(request.body(), JsonPointer.empty(), outOfRange);
    for (JsonPointer pointer : outOfRange) {
      found.add(
          new RuleViolation(
              Rules.REQUEST_BODY_RANGE,
              "body",
              pointer.toString(),
              null,
              "a number within 64 bits or a double",
              truncate(request.body().at(pointer).toString()),
              "is out of range",
              null));
    }
    if (!outOfRange.isEmpty()) {
      return; // the schema validator is not shown numbers it cannot hold
    }
    for (Violation v : validator.validate(schema, request.body())) {
      found.add(
          new RuleViolation(
              Rules.REQUEST_BODY_SCHEMA + v.keyword(),
              "body",
              v.instancePointer(),
              v.keyword(),
              v.expected(),
              v.actual(),
              ViolationMessages.of(v),
              schemas.locate(schema, v.instancePointer())));
    }
  }

  /**
   * Checks a response given as text, as a client receives it: a body that is not JSON breaks {@link
   * Rules#BODY_MALFORMED}.
   *
   * @param request the request answered, for the rules that compare the two (the page asked for,
   *     the id asked for)
   * @param contentType the response's Content-Type, or null when it had none
   * @param body the body as text, "" or null when there was none
   */
  public ContractReport validateResponse(
      SpecOperation op, InteractionRequest request, int status, String contentType, String body) {
    String text = body == null ? "" : body;
    Found found = new Found(op);
    Optional<String> schema = declaredSchema(op, status, !text.isBlank(), () -> text, found);
    if (schema.isEmpty()) {
      return found.report();
    }
    checkContentType(op, status, contentType, found);
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      tree = null;
    }
    if (tree == null || tree.isMissingNode()) {
      found.add(
          new RuleViolation(
              Rules.BODY_MALFORMED,
              "body",
              "",
              null,
              "a JSON document",
              truncate(text),
              "the body is not JSON",
              schema.get()));
      return found.report();
    }
    checkBody(op, request, status, schema.get(), tree, found);
    return found.report();
  }

  /**
   * Checks a response before it is written, as its producer holds it: the JSON tree itself, so that
   * it need not be written and parsed again.
   *
   * @param request the request answered, or null to skip the rules that compare the two
   * @param headers the headers the response will carry (Content-Type among them)
   * @param body the body, or null when the response has none
   */
  public ContractReport validateResponse(
      SpecOperation op,
      InteractionRequest request,
      int status,
      Map<String, String> headers,
      JsonNode body) {
    Found found = new Found(op);
    Supplier<String> shown = () -> body == null ? "" : body.toString();
    Optional<String> schema = declaredSchema(op, status, body != null, shown, found);
    if (schema.isEmpty()) {
      return found.report();
    }
    if (body == null) {
      found.add(
          new RuleViolation(
              Rules.BODY_MISSING,
              "body",
              "",
              null,
              "a JSON body",
              "none",
              "status " + status + " declares a JSON body, but none was sent",
              schema.get()));
      return found.report();
    }
    checkContentType(op, status, header(headers, "Content-Type"), found);
    checkBody(op, request, status, schema.get(), body, found);
    return found.report();
  }

  /** The schema of a declared status's body; empty when the status or its body is not declared. */
  private Optional<String> declaredSchema(
      SpecOperation op, int status, boolean hasBody, Supplier<String> body, Found found) {
    if (!op.responseCodes().contains(status)) {
      found.add(
          new RuleViolation(
              Rules.STATUS_UNDECLARED,
              "status",
              "",
              null,
              "one of " + new TreeSet<>(op.responseCodes()),
              String.valueOf(status),
              op.operationId()
                  + " does not declare status "
                  + status
                  + (body.get().isBlank() ? "" : "; body: " + truncate(body.get())),
              op.pointer() + "/responses"));
      return Optional.empty();
    }
    Optional<String> schema = op.responseSchema(status);
    if (schema.isEmpty() && hasBody) {
      found.add(
          new RuleViolation(
              Rules.BODY_UNEXPECTED,
              "body",
              "",
              null,
              "no body",
              truncate(body.get()),
              "status " + status + " declares no body",
              op.pointer() + "/responses/" + status));
    }
    return schema;
  }

  private static void checkContentType(
      SpecOperation op, int status, String contentType, Found found) {
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      found.add(
          new RuleViolation(
              Rules.CONTENT_TYPE,
              "header",
              "",
              null,
              "application/json",
              String.valueOf(contentType),
              "the body of status " + status + " must be sent as application/json",
              op.pointer() + "/responses/" + status + "/content"));
    }
  }

  private void checkBody(
      SpecOperation op,
      InteractionRequest request,
      int status,
      String schema,
      JsonNode body,
      Found found) {
    for (Violation v : validator.validate(schema, body)) {
      found.add(
          new RuleViolation(
              Rules.BODY_SCHEMA + v.keyword(),
              "body",
              v.instancePointer(),
              v.keyword(),
              truncate(v.expected()),
              truncate(v.actual()),
              v.message(),
              schemas.locate(schema, v.instancePointer())));
    }
    if (status / 100 != 2 || request == null) {
      return;
    }
    checkResourceId(op, request, body, found);
    if (envelope.isPage(schema)) {
      for (ListEnvelopeRule.Finding f : envelope.check(op, request.query(), body)) {
        found.add(
            new RuleViolation(
                Rules.LIST_ENVELOPE + f.rule(),
                "body",
                f.pointer(),
                null,
                f.expected(),
                f.actual(),
                f.message(),
                ResolvedSchemas.component(ListEnvelopeRule.ENVELOPE)));
      }
    }
  }

  /**
   * A GET of {@code …/{id}/} that answers a resource with an {@code id} must answer the one asked
   * for. A target that answers another id for every request (a canned example) keeps no state.
   */
  private static void checkResourceId(
      SpecOperation op, InteractionRequest request, JsonNode body, Found found) {
    if (!op.method().equals("GET") || !op.pathTemplate().endsWith("/{id}/")) {
      return;
    }
    String[] segments = request.path().split("/");
    String asked = segments.length == 0 ? "" : segments[segments.length - 1];
    JsonNode answered = body.path("id");
    if (answered.isTextual() && !answered.asText().equals(asked)) {
      found.add(
          new RuleViolation(
              Rules.BODY_ID,
              "body",
              "/id",
              null,
              asked,
              answered.asText(),
              "state not kept: asked for "
                  + asked
                  + ", the target answered the resource "
                  + answered.asText(),
              op.pointer() + "/parameters"));
    }
  }

  private static String header(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  static String truncate(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= MAX_ACTUAL ? text : text.substring(0, MAX_ACTUAL) + "…";
  }

  /** The violations of one check, sorted into counting and tolerated as they are found. */
  private final class Found {
    private final SpecOperation op;
    private final List<RuleViolation> violations = new ArrayList<>();
    private final List<ContractReport.Tolerated> tolerated = new ArrayList<>();

    Found(SpecOperation op) {
      this.op = op;
    }

    void add(RuleViolation v) {
      Optional<Deviation> known = deviations.match(op.operationId(), v);
      if (known.isPresent()) {
        tolerated.add(new ContractReport.Tolerated(v, known.get()));
      } else {
        violations.add(v);
      }
    }

    ContractReport report() {
      return report(TypedParameters.NONE);
    }

    ContractReport report(TypedParameters parameters) {
      return new ContractReport(violations, tolerated, parameters);
    }
  }
}
