package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.paging.StoredPages;
import io.crego.contract.stub.paging.StoredPages.Candidates;
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
   * The page is written around the records' stored texts, through the narrowest index the filter
   * allows (see {@link RecordFilter#lookup}): by status, account, type, or status with account or
   * type, the page and the count are read without reading other records; a filter by loan or dates
   * decodes the candidates to test them, and encodes none. The response check still reads the whole
   * page.
   */
  private static ApiResponse page(StoreView view, RecordFilter filter, PageRequest page) {
    RecordFilter.Lookup lookup = filter.lookup();
    return StoredPages.newestFirst(view, lookup.candidates(), lookup.rest(), page);
  }

  /** Records that match no loan: they name none, and their account has no active loan. */
  ApiResponse unmatched(OperationContext context) {
    PageRequest page = PageRequest.from(context);
    return store.read(
        context.companyId(),
        view -> {
          Set<UUID> accountsWithActiveLoan = new HashSet<>();
          for (Loan loan : view.all(Kinds.LOANS)) {
            if (loan.getStatus() == LoanStatus.ACTIVE) {
              accountsWithActiveLoan.add(loan.getAccount());
            }
          }
          return StoredPages.newestFirst(
              view,
              Candidates.all(Kinds.RECORDS),
              record ->
                  namesNoLoan(record) && !accountsWithActiveLoan.contains(record.getAccount()),
              page);
        });
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
}
