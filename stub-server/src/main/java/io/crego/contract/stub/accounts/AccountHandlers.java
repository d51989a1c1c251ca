package io.crego.contract.stub.accounts;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.store.Store;

/**
 * The Accounts operations: an account and its line, the loan parameters a loan is booked with, the
 * first disbursement of a loan and the reset of its repayment schedule. Money moves through {@link
 * Lending} and its ledger.
 */
public final class AccountHandlers implements HandlerGroup {

  private final AccountOperations accounts;
  private final LoanParamsOperations params;
  private final Disbursements disbursements;
  private final RpsResets rps;

  public AccountHandlers(Store store, CregoSpec spec, Lending lending) {
    this.accounts = new AccountOperations(store, spec, lending);
    this.params = new LoanParamsOperations(store);
    this.disbursements = new Disbursements(store, lending);
    this.rps = new RpsResets(store, lending);
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
        .on(OperationIds.RESET_RPS, rps::reset);
  }
}
