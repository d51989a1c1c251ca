package io.crego.contract.conformance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The Records group with real state, as the spec describes it: create, get, list, request approval,
 * mark processed (with unique UTRs and 409s for forbidden transitions).
 */
final class FakeRecords {

  private final JsonNode template;
  private final Map<String, ObjectNode> records = new LinkedHashMap<>();
  private int index;

  FakeRecords(JsonNode recordExample) {
    this.template = recordExample;
  }

  synchronized FakeAnswer create(JsonNode body, Set<String> accounts) {
    if (!accounts.contains(body.path("account").asText())) {
      return FakeAnswer.error(
          404, "NOT_FOUND", "No account " + body.path("account").asText(), "body", "/account");
    }
    String utr = body.path("utr").asText(null);
    if (utr != null && utrUsed(utr)) {
      return FakeAnswer.error(409, "DUPLICATE_UTR", "utr " + utr + " is used", "body", "/utr");
    }
    ObjectNode record = template.deepCopy();
    String id = UUID.randomUUID().toString();
    double received = body.path("received_amount").asDouble();
    double tds = body.path("tds_amount").asDouble(0);
    record.put("id", id);
    record.put("ref_id", String.format("REC%05d", ++index));
    record.put("account", body.path("account").asText());
    record.put("type", body.path("type").asText("repayment"));
    record.put("received_amount", received);
    record.put("tds_amount", tds);
    record.put("amount", received + tds);
    record.put("remaining_amount", received + tds);
    record.put("status", "pending");
    record.put("is_processed", false);
    record.putNull("utr");
    if (utr != null) {
      record.put("utr", utr);
    }
    record.putNull("settled_at");
    record.putNull("collection_bank");
    if (body.has("payment_mode")) {
      record.put("payment_mode", body.get("payment_mode").asText());
    }
    record.set(
        "loans", body.has("loans") ? body.get("loans") : JsonNodeFactory.instance.arrayNode());
    records.put(id, record);
    return new FakeAnswer(201, record);
  }

  synchronized FakeAnswer get(String id) {
    ObjectNode record = records.get(id);
    return record == null ? notFound(id) : new FakeAnswer(200, record);
  }

  synchronized FakeAnswer list(Map<String, String> query) {
    List<JsonNode> matching = new ArrayList<>();
    for (ObjectNode record : records.values()) {
      if (matches(record, query, "account") && matches(record, query, "status")) {
        matching.add(record);
      }
    }
    return new FakeAnswer(200, FakePages.page(matching, query));
  }

  synchronized FakeAnswer requestApproval(String id) {
    return transition(
        id,
        "requestRecordApproval",
        Set.of("pending"),
        record -> {
          record.put("status", "approval_requested");
          return null;
        });
  }

  /**
   * Mark Processed; {@code bank} is the one bank the fake holds (the spec's example: the platform's
   * collection account every company holds), any other {@code collection_bank_id} is a 404.
   */
  synchronized FakeAnswer markProcessed(String id, JsonNode body, JsonNode bank) {
    return transition(
        id,
        "markRecordProcessed",
        Set.of("pending", "approval_requested"),
        record -> {
          String bankId = body.path("collection_bank_id").asText();
          if (!bank.path("id").asText().equals(bankId)) {
            return FakeAnswer.error(
                404, "NOT_FOUND", "No bank " + bankId + ".", "body", "/collection_bank_id");
          }
          String utr = body.path("utr").asText();
          if (utrUsed(utr)) {
            return FakeAnswer.error(
                409, "DUPLICATE_UTR", "utr " + utr + " is used", "body", "/utr");
          }
          record.put("status", "processed");
          record.put("is_processed", true);
          record.put("utr", utr);
          record.put("settled_at", body.path("settled_at").asLong());
          record.set("collection_bank", bank.deepCopy());
          return null;
        });
  }

  synchronized FakeAnswer nachStatus(String id, JsonNode body) {
    ObjectNode found = records.get(id);
    if (found != null && !"nach".equals(found.path("payment_mode").asText())) {
      return FakeAnswer.error(
          409, "NOT_APPLICABLE", "Record " + id + " is not a NACH debit.", null, null);
    }
    return transition(
        id,
        "updateNachPresentationStatus",
        Set.of("pending"),
        record -> {
          if ("success".equals(body.path("status").asText())) {
            String utr = body.path("utr").asText("NACH" + record.path("ref_id").asText());
            if (utrUsed(utr)) {
              return FakeAnswer.error(
                  409, "DUPLICATE_UTR", "utr " + utr + " is used", "body", "/utr");
            }
            record.put("status", "processed");
            record.put("is_processed", true);
            record.put("utr", utr);
            record.put("settled_at", body.path("settled_at").asLong(1718649000L));
          } else {
            record.put("status", "bounced");
            record.put("remark", body.path("bounce_reason").asText("bounced"));
          }
          return null;
        });
  }

  private FakeAnswer transition(
      String id,
      String operationId,
      Set<String> from,
      java.util.function.Function<ObjectNode, FakeAnswer> change) {
    ObjectNode record = records.get(id);
    if (record == null) {
      return notFound(id);
    }
    String status = record.path("status").asText();
    if (!from.contains(status)) {
      FakeAnswer refused =
          FakeAnswer.error(
              409,
              "TRANSITION_NOT_ALLOWED",
              operationId + " is not allowed for a record in status " + status,
              null,
              null);
      ObjectNode details = ((ObjectNode) refused.body()).putObject("details");
      details.put("resource", "record").put("current_status", status).put("operation", operationId);
      return refused;
    }
    FakeAnswer refusal = change.apply(record);
    return refusal != null ? refusal : new FakeAnswer(200, record);
  }

  private boolean utrUsed(String utr) {
    return records.values().stream().anyMatch(r -> utr.equals(r.path("utr").asText(null)));
  }

  private static boolean matches(JsonNode record, Map<String, String> query, String field) {
    return !query.containsKey(field) || query.get(field).equals(record.path(field).asText());
  }

  private static FakeAnswer notFound(String id) {
    return FakeAnswer.error(404, "NOT_FOUND", "No record " + id + ".", "path", "/id");
  }
}
