package io.crego.contract.stub.extradata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.model.EntityType;
import io.crego.contract.spec.model.ExtraData;
import io.crego.contract.spec.model.ExtraDataPage;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.paging.Listing;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreView;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Update Extra Data and List Extra Data: free-form key/values attached to an entity of the company,
 * one entry per entity. An update merges {@code data} into the entry (created on first use): a key
 * set to a value replaces it, a key set to null is removed, keys not sent are kept.
 */
final class ExtraDataEntries {

  private final Store store;

  ExtraDataEntries(Store store) {
    this.store = store;
  }

  ApiResponse update(OperationContext context) {
    JsonNode body = context.body();
    EntityType type = EntityType.fromValue(body.path("entity_type").asText());
    UUID entityId = UUID.fromString(body.path("entity_id").asText());
    // Read from the tree, not the model: a map cannot tell a key sent as null from one not sent.
    JsonNode changes = body.path("data");
    ExtraData entry =
        store.write(
            context.companyId(),
            tx -> {
              if (tx.get(ExtraDataSubjects.kindOf(type), entityId.toString()).isEmpty()) {
                throw ApiException.notFound(
                    type.getValue(),
                    entityId.toString(),
                    ErrorDetails.body("/entity_id", "no such " + type.getValue()));
              }
              ExtraData current =
                  existing(tx, type, entityId)
                      .orElseGet(() -> fresh(type, entityId, context.now()));
              current.data(merged(current.getData(), changes));
              current.updatedAt(Timestamps.touch(current.getUpdatedAt(), context.now()));
              tx.put(Kinds.EXTRA_DATA, current.getId().toString(), current);
              return current;
            });
    return JsonAnswers.ok(entry);
  }

  /** Filtered by {@code entity_type} and {@code entity_id}; newest entry first. */
  ApiResponse list(OperationContext context) {
    EntityType type = context.query("entity_type", EntityType.class).orElse(null);
    UUID entityId = context.query("entity_id", UUID.class).orElse(null);
    Predicate<ExtraData> filter =
        entry ->
            (type == null || type == entry.getEntityType())
                && (entityId == null || entityId.equals(entry.getEntityId()));
    PageRequest page = PageRequest.from(context);
    Listing<ExtraData> listing =
        store.read(
            context.companyId(),
            view -> Listing.newestFirst(view.all(Kinds.EXTRA_DATA), filter, page));
    return JsonAnswers.ok(
        new ExtraDataPage()
            .count(listing.count())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(listing.results()));
  }

  private static Optional<ExtraData> existing(StoreView view, EntityType type, UUID entityId) {
    return view.all(Kinds.EXTRA_DATA).stream()
        .filter(entry -> entry.getEntityType() == type && entry.getEntityId().equals(entityId))
        .findFirst();
  }

  /** An entry not stored yet; the update about to be merged in is its first change. */
  private static ExtraData fresh(EntityType type, UUID entityId, double now) {
    BigDecimal at = Timestamps.of(now);
    return new ExtraData()
        .id(RefIds.newId())
        .createdAt(at)
        .updatedAt(null)
        .entityType(type)
        .entityId(entityId)
        .data(new LinkedHashMap<>());
  }

  private static Map<String, Object> merged(Map<String, Object> data, JsonNode changes) {
    Map<String, Object> result = new LinkedHashMap<>(data == null ? Map.of() : data);
    Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isNull()) {
        result.remove(field.getKey());
      } else {
        result.put(field.getKey(), value(field.getValue()));
      }
    }
    return result;
  }

  /** A JSON value as the model's map holds it (decimals stay {@code BigDecimal}). */
  private static Object value(JsonNode node) {
    try {
      return Json.MAPPER.treeToValue(node, Object.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
