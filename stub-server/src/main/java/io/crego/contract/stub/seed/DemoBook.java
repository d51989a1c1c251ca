package io.crego.contract.stub.seed;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.stub.domain.Rupees;
import io.crego.contract.stub.lending.EmiLedger;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The demo company's story, written in one unit of work, in the order it happened:
 *
 * <ul>
 *   <li>Verma Textiles repaid a 1 lakh term loan and closed its account; a cheque it sent since
 *       matches no loan (unmatched).
 *   <li>Sharma Traders has a 3 lakh term loan at 14% over 12 months, disbursed 75 days ago: EMI 1
 *       was paid on its due day, EMI 2's NACH debit bounced (it is overdue and accruing charges), a
 *       re-presentation is pending, and a UPI payment awaits a checker.
 *   <li>Gupta Electronics has a 10 lakh credit line: a 2 lakh drawdown at 18% over 6 months
 *       disbursed 20 days ago, a 1.5 lakh drawdown requested, an advance payment processed, a
 *       cashback booked and a repayment just booked.
 * </ul>
 */
final class DemoBook {

  private final StoreTransaction tx;
  private final String companyId;
  private final DemoClock clock;

  DemoBook(StoreTransaction tx, String companyId, Instant now) {
    this.tx = tx;
    this.companyId = companyId;
    this.clock = new DemoClock(now);
  }

  BigDecimal now() {
    return clock.now();
  }

  void write() {
    DemoParties parties = new DemoParties(tx, companyId);
    Bank hdfc = parties.collectionBank("HDFC0001234", "50200045671234", clock.daysAgo(400, 10, 0));
    Bank icici = parties.collectionBank("ICIC0000004", "000405012345", clock.daysAgo(380, 10, 0));
    parties.borrowerBank("SBIN0004567", "38921456780", "Sharma Traders", clock.daysAgo(90, 12, 0));

    Account verma =
        parties.account(
            "Verma Textiles", AccountType.TERM_LOAN, "100000", clock.daysAgo(200, 11, 0));
    Account sharma =
        parties.account(
            "Sharma Traders", AccountType.TERM_LOAN, "500000", clock.daysAgo(90, 11, 0));
    Account gupta =
        parties.account(
            "Gupta Electronics", AccountType.CREDIT_LINE, "1000000", clock.daysAgo(60, 11, 0));

    DemoLoans loans = new DemoLoans(tx, clock);
    DemoRecords records = new DemoRecords(tx);
    Loan repaid = loans.closed(verma, "100000", "12", 3, 150, clock.daysAgo(30, 15, 20));
    DemoLoans.Drawn termLoan = loans.disbursed(sharma, "300000", "14", 12, 75);
    DemoLoans.Drawn drawdown = loans.disbursed(gupta, "200000", "18", 6, 20);
    Loan requested = loans.requested(gupta, "150000", "18", 6, 1);

    Emi second = termLoan.emis().get(1);
    LocalDate firstDue = EmiLedger.dueDay(termLoan.emis().get(0));
    LocalDate secondDue = EmiLedger.dueDay(second);
    loans.ageTo(termLoan, firstDue);
    records.paidOnDueDay(
        sharma, termLoan, termLoan.emis().get(0), hdfc, clock.at(firstDue, 10, 30));
    loans.ageTo(termLoan, secondDue);
    records.bouncedNach(
        sharma,
        termLoan.loan(),
        second.getOutstandingAmount(),
        clock.at(secondDue, 9, 0),
        clock.at(secondDue, 18, 30));
    records.advancePayment(
        gupta, "25000", icici, clock.daysAgo(5, 14, 10), clock.daysAgo(5, 14, 40));
    records.cashback(gupta, "2000", clock.daysAgo(4, 12, 0));
    loans.ageTo(termLoan, clock.daysAgo(2));
    records.pendingNach(
        sharma, termLoan.loan(), second.getOutstandingAmount(), clock.daysAgo(2, 9, 0));
    records.awaitingApproval(sharma, "20000", "200", clock.daysAgo(1, 15, 45));
    records.pending(
        verma,
        "10000",
        "cheque",
        "Cheque deposited after the loan closed",
        clock.daysAgo(1, 17, 20));
    records.pending(gupta, "15000", "neft", null, clock.at(clock.today(), 9, 30));

    loans.finish(termLoan);
    Loan guptaLoan = loans.finish(drawdown);

    parties.close(verma, repaid.getClosedAt());
    // a term loan's line stays used until the loan closes; a requested drawdown blocks its amount
    parties.open(sharma, termLoan.loan().getDisbursedAmount(), Rupees.ZERO);
    parties.open(gupta, guptaLoan.getPrincipalOutstanding(), requested.getPrincipalAmount());
  }
}
