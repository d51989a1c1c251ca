package io.crego.contract.conformance.exchange;

/** The stable keys of the rules an exchange is checked against. */
public final class Rules {

  public static final String STATUS_UNDECLARED = "response.status.undeclared";
  public static final String CONTENT_TYPE = "response.contentType";
  public static final String BODY_MALFORMED = "response.body.malformed";
  public static final String BODY_UNEXPECTED = "response.body.unexpected";
  public static final String BODY_SCHEMA = "response.body.schema.";
  public static final String LIST_ENVELOPE = "response.list.envelope.";

  /** A GET of one resource by id answers that resource: its {@code id} is the path's. */
  public static final String BODY_ID = "response.body.id";

  private Rules() {}
}
