package io.crego.contract.stub.payouts;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutCreate;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.outgoing.NewPayouts;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.util.Objects;

/**
 * Create Payout: money the lender books to send out, {@code requested}. Every reference is checked
 * before the first write: the account, the loan (of that account), the beneficiary's bank and the
 * uniqueness of {@code payment_reference_no}.
 */
final class PayoutCreation {

  /** Who receives a payout when the request does not say: the platform's default. */
  static final String DEFAULT_PAYEE = "borrower";

  private final Store store;
  private final TransitionGuard<PayoutStatus> lifecycle;

  PayoutCreation(Store store, TransitionGuard<PayoutStatus> lifecycle) {
    this.store = store;
    this.lifecycle = lifecycle;
  }

  ApiResponse create(OperationContext context) {
    PayoutCreate request = context.body(PayoutCreate.class);
    Payout payout = store.write(context.companyId(), tx -> add(tx, request, context.now()));
    return JsonAnswers.created(payout);
  }

  private Payout add(StoreTransaction tx, PayoutCreate request, double now) {
    Account account = Documents.account(tx, request.getAccountId(), "/account_id");
    if (request.getLoanId() != null) {
      Loan loan = Documents.loan(tx, request.getLoanId(), "/loan_id");
      if (!loan.getAccount().equals(account.getId())) {
        throw ApiException.invalid(
            ErrorDetails.body(
                "/loan_id", "is a loan of another account, not of " + account.getId()));
      }
    }
    Bank creditBank =
        request.getCreditBankId() == null
            ? null
            : Documents.bank(tx, request.getCreditBankId(), "/credit_bank_id");
    if (request.getPaymentReferenceNo() != null) {
      UniquePayoutValues.requireFreeReference(
          tx, request.getPaymentReferenceNo(), "/payment_reference_no");
    }

    Payout payout =
        NewPayouts.numbered(
            tx,
            new Payout()
                .type(request.getType())
                .amount(Rupees.of(request.getAmount()))
                .method(
                    Objects.requireNonNullElse(request.getMethod(), PayoutCreate.MethodEnum.NEFT)
                        .getValue())
                .creditBank(creditBank)
                .payoutTo(Objects.requireNonNullElse(request.getPayoutTo(), DEFAULT_PAYEE))
                .account(account.getId())
                .loan(request.getLoanId())
                .topup(null)
                .record(null)
                .paymentReferenceNo(request.getPaymentReferenceNo()),
            lifecycle.created(OperationIds.CREATE_PAYOUT),
            Timestamps.of(now),
            now);
    tx.put(Kinds.PAYOUTS, payout.getId().toString(), payout);
    return payout;
  }
}
