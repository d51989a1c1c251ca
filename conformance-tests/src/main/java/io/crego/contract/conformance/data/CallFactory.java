package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds valid calls from the spec: the operation's own request example, with every reference
 * rebound to resources the suite created, every unique value made fresh, and the path built from
 * the template.
 */
public final class CallFactory {

  /** Operations whose {@code lead_id} must be a lead without loan parameters or loan data yet. */
  private static final Set<String> FRESH_LEAD =
      Set.of(OperationIds.INITIATE_LOAN_PARAMS, OperationIds.CREATE_LOAN_DATA);

  private final CregoSpec spec;

  public CallFactory(CregoSpec spec) {
    this.spec = spec;
  }

  public SpecOperation operation(String operationId) {
    return spec.operation(operationId)
        .orElseThrow(() -> new IllegalArgumentException("No operation " + operationId));
  }

  /** The request example of an operation as the spec gives it, or empty. */
  public Optional<JsonNode> example(SpecOperation op) {
    if (op.requestBodySchema() == null) {
      return Optional.empty();
    }
    String media = op.requestBodySchema().substring(0, op.requestBodySchema().length() - 7);
    JsonNode content = spec.raw().at(media.substring(1));
    if (content.has("example")) {
      return Optional.of(content.get("example").deepCopy());
    }
    Iterator<JsonNode> examples = content.path("examples").elements();
    return examples.hasNext()
        ? Optional.of(examples.next().path("value").deepCopy())
        : Optional.empty();
  }

  /**
   * A valid call of the operation.
   *
   * @param refs where ids come from
   * @param overrides body changes, by JSON pointer
   */
  public Call build(String operationId, References refs, Overrides overrides) {
    SpecOperation op = operation(operationId);
    Call call = Call.to(op);
    if (op.pathTemplate().contains("{id}")) {
      ResourceKind kind =
          ResourceKind.ofPath(op.pathTemplate())
              .orElseThrow(
                  () -> new IllegalStateException("Unknown resource of " + op.pathTemplate()));
      call = call.withPathParam("id", refs.id(kind));
    }
    for (SpecOperation.Parameter param : op.parameters("query")) {
      if (param.required()) {
        call = call.withQuery(param.name(), requiredQueryValue(param, refs));
      }
    }
    Optional<JsonNode> example = example(op);
    if (example.isPresent() || (op.requestBodySchema() != null && !overrides.isEmpty())) {
      JsonNode body = example.orElseGet(JsonNodeFactory.instance::objectNode);
      rebind(body, refs, FRESH_LEAD.contains(operationId));
      overrides.applyTo(body);
      call = call.withBody(body);
    }
    return call;
  }

  private String requiredQueryValue(SpecOperation.Parameter param, References refs) {
    if (param.name().equals("lead_id")) {
      return refs.lead();
    }
    Optional<ResourceKind> kind = ResourceKind.ofField(param.name());
    if (kind.isPresent()) {
      return refs.id(kind.get());
    }
    JsonNode schema = spec.schemas().at(param.schema());
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    throw new IllegalStateException("No value for required query parameter " + param.name());
  }

  /** Rebinds references and unique values, in place, through nested objects and arrays. */
  private void rebind(JsonNode node, References refs, boolean freshLead) {
    if (node instanceof ArrayNode array) {
      array.forEach(item -> rebind(item, refs, freshLead));
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    List<String> fields = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      JsonNode value = object.get(field);
      if (field.equals("lead_id") && value.isTextual()) {
        object.put(field, freshLead ? UniqueValues.lead() : refs.lead());
      } else if (field.equals("entity_id") && value.isTextual()) {
        String type = object.path("entity_type").asText("loan");
        object.put(field, refs.id(ResourceKind.ofField(type).orElse(ResourceKind.LOAN)));
      } else if (ResourceKind.ofField(field).isPresent() && isReference(value)) {
        String id = refs.id(ResourceKind.ofField(field).get());
        object.set(field, value.isArray() ? array(id) : new TextNode(id));
      } else if (field.equals("collection_bank_id") && value.isTextual()) {
        String bank = refs.collectionBank();
        if (bank != null) {
          object.put(field, bank);
        }
      } else if (UniqueValues.UNIQUE_FIELDS.contains(field) && value.isTextual()) {
        object.put(field, UniqueValues.forField(field));
      } else {
        rebind(value, refs, freshLead);
      }
    }
  }

  private static boolean isReference(JsonNode value) {
    if (value.isTextual()) {
      return Subject.isUuid(value.asText());
    }
    return value.isArray()
        && !value.isEmpty()
        && value.get(0).isTextual()
        && Subject.isUuid(value.get(0).asText());
  }

  private static ArrayNode array(String id) {
    return JsonNodeFactory.instance.arrayNode().add(id);
  }
}
