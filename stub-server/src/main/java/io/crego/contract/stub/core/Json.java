package io.crego.contract.stub.core;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.json.ModelMapper;
import java.io.UncheckedIOException;

/**
 * JSON for handlers and the pipeline, with the stub's one mapper ({@link ModelMapper}): writing,
 * reading, binding trees to models and JSON answers.
 */
public final class Json {

  public static final ObjectMapper MAPPER = ModelMapper.MAPPER;

  private Json() {}

  public static String write(Object value) {
    return ModelMapper.write(value);
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T convert(JsonNode node, Class<T> type) {
    return MAPPER.convertValue(node, type);
  }

  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * A JSON answer: the value as a tree, and the text written from that tree once. The response
   * check reads the tree, so no answer is parsed back from its own text.
   */
  public static ApiResponse answer(int status, Object value) {
    JsonNode tree = tree(value);
    return ApiResponse.json(status, tree, write(tree));
  }

  /**
   * The JSON pointer to the place in the input where binding failed, e.g. {@code /items/0/amount}.
   */
  public static String pointer(JsonMappingException failure) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference step : failure.getPath()) {
      pointer =
          step.getFieldName() != null
              ? pointer.appendProperty(step.getFieldName())
              : pointer.appendIndex(step.getIndex());
    }
    return pointer.toString();
  }
}
