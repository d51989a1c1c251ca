package io.crego.contract.conformance.http;

/** What a request carries in its Authorization header. */
public sealed interface Auth {

  /** No Authorization header. */
  record None() implements Auth {}

  /** {@code Authorization: Bearer <token>}. */
  record Bearer(String token) implements Auth {
    @Override
    public String toString() {
      return "Bearer (redacted)";
    }
  }

  static Auth none() {
    return new None();
  }

  static Auth bearer(String token) {
    return new Bearer(token);
  }
}
