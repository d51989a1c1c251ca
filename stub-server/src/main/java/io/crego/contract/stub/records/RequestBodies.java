package io.crego.contract.stub.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;

/**
 * Reads a request body (already valid against the spec) into its generated model. A value the spec
 * allows but the model cannot hold (the models type epoch seconds as 32-bit {@code Integer}, the
 * spec sets no maximum) is a 400 pointing at the field, not a 500.
 */
public final class RequestBodies {

  private RequestBodies() {}

  public static <T> T read(OperationContext context, Class<T> type) {
    return read(context.body(), type);
  }

  /** Reads one part of a body, e.g. one item of a bulk request; pointers are relative to it. */
  public static <T> T read(JsonNode node, Class<T> type) {
    try {
      return Json.MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw ApiException.invalid(
          ErrorDetails.body(pointer(e), "is out of the range this field takes"));
    }
  }

  private static String pointer(JsonProcessingException e) {
    return e instanceof JsonMappingException mapping ? Json.pointer(mapping) : "";
  }
}
