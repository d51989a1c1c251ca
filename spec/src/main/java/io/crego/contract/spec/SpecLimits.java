package io.crego.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Limits and defaults the spec states, read from it so Java does not restate them: the paging
 * parameter's {@code default} and {@code maximum}, and the body limit, an {@code x-} extension
 * because OpenAPI has no keyword for it.
 */
public record SpecLimits(int maxBodyBytes, int defaultPageSize, int maxPageSize) {

  static final String MAX_BODY_BYTES = "/x-crego-max-body-bytes";
  static final String PAGE_SIZE = "/components/parameters/PageSize/schema";

  /** The limits of the bundled spec. */
  public static SpecLimits get() {
    return Holder.LIMITS;
  }

  /**
   * @throws IllegalStateException when the spec does not state one of them as a positive integer
   */
  public static SpecLimits of(JsonNode spec) {
    return new SpecLimits(
        positive(spec, MAX_BODY_BYTES),
        positive(spec, PAGE_SIZE + "/default"),
        positive(spec, PAGE_SIZE + "/maximum"));
  }

  private static int positive(JsonNode spec, String pointer) {
    JsonNode value = spec.at(pointer);
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1) {
      throw new IllegalStateException(
          "The spec must state a positive integer at " + pointer + ", found " + value);
    }
    return value.intValue();
  }

  private static final class Holder {
    static final SpecLimits LIMITS = of(CregoSpec.get().raw());
  }
}
