package io.crego.contract.stub.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiPage;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutPage;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupPage;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Dispatcher;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.core.Tenant;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.seed.DemoSeed;
import io.crego.contract.stub.server.DomainModules;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * List Payouts, Unmatched Payouts, List Topups and List EMI write their pages around the stored
 * documents' texts, through an index where the filter names one: on the demo data, each filter's
 * page must be the very text the model path gives (the documents picked and ordered here by the
 * test's own reading of the filter), and a stored document outside the contract must make the page
 * a 500 naming its field, on every read (the response check still reads the page).
 */
class StoredListingsTest {

  private static final CregoSpec SPEC = CregoSpec.get();
  private static final String COMPANY = "acme";

  /** Monday 17 June 2024, 13:12 in India: the demo seed's day. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-17T07:42:05.951Z"), ZoneOffset.UTC);

  private final ByteArrayOutputStream errorLog = new ByteArrayOutputStream();
  private Store store;
  private Dispatcher dispatcher;

  @BeforeEach
  void setUp() {
    store = openStore();
    new DemoSeed(store, DomainModules.domainHandlers(store, SPEC), CLOCK).ensureSeeded(COMPANY);
    dispatcher =
        Dispatcher.builder(
                SPEC,
                DomainModules.domainHandlers(store, SPEC),
                (operation, request) -> new Tenant(COMPANY, "user-acme"))
            .responseCheck(ResponseCheck.ENFORCE)
            .errorLog(new PrintStream(errorLog, true, StandardCharsets.UTF_8))
            .build();
  }

  /** The store under test: in memory here; a subclass runs the same tests on PostgreSQL. */
  Store openStore() {
    return new InMemoryStore();
  }

  @AfterEach
  void closeStore() {
    if (store != null) { // null when the store under test is not there (no PostgreSQL server)
      store.close();
    }
  }

  @Test
  void payoutPagesAreTheTextsTheirModelsGive() {
    List<Payout> payouts = all(Kinds.PAYOUTS);
    assertTrue(payouts.size() > 3, "the demo has payouts: " + payouts.size());
    Payout some = payouts.get(payouts.size() - 1);
    Payout withLoan = payouts.stream().filter(p -> p.getLoan() != null).findFirst().orElseThrow();
    String status = some.getStatus().getValue();
    String type = some.getType().getValue();

    Map<Map<String, String>, Predicate<Payout>> cases = new LinkedHashMap<>();
    cases.put(Map.of(), p -> true);
    cases.put(Map.of("status", status), p -> p.getStatus() == some.getStatus());
    cases.put(Map.of("type", type), p -> p.getType() == some.getType());
    cases.put(
        Map.of("account", some.getAccount().toString()),
        p -> some.getAccount().equals(p.getAccount()));
    cases.put(
        Map.of("account", some.getAccount().toString(), "status", status),
        p -> some.getAccount().equals(p.getAccount()) && p.getStatus() == some.getStatus());
    cases.put(
        Map.of("loan", withLoan.getLoan().toString()), p -> withLoan.getLoan().equals(p.getLoan()));
    cases.put(
        Map.of("loan", withLoan.getLoan().toString(), "type", type),
        p -> withLoan.getLoan().equals(p.getLoan()) && p.getType() == some.getType());
    cases.put(
        Map.of("status", status, "page", "2", "page_size", "1"),
        p -> p.getStatus() == some.getStatus());
    cases.forEach(
        (query, picks) ->
            assertEquals(
                Json.write(payoutPage(newestFirst(payouts, picks), query)),
                list("/v1/lms/payouts/", query).body(),
                query.toString()));

    assertEquals(
        Json.write(
            payoutPage(
                newestFirst(payouts, p -> p.getLoan() == null && p.getRecord() == null), Map.of())),
        list("/v1/lms/payouts/unmatched/", Map.of()).body());
  }

  @Test
  void topupPagesAreTheTextsTheirModelsGive() {
    List<Topup> seeded = all(Kinds.TOPUPS);
    assertTrue(seeded.size() > 3, "the demo has topups: " + seeded.size());
    // two topups of the demo put in a group, as Create Topup Group files its members
    UUID group = UUID.randomUUID();
    store.write(
        COMPANY,
        tx -> {
          for (Topup member : List.of(seeded.get(1), seeded.get(3))) {
            tx.put(Kinds.TOPUPS, member.getId().toString(), member.topupGroup(group));
          }
          return null;
        });
    List<Topup> topups = all(Kinds.TOPUPS);
    Topup some = topups.get(0);
    Topup grouped = topups.get(3);
    String status = some.getStatus().getValue();

    Map<Map<String, String>, Predicate<Topup>> cases = new LinkedHashMap<>();
    cases.put(Map.of(), t -> true);
    cases.put(Map.of("status", status), t -> t.getStatus() == some.getStatus());
    cases.put(
        Map.of("account", some.getAccount().toString()),
        t -> some.getAccount().equals(t.getAccount()));
    cases.put(
        Map.of("account", some.getAccount().toString(), "status", status),
        t -> some.getAccount().equals(t.getAccount()) && t.getStatus() == some.getStatus());
    cases.put(
        Map.of("topup_group", grouped.getTopupGroup().toString()),
        t -> grouped.getTopupGroup().equals(t.getTopupGroup()));
    cases.put(Map.of("page", "2", "page_size", "2"), t -> true);
    cases.forEach(
        (query, picks) ->
            assertEquals(
                Json.write(topupPage(newestFirst(topups, picks), query)),
                list("/v1/lms/topups/", query).body(),
                query.toString()));
  }

  @Test
  void emiPagesAreTheTextsTheirModelsGive() {
    List<Emi> emis = all(Kinds.EMIS);
    assertTrue(emis.size() > 3, "the demo has EMIs: " + emis.size());
    Emi some = emis.get(emis.size() - 1);
    Comparator<Emi> dueFirst =
        Comparator.comparing(Emi::getDueDate)
            .thenComparing(emi -> emi.getLoan().toString())
            .thenComparingInt(Emi::getIndex);

    Map<Map<String, String>, Predicate<Emi>> cases = new LinkedHashMap<>();
    cases.put(Map.of(), e -> true);
    cases.put(Map.of("loan", some.getLoan().toString()), e -> some.getLoan().equals(e.getLoan()));
    cases.put(
        Map.of("loan", some.getLoan().toString(), "status", some.getStatus().getValue()),
        e -> some.getLoan().equals(e.getLoan()) && e.getStatus() == some.getStatus());
    cases.put(
        Map.of("account", some.getAccount().toString()),
        e -> some.getAccount().equals(e.getAccount()));
    cases.put(
        Map.of("status", some.getStatus().getValue()), e -> e.getStatus() == some.getStatus());
    cases.put(Map.of("page", "2", "page_size", "4"), e -> true);
    cases.forEach(
        (query, picks) -> {
          List<Emi> matching = emis.stream().filter(picks).sorted(dueFirst).toList();
          assertEquals(
              Json.write(emiPage(matching, query)),
              list("/v1/lms/emis/", query).body(),
              query.toString());
        });
  }

  /** A stored document outside the contract (its required field null): a 500 naming the field. */
  @Test
  void aStoredDocumentOutsideTheContractMakesEachPageABreach() {
    Payout payout = all(Kinds.PAYOUTS).get(0);
    Topup topup = all(Kinds.TOPUPS).get(0);
    Emi emi = all(Kinds.EMIS).get(0);
    store.write(
        COMPANY,
        tx -> {
          tx.put(Kinds.PAYOUTS, payout.getId().toString(), payout.refId(null));
          tx.put(Kinds.TOPUPS, topup.getId().toString(), topup.refId(null));
          tx.put(Kinds.EMIS, emi.getId().toString(), emi.emiAmount(null));
          return null;
        });

    Map<String, Map<String, String>> pages = new LinkedHashMap<>();
    pages.put("/v1/lms/payouts/", Map.of("account", payout.getAccount().toString()));
    pages.put("/v1/lms/topups/", Map.of("status", topup.getStatus().getValue()));
    pages.put("/v1/lms/emis/", Map.of("loan", emi.getLoan().toString()));
    Map<String, String> fields =
        Map.of(
            "/v1/lms/payouts/",
            "ref_id",
            "/v1/lms/topups/",
            "ref_id",
            "/v1/lms/emis/",
            "emi_amount");
    pages.forEach(
        (path, query) -> {
          for (int call = 0; call < 2; call++) {
            ApiResponse page = list(path, query);
            assertEquals(500, page.status(), path + " " + page.body());
            String breaches = Json.read(page.body(), JsonNode.class).path("details").toString();
            assertTrue(
                breaches.matches(".*/results/\\d+/" + fields.get(path) + ".*"),
                path + " " + breaches);
          }
        });
    String log = errorLog.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("CONTRACT BREACH: " + OperationIds.LIST_PAYOUTS), log);
    assertTrue(log.contains("CONTRACT BREACH: " + OperationIds.LIST_TOPUPS), log);
    assertTrue(log.contains("CONTRACT BREACH: " + OperationIds.LIST_EMIS), log);
  }

  private <T> List<T> all(Kind<T> kind) {
    return store.read(COMPANY, view -> view.all(kind));
  }

  private static <T> List<T> newestFirst(List<T> oldestFirst, Predicate<T> picks) {
    List<T> matching = new ArrayList<>(oldestFirst.stream().filter(picks).toList());
    Collections.reverse(matching);
    return matching;
  }

  private static PayoutPage payoutPage(List<Payout> matching, Map<String, String> query) {
    Slice<Payout> slice = new Slice<>(matching, query);
    return new PayoutPage()
        .count(matching.size())
        .currentPage(slice.page)
        .pageSize(slice.pageSize)
        .results(slice.results());
  }

  private static TopupPage topupPage(List<Topup> matching, Map<String, String> query) {
    Slice<Topup> slice = new Slice<>(matching, query);
    return new TopupPage()
        .count(matching.size())
        .currentPage(slice.page)
        .pageSize(slice.pageSize)
        .results(slice.results());
  }

  private static EmiPage emiPage(List<Emi> matching, Map<String, String> query) {
    Slice<Emi> slice = new Slice<>(matching, query);
    return new EmiPage()
        .count(matching.size())
        .currentPage(slice.page)
        .pageSize(slice.pageSize)
        .results(slice.results());
  }

  /** The page a query asks for, out of the matching documents (the spec's default size is 15). */
  private static final class Slice<T> {
    final List<T> matching;
    final int page;
    final int pageSize;

    Slice(List<T> matching, Map<String, String> query) {
      this.matching = matching;
      this.page = Integer.parseInt(query.getOrDefault("page", "1"));
      this.pageSize = Integer.parseInt(query.getOrDefault("page_size", "15"));
    }

    List<T> results() {
      int from = Math.min(matching.size(), (page - 1) * pageSize);
      return matching.subList(from, Math.min(matching.size(), from + pageSize));
    }
  }

  private ApiResponse list(String path, Map<String, String> query) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    query.forEach((name, value) -> parameters.put(name, List.of(value)));
    return dispatcher.dispatch(new ApiRequest("GET", path, parameters, Map.of(), null));
  }
}
