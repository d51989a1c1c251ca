package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiComponent;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeeStatus;
import io.crego.contract.spec.model.FeeType;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random lives of loans — repayments of any size (naming a loan or not), days of EOD, fees, refunds
 * of excess by loan and by record, cashback applied — checked after every step: no demand is ever
 * settled beyond what it owed, every demand's settlements add up to what it has been paid, and
 * every record's settlements, remaining amount and refunds add up to its amount, to the paisa.
 */
class MoneyPropertyTest extends LoansTestBase {

  private static final int RUNS = 24;
  private static final int STEPS = 30;

  /** Per record: what refunds took from it, seen as the drop of its remaining amount. */
  private final Map<UUID, BigDecimal> refunded = new HashMap<>();

  /** What the runs went through, to be sure they covered the interesting paths. */
  private final Map<String, Integer> seen = new HashMap<>();

  @Test
  void noPaisaIsCreatedOrLostAndNoDemandIsOverSettled() {
    for (int run = 0; run < RUNS; run++) {
      long seed = 1_000 + run;
      Random random = new Random(seed);
      if (run > 0) {
        closeStore();
        setUpCompany();
      }
      refunded.clear();
      String account =
          account(
              random.nextBoolean() ? "term_loan" : "credit_line",
              "2000000",
              String.valueOf(8 + random.nextInt(20)),
              1 + random.nextInt(12),
              String.valueOf(random.nextInt(3)));
      List<String> loans = new ArrayList<>(List.of(activeLoan(account, amount(random, 500_000))));
      if (random.nextBoolean()) {
        loans.add(activeLoan(account, amount(random, 300_000)));
      }
      for (int step = 0; step < STEPS; step++) {
        String loan = loans.get(random.nextInt(loans.size()));
        String what = act(random, account, loan);
        seen.merge(what.replaceAll("[0-9]+ EODs", "EODs"), 1, Integer::sum);
        checkInvariants("seed " + seed + " step " + step + " (" + what + ")");
      }
      all(Kinds.LOANS).forEach(l -> seen.merge("loan " + l.getStatus(), 1, Integer::sum));
      all(Kinds.FEES).stream()
          .filter(f -> f.getPaidAmount().signum() > 0)
          .forEach(f -> seen.merge("fee paid", 1, Integer::sum));
    }
    for (String path :
        List.of("loan closed", "fee paid", "loan refund", "cashback applied", "cashback kept")) {
      assertTrue(seen.getOrDefault(path, 0) > 0, "no run went through " + path + ": " + seen);
    }
  }

  private String act(Random random, String account, String loan) {
    int dice = random.nextInt(10);
    if (dice < 4) {
      repay(account, amount(random, 60_000), random.nextBoolean() ? loan : null).expect(200);
      return "repayment";
    }
    if (dice < 7) {
      int days = 1 + random.nextInt(20);
      for (int i = 0; i < days; i++) {
        runEod();
      }
      return days + " EODs";
    }
    boolean active = loan(loan).getStatus() == LoanStatus.ACTIVE;
    if (dice == 7 && active) {
      chargeFee(loan, random);
      return "fee";
    }
    if (dice == 8) {
      refundFromLoan(loan, random);
      return "loan refund";
    }
    return active ? applyCashback(loan, random) : "nothing (the loan closed)";
  }

  private void refundFromLoan(String loan, Random random) {
    BigDecimal excess = loan(loan).getExcessAmount();
    if (excess.signum() <= 0) {
      return;
    }
    BigDecimal amount =
        excess
            .multiply(BigDecimal.valueOf(1 + random.nextInt(100), 2))
            .setScale(2, RoundingMode.DOWN);
    if (amount.signum() <= 0) {
      return;
    }
    Map<UUID, BigDecimal> before = remainingByRecord();
    Exchange refund =
        api.call(ACME, OperationIds.INITIATE_LOAN_REFUND)
            .id(loan)
            .body("{\"amount\": " + amount.toPlainString() + "}")
            .send()
            .expect(201);
    BigDecimal taken = BigDecimal.ZERO.setScale(2);
    for (Map.Entry<UUID, BigDecimal> entry : remainingByRecord().entrySet()) {
      BigDecimal drop = before.get(entry.getKey()).subtract(entry.getValue());
      if (drop.signum() != 0) {
        refunded.merge(entry.getKey(), drop, BigDecimal::add);
        taken = taken.add(drop);
      }
    }
    assertEquals(refund.money("/amount"), taken, "the refund is what the records gave up");
  }

  private String applyCashback(String loan, Random random) {
    String cashback =
        api.call(ACME, OperationIds.INITIATE_LOAN_ADJUSTMENT)
            .id(loan)
            .body("{\"amount\": " + amount(random, 3_000) + ", \"type\": \"cashback\"}")
            .send()
            .expect(201)
            .id();
    BigDecimal booked = record(cashback).getRemainingAmount();
    Exchange applied =
        api.call(ACME, OperationIds.INITIATE_RECORD_ADJUSTMENT)
            .id(cashback)
            .body("{\"loan_id\": \"" + loan + "\"}")
            .send()
            .expect(200);
    // with nothing due, nothing is applied and the record keeps all of it
    return applied.money("/remaining_amount").compareTo(booked) == 0
        ? "cashback kept"
        : "cashback applied";
  }

  /** A fee due today, as the Fee group creates one, and the loan rebuilt through the loan book. */
  private void chargeFee(String loan, Random random) {
    BigDecimal amount = new BigDecimal(amount(random, 2_000));
    BigDecimal gst = amount.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
    store.write(
        ACME,
        tx -> {
          UUID accountId = tx.get(Kinds.LOANS, loan).orElseThrow().getAccount();
          Fee fee =
              new Fee()
                  .id(RefIds.newId())
                  .createdAt(new BigDecimal("1718610125"))
                  .updatedAt(new BigDecimal("1718610125"))
                  .loan(UUID.fromString(loan))
                  .account(accountId)
                  .type(FeeType.BOUNCE_CHARGE)
                  .amount(amount)
                  .gstPercentage(new BigDecimal("18"))
                  .gstAmount(gst)
                  .totalAmount(amount.add(gst))
                  .paidAmount(rupees("0"))
                  .dueDate(BigDecimal.valueOf(BusinessCalendar.dayStart(lending.businessDate(tx))))
                  .status(FeeStatus.DUE)
                  .remark(null);
          tx.put(Kinds.FEES, fee.getId().toString(), fee);
          lending.refresh(tx, UUID.fromString(loan), api.now());
          return null;
        });
  }

  private void checkInvariants(String where) {
    Map<UUID, BigDecimal> settledOnDemand = new HashMap<>();
    Map<UUID, BigDecimal> settledFromRecord = new HashMap<>();
    for (Settlement settlement : all(Kinds.SETTLEMENTS)) {
      assertTrue(settlement.getAmount().signum() > 0, where + ": an empty settlement");
      settledOnDemand.merge(settlement.getDemand(), settlement.getAmount(), BigDecimal::add);
      settledFromRecord.merge(
          (UUID) settlement.getRecord().getActualInstance(),
          settlement.getAmount(),
          BigDecimal::add);
    }
    for (Emi emi : all(Kinds.EMIS)) {
      BigDecimal paid = BigDecimal.ZERO.setScale(2);
      for (EmiComponent part : emi.getComponents()) {
        assertTrue(part.getOutstandingAmount().signum() >= 0, where + ": over-settled " + part);
        assertEquals(
            part.getAmount(),
            part.getPaidAmount().add(part.getOutstandingAmount()),
            where + ": component balance");
        paid = paid.add(part.getPaidAmount());
      }
      assertEquals(paid, emi.getPaidAmount(), where + ": EMI paid");
      assertEquals(
          paid,
          settledOnDemand.getOrDefault(emi.getId(), BigDecimal.ZERO.setScale(2)),
          where + ": EMI " + emi.getIndex() + " paid = its settlements");
    }
    for (Fee fee : all(Kinds.FEES)) {
      assertTrue(
          fee.getPaidAmount().compareTo(fee.getTotalAmount()) <= 0, where + ": fee over-paid");
      assertEquals(
          fee.getPaidAmount(),
          settledOnDemand.getOrDefault(fee.getId(), BigDecimal.ZERO.setScale(2)),
          where + ": fee paid = its settlements");
    }
    for (Record record : all(Kinds.RECORDS)) {
      BigDecimal accounted =
          settledFromRecord
              .getOrDefault(record.getId(), BigDecimal.ZERO.setScale(2))
              .add(record.getRemainingAmount())
              .add(refunded.getOrDefault(record.getId(), BigDecimal.ZERO.setScale(2)));
      assertEquals(record.getAmount(), accounted, where + ": record " + record.getRefId());
      assertTrue(record.getRemainingAmount().signum() >= 0, where + ": negative remaining");
    }
    for (Account account : all(Kinds.ACCOUNTS)) {
      assertEquals(
          account.getApprovedLineAmount(),
          account
              .getAvailableLineAmount()
              .add(account.getUsedLineAmount())
              .add(account.getBlockedLineAmount()),
          where + ": line");
    }
  }

  private Map<UUID, BigDecimal> remainingByRecord() {
    Map<UUID, BigDecimal> remaining = new HashMap<>();
    all(Kinds.RECORDS).forEach(r -> remaining.put(r.getId(), r.getRemainingAmount()));
    return remaining;
  }

  /** An amount from 0.01 up to {@code maxRupees}, with paise. */
  private static String amount(Random random, int maxRupees) {
    long paise = 1 + (long) (random.nextDouble() * maxRupees * 100L);
    return BigDecimal.valueOf(paise, 2).toPlainString();
  }
}
