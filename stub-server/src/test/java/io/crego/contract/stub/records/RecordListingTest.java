package io.crego.contract.stub.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordPage;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Record Listing, Unmatched and Export: pagination, order and filters. */
class RecordListingTest extends RecordsTestBase {

  private static List<String> refIds(Exchange page) {
    List<String> refs = new ArrayList<>();
    page.body().path("results").forEach(r -> refs.add(r.path("ref_id").asText()));
    return refs;
  }

  private List<String> createMany(int n) {
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      refs.add(create(account, String.valueOf(100 + i), "").expect(201).text("/ref_id"));
    }
    return refs;
  }

  @Test
  void pagesOfFifteenNewestFirstByDefault() {
    List<String> oldestFirst = createMany(20);
    List<String> newestFirst = new ArrayList<>(oldestFirst);
    java.util.Collections.reverse(newestFirst);

    Exchange first = api.call(ACME, OperationIds.LIST_RECORDS).send().expect(200);
    assertEquals(20, first.body().path("count").asInt());
    assertEquals(1, first.body().path("current_page").asInt());
    assertEquals(15, first.body().path("page_size").asInt());
    assertEquals(newestFirst.subList(0, 15), refIds(first));

    Exchange second = api.call(ACME, OperationIds.LIST_RECORDS).query("page", 2).send().expect(200);
    assertEquals(newestFirst.subList(15, 20), refIds(second));

    Exchange sevens =
        api.call(ACME, OperationIds.LIST_RECORDS).query("page", 3).query("page_size", 7).send();
    assertEquals(newestFirst.subList(14, 20), refIds(sevens));
    assertEquals(7, sevens.body().path("page_size").asInt());
  }

  @Test
  void aPagePastTheEndIsEmptyWithTheRightCount() {
    createMany(3);

    Exchange beyond = api.call(ACME, OperationIds.LIST_RECORDS).query("page", 9).send().expect(200);

    assertEquals(3, beyond.body().path("count").asInt());
    assertEquals(9, beyond.body().path("current_page").asInt());
    assertEquals(0, beyond.body().path("results").size());
  }

  @Test
  void refIdsAreUniqueAndIndexesSequential() {
    List<String> refs = createMany(40);

    assertEquals(40, refs.stream().distinct().count());
    refs.forEach(ref -> assertTrue(ref.matches("REC[0-9A-Z]{5}"), ref));
    Exchange all = api.call(ACME, OperationIds.LIST_RECORDS).query("page_size", 100).send();
    List<Integer> indexes = new ArrayList<>();
    all.body().path("results").forEach(r -> indexes.add(r.path("index").asInt()));
    java.util.Collections.reverse(indexes);
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList(), indexes);
  }

  @Test
  void filtersByStatusTypeAccountLoanAndInclusiveDates() {
    Account other = given.account();
    Loan loan = given.activeLoan(account, "1000");
    String early = create(account, "10", "\"date\": 1000").id();
    String onTheDay = create(account, "20", "\"date\": 2000, \"type\": \"cashback\"").id();
    String late = create(other, "30", "\"date\": 3000").id();
    String withLoan =
        create(account, "40", "\"date\": 2500, \"loan_ids\": [\"" + loan.getId() + "\"]").id();
    markProcessed(early, utr()).expect(200);

    assertEquals(
        List.of(early),
        ids(api.call(ACME, OperationIds.LIST_RECORDS).query("status", "processed")));
    assertEquals(
        List.of(onTheDay),
        ids(api.call(ACME, OperationIds.LIST_RECORDS).query("type", "cashback")));
    assertEquals(
        List.of(late),
        ids(api.call(ACME, OperationIds.LIST_RECORDS).query("account", other.getId())));
    // the processed repayment named no loan: the EMI ledger applied it to the account's active
    // loan, which it names from then on ("loans the record names (or was settled against)")
    assertEquals(
        List.of(withLoan, early),
        ids(api.call(ACME, OperationIds.LIST_RECORDS).query("loan", loan.getId())));
    assertEquals(
        List.of(withLoan, onTheDay),
        ids(
            api.call(ACME, OperationIds.LIST_RECORDS)
                .query("date_from", 2000)
                .query("date_to", 2500)));
    assertEquals(
        List.of(early),
        ids(
            api.call(ACME, OperationIds.LIST_RECORDS)
                .query("date_to", 1000)
                .query("status", "processed")
                .query("account", account.getId())));
  }

  private static List<String> ids(HandlerHarness.Call call) {
    List<String> ids = new ArrayList<>();
    call.send().expect(200).body().path("results").forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }

  @Test
  void unmatchedRecordsNameNoLoanAndTheirAccountHasNoActiveLoan() {
    Account withActiveLoan = account;
    given.activeLoan(withActiveLoan, "1000");
    Account withClosedLoan = given.account();
    given.loan(withClosedLoan, LoanStatus.CLOSED, "0");
    Loan closed = given.loan(withClosedLoan, LoanStatus.CLOSED, "0");

    create(withActiveLoan, "10", "").expect(201);
    String unmatched = create(withClosedLoan, "20", "").expect(201).id();
    create(withClosedLoan, "30", "\"loan_ids\": [\"" + closed.getId() + "\"]").expect(201);

    Exchange page = api.call(ACME, OperationIds.LIST_UNMATCHED_RECORDS).send().expect(200);
    assertEquals(1, page.body().path("count").asInt());
    assertEquals(unmatched, page.text("/results/0/id"));
  }

  @Test
  void anExportIsCsvOfTheChosenRecordsAndChangesNothing() {
    String plain = create(account, "100.5", "\"utr\": \"U,1\", \"date\": 1718610125").id();
    String processed = create(account, "200", "\"date\": 1718610125").id();
    markProcessed(processed, "UTR-X").expect(200);
    String before = api.call(ACME, OperationIds.LIST_RECORDS).send().text();

    Exchange export =
        api.call(ACME, OperationIds.EXPORT_RECORDS)
            .body("{\"status\": \"pending\"}")
            .send()
            .expect(200);

    assertEquals("text/csv", export.text("/content_type"));
    assertEquals(1, export.body().path("count").asInt());
    assertTrue(export.text("/file_name").matches("records-\\d{8}\\.csv"));
    String[] lines = export.text("/content").split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].startsWith("ref_id,id,type,status,"), lines[0]);
    assertTrue(lines[1].contains("," + plain + ",repayment,pending,"), lines[1]);
    assertTrue(lines[1].contains(",\"U,1\",100.50,0.00,100.50,100.50,2024-06-17,"), lines[1]);

    Exchange byIds =
        api.call(ACME, OperationIds.EXPORT_RECORDS)
            .body(
                "{\"record_ids\": [\""
                    + processed
                    + "\", \"0b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a\"]}")
            .send();
    assertEquals(1, byIds.body().path("count").asInt());
    assertEquals(before, api.call(ACME, OperationIds.LIST_RECORDS).send().text());
  }

  /**
   * The page is written around the records' stored texts instead of from their models: it must be
   * the very text the page's model gives, whether listed unfiltered or by status alone (the two
   * listings read the store's pages), and on a page that is not the first.
   */
  @Test
  void aPageOfStoredRecordsIsTheTextItsModelGives() {
    createMany(8);
    List<Record> newestFirst = store.read(ACME, view -> view.newestFirst(Kinds.RECORDS, 3, 3));

    String unfiltered =
        api.call(ACME, OperationIds.LIST_RECORDS)
            .query("page", 2)
            .query("page_size", 3)
            .send()
            .expect(200)
            .text();
    String pending =
        api.call(ACME, OperationIds.LIST_RECORDS)
            .query("status", "pending")
            .query("page", 2)
            .query("page_size", 3)
            .send()
            .expect(200)
            .text();

    String fromModel =
        Json.write(new RecordPage().count(8).currentPage(2).pageSize(3).results(newestFirst));
    assertEquals(fromModel, unfiltered);
    assertEquals(fromModel, pending);
  }

  /**
   * Every filter, alone and combined, is answered with the records' stored texts (through an index
   * where one fits, or by testing the candidates): the page must be the very text the model path
   * gives, the records picked here by the test's own reading of the filter.
   */
  @Test
  void aFilteredPageIsTheTextItsModelGives() {
    Account other = given.account();
    Loan loan = given.activeLoan(account, "1000");
    String processed = create(account, "10", "\"date\": 1000").id();
    create(account, "20", "\"date\": 2000, \"type\": \"cashback\"").expect(201);
    create(other, "30", "\"date\": 3000").expect(201);
    create(account, "40", "\"date\": 2500, \"loan_ids\": [\"" + loan.getId() + "\"]").expect(201);
    create(other, "50", "\"date\": 1500, \"type\": \"cashback\"").expect(201);
    create(account, "60", "\"date\": 1200").expect(201);
    markProcessed(processed, utr()).expect(200);
    UUID mine = account.getId();
    UUID theirs = other.getId();

    record Case(Map<String, Object> query, Predicate<Record> picks) {}
    List<Case> cases =
        List.of(
            new Case(Map.of("status", "pending"), r -> r.getStatus() == RecordStatus.PENDING),
            new Case(Map.of("account", mine), r -> mine.equals(r.getAccount())),
            new Case(
                Map.of("account", mine, "status", "pending"),
                r -> mine.equals(r.getAccount()) && r.getStatus() == RecordStatus.PENDING),
            new Case(
                Map.of("account", theirs, "type", "cashback"),
                r -> theirs.equals(r.getAccount()) && r.getType() == RecordType.CASHBACK),
            new Case(Map.of("type", "repayment"), r -> r.getType() == RecordType.REPAYMENT),
            new Case(
                Map.of("type", "repayment", "status", "processed"),
                r ->
                    r.getType() == RecordType.REPAYMENT && r.getStatus() == RecordStatus.PROCESSED),
            new Case(
                Map.of("type", "cashback", "status", "processed"),
                r -> r.getType() == RecordType.CASHBACK && r.getStatus() == RecordStatus.PROCESSED),
            new Case(Map.of("loan", loan.getId()), r -> concerns(r, loan.getId())),
            new Case(
                Map.of("date_from", 1500, "date_to", 2500),
                r -> r.getDate().intValue() >= 1500 && r.getDate().intValue() <= 2500),
            new Case(
                Map.of("account", mine, "status", "pending", "date_to", 2000),
                r ->
                    mine.equals(r.getAccount())
                        && r.getStatus() == RecordStatus.PENDING
                        && r.getDate().intValue() <= 2000),
            new Case(
                Map.of("account", mine, "page", 2, "page_size", 2),
                r -> mine.equals(r.getAccount())));

    for (Case each : cases) {
      HandlerHarness.Call call = api.call(ACME, OperationIds.LIST_RECORDS);
      each.query().forEach(call::query);
      int page = (Integer) each.query().getOrDefault("page", 1);
      int pageSize = (Integer) each.query().getOrDefault("page_size", 15);
      List<Record> matching =
          new ArrayList<>(
              store.read(ACME, view -> view.all(Kinds.RECORDS)).stream()
                  .filter(each.picks())
                  .toList());
      java.util.Collections.reverse(matching);
      int from = Math.min(matching.size(), (page - 1) * pageSize);
      String fromModel =
          Json.write(
              new RecordPage()
                  .count(matching.size())
                  .currentPage(page)
                  .pageSize(pageSize)
                  .results(matching.subList(from, Math.min(matching.size(), from + pageSize))));

      assertEquals(fromModel, call.send().expect(200).text(), each.query().toString());
    }
  }

  private static boolean concerns(Record record, UUID loan) {
    return (record.getLoans() != null && record.getLoans().contains(loan))
        || loan.equals(record.getCashbackLoan())
        || loan.equals(record.getHoldbackLoan());
  }

  @Test
  void getRecordAnswersTheStoredRecord() {
    String id = create(account, "100", "\"remark\": \"first instalment\"").id();

    JsonNode record = api.call(ACME, OperationIds.GET_RECORD).id(id).send().expect(200).body();

    assertEquals("first instalment", record.path("remark").asText());
    assertEquals(account.getId().toString(), record.path("account").asText());
  }
}
