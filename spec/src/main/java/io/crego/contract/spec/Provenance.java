package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the spec knows what it says about an operation ({@code x-crego-provenance}).
 *
 * @param status how much of the operation the vendor documents
 * @param source where it was learnt, e.g. a seed file or a docs page
 */
public record Provenance(Status status, String source) {

  /** How much of an operation the vendor documents. */
  public enum Status {
    DOCUMENTED,
    PARTIAL,
    INFERRED;

    /** The spelling used in the spec. */
    public String specName() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Status> fromSpecName(String name) {
      return Arrays.stream(values()).filter(s -> s.specName().equals(name)).findFirst();
    }
  }

  /**
   * Reads the extension's value; null when it is absent or its status is not one of documented,
   * partial, inferred.
   */
  static Provenance parse(JsonNode extension) {
    if (extension == null || !extension.path("status").isTextual()) {
      return null;
    }
    JsonNode source = extension.path("source");
    return Status.fromSpecName(extension.get("status").asText())
        .map(status -> new Provenance(status, source.isTextual() ? source.asText() : null))
        .orElse(null);
  }
}
