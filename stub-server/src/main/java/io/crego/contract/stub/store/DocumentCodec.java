package io.crego.contract.stub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.crego.contract.stub.json.ModelMapper;
import java.io.UncheckedIOException;

/** Model ↔ stored JSON text, with the stub's one mapper. */
final class DocumentCodec {

  private DocumentCodec() {}

  static String encode(Kind<?> kind, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("A null " + kind.name() + " document: delete it instead");
    }
    if (!kind.type().isInstance(value)) {
      throw new IllegalArgumentException(
          "A " + value.getClass().getName() + " is no " + kind.type().getName());
    }
    return ModelMapper.write(value);
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
