package io.crego.contract.stub.accounts;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.ResetRpsRequest;
import io.crego.contract.spec.model.RpsReset;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.EmiLedger;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.LoanSchedule;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.loans.LoanFile;
import io.crego.contract.stub.loans.Lookups;
import io.crego.contract.stub.loans.Portfolio;
import io.crego.contract.stub.loans.RecordSettlement;
import io.crego.contract.stub.records.NewRecords;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reset RPS: each active loan of the account (or the one {@code loan_id} names) gets its repayment
 * schedule rebuilt from its terms — disbursed principal, rate, EMI count and method, from its
 * disbursement date — and the money its EMIs had received is applied again, record by record in the
 * order it was first settled, to the rebuilt EMIs due on the business date. Overdue and penal
 * interest charged so far go with the old schedule (EOD charges the new one from the next day); a
 * record whose money no longer finds a due demand gets it back as remaining. Fees are not part of
 * the schedule and keep their settlements.
 */
final class RpsResets {

  private final Store store;
  private final Lending lending;

  RpsResets(Store store, Lending lending) {
    this.store = store;
    this.lending = lending;
  }

  ApiResponse reset(OperationContext context) {
    UUID only = context.body().isObject() ? context.body(ResetRpsRequest.class).getLoanId() : null;
    RpsReset result =
        store.write(
            context.companyId(),
            tx -> {
              Account account = Lookups.account(tx, context.pathParam("id"));
              LocalDate businessDate = lending.dates().pinned(tx);
              Portfolio portfolio = Portfolio.open(tx);
              List<LoanFile> loans = targets(portfolio, account, only);
              int rebuilt = 0;
              for (LoanFile file : loans) {
                rebuilt += rebuild(tx, portfolio, file, businessDate, context.now());
              }
              portfolio.save(tx, lending.lifecycle(), null, businessDate, context.now());
              return new RpsReset()
                  .account(account.getId())
                  .loans(new ArrayList<>(loans.stream().map(LoanFile::id).toList()))
                  .emisRebuilt(rebuilt);
            });
    return JsonAnswers.ok(result);
  }

  private static List<LoanFile> targets(Portfolio portfolio, Account account, UUID only) {
    if (only == null) {
      return portfolio.all().stream()
          .filter(f -> f.loan().getAccount().equals(account.getId()))
          .filter(f -> f.loan().getStatus() == LoanStatus.ACTIVE)
          .toList();
    }
    LoanFile file =
        portfolio
            .file(only)
            .filter(f -> f.loan().getAccount().equals(account.getId()))
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "loan of this account",
                        only.toString(),
                        ErrorDetails.body("/loan_id", "no such loan on the account")));
    if (file.loan().getStatus() != LoanStatus.ACTIVE) {
      throw ApiException.conflict(
          ErrorCode.NOT_APPLICABLE,
          "Only an active loan's schedule is rebuilt; this loan is "
              + file.loan().getStatus()
              + ".",
          Map.of("loan_status", file.loan().getStatus().getValue()));
    }
    return List.of(file);
  }

  private static int rebuild(
      StoreTransaction tx, Portfolio portfolio, LoanFile file, LocalDate businessDate, double now) {
    Map<UUID, BigDecimal> settledByRecord = withdrawSettlements(tx, file);
    Loan loan = file.loan();
    BigDecimal at = Timestamps.of(now);
    BigDecimal disbursedOn =
        loan.getDisbursementDate() != null ? loan.getDisbursementDate() : loan.getCreatedAt();
    List<Emi> fresh =
        LoanSchedule.emis(
            loan.getId(),
            loan.getAccount(),
            loan.getDisbursedAmount(),
            loan.getRoiValue(),
            loan.getEmiCount(),
            InterestMethod.of(loan.getInterestType().getValue()),
            BusinessCalendar.dayOf(disbursedOn),
            1,
            RefIds::newId,
            at);
    fresh.forEach(emi -> EmiLedger.age(emi, businessDate, at));
    file.replaceEmis(List.copyOf(file.emis()), fresh);
    loan.emiAmount(fresh.get(0).getEmiAmount())
        .firstDueDate(fresh.get(0).getDueDate())
        .maturityDate(fresh.get(fresh.size() - 1).getDueDate());
    portfolio.touch(file);

    for (Map.Entry<UUID, BigDecimal> settled : settledByRecord.entrySet()) {
      Record record = tx.get(Kinds.RECORDS, settled.getKey().toString()).orElse(null);
      if (record == null) {
        continue;
      }
      record.remainingAmount(
          Rupees.add(Rupees.orZero(record.getRemainingAmount()), settled.getValue()));
      RecordSettlement.settle(
          tx, portfolio, record, List.of(file), settled.getValue(), businessDate, now);
      NewRecords.touch(record, now);
      tx.put(Kinds.RECORDS, record.getId().toString(), record);
    }
    return fresh.size();
  }

  /** Deletes the settlements of the loan's EMIs; what each record had settled on them, in order. */
  private static Map<UUID, BigDecimal> withdrawSettlements(StoreTransaction tx, LoanFile file) {
    Set<UUID> emis = new HashSet<>();
    file.emis().forEach(emi -> emis.add(emi.getId()));
    Map<UUID, BigDecimal> byRecord = new LinkedHashMap<>();
    for (Settlement settlement : tx.all(Kinds.SETTLEMENTS)) {
      if (emis.contains(settlement.getDemand())) {
        Object record = settlement.getRecord().getActualInstance();
        UUID recordId = record instanceof Record expanded ? expanded.getId() : (UUID) record;
        byRecord.merge(recordId, settlement.getAmount(), Rupees::add);
        tx.delete(Kinds.SETTLEMENTS, settlement.getId().toString());
      }
    }
    return byRecord;
  }
}
