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
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.testing.ForwardingStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Create Record answers with the record as stored, and the response check reads the tree that text
 * was written from rather than parsing it back: a record stored outside the contract (here with its
 * required {@code ref_id} null, as a defect of the stub would store it) must still be a breach,
 * answered as a 500 naming the field. A valid one is answered as stored.
 */
class RecordCreationCheckTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final String ACME = "acme";

  private final ByteArrayOutputStream errorLog = new ByteArrayOutputStream();
  private final Store store = new InMemoryStore();
  private String account;

  @BeforeEach
  void setUp() {
    Given given = new Given(store, ACME);
    given.bank();
    account = given.account().getId().toString();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void aCreatedRecordIsAnsweredAsStored() {
    ApiResponse created = create(dispatcher(store));

    assertEquals(201, created.status(), created.body());
    String id = Json.read(created.body(), Record.class).getId().toString();
    assertEquals(
        store.read(ACME, view -> view.json(Kinds.RECORDS, id)).orElseThrow(), created.body());
  }

  @Test
  void aCreatedRecordStoredOutsideTheContractIsABreach() {
    ApiResponse created = create(dispatcher(new StoringRecordsWithoutRefId(store)));

    assertEquals(500, created.status(), created.body());
    JsonNode details = Json.read(created.body(), JsonNode.class).path("details");
    assertEquals(OperationIds.CREATE_RECORD, details.path("operation").asText());
    assertTrue(details.path("breaches").toString().contains("/ref_id"), details.toPrettyString());
    assertTrue(errorLog.toString(StandardCharsets.UTF_8).contains("CONTRACT BREACH: createRecord"));
  }

  private Dispatcher dispatcher(Store handlersStore) {
    return Dispatcher.builder(
            SPEC,
            DomainModules.domainHandlers(handlersStore, SPEC),
            (operation, request) -> new Tenant(ACME, "user-acme"))
        .responseCheck(ResponseCheck.ENFORCE)
        .errorLog(new PrintStream(errorLog, true, StandardCharsets.UTF_8))
        .build();
  }

  private ApiResponse create(Dispatcher dispatcher) {
    String body = "{\"account_id\": \"" + account + "\", \"received_amount\": 100, \"date\": 1}";
    return dispatcher.dispatch(
        new ApiRequest(
            "POST",
            "/v1/lms/records/",
            Map.of(),
            Map.of("content-type", "application/json"),
            body.getBytes(StandardCharsets.UTF_8)));
  }

  /** A store whose writes store every record with its {@code ref_id} taken away. */
  private static final class StoringRecordsWithoutRefId extends ForwardingStore {

    StoringRecordsWithoutRefId(Store store) {
      super(store);
    }

    @Override
    public <R> R write(String companyId, Function<StoreTransaction, R> work) {
      return delegate.write(companyId, tx -> work.apply(breakingRecords(tx)));
    }

    /** The unit of work, with each record's {@code ref_id} cleared before it is stored. */
    private static StoreTransaction breakingRecords(StoreTransaction tx) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            if (method.getName().startsWith("put")
                && args[0] == Kinds.RECORDS
                && args[2] instanceof Record record) {
              record.refId(null);
            }
            try {
              return method.invoke(tx, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return (StoreTransaction)
          Proxy.newProxyInstance(
              StoreTransaction.class.getClassLoader(),
              new Class<?>[] {StoreTransaction.class},
              handler);
    }

    @Override
    public void close() {}
  }
}
