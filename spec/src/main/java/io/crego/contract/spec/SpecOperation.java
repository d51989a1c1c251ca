package io.crego.contract.spec;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the spec, as the stub and the suite need it. Schema locations are JSON pointers
 * into the raw spec (e.g. {@code
 * #/paths/~1v1~1lms~1records~1/post/requestBody/content/application~1json/schema}), ready for
 * {@link SchemaValidator#validate}.
 *
 * @param operationId the spec's operationId
 * @param method HTTP method in upper case
 * @param pathTemplate e.g. {@code /v1/lms/records/{id}/mark_processed/}
 * @param summary the operation's summary
 * @param tag the first tag, or null
 * @param authRequired true when every security alternative needs the bearer token
 * @param authOptional true when the bearer token is accepted but not needed ({@code [{},
 *     {bearerAuth: []}]})
 * @param provenance the {@code x-crego-provenance} extension, or null when absent or malformed
 * @param changesState true for every method but GET, HEAD and OPTIONS, and for a read marked {@code
 *     x-crego-changes-state: true} (a GET the vendor made although it changes state); a read-only
 *     conformance run never sends such an operation
 * @param responseCodes the declared numeric response status codes
 * @param requestBodySchema pointer to the request body's JSON schema, or null when there is none
 * @param responseSchemas pointer to each response's JSON schema, by status code (responses without
 *     a JSON body are absent)
 * @param parameters the path-level and operation-level parameters, operation-level winning
 */
public record SpecOperation(
    String operationId,
    String method,
    String pathTemplate,
    String summary,
    String tag,
    boolean authRequired,
    boolean authOptional,
    Provenance provenance,
    boolean changesState,
    Set<Integer> responseCodes,
    String requestBodySchema,
    Map<Integer, String> responseSchemas,
    List<Parameter> parameters) {

  /**
   * One parameter of an operation.
   *
   * @param name the parameter's name
   * @param in path, query, header or cookie
   * @param required whether it must be sent
   * @param schema pointer to its schema in the raw spec, or null when it has none
   */
  public record Parameter(String name, String in, boolean required, String schema) {}

  public SpecOperation {
    responseCodes = Set.copyOf(responseCodes);
    responseSchemas = Map.copyOf(responseSchemas);
    parameters = List.copyOf(parameters);
  }

  /**
   * Pointer to this operation's object in the raw spec, e.g. {@code #/paths/~1auth~1ping~1/get}.
   */
  public String pointer() {
    return ResolvedSchemas.child("#/paths", pathTemplate) + "/" + method.toLowerCase(Locale.ROOT);
  }

  /** The pointer to the JSON schema of the response with this status, if it has a JSON body. */
  public Optional<String> responseSchema(int status) {
    return Optional.ofNullable(responseSchemas.get(status));
  }

  /** The parameters that go in the given place: path, query, header or cookie. */
  public List<Parameter> parameters(String in) {
    return parameters.stream().filter(p -> p.in().equals(in)).toList();
  }
}
