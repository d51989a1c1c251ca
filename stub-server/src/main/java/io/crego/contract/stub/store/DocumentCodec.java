package io.crego.contract.stub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.stub.json.ModelMapper;
import java.io.UncheckedIOException;

/** Model ↔ stored JSON text, with the stub's one mapper. */
final class DocumentCodec {

  private DocumentCodec() {}

  static String encode(Kind<?> kind, Object value) {
    return ModelMapper.write(requireDocument(kind, value));
  }

  /**
   * The value as a JSON tree; its text ({@link #write}) is what {@link #encode} gives, written from
   * the tree rather than from the model.
   */
  static JsonNode tree(Kind<?> kind, Object value) {
    return ModelMapper.MAPPER.valueToTree(requireDocument(kind, value));
  }

  static String write(JsonNode tree) {
    return ModelMapper.write(tree);
  }

  /** A stored text as a tree, for a view that keeps no tree. */
  static JsonNode parse(String json) {
    try {
      return ModelMapper.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("A stored document is not JSON", e);
    }
  }

  private static Object requireDocument(Kind<?> kind, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("A null " + kind.name() + " document: delete it instead");
    }
    if (!kind.type().isInstance(value)) {
      throw new IllegalArgumentException(
          "A " + value.getClass().getName() + " is no " + kind.type().getName());
    }
    return value;
  }

  static <T> T decode(Kind<T> kind, StoredDocument document) {
    if (document.value() != null && kind.type().isInstance(document.value())) {
      return kind.type().cast(document.value());
    }
    try {
      return ModelMapper.MAPPER.readValue(document.json(), kind.type());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "Stored " + kind.name() + " document does not map to " + kind.type().getName(), e);
    }
  }
}
