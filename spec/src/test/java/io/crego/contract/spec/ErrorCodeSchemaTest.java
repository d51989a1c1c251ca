package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.model.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Error.code} is the enum {@code ErrorCode}, each value said when it is answered. */
class ErrorCodeSchemaTest {

  private static final JsonNode SCHEMAS = CregoSpec.get().raw().path("components").path("schemas");

  @Test
  void errorCodeIsTheEnumSchema() {
    assertEquals(
        "#/components/schemas/ErrorCode",
        SCHEMAS.path("Error").path("properties").path("code").path("$ref").asText());
  }

  @Test
  void everyCodeIsDescribedAndMarkedDesigned() {
    JsonNode schema = SCHEMAS.path("ErrorCode");
    JsonNode descriptions = schema.path("x-enum-descriptions");
    assertEquals(schema.path("enum").size(), descriptions.size(), "one description per code");
    descriptions.forEach(d -> assertFalse(d.asText().isBlank(), schema.toString()));
    assertTrue(schema.path("x-crego-designed").path(0).has("why"), schema.toString());
  }

  @Test
  void theGeneratedEnumHasTheSpecsCodes() {
    List<String> codes = new ArrayList<>();
    SCHEMAS.path("ErrorCode").path("enum").forEach(code -> codes.add(code.asText()));
    assertEquals(codes, Arrays.stream(ErrorCode.values()).map(ErrorCode::getValue).toList());
  }

  /** The error examples of the spec use declared codes (the validator reads them as enums). */
  @Test
  void theErrorResponseExamplesUseDeclaredCodes() {
    JsonNode responses = CregoSpec.get().raw().path("components").path("responses");
    int checked = 0;
    for (JsonNode response : responses) {
      JsonNode code =
          response.path("content").path("application/json").path("example").path("code");
      if (code.isTextual()) {
        ErrorCode.fromValue(code.asText());
        checked++;
      }
    }
    assertTrue(checked > 0, "no error examples found");
  }
}
