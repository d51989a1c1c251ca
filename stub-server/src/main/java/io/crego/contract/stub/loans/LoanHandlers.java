package io.crego.contract.stub.loans;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.store.Store;
import java.util.List;

/**
 * The Accounts, Loans and EMIs operations, wired to the loans domain. Loan statuses follow the
 * spec's Loan lifecycle; money moves through {@link Lending} and its ledger.
 */
public final class LoanHandlers implements HandlerGroup {

  private final AccountOperations accounts;
  private final LoanParamsOperations params;
  private final Disbursements disbursements;
  private final RpsResets rps;
  private final LoanReads reads;
  private final LoanChanges changes;
  private final CashbackExport cashback;
  private final EmiReads emis;
  private final EmiCalculations calculations;
  private final Store store;
  private final EndOfDayRun endOfDay;

  public LoanHandlers(
      Store store, CregoSpec spec, Lending lending, List<EndOfDayStep> endOfDaySteps) {
    this.store = store;
    this.accounts = new AccountOperations(store, spec, lending);
    this.params = new LoanParamsOperations(store);
    this.disbursements = new Disbursements(store, lending);
    this.rps = new RpsResets(store, lending);
    this.reads = new LoanReads(store, lending);
    this.changes = new LoanChanges(store, lending);
    this.cashback = new CashbackExport(store, lending);
    this.emis = new EmiReads(store);
    this.calculations = new EmiCalculations(store, lending);
    this.endOfDay = new EndOfDayRun(lending, endOfDaySteps);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.CREATE_ACCOUNT, accounts::create)
        .on(OperationIds.GET_ACCOUNT_SUMMARY, accounts::summary)
        .on(OperationIds.REFRESH_LIMIT, accounts::refreshLimit)
        .on(OperationIds.CLOSE_ACCOUNT, accounts::close)
        .on(OperationIds.INITIATE_LOAN_PARAMS, params::initiate)
        .on(OperationIds.GET_LOAN_PARAMS, params::get)
        .on(OperationIds.UPDATE_LOAN_PARAMS, params::update)
        .on(OperationIds.INITIATE_DISBURSEMENT, disbursements::initiate)
        .on(OperationIds.REQUEST_TRANCHE, disbursements::tranche)
        .on(OperationIds.RESET_RPS, rps::reset)
        .on(OperationIds.LIST_LOANS, reads::list)
        .on(OperationIds.LIST_LOANS_WITH_EXCESS_BALANCE, reads::withExcess)
        .on(OperationIds.GET_LOAN_SUMMARY, reads::summary)
        .on(OperationIds.GET_OUTSTANDING_DATA, reads::outstanding)
        .on(OperationIds.GET_EMI_AMOUNT, reads::emiAmount)
        .on(OperationIds.RESTRUCTURE_LOAN, changes::restructure)
        .on(OperationIds.INITIATE_LOAN_REFUND, changes::refund)
        .on(OperationIds.EXPORT_CASHBACK, cashback::export)
        .on(OperationIds.LIST_EMIS, emis::listEmis)
        .on(OperationIds.LIST_SETTLEMENTS, emis::listSettlements)
        .on(OperationIds.CALCULATE_EMI, calculations::calculate)
        .on(OperationIds.RUN_EOD, this::runEod);
  }

  /** Run EOD for the caller's company: one business day, in one unit of work. */
  private ApiResponse runEod(OperationContext context) {
    return Answers.ok(store.write(context.companyId(), tx -> endOfDay.run(tx, context.now())));
  }
}
