package io.crego.contract.stub.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.MarkProcessedRequest;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What a handler reads from its context, through the real dispatcher: the values the contract
 * engine typed and the body the validator bound, not the request's text parsed again.
 */
class OperationContextTest {

  private static final Tenant TENANT = new Tenant("c0ffee00-0000-4000-8000-000000000000", "u");
  private static final String RECORD_ID = "648957de-85fa-406c-99d4-133d5638365c";
  private static final String BANK_ID = "5b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a";

  /** Dispatches one request to a handler that only looks at its context, and answers 204. */
  private static ApiResponse dispatch(
      String operationId, ApiRequest request, Consumer<OperationContext> look) {
    HandlerRegistry registry =
        new HandlerRegistry()
            .on(
                operationId,
                context -> {
                  look.accept(context);
                  return ApiResponse.noContent();
                });
    return Dispatcher.builder(CregoSpec.get(), registry, (op, r) -> TENANT)
        .build()
        .dispatch(request);
  }

  private static ApiRequest listRecords(Map<String, List<String>> query) {
    return new ApiRequest("GET", "/v1/lms/records/", query, Map.of(), null);
  }

  private static ApiRequest markProcessed(String json) {
    return new ApiRequest(
        "PUT",
        "/v1/lms/records/" + RECORD_ID + "/mark_processed/",
        Map.of(),
        Map.of("content-type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void queryValuesAreReadAsTheSpecTypesThem() {
    UUID account = UUID.randomUUID();
    List<Object> seen = new ArrayList<>();
    ApiResponse response =
        dispatch(
            OperationIds.LIST_RECORDS,
            listRecords(
                Map.of(
                    "page", List.of(" 3", "4"),
                    "status", List.of("pending"),
                    "account", List.of(account.toString()),
                    "date_from", List.of("1715331600"))),
            context -> {
              seen.add(context.query("page", Integer.class));
              seen.add(context.queryValues("page", Integer.class));
              seen.add(context.query("status", RecordStatus.class));
              seen.add(context.query("account", UUID.class));
              seen.add(context.query("date_from", Long.class));
              seen.add(context.query("page_size", Integer.class));
              seen.add(context.queryValues("type", String.class));
            });
    assertEquals(204, response.status(), response.body());
    assertEquals(
        List.of(
            Optional.of(3),
            List.of(3, 4),
            Optional.of(RecordStatus.PENDING),
            Optional.of(account),
            Optional.of(1715331600L),
            Optional.empty(),
            List.of()),
        seen);
  }

  @Test
  void aParameterTheOperationDoesNotDeclareIsAHandlerDefect() {
    List<RuntimeException> failures = new ArrayList<>();
    dispatch(
        OperationIds.LIST_RECORDS,
        listRecords(Map.of("page", List.of("2"), "pgae", List.of("1"))),
        context -> {
          failures.add(
              assertThrows(
                  IllegalStateException.class, () -> context.query("pgae", Integer.class)));
          failures.add(
              assertThrows(IllegalStateException.class, () -> context.query("page", UUID.class)));
        });
    assertEquals(2, failures.size());
    assertTrue(failures.get(0).getMessage().contains("declares no query parameter pgae"));
    assertTrue(failures.get(1).getMessage().contains("cannot be read as UUID"));
  }

  @Test
  void thePathParameterIsReadAsTextOrTyped() {
    List<Object> seen = new ArrayList<>();
    dispatch(
        OperationIds.GET_RECORD,
        new ApiRequest("GET", "/v1/lms/records/" + RECORD_ID + "/", Map.of(), Map.of(), null),
        context -> {
          seen.add(context.pathParam("id"));
          seen.add(context.pathParam("id", UUID.class));
        });
    assertEquals(List.of(RECORD_ID, UUID.fromString(RECORD_ID)), seen);
  }

  @Test
  void theBodyIsTheModelTheValidatorBoundOnce() {
    List<Object> seen = new ArrayList<>();
    ApiResponse response =
        dispatch(
            OperationIds.MARK_RECORD_PROCESSED,
            markProcessed(
                "{\"utr\": \"UTR123\", \"settled_at\": 1715331600, \"collection_bank_id\": \""
                    + BANK_ID
                    + "\"}"),
            context -> {
              seen.add(context.body(MarkProcessedRequest.class));
              seen.add(context.body(MarkProcessedRequest.class));
              seen.add(context.body(JsonNode.class));
              seen.add(context.body(JsonNode.class));
            });
    assertEquals(204, response.status(), response.body());
    MarkProcessedRequest bound = (MarkProcessedRequest) seen.get(0);
    assertEquals("UTR123", bound.getUtr());
    assertEquals(1715331600L, bound.getSettledAt());
    assertEquals(UUID.fromString(BANK_ID), bound.getCollectionBankId());
    assertSame(bound, seen.get(1), "bound once, then kept");
    assertSame(seen.get(2), seen.get(3), "another type is bound once too");
  }
}
