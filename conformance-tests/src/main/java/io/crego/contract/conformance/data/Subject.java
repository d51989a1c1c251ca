package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resource the suite created, as last seen, with the ids of the resources it came with (a loan's
 * account and disbursement payout, a cashback record's loan).
 *
 * @param kind what it is
 * @param id its id
 * @param state its last representation (from an answer or a read-back)
 * @param related ids of resources it belongs with, by kind
 */
public record Subject(
    ResourceKind kind, String id, JsonNode state, Map<ResourceKind, String> related) {

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public Subject {
    related = related.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(related));
  }

  /** The value of a field of the last representation, or a missing node. */
  public JsonNode field(String name) {
    return state == null
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : state.path(name);
  }

  /** The id of a related resource: given at creation, or named by a field of the state. */
  public Optional<String> related(ResourceKind other) {
    if (related.containsKey(other)) {
      return Optional.of(related.get(other));
    }
    if (state == null) {
      return Optional.empty();
    }
    for (String field : other.fields()) {
      JsonNode value = state.path(field);
      if (value.isArray() && !value.isEmpty()) {
        value = value.get(0);
      }
      if (value.isObject()) {
        value = value.path("id");
      }
      if (value.isTextual() && UUID.matcher(value.asText()).matches()) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }

  /** A copy with a newer representation. */
  public Subject seen(JsonNode newer) {
    return new Subject(kind, id, newer, related);
  }

  public Subject with(ResourceKind other, String otherId) {
    Map<ResourceKind, String> more = new EnumMap<>(ResourceKind.class);
    more.putAll(related);
    more.put(other, otherId);
    return new Subject(kind, id, state, more);
  }

  static boolean isUuid(String text) {
    return text != null && UUID.matcher(text).matches();
  }
}
