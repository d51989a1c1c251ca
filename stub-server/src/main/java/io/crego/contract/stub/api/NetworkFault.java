package io.crego.contract.stub.api;

/**
 * A failure of the connection rather than an HTTP answer, as WireMock's own faults produce them: a
 * UI must survive these as well as it survives a 5xx.
 */
public enum NetworkFault {
  /** The connection is reset (TCP RST) before any answer: "connection reset by peer". */
  CONNECTION_RESET_BY_PEER,
  /** The connection is closed without a byte of answer. */
  EMPTY_RESPONSE,
  /** A 200 status line and headers, then a broken chunk of the body, then the connection closes. */
  MALFORMED_RESPONSE_CHUNK,
  /** Bytes that are not HTTP, then the connection closes. */
  RANDOM_DATA_THEN_CLOSE
}
