package io.crego.contract.stub.loans;

import io.crego.contract.spec.CregoSpec;
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
        .on(AccountOperations.CREATE, accounts::create)
        .on(AccountOperations.SUMMARY, accounts::summary)
        .on(AccountOperations.REFRESH_LIMIT, accounts::refreshLimit)
        .on(AccountOperations.CLOSE, accounts::close)
        .on(LoanParamsOperations.INITIATE, params::initiate)
        .on(LoanParamsOperations.GET, params::get)
        .on(LoanParamsOperations.UPDATE, params::update)
        .on(Disbursements.INITIATE, disbursements::initiate)
        .on(Disbursements.TRANCHE, disbursements::tranche)
        .on(RpsResets.RESET, rps::reset)
        .on(LoanReads.LIST, reads::list)
        .on(LoanReads.WITH_EXCESS, reads::withExcess)
        .on(LoanReads.SUMMARY, reads::summary)
        .on(LoanReads.OUTSTANDING, reads::outstanding)
        .on(LoanReads.EMI_AMOUNT, reads::emiAmount)
        .on(LoanChanges.RESTRUCTURE, changes::restructure)
        .on(LoanChanges.REFUND, changes::refund)
        .on(CashbackExport.EXPORT, cashback::export)
        .on(EmiReads.LIST_EMIS, emis::listEmis)
        .on(EmiReads.LIST_SETTLEMENTS, emis::listSettlements)
        .on(EmiCalculations.CALCULATE, calculations::calculate)
        .on(EndOfDayRun.OPERATION, this::runEod);
  }

  /** Run EOD for the caller's company: one business day, in one unit of work. */
  private ApiResponse runEod(OperationContext context) {
    return Answers.ok(store.write(context.companyId(), tx -> endOfDay.run(tx, context.now())));
  }
}
