package io.crego.contract.conformance.broken;

/**
 * One rule of the contract a {@link BreakingProxy} breaks the way real backends break it, and the
 * text the suite's failures must contain when it catches it.
 */
enum Breakage {
  NONE(null),
  /** Success answers lose a required field ({@code id}, or their first field). */
  DROP_REQUIRED_FIELD("response.body.schema.required"),
  /** Success answers leave out every field whose value is null (a serializer's "omit nulls"). */
  OMIT_NULL_FIELDS("response.body.schema.required"),
  /** The first number of a success answer becomes a string. */
  CHANGE_TYPE("response.body.schema.type"),
  /** Ids come back as database integers, not UUIDs. */
  NON_UUID_IDS("response.body.schema.format"),
  /** Timestamps come back in milliseconds instead of epoch seconds. */
  MILLISECOND_TIMESTAMPS("response.body.schema.maximum"),
  /** Success answers come with 202, which no operation declares. */
  UNDECLARED_STATUS("response.status.undeclared"),
  /**
   * Successes outside Auth answer 503 in the Error shape: a status every operation declares (the
   * gateway's), so only the tests' own expectations can catch it.
   */
  GATEWAY_ERRORS("→ 503"),
  /** Creations answer 200 instead of their declared 201. */
  STATUS_SWAP("response.status.undeclared"),
  /** JSON answers are labelled text/plain. */
  WRONG_CONTENT_TYPE("response.contentType"),
  /** Errors come as another framework's shape: {@code {"detail": "..."}}. */
  FOREIGN_ERROR_SHAPE("response.body.schema.required"),
  /** Errors come as an HTML page. */
  HTML_ERRORS("response.contentType"),
  /** Validation errors say what is wrong but not where: {@code errors[]} is empty. */
  ERRORS_WITHOUT_POINTERS("errors[] does not name"),
  /** A request without a token is let through with one. */
  ACCEPT_UNAUTHENTICATED("expected 401"),
  /** A missing or bad token is answered 403 instead of 401. */
  FORBIDDEN_INSTEAD_OF_UNAUTHORIZED("→ 403"),
  /** Record transitions answer 200 with the record unchanged. */
  TRANSITION_NOT_APPLIED("expected approval_requested"),
  /** A refused record transition is answered 200 with the record. */
  TRANSITION_WRONGLY_ALLOWED("expected 409"),
  /** Reads of a record answer the record as it was created (a stale cache). */
  STALE_READS("a GET afterwards"),
  /** Mark Processed answers and stores the record without the fields it sets ({@code utr}). */
  SETS_NOT_SET("utr"),
  /** A creation answers success with an amount other than the one sent. */
  CREATE_DOES_NOT_KEEP_THE_BODY("does not carry what was sent"),
  /** List filters are ignored: {@code ?status=…} lists every status. */
  FILTER_IGNORED("ignores its filter"),
  /** Pages say they are the next page. */
  BROKEN_LIST_ENVELOPE("response.list.envelope.page"),
  /** {@code page} is ignored: every page holds the first page's results. */
  PAGES_REPEAT("was already on an earlier page"),
  /** One read answers slower than the suite's time-out. */
  SLOW_ENDPOINT("/auth/ping/: timed out after "),
  /**
   * Every record creation has its connection dropped unanswered: the tests that need a record to
   * start from fail in their setup, naming Create Record.
   */
  RECORD_CREATION_DROPPED("setup failed: createRecord POST http://");

  private final String caughtBy;

  Breakage(String caughtBy) {
    this.caughtBy = caughtBy;
  }

  /** Text that a failure of the suite must contain to show this breakage was caught. */
  String caughtBy() {
    return caughtBy;
  }
}
