package io.crego.contract.stub.core;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SchemaValidator;
import io.crego.contract.spec.SpecLimits;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.Violation;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ErrorDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a request against its operation in the spec: path and query parameters (coerced from text
 * to the type their schema names) and the JSON body. Every violation found is reported at once;
 * only a body that cannot be read at all (too large, not JSON, not UTF-8) stops the check early.
 */
public final class RequestValidator {

  /** The stub's body limit, as the spec's {@code PayloadTooLarge} response states it. */
  public static final int MAX_BODY_BYTES = SpecLimits.get().maxBodyBytes();

  private static final String MODEL_PACKAGE = "io.crego.contract.spec.model.";

  private final SchemaValidator schemas;
  private final SpecDocument document;
  private final JsonBodyParser parser = new JsonBodyParser();
  private final Map<String, Optional<Class<?>>> bodyModels = new ConcurrentHashMap<>();

  public RequestValidator(CregoSpec spec) {
    this.schemas = spec.validator();
    this.document = new SpecDocument(spec);
  }

  public ValidRequest validate(
      SpecOperation operation, Map<String, String> pathParams, ApiRequest request) {
    List<ErrorDetail> errors = new ArrayList<>();
    for (SpecOperation.Parameter parameter : operation.parameters("path")) {
      String value = pathParams.get(parameter.name());
      if (value != null) {
        checkParameter(parameter, value, errors);
      }
    }
    for (SpecOperation.Parameter parameter : operation.parameters("query")) {
      // Every value of a repeated parameter is checked: handlers read the first, a framework
      // behind a real server may read the last, and neither may be invalid.
      List<String> values = request.query().getOrDefault(parameter.name(), List.of());
      for (String value : values) {
        checkParameter(parameter, value, errors);
      }
      if (values.isEmpty() && parameter.required()) {
        errors.add(ErrorDetails.query(parameter.name(), "is required"));
      }
    }
    JsonNode body = body(operation, request, errors);
    if (!errors.isEmpty()) {
      throw ApiException.validation(errors);
    }
    return new ValidRequest(pathParams, body);
  }

  private void checkParameter(
      SpecOperation.Parameter parameter, String text, List<ErrorDetail> errors) {
    if (parameter.schema() == null) {
      return;
    }
    String in = parameter.in();
    String field = "/" + parameter.name();
    ParameterCoercion.Result coerced =
        ParameterCoercion.coerce(text, document.resolve(parameter.schema()));
    if (coerced.problem() != null) {
      errors.add(ErrorDetails.of(in, field, coerced.problem(), "type"));
      return;
    }
    for (Violation violation : schemas.validate(parameter.schema(), coerced.value())) {
      errors.add(
          ErrorDetails.of(
              in,
              field + violation.instancePointer(),
              ViolationMessages.of(violation),
              violation.keyword()));
    }
  }

  private JsonNode body(SpecOperation operation, ApiRequest request, List<ErrorDetail> errors) {
    String schema = operation.requestBodySchema();
    if (schema == null) {
      return MissingNode.getInstance(); // a body sent to an operation that takes none is ignored
    }
    if (!request.hasBody()) {
      if (bodyRequired(operation)) {
        errors.add(ErrorDetails.body("", "is required: send a JSON body"));
      }
      return MissingNode.getInstance();
    }
    if (request.body().length > MAX_BODY_BYTES) {
      throw payloadTooLarge();
    }
    checkContentType(request);
    JsonNode body;
    try {
      body = parser.parse(request.body());
    } catch (JsonBodyParser.MalformedBody e) {
      errors.add(ErrorDetails.body("", e.getMessage()));
      throw new ApiException(400, ErrorCode.MALFORMED_JSON, e.getMessage(), errors, null);
    }
    int before = errors.size();
    NumberRange.check(body, "", errors);
    if (errors.size() > before) {
      return body; // the schema validator is not shown numbers it cannot hold
    }
    for (Violation violation : schemas.validate(schema, body)) {
      errors.add(
          ErrorDetails.of(
              "body",
              violation.instancePointer(),
              ViolationMessages.of(violation),
              violation.keyword()));
    }
    if (errors.size() == before) {
      checkBindsToModel(schema, body, errors);
    }
    return body;
  }

  /** Static for the 413 the HTTP edge answers before it even reads a body it knows is too big. */
  public static ApiException payloadTooLarge() {
    return new ApiException(
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The request body is larger than " + MAX_BODY_BYTES + " bytes.",
        List.of(),
        null);
  }

  private boolean bodyRequired(SpecOperation operation) {
    return document.resolve(operation.pointer() + "/requestBody").path("required").asBoolean(false);
  }

  private static void checkContentType(ApiRequest request) {
    Optional<String> header = request.header("content-type");
    ErrorDetail error = ErrorDetails.header("Content-Type", "must be application/json");
    if (header.isEmpty() || header.get().isBlank()) {
      throw new ApiException(
          415,
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "The request has a body but no Content-Type: send application/json.",
          List.of(error),
          null);
    }
    String[] parts = header.get().split(";");
    String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
    boolean utf8 = true;
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].trim().split("=", 2);
      if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2) {
        String charset = parameter[1].trim().replace("\"", "");
        utf8 = charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
      }
    }
    if (!mediaType.equals("application/json") || !utf8) {
      throw new ApiException(
          415,
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type " + header.get().trim() + " is not supported: send application/json.",
          List.of(error),
          null);
    }
  }

  /**
   * Handlers read bodies into the generated models; a body the schema accepts but a model cannot
   * hold (an integer beyond the field's Java type) is the caller's error, not a 500 later.
   */
  private void checkBindsToModel(String schema, JsonNode body, List<ErrorDetail> errors) {
    if (NumberRange.allFitAnInt(body)) {
      return; // the generated models have no field narrower than an int: none can overflow
    }
    Optional<Class<?>> model = bodyModels.computeIfAbsent(schema, this::modelClass);
    if (model.isEmpty()) {
      return;
    }
    try {
      Json.MAPPER.convertValue(body, model.get());
    } catch (IllegalArgumentException e) {
      // Only a number too big for its Java field is the caller's fault; any other failure is a
      // quirk of a generated model (oneOf wrappers) on a body the schema accepted.
      JsonMappingException mapping = numericOverflow(e);
      if (mapping != null) {
        errors.add(ErrorDetails.body(pointer(mapping.getPath()), "is out of range for this field"));
      }
    }
  }

  private static JsonMappingException numericOverflow(Throwable e) {
    JsonMappingException outermost = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonMappingException mapping && outermost == null) {
        outermost = mapping;
      }
      if (t instanceof InputCoercionException || t instanceof ArithmeticException) {
        return outermost;
      }
    }
    return null;
  }

  private Optional<Class<?>> modelClass(String schemaPointer) {
    String name = document.componentSchemaName(schemaPointer);
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(MODEL_PACKAGE + name));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      pointer.append('/');
      pointer.append(
          reference.getFieldName() != null
              ? NumberRange.escape(reference.getFieldName())
              : String.valueOf(reference.getIndex()));
    }
    return pointer.toString();
  }
}
