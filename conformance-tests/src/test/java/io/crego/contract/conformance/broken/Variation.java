package io.crego.contract.conformance.broken;

/**
 * A way of answering that the contract allows although the stub never answers so: the suite must
 * pass through each ({@link BenignVariationsTest}).
 */
enum Variation {
  NONE,
  /** {@code application/json;charset=UTF-8}, spelt as some frameworks do. */
  CHARSET_PARAMETER,
  /** Every object's keys in reverse order. */
  KEYS_REVERSED,
  /** Pretty-printed JSON. */
  PRETTY_PRINTED,
  /** Bodies sent with chunked transfer encoding, no Content-Length. */
  CHUNKED,
  /** Bodies gzip-compressed whenever the client accepts it. */
  GZIP_WHEN_ASKED,
  /**
   * Whole amounts written the other way: {@code 5000.0} as {@code 5000}, {@code 5000} as {@code
   * 5000.0}.
   */
  AMOUNT_NOTATION
}
