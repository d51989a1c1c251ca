package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Dispatcher;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.core.Tenant;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.server.DomainModules;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listed page is written around the records' stored texts, not from their models; the response
 * check must still read every record on it. A stored record outside the contract (here one whose
 * required {@code ref_id} is null) makes the page a breach, answered as a 500 naming the record's
 * field, however the page is read (the store's pages of the whole kind or of an index's key, or the
 * candidates tested against the rest of the filter) and however many times (a breach is never
 * remembered as valid).
 */
class RecordListingCheckTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final String ACME = "acme";

  private final ByteArrayOutputStream errorLog = new ByteArrayOutputStream();
  private Store store;
  private Dispatcher dispatcher;
  private Given given;

  @BeforeEach
  void setUp() {
    store = new InMemoryStore();
    dispatcher =
        Dispatcher.builder(
                SPEC,
                DomainModules.domainHandlers(store, SPEC),
                (operation, request) -> new Tenant(ACME, "user-acme"))
            .responseCheck(ResponseCheck.ENFORCE)
            .errorLog(new PrintStream(errorLog, true, StandardCharsets.UTF_8))
            .build();
    given = new Given(store, ACME);
    given.bank();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "status=pending",
        "account=ACCOUNT",
        "account=ACCOUNT&status=pending",
        "type=repayment",
        "type=repayment&status=pending",
        "account=ACCOUNT&date_from=1718610125"
      })
  void aStoredRecordOutsideTheContractMakesThePageABreach(String filter) {
    String account = given.account().getId().toString();
    ApiResponse created =
        dispatch(
            "POST",
            "/v1/lms/records/",
            Map.of(),
            "{\"account_id\": \""
                + account
                + "\", \"received_amount\": 100, \"date\": 1718610125}");
    assertEquals(201, created.status(), created.body());
    Map<String, List<String>> query = new HashMap<>();
    for (String parameter : filter.isEmpty() ? new String[0] : filter.split("&")) {
      String[] nameAndValue = parameter.split("=");
      query.put(nameAndValue[0], List.of(nameAndValue[1].replace("ACCOUNT", account)));
    }
    assertEquals(200, dispatch("GET", "/v1/lms/records/", query, null).status());

    String id = Json.read(created.body(), Record.class).getId().toString();
    store.write(
        ACME,
        tx -> {
          Record broken = tx.get(Kinds.RECORDS, id).orElseThrow().refId(null);
          tx.put(Kinds.RECORDS, id, broken);
          return null;
        });

    for (int call = 0; call < 2; call++) {
      ApiResponse page = dispatch("GET", "/v1/lms/records/", query, null);
      assertEquals(500, page.status(), page.body());
      JsonNode details = Json.read(page.body(), JsonNode.class).path("details");
      assertEquals(OperationIds.LIST_RECORDS, details.path("operation").asText());
      assertTrue(
          details.path("breaches").toString().contains("/results/0/ref_id"),
          details.toPrettyString());
    }
    assertTrue(errorLog.toString(StandardCharsets.UTF_8).contains("CONTRACT BREACH: listRecords"));
  }

  private ApiResponse dispatch(
      String method, String path, Map<String, List<String>> query, String body) {
    return dispatcher.dispatch(
        new ApiRequest(
            method,
            path,
            query,
            body == null ? Map.of() : Map.of("content-type", "application/json"),
            body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
  }
}
