package io.crego.contract.conformance.data;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to a request body, addressed by JSON pointer: a value to set, or {@link #REMOVE}. Used to
 * pick a transition's variant ({@code status=bounced}) and to break bodies for negatives.
 */
public final class Overrides {

  /** Marks a pointer whose value is to be removed. */
  public static final JsonNode REMOVE =
      com.fasterxml.jackson.databind.node.MissingNode.getInstance();

  private final Map<String, JsonNode> changes = new LinkedHashMap<>();

  public static Overrides none() {
    return new Overrides();
  }

  public Overrides set(String pointer, JsonNode value) {
    changes.put(pointer, value);
    return this;
  }

  public Overrides remove(String pointer) {
    changes.put(pointer, REMOVE);
    return this;
  }

  public Overrides and(Overrides more) {
    Overrides merged = new Overrides();
    merged.changes.putAll(changes);
    merged.changes.putAll(more.changes);
    return merged;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Applies every change to the body, in place. */
  public void applyTo(JsonNode body) {
    changes.forEach((pointer, value) -> apply(body, pointer, value));
  }

  @Override
  public String toString() {
    return changes.toString();
  }

  /** Sets {@code value} at {@code pointer}, creating objects on the way, or removes it. */
  public static void apply(JsonNode body, String pointer, JsonNode value) {
    List<String> tokens = new ArrayList<>();
    for (JsonPointer rest = JsonPointer.compile(pointer); !rest.matches(); rest = rest.tail()) {
      tokens.add(rest.getMatchingProperty());
    }
    JsonNode parent = body;
    for (int i = 0; i < tokens.size() - 1; i++) {
      String token = tokens.get(i);
      JsonNode next =
          parent.isArray() && token.matches("\\d+")
              ? parent.get(Integer.parseInt(token))
              : parent.get(token);
      if (next == null || !next.isContainerNode()) {
        if (!(parent instanceof ObjectNode object) || value == REMOVE) {
          return;
        }
        next = object.putObject(token);
      }
      parent = next;
    }
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ObjectNode object) {
      if (value == REMOVE) {
        object.remove(last);
      } else {
        object.set(last, value);
      }
    } else if (parent instanceof ArrayNode array && last.matches("\\d+")) {
      int index = Integer.parseInt(last);
      if (value == REMOVE) {
        if (index < array.size()) {
          array.remove(index);
        }
      } else if (index < array.size()) {
        array.set(index, value);
      } else {
        array.add(value);
      }
    }
  }
}
