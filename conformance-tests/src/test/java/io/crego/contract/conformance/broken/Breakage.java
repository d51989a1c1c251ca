package io.crego.contract.conformance.broken;

/**
 * One rule of the contract a {@link BreakingProxy} breaks, and the text the suite's failures must
 * contain when it catches it.
 */
enum Breakage {
  NONE(null),
  /** Success answers lose a required field ({@code id}, or their first field). */
  DROP_REQUIRED_FIELD("response.body.schema.required"),
  /** The first number of a success answer becomes a string. */
  CHANGE_TYPE("response.body.schema.type"),
  /** Success answers come with 202, which no operation declares. */
  UNDECLARED_STATUS("response.status.undeclared"),
  /** JSON answers are labelled text/plain. */
  WRONG_CONTENT_TYPE("response.contentType"),
  /** A request without a token is let through with one. */
  ACCEPT_UNAUTHENTICATED("expected 401"),
  /** Record transitions answer 200 with the record unchanged. */
  TRANSITION_NOT_APPLIED("expected approval_requested"),
  /** A refused record transition is answered 200 with the record. */
  TRANSITION_WRONGLY_ALLOWED("expected 409"),
  /** Pages say they are the next page. */
  BROKEN_LIST_ENVELOPE("response.list.envelope.page");

  private final String caughtBy;

  Breakage(String caughtBy) {
    this.caughtBy = caughtBy;
  }

  /** Text that a failure of the suite must contain to show this breakage was caught. */
  String caughtBy() {
    return caughtBy;
  }
}
