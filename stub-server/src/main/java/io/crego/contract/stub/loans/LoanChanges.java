package io.crego.contract.stub.loans;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.InterestType;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RefundRequest;
import io.crego.contract.spec.model.RestructureRequest;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.outgoing.NewPayouts;
import io.crego.contract.stub.records.NewRecords;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Restructure and Initiate Refund. */
public final class LoanChanges {

  private final Store store;
  private final Lending lending;

  public LoanChanges(Store store, Lending lending) {
    this.store = store;
    this.lending = lending;
  }

  /**
   * Checks in order: the loan (404), its lifecycle (409 {@code TRANSITION_NOT_ALLOWED} unless
   * active), EMIs left to come (409 {@code NOT_APPLICABLE} when every EMI is due or paid). Paid and
   * due EMIs stay; the principal of the EMIs to come is spread over {@code emi_count} new ones at
   * the new rate and interest type (default: the loan's).
   */
  public ApiResponse restructure(OperationContext context) {
    RestructureRequest request = context.body(RestructureRequest.class);
    Loan loan =
        store.write(
            context.companyId(),
            tx -> {
              Portfolio portfolio = Portfolio.open(tx);
              Loan found = Lookups.loan(tx, context.pathParam("id"));
              LoanFile file = portfolio.file(found.getId()).orElseThrow();
              lending
                  .lifecycle()
                  .machine()
                  .next(OperationIds.RESTRUCTURE_LOAN, file.loan().getStatus());
              LocalDate businessDate = lending.dates().pinned(tx);
              if (!Rupees.isPositive(Rescheduling.futurePrincipal(file, businessDate))) {
                throw ApiException.conflict(
                    ErrorCode.NOT_APPLICABLE,
                    "Every EMI of the loan is due or paid: there is no future schedule to"
                        + " restructure.",
                    Map.of("loan", found.getId().toString()));
              }
              InterestType type =
                  request.getInterestType() != null
                      ? request.getInterestType()
                      : file.loan().getInterestType();
              Rescheduling.rebuildFuture(
                  file,
                  Rupees.ZERO,
                  request.getEmiCount(),
                  request.getRoiValue() != null ? request.getRoiValue() : file.loan().getRoiValue(),
                  InterestMethod.of(type.getValue()),
                  businessDate,
                  Timestamps.of(context.now()));
              file.loan().interestType(type);
              portfolio.touch(file);
              portfolio.save(
                  tx,
                  lending.lifecycle(),
                  OperationIds.RESTRUCTURE_LOAN,
                  businessDate,
                  context.now());
              return file.loan();
            });
    return JsonAnswers.ok(loan);
  }

  /**
   * Part or all of the loan's excess goes back to the borrower as one {@code excess_payment_refund}
   * payout ({@code requested}); the records holding the excess give it up oldest first, and the
   * payout names the first of them. More than the excess: 409 {@code AMOUNT_EXCEEDS_BALANCE}.
   */
  ApiResponse refund(OperationContext context) {
    RefundRequest request = context.body(RefundRequest.class);
    BigDecimal amount = Rupees.of(request.getAmount());
    Payout payout =
        store.write(
            context.companyId(),
            tx -> {
              Loan loan = Lookups.loan(tx, context.pathParam("id"));
              List<Record> holding = ExcessBalances.ofLoan(tx.all(Kinds.RECORDS), loan.getId());
              BigDecimal excess =
                  holding.stream().map(Record::getRemainingAmount).reduce(Rupees.ZERO, Rupees::add);
              if (Rupees.exceeds(amount, excess)) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("amount", amount);
                details.put("excess_amount", excess);
                throw ApiException.conflict(
                    ErrorCode.AMOUNT_EXCEEDS_BALANCE,
                    "The amount "
                        + amount.toPlainString()
                        + " is more than the loan's excess "
                        + excess.toPlainString()
                        + ".",
                    details);
              }
              Bank bank = Lookups.bank(tx, request.getCreditBankId(), "/credit_bank_id");
              BigDecimal left = amount;
              for (Record record : holding) {
                BigDecimal take = Rupees.min(left, record.getRemainingAmount());
                record.remainingAmount(Rupees.subtract(record.getRemainingAmount(), take));
                NewRecords.touch(record, context.now());
                tx.put(Kinds.RECORDS, record.getId().toString(), record);
                left = Rupees.subtract(left, take);
                if (left.signum() == 0) {
                  break;
                }
              }
              LocalDate businessDate = lending.dates().pinned(tx);
              Payout refund =
                  NewPayouts.draft(
                          tx,
                          PayoutType.EXCESS_PAYMENT_REFUND,
                          lending.payoutLifecycle().created(OperationIds.INITIATE_LOAN_REFUND),
                          loan.getAccount(),
                          loan.getId(),
                          amount,
                          bank,
                          businessDate,
                          context.now())
                      .record(holding.get(0).getId());
              tx.put(Kinds.PAYOUTS, refund.getId().toString(), refund);
              Portfolio portfolio = Portfolio.open(tx);
              portfolio.file(loan.getId()).ifPresent(portfolio::touch);
              portfolio.save(tx, lending.lifecycle(), null, businessDate, context.now());
              return refund;
            });
    return JsonAnswers.created(payout);
  }
}
