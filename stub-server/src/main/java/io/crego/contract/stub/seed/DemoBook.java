package io.crego.contract.stub.seed;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Record;
import io.crego.contract.stub.emis.EndOfDayRun;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The demo company's story, written in one unit of work and played on the loans engine ({@link
 * DemoTimeline}): loans are booked and disbursed, repayments settled, and every day in between
 * closed by the stub's own EOD, so every figure is the engine's.
 *
 * <ul>
 *   <li>Verma Textiles took a 1 lakh term loan at 12% over 3 months 150 days ago, repaid each EMI
 *       on its due day (the loan closed with the last one) and closed its account; a cheque it sent
 *       since matches no loan (unmatched).
 *   <li>Sharma Traders has a 3 lakh term loan at 14% over 12 months (2% processing fee + 18% GST
 *       withheld from the payout), disbursed 75 days ago: EMI 1 was paid on its due day, EMI 2's
 *       NACH debit bounced (it is overdue, with DPD, accruing overdue and penal interest), a
 *       re-presentation is pending, and a UPI payment awaits a checker.
 *   <li>Gupta Electronics has a 10 lakh credit line: a 2 lakh drawdown at 18% over 6 months
 *       disbursed 20 days ago, an advance payment kept as excess until its first EMI falls due, a
 *       cashback booked, a 1.5 lakh drawdown requested (its payout waits for the bank) and a
 *       repayment just booked.
 * </ul>
 *
 * The business date is today.
 */
final class DemoBook {

  private final StoreTransaction tx;
  private final String companyId;
  private final DemoClock clock;
  private final Lending lending;
  private final IdRenaming renaming;

  DemoBook(
      StoreTransaction tx, String companyId, Instant now, Lending lending, IdRenaming renaming) {
    this.tx = tx;
    this.renaming = renaming;
    this.companyId = companyId;
    this.clock = new DemoClock(now);
    this.lending = lending;
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
            "Verma Textiles",
            DemoIds.VERMA_LEAD,
            AccountType.TERM_LOAN,
            "100000",
            clock.daysAgo(200, 11, 0));
    Account sharma =
        parties.account(
            "Sharma Traders",
            DemoIds.SHARMA_LEAD,
            AccountType.TERM_LOAN,
            "500000",
            clock.daysAgo(90, 11, 0));
    Account gupta =
        parties.account(
            "Gupta Electronics",
            DemoIds.GUPTA_LEAD,
            AccountType.CREDIT_LINE,
            "1000000",
            clock.daysAgo(60, 11, 0));
    parties.loanParams(verma, "12", 3, "0", clock.daysAgo(200, 11, 5));
    parties.loanParams(sharma, "14", 12, "2", clock.daysAgo(90, 11, 5));
    parties.loanParams(gupta, "18", 6, "0", clock.daysAgo(60, 11, 5));

    DemoLoans loans = new DemoLoans(tx, lending);
    DemoRecords records = new DemoRecords(tx, lending.ledger());
    DemoTimeline timeline = new DemoTimeline(tx, clock, new EndOfDayRun(lending, List.of()));
    UUID[] loan = new UUID[3]; // Verma's, Sharma's, Gupta's drawdown: known once disbursed

    LocalDate vermaDisbursed = clock.daysAgo(150);
    timeline.on(
        vermaDisbursed,
        10,
        0,
        at -> loan[0] = loans.disburse(verma, "100000", at, at.add(BigDecimal.valueOf(7200))));
    for (int month = 1; month <= 3; month++) {
      int index = month - 1;
      timeline.on(
          vermaDisbursed.plusMonths(month),
          15,
          20,
          at -> {
            Emi due = loans.emis(loan[0]).get(index);
            records.repaid(
                verma, loan[0], due.getOutstandingAmount(), "neft", hdfc, at, minutesLater(at, 35));
            if (index == 2) {
              parties.close(verma, minutesLater(at, 60));
            }
          });
    }

    LocalDate sharmaDisbursed = clock.daysAgo(75);
    timeline.on(
        sharmaDisbursed,
        10,
        15,
        at -> loan[1] = loans.disburse(sharma, "300000", at, minutesLater(at, 75)));
    timeline.on(
        sharmaDisbursed.plusMonths(1),
        10,
        30,
        at -> {
          Emi first = loans.emis(loan[1]).get(0);
          records.repaid(
              sharma,
              loan[1],
              first.getOutstandingAmount(),
              "neft",
              hdfc,
              at,
              minutesLater(at, 35));
        });
    timeline.on(
        sharmaDisbursed.plusMonths(2),
        9,
        0,
        at ->
            records.bouncedNach(
                sharma,
                loans.loan(loan[1]),
                loans.emis(loan[1]).get(1).getOutstandingAmount(),
                at,
                minutesLater(at, 570)));

    timeline.on(
        clock.daysAgo(20),
        11,
        30,
        at -> loan[2] = loans.disburse(gupta, "200000", at, minutesLater(at, 45)));
    timeline.on(
        clock.daysAgo(5),
        14,
        10,
        at ->
            wellKnown(
                records.repaid(
                    gupta, null, Rupees.of("25000"), "imps", icici, at, minutesLater(at, 30)),
                DemoIds.ADVANCE_RECORD));
    timeline.on(
        clock.daysAgo(4),
        12,
        0,
        at -> wellKnown(records.cashback(gupta, "2000", at), DemoIds.CASHBACK_RECORD));
    timeline.on(
        clock.daysAgo(2),
        9,
        0,
        at ->
            wellKnown(
                records.pendingNach(
                    sharma,
                    loans.loan(loan[1]),
                    loans.emis(loan[1]).get(1).getOutstandingAmount(),
                    at),
                DemoIds.NACH_RECORD));
    timeline.on(
        clock.daysAgo(1),
        15,
        45,
        at ->
            wellKnown(
                records.awaitingApproval(sharma, "20000", "200", at), DemoIds.AWAITING_RECORD));
    timeline.on(
        clock.daysAgo(1),
        16,
        40,
        at ->
            renaming.rename(
                loans.request(gupta, "150000", at).loan().getId(), DemoIds.TRANCHE_LOAN));
    timeline.on(
        clock.daysAgo(1),
        17,
        20,
        at ->
            records.pending(
                verma, "10000", "cheque", "Cheque deposited after the loan closed", at));
    timeline.on(
        clock.today(),
        9,
        30,
        at ->
            wellKnown(
                records.pending(gupta, "15000", "neft", null, at), DemoIds.MARK_PROCESSED_RECORD));
    timeline.on(
        clock.today(),
        9,
        45,
        at ->
            wellKnown(
                records.pending(sharma, "5000", "cash", "Paid at the branch counter", at),
                DemoIds.APPROVAL_RECORD));

    timeline.play(vermaDisbursed);
    renaming.rename(sharma.getId(), DemoIds.SHARMA_ACCOUNT);
    renaming.rename(gupta.getId(), DemoIds.GUPTA_ACCOUNT);
    renaming.rename(loan[1], DemoIds.SHARMA_LOAN);
    renaming.rename(loan[2], DemoIds.GUPTA_DRAWDOWN);
  }

  private void wellKnown(Record record, UUID id) {
    renaming.rename(record.getId(), id);
  }

  private static BigDecimal minutesLater(BigDecimal at, int minutes) {
    return at.add(BigDecimal.valueOf(minutes * 60L));
  }
}
