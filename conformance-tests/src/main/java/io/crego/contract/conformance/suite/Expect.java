package io.crego.contract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.spec.model.ErrorCode;
import java.util.Arrays;
import java.util.List;

/** Assertions on answers, each failing with the request, what was expected and what came. */
final class Expect {

  private Expect() {}

  static void status(ApiResult answer, int expected, String why) {
    if (answer.status() != expected) {
      throw new AssertionError(
          "expected "
              + expected
              + " ("
              + why
              + "), got "
              + answer.describe()
              + "\n  body: "
              + answer.excerpt());
    }
  }

  /** The status and one of the error codes. */
  static void error(ApiResult answer, int status, String why, ErrorCode... codes) {
    status(answer, status, why);
    String code = answer.json().path("code").asText(null);
    List<String> expected = Arrays.stream(codes).map(ErrorCode::getValue).toList();
    if (!expected.contains(code)) {
      throw new AssertionError(
          "expected error code "
              + String.join(" or ", expected)
              + " ("
              + why
              + "), got "
              + code
              + " from "
              + answer.describe());
    }
  }

  /** The error names the offending field: an entry of {@code errors[]} with this place. */
  static void namesField(ApiResult answer, String in, String field) {
    JsonNode errors = answer.json().path("errors");
    for (JsonNode error : errors) {
      if (in.equals(error.path("in").asText()) && field.equals(error.path("field").asText())) {
        return;
      }
    }
    throw new AssertionError(
        answer.describe()
            + ": errors[] does not name {in: "
            + in
            + ", field: "
            + field
            + "}; it has "
            + errors);
  }

  static void that(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  static List<String> ids(JsonNode results) {
    return java.util.stream.StreamSupport.stream(results.spliterator(), false)
        .map(item -> item.path("id").asText())
        .toList();
  }
}
