package io.crego.contract.stub.fees;

import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeeDemand;
import io.crego.contract.spec.model.FeeDemandPage;
import io.crego.contract.spec.model.FeeStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.FeeLedger;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.LoanBook;
import io.crego.contract.stub.paging.Listing;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Get Fee Demands: the demand each fee raises on its loan, as of the business date. A waived fee
 * demands nothing and is left out; a paid one still shows, with nothing outstanding. A demand
 * carries its fee's id (one demand per fee), and its days past due count whole business days after
 * the due day while anything is outstanding.
 */
final class FeeDemands {

  private static final Comparator<FeeDemand> OLDEST_DUE_FIRST =
      Comparator.comparing(FeeDemand::getDueDate);

  private final Store store;
  private final LoanBook loans;

  FeeDemands(Store store, LoanBook loans) {
    this.store = store;
    this.loans = loans;
  }

  /** Filtered by {@code loan} and {@code account}; oldest due first. */
  ApiResponse list(OperationContext context) {
    UUID loan = context.query("loan", UUID.class).orElse(null);
    UUID account = context.query("account", UUID.class).orElse(null);
    Predicate<Fee> wanted =
        fee ->
            fee.getStatus() != FeeStatus.WAIVED
                && (loan == null || loan.equals(fee.getLoan()))
                && (account == null || account.equals(fee.getAccount()));
    PageRequest page = PageRequest.from(context);
    Listing<FeeDemand> listing =
        store.read(
            context.companyId(),
            view -> {
              LocalDate businessDate = loans.businessDate(view);
              List<FeeDemand> demands = new ArrayList<>();
              for (Fee fee : view.all(Kinds.FEES)) {
                if (wanted.test(fee)) {
                  demands.add(demandOf(fee, businessDate));
                }
              }
              return Listing.sorted(demands, OLDEST_DUE_FIRST, page);
            });
    return JsonAnswers.ok(
        new FeeDemandPage()
            .count(listing.count())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(listing.results()));
  }

  /** The fee's demand, by the lending layer's rules for what a fee owes (as settlement uses). */
  static FeeDemand demandOf(Fee fee, LocalDate businessDate) {
    return new FeeDemand()
        .id(fee.getId())
        .fee(fee.getId())
        .loan(fee.getLoan())
        .type(fee.getType())
        .dueDate(fee.getDueDate())
        .amount(Rupees.of(fee.getTotalAmount()))
        .paidAmount(Rupees.orZero(fee.getPaidAmount()))
        .outstandingAmount(FeeLedger.outstanding(fee))
        .status(fee.getStatus())
        .dpd(FeeLedger.dpd(fee, businessDate));
  }
}
