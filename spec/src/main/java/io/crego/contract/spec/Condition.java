package io.crego.contract.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A condition of a lifecycle row, as {@code x-crego-lifecycle} states it in {@code when} (which of
 * an operation's rows applies) or {@code requires} (what must also hold, or the call is refused).
 * Each part is machine-checkable except {@code note}, the prose for what cannot be structured.
 *
 * @param body request-body fields and the value each must have, e.g. {@code status: success}
 * @param bodyFields request-body fields that must be present, e.g. {@code [utr]}
 * @param resource fields of the resource itself and the value each must have, e.g. {@code
 *     payment_mode: nach}
 * @param via the other resource whose transition causes this one, or null
 * @param note prose for the part of the condition that is not structured, or null
 */
public record Condition(
    Map<String, String> body,
    List<String> bodyFields,
    Map<String, String> resource,
    Via via,
    String note) {

  /** No condition: the row always applies. */
  public static final Condition NONE = new Condition(Map.of(), List.of(), Map.of(), null, null);

  public Condition {
    body = Collections.unmodifiableMap(new LinkedHashMap<>(body)); // keeps the spec's order
    bodyFields = List.copyOf(bodyFields);
    resource = Collections.unmodifiableMap(new LinkedHashMap<>(resource));
  }

  /** A condition that is only prose. */
  public static Condition note(String note) {
    return new Condition(Map.of(), List.of(), Map.of(), null, note);
  }

  /**
   * Another resource's transition that causes this one: a loan becomes {@code active} when its
   * disbursement payout enters {@code processed}.
   *
   * @param resource the other resource's component schema, e.g. {@code Payout}
   * @param to the states of the other resource any of which causes this transition
   */
  public record Via(String resource, List<String> to) {
    public Via {
      to = List.copyOf(to);
    }
  }

  public boolean isEmpty() {
    return body.isEmpty()
        && bodyFields.isEmpty()
        && resource.isEmpty()
        && via == null
        && note == null;
  }

  public Optional<Via> viaResource() {
    return Optional.ofNullable(via);
  }

  /** The value the condition asks of a request-body field, if it asks one. */
  public Optional<String> bodyValue(String field) {
    return Optional.ofNullable(body.get(field));
  }

  /** A short human rendering: {@code status=success}, {@code via Payout processed}, the note. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    body.forEach((field, value) -> parts.add(field + "=" + value));
    bodyFields.forEach(field -> parts.add(field + " sent"));
    resource.forEach((field, value) -> parts.add("its " + field + "=" + value));
    if (via != null) {
      parts.add("via " + via.resource() + " " + String.join("/", via.to()));
    }
    if (note != null) {
      parts.add(note);
    }
    return String.join(", ", parts);
  }
}
