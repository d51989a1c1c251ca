package io.crego.contract.spec.contract;

/**
 * The stable keys of the rules an interaction is checked against. Reports, deviation files and
 * tests name rules by these keys, so they do not change; a schema rule ends with the keyword
 * broken, e.g. {@code response.body.schema.required}.
 */
public final class Rules {

  public static final String STATUS_UNDECLARED = "response.status.undeclared";
  public static final String CONTENT_TYPE = "response.contentType";
  public static final String BODY_MALFORMED = "response.body.malformed";
  public static final String BODY_UNEXPECTED = "response.body.unexpected";

  /** A status that declares a JSON body answered without one. */
  public static final String BODY_MISSING = "response.body.missing";

  public static final String BODY_SCHEMA = "response.body.schema.";
  public static final String LIST_ENVELOPE = "response.list.envelope.";

  /** A GET of one resource by id answers that resource: its {@code id} is the path's. */
  public static final String BODY_ID = "response.body.id";

  /** A required path or query parameter was not sent. */
  public static final String PARAMETER_REQUIRED = "request.parameter.required";

  /** A parameter's text is not of the type its schema names (not an integer, out of range...). */
  public static final String PARAMETER_TYPE = "request.parameter.type";

  public static final String PARAMETER_SCHEMA = "request.parameter.schema.";

  /** A required request body was not sent. */
  public static final String REQUEST_BODY_REQUIRED = "request.body.required";

  /** A number in the body that no handler can hold (beyond 64 bits, beyond a double). */
  public static final String REQUEST_BODY_RANGE = "request.body.range";

  public static final String REQUEST_BODY_SCHEMA = "request.body.schema.";

  private Rules() {}
}
