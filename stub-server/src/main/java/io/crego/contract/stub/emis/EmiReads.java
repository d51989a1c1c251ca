package io.crego.contract.stub.emis;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.spec.model.SettlementPage;
import io.crego.contract.spec.model.SettlementRecord;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.loans.Portfolio;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.paging.StoredPages;
import io.crego.contract.stub.paging.StoredPages.Candidates;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreView;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** List EMI and List Settlements. */
final class EmiReads {

  /** Oldest due first; a loan's EMIs due the same day in schedule order. */
  private static final Comparator<Emi> DUE_DATE_FIRST =
      Comparator.comparing(Emi::getDueDate)
          .thenComparing(emi -> emi.getLoan().toString())
          .thenComparingInt(Emi::getIndex);

  private final Store store;

  EmiReads(Store store) {
    this.store = store;
  }

  /**
   * Filtered by {@code loan} (through the EMIs' index by loan), {@code account} and {@code status},
   * oldest due date first; the page is written around the EMIs' stored texts (none is encoded
   * again), and the response check still reads it.
   */
  ApiResponse listEmis(OperationContext context) {
    UUID loan = context.query("loan", UUID.class).orElse(null);
    UUID account = context.query("account", UUID.class).orElse(null);
    EmiStatus status = context.query("status", EmiStatus.class).orElse(null);
    PageRequest page = PageRequest.from(context);
    Candidates<Emi> candidates =
        loan == null
            ? Candidates.all(Kinds.EMIS)
            : Candidates.under(Portfolio.EMIS_BY_LOAN, loan.toString());
    Predicate<Emi> filter =
        emi ->
            (loan == null || loan.equals(emi.getLoan()))
                && (account == null || account.equals(emi.getAccount()))
                && (status == null || status == emi.getStatus());
    return store.read(
        context.companyId(),
        view -> StoredPages.sorted(view, candidates, filter, DUE_DATE_FIRST, page));
  }

  /**
   * Filtered by {@code demand} (an EMI or a fee) and {@code loan} (the demands of the loan), in the
   * order they were made; {@code expand=record} puts the record, as it is now, in place of its id.
   * The vendor types both filters as plain strings: a value that names nothing gives an empty page.
   */
  ApiResponse listSettlements(OperationContext context) {
    String demand = textFilter(context, "demand");
    String loan = textFilter(context, "loan");
    boolean expand = context.query("expand", String.class).filter("record"::equals).isPresent();
    PageRequest page = PageRequest.from(context);
    SettlementPage answer =
        store.read(
            context.companyId(),
            view -> {
              Set<UUID> loanDemands = loan == null ? null : demandsOf(view, loan);
              List<Settlement> matching =
                  view.all(Kinds.SETTLEMENTS).stream()
                      .filter(s -> demand == null || sameId(demand, s.getDemand()))
                      .filter(s -> loanDemands == null || loanDemands.contains(s.getDemand()))
                      .toList();
              List<Settlement> results = page.slice(matching);
              if (expand) {
                results.forEach(settlement -> expandRecord(view, settlement));
              }
              return new SettlementPage()
                  .count(matching.size())
                  .currentPage(page.page())
                  .pageSize(page.pageSize())
                  .results(results);
            });
    return JsonAnswers.ok(answer);
  }

  private static boolean sameId(String given, UUID id) {
    return id != null && given.equalsIgnoreCase(id.toString());
  }

  private static Set<UUID> demandsOf(StoreView view, String loan) {
    // The indexes file loans by their id as UUID.toString() writes it: lower case
    String key = loan.toLowerCase(Locale.ROOT);
    Set<UUID> demands = new HashSet<>();
    for (Emi emi :
        Portfolio.documents(view, Kinds.EMIS, view.idsWhere(Portfolio.EMIS_BY_LOAN, key))) {
      demands.add(emi.getId());
    }
    for (Fee fee :
        Portfolio.documents(view, Kinds.FEES, view.idsWhere(Portfolio.FEES_BY_LOAN, key))) {
      demands.add(fee.getId());
    }
    return demands;
  }

  private static void expandRecord(StoreView view, Settlement settlement) {
    Object reference = settlement.getRecord().getActualInstance();
    if (reference instanceof UUID id) {
      view.get(Kinds.RECORDS, id.toString())
          .ifPresent((Record record) -> settlement.record(new SettlementRecord(record)));
    }
  }

  /** A free-text filter, trimmed; an empty value filters nothing. */
  private static String textFilter(OperationContext context, String name) {
    return context
        .query(name, String.class)
        .filter(value -> !value.isEmpty())
        .map(String::trim)
        .orElse(null);
  }
}
