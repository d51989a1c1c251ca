package io.crego.contract.stub.emis;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.accounts.Disbursements;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.loans.LoanChanges;
import io.crego.contract.stub.loans.LoanReads;
import io.crego.contract.stub.store.Store;
import java.util.List;

/**
 * The EMIs operations: a loan's EMIs and settlements, what it has outstanding, its restructuring
 * and further tranches, the EMI calculator, and the end of the business day. The tranche,
 * restructure and outstanding operations share their code with the Accounts and Loans operations
 * they mirror ({@link Disbursements}, {@link LoanChanges}, {@link LoanReads}).
 */
public final class EmiHandlers implements HandlerGroup {

  private final EmiReads emis;
  private final EmiCalculations calculations;
  private final Disbursements disbursements;
  private final LoanChanges changes;
  private final LoanReads reads;
  private final Store store;
  private final EndOfDayRun endOfDay;

  public EmiHandlers(Store store, Lending lending, List<EndOfDayStep> endOfDaySteps) {
    this.store = store;
    this.emis = new EmiReads(store);
    this.calculations = new EmiCalculations(store, lending);
    this.disbursements = new Disbursements(store, lending);
    this.changes = new LoanChanges(store, lending);
    this.reads = new LoanReads(store, lending);
    this.endOfDay = new EndOfDayRun(lending, endOfDaySteps);
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.LIST_EMIS, emis::listEmis)
        .on(OperationIds.LIST_SETTLEMENTS, emis::listSettlements)
        .on(OperationIds.GET_OUTSTANDING_DATA, reads::outstanding)
        .on(OperationIds.RESTRUCTURE_LOAN, changes::restructure)
        .on(OperationIds.REQUEST_TRANCHE, disbursements::tranche)
        .on(OperationIds.CALCULATE_EMI, calculations::calculate)
        .on(OperationIds.RUN_EOD, this::runEod);
  }

  /** Run EOD for the caller's company: one business day, in one unit of work. */
  private ApiResponse runEod(OperationContext context) {
    return JsonAnswers.ok(store.write(context.companyId(), tx -> endOfDay.run(tx, context.now())));
  }
}
