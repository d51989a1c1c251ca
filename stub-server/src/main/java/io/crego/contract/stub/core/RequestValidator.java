package io.crego.contract.stub.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.ResolvedSchemas;
import io.crego.contract.spec.SpecLimits;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.contract.ContractReport;
import io.crego.contract.spec.contract.InteractionRequest;
import io.crego.contract.spec.contract.InteractionValidator;
import io.crego.contract.spec.contract.RuleViolation;
import io.crego.contract.spec.contract.TypedParameters;
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
 * Checks a request against its operation in the spec, by the contract engine ({@link
 * InteractionValidator}): path and query parameters (coerced from text to the type their schema
 * names) and the JSON body. Every violation found is reported at once; only a body that cannot be
 * read at all (too large, not JSON, not UTF-8) stops the check early.
 */
public final class RequestValidator {

  /** The stub's body limit, as the spec's {@code PayloadTooLarge} response states it. */
  public static final int MAX_BODY_BYTES = SpecLimits.get().maxBodyBytes();

  private static final String MODEL_PACKAGE = "io.crego.contract.spec.model.";

  private final InteractionValidator contract;
  private final ResolvedSchemas document;
  private final JsonBodyParser parser = new JsonBodyParser();
  private final Map<String, Optional<Class<?>>> bodyModels = new ConcurrentHashMap<>();

  /** How many valid requests without a body are remembered before the memory starts again. */
  static final int REMEMBERED_REQUESTS = 1_024;

  /**
   * What the engine reads of a request that sends no body: its operation, path and query values.
   * The verdict on them is the same every time, so a valid one need not be judged again.
   */
  private record ParameterValues(
      String operationId, Map<String, String> path, Map<String, List<String>> query) {}

  /**
   * Requests without a body found valid, with their typed values: a UI reads the same record, the
   * same page, again and again, and each read was judged by the engine (every parameter's schema)
   * for a verdict that cannot change. Only valid ones are kept, so an invalid request is judged,
   * and refused, every time. Bounded like the response check's memory.
   */
  private final Map<ParameterValues, TypedParameters> validWithoutBody = new ConcurrentHashMap<>();

  public RequestValidator(CregoSpec spec) {
    this.contract = new InteractionValidator(spec);
    this.document = spec.schemas();
  }

  /**
   * The request, checked: what cannot be read at all is refused first (413, 415, malformed JSON),
   * then the contract engine judges parameters and body, then the body must fit its model.
   *
   * @throws ApiException naming every offending field
   */
  public ValidRequest validate(
      SpecOperation operation, Map<String, String> pathParams, ApiRequest request) {
    boolean bodySent = operation.requestBodySchema() != null && request.hasBody();
    ParameterValues values =
        bodySent ? null : new ParameterValues(operation.operationId(), pathParams, request.query());
    if (values != null) {
      TypedParameters known = validWithoutBody.get(values);
      if (known != null) {
        return new ValidRequest(pathParams, known, MissingNode.getInstance(), null);
      }
    }
    JsonNode body = MissingNode.getInstance();
    String unreadable = null;
    if (bodySent) {
      if (request.body().length > MAX_BODY_BYTES) {
        throw payloadTooLarge();
      }
      checkContentType(request);
      try {
        body = parser.parse(request.body());
      } catch (JsonBodyParser.MalformedBody e) {
        unreadable = e.getMessage();
      }
    }
    ContractReport report =
        contract.validateRequest(
            operation,
            new InteractionRequest(request.path(), pathParams, request.query(), bodySent, body));
    List<ErrorDetail> errors = new ArrayList<>();
    boolean bodyValid = true;
    for (RuleViolation violation : report.violations()) {
      errors.add(fieldError(violation));
      bodyValid &= !violation.in().equals("body");
    }
    if (unreadable != null) {
      errors.add(ErrorDetails.body("", unreadable));
      throw new ApiException(400, ErrorCode.MALFORMED_JSON, unreadable, errors, null);
    }
    Object bodyModel =
        bodySent && bodyValid ? bindToModel(operation.requestBodySchema(), body, errors) : null;
    if (!errors.isEmpty()) {
      throw ApiException.validation(errors);
    }
    if (values != null) {
      remember(values, report.parameters());
    }
    return new ValidRequest(pathParams, report.parameters(), body, bodyModel);
  }

  private void remember(ParameterValues values, TypedParameters typed) {
    if (validWithoutBody.size() >= REMEMBERED_REQUESTS) {
      validWithoutBody.clear();
    }
    validWithoutBody.put(values, typed);
  }

  /** How many valid requests without a body are remembered now; for tests. */
  int rememberedRequests() {
    return validWithoutBody.size();
  }

  /** The engine's violation as the spec's {@code ErrorDetail} names it. */
  private static ErrorDetail fieldError(RuleViolation v) {
    return v.keyword() == null
        ? ErrorDetails.of(v.in(), v.pointer(), v.message())
        : ErrorDetails.of(v.in(), v.pointer(), v.message(), v.keyword());
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
   * Binds the body into the generated model its schema names, once, for the handler. A body the
   * schema accepts but the model cannot hold (an integer beyond the field's Java type) is the
   * caller's error, not a 500 later.
   *
   * @return the model, or null when the schema names none or a model's quirk refuses the body
   */
  private Object bindToModel(String schema, JsonNode body, List<ErrorDetail> errors) {
    Optional<Class<?>> model = bodyModels.computeIfAbsent(schema, this::modelClass);
    if (model.isEmpty()) {
      return null;
    }
    try {
      return Json.MAPPER.treeToValue(body, model.get());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // Only a number too big for its Java field is the caller's fault; any other failure is a
      // quirk of a generated model (oneOf wrappers) on a body the schema accepted.
      JsonMappingException mapping = numericOverflow(e);
      if (mapping != null) {
        errors.add(ErrorDetails.body(Json.pointer(mapping), "is out of range for this field"));
      }
      return null;
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
    Optional<String> name = document.componentName(schemaPointer);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(MODEL_PACKAGE + name.get()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
