package io.crego.contract.stub.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.FeeStatus;
import io.crego.contract.spec.model.FeeType;
import io.crego.contract.spec.model.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fees as demands: settled by due date among the EMIs, and counted in the loan's position. */
class FeeSettlementTest {

  private static final LocalDate DISBURSED = LocalDate.of(2024, 6, 17);
  private static final LocalDate FIRST_DUE = LocalDate.of(2024, 7, 17);
  private static final BigDecimal NOW = new BigDecimal("1718562600.5");
  private static final UUID LOAN = UUID.randomUUID();
  private static final UUID ACCOUNT = UUID.randomUUID();

  private static BigDecimal rupees(String value) {
    return new BigDecimal(value).setScale(2);
  }

  private static List<Emi> threeMonthLoan() {
    return LoanSchedule.emis(
        LOAN,
        ACCOUNT,
        rupees("100000"),
        new BigDecimal("12"),
        3,
        InterestMethod.REDUCING,
        DISBURSED,
        1,
        UUID::randomUUID,
        NOW);
  }

  private static Fee fee(String total, LocalDate due) {
    return new Fee()
        .id(UUID.randomUUID())
        .createdAt(NOW)
        .updatedAt(NOW)
        .loan(LOAN)
        .account(ACCOUNT)
        .type(FeeType.BOUNCE_CHARGE)
        .amount(rupees(total))
        .gstPercentage(BigDecimal.ZERO)
        .gstAmount(rupees("0"))
        .totalAmount(rupees(total))
        .paidAmount(rupees("0"))
        .dueDate(new BigDecimal(BusinessCalendar.dayStart(due)))
        .status(FeeStatus.DUE);
  }

  @Test
  void aFeeDueBeforeAnEmiIsPaidFirstAndMarkedPaid() {
    List<Emi> emis = threeMonthLoan();
    Fee fee = fee("590", FIRST_DUE.minusDays(5));

    LoanSettlement.Outcome outcome =
        LoanSettlement.settle(
            rupees("1000"),
            UUID.randomUUID(),
            emis,
            List.of(fee),
            FIRST_DUE,
            UUID::randomUUID,
            NOW);

    assertEquals(2, outcome.settlements().size());
    Settlement onFee = outcome.settlements().get(0);
    assertEquals(fee.getId(), onFee.getDemand());
    assertEquals(rupees("590"), onFee.getAmount());
    assertEquals(5, onFee.getDpd());
    assertEquals(FeeStatus.PAID, fee.getStatus());
    assertEquals(rupees("590"), fee.getPaidAmount());
    assertEquals(rupees("410"), outcome.settlements().get(1).getAmount());
    assertEquals(List.of(fee), outcome.changedFees());
    assertEquals(rupees("0"), outcome.remaining());
  }

  @Test
  void onTheSameDayTheFeeGoesBeforeTheEmiAndAPartPaymentLeavesItPartiallyPaid() {
    List<Emi> emis = threeMonthLoan();
    Fee fee = fee("500", FIRST_DUE);

    LoanSettlement.settle(
        rupees("200"), UUID.randomUUID(), emis, List.of(fee), FIRST_DUE, UUID::randomUUID, NOW);

    assertEquals(FeeStatus.PARTIALLY_PAID, fee.getStatus());
    assertEquals(rupees("300"), FeeLedger.outstanding(fee));
    assertEquals(rupees("34002"), emis.get(0).getOutstandingAmount());
  }

  @Test
  void aFeeNotYetDueOrWaivedIsNoDemand() {
    Fee later = fee("500", FIRST_DUE.plusDays(1));
    Fee waived = fee("500", FIRST_DUE).status(FeeStatus.WAIVED);

    LoanSettlement.Outcome outcome =
        LoanSettlement.settle(
            rupees("100"),
            UUID.randomUUID(),
            List.of(),
            List.of(later, waived),
            FIRST_DUE,
            UUID::randomUUID,
            NOW);

    assertEquals(List.of(), outcome.settlements());
    assertEquals(rupees("100"), outcome.remaining());
  }

  @Test
  void thePositionOwesEveryFeeButCountsOnlyFeesDueAsDueAndPastDueAsOverdue() {
    List<Emi> emis = threeMonthLoan();
    Fee overdue = fee("100", FIRST_DUE.minusDays(3));
    Fee today = fee("200", FIRST_DUE);
    Fee later = fee("400", FIRST_DUE.plusDays(3));

    LoanPosition position = LoanPosition.of(emis, List.of(overdue, today, later), FIRST_DUE);

    assertEquals(rupees("700"), position.feesOutstanding());
    // EMI 1 is due today (34002) with the fees due by today (300)
    assertEquals(rupees("34302"), position.dueAmount());
    assertEquals(rupees("100"), position.overdueAmount());
    assertEquals(3, position.dpd());
    // all principal, EMI 1's interest (due today) and every fee
    assertEquals(rupees("101700"), position.totalOutstanding());
  }
}
