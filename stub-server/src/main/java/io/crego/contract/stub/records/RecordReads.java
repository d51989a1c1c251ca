package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordPage;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.json.PageText;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Get Single Record, Record Listing and Unmatched: reads only. */
final class RecordReads {

  private final Store store;

  RecordReads(Store store) {
    this.store = store;
  }

  /**
   * The record; {@code collection_bank} is always an object once known (the schema has no id-only
   * form), so {@code expand=collection_bank} re-reads it from the bank as it is now.
   */
  ApiResponse get(OperationContext context) {
    boolean expand =
        context.query("expand", String.class).filter("collection_bank"::equals).isPresent();
    if (!expand) { // the stored record is the answer: send its text as it is
      return ApiResponse.json(
          200,
          store.read(
              context.companyId(),
              view ->
                  Documents.jsonInPath(view, Kinds.RECORDS, "record", context.pathParam("id"))));
    }
    Record record =
        store.read(
            context.companyId(),
            view -> {
              Record found = RecordReferences.record(view, context.pathParam("id"));
              Bank bank = found.getCollectionBank();
              if (bank != null) {
                view.get(Kinds.BANKS, bank.getId().toString()).ifPresent(found::collectionBank);
              }
              return found;
            });
    return JsonAnswers.ok(record);
  }

  ApiResponse list(OperationContext context) {
    RecordFilter filter = RecordFilter.fromQuery(context);
    PageRequest page = PageRequest.from(context);
    return store.read(context.companyId(), view -> page(view, filter, page));
  }

  /**
   * With no filter, or only {@code status}, the page and the count come from the store without
   * reading the other records, and the page is written around the records' stored texts (the
   * response check still reads the whole page); any other filter reads every record of the company.
   */
  private static ApiResponse page(StoreView view, RecordFilter filter, PageRequest page) {
    int offset = (int) Math.min(Integer.MAX_VALUE, (long) (page.page() - 1) * page.pageSize());
    if (filter.isEmpty()) {
      return stored(
          view.count(Kinds.RECORDS),
          view.newestFirstJson(Kinds.RECORDS, offset, page.pageSize()),
          page);
    }
    if (filter.isStatusOnly()) {
      String status = filter.status().getValue();
      return stored(
          view.count(RecordIndexes.BY_STATUS, status),
          view.newestFirstJson(RecordIndexes.BY_STATUS, status, offset, page.pageSize()),
          page);
    }
    return JsonAnswers.ok(page(newestFirst(view, filter), page));
  }

  private static ApiResponse stored(int count, List<String> results, PageRequest page) {
    return ApiResponse.json(200, PageText.of(count, page.page(), page.pageSize(), results));
  }

  /** Records that match no loan: they name none, and their account has no active loan. */
  ApiResponse unmatched(OperationContext context) {
    PageRequest page = PageRequest.from(context);
    List<Record> unmatched =
        store.read(
            context.companyId(),
            view -> {
              Set<UUID> accountsWithActiveLoan = new HashSet<>();
              for (Loan loan : view.all(Kinds.LOANS)) {
                if (loan.getStatus() == LoanStatus.ACTIVE) {
                  accountsWithActiveLoan.add(loan.getAccount());
                }
              }
              return newestFirst(
                  view,
                  record ->
                      namesNoLoan(record) && !accountsWithActiveLoan.contains(record.getAccount()));
            });
    return JsonAnswers.ok(page(unmatched, page));
  }

  /** The company's records that pass the filter, newest (last created) first. */
  static List<Record> newestFirst(StoreView view, Predicate<Record> filter) {
    List<Record> matching = new ArrayList<>();
    for (Record record : view.all(Kinds.RECORDS)) {
      if (filter.test(record)) {
        matching.add(record);
      }
    }
    Collections.reverse(matching);
    return matching;
  }

  private static boolean namesNoLoan(Record record) {
    return (record.getLoans() == null || record.getLoans().isEmpty())
        && record.getCashbackLoan() == null
        && record.getHoldbackLoan() == null;
  }

  private static RecordPage page(List<Record> matching, PageRequest page) {
    return new RecordPage()
        .count(matching.size())
        .currentPage(page.page())
        .pageSize(page.pageSize())
        .results(page.slice(matching));
  }
}
