package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.InterestType;
import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.spec.model.RoiSlab;
import io.crego.contract.spec.model.RoiSlabDays;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's defaults for what a lead's loan parameters leave out (Initiate Loan Params fills
 * them in; a loan on terms with gaps uses them): 30/360 day count, reducing-balance interest at 12%
 * a year, 12 monthly EMIs, overdue interest 24% and penal interest 36% a year accrued daily, no
 * processing fee unless the offer names one, 18% GST on it.
 */
public final class ParamDefaults {

  static final int DAYS_IN_MONTH = 30;
  static final int DAYS_IN_YEAR = 360;
  static final int EMI_COUNT = 12;
  static final BigDecimal RATE = new BigDecimal("12");
  static final InterestType INTEREST_TYPE = InterestType.REDUCING;
  static final BigDecimal OVERDUE_RATE = new BigDecimal("24");
  static final BigDecimal PENAL_RATE = new BigDecimal("36");
  static final BigDecimal PF_GST = new BigDecimal("18");

  /** The marker of a rate slab without an end. */
  static final String NO_END = "inf";

  private ParamDefaults() {}

  /**
   * Parameters holding only defaults (no id, lead or program): what {@link LoanTerms} reads for a
   * lead without any, and the base Initiate Loan Params starts from.
   */
  public static LoanParams params() {
    return new LoanParams()
        .type("loan")
        .daysInMonth(DAYS_IN_MONTH)
        .daysInYear(DAYS_IN_YEAR)
        .tenurePeriod(LoanParams.TenurePeriodEnum.MONTHS)
        .tenureValue(EMI_COUNT)
        .roiPeriod(LoanParams.RoiPeriodEnum.YEARS)
        .roiSlabBased(false)
        .roiValue(flatSlab(RATE))
        .interestType(INTEREST_TYPE)
        .overdueRoiSameAsRoi(false)
        .overdueRoiSlabBased(false)
        .overdueRoiValue(flatSlab(OVERDUE_RATE))
        .overdueRoiPeriod(LoanParams.OverdueRoiPeriodEnum.YEARS)
        .penalRoiSameAsRoi(false)
        .penalRoiSlabBased(false)
        .penalRoiValue(flatSlab(PENAL_RATE))
        .penalRoiPeriod(LoanParams.PenalRoiPeriodEnum.YEARS)
        .penalAccrualFrequency("daily")
        .interestStarts("same_day")
        .subventionIsEnabled(false)
        .subventionValue(BigDecimal.ZERO)
        .cashbackIsEnabled(false)
        .cashbackUseAs("adjust")
        .cashbackPaymentTo("borrower")
        .cashbackReleaseAt("loan_closure")
        .holdbackIsEnabled(false)
        .holdbackRate(BigDecimal.ZERO)
        .marginIsEnabled(false)
        .marginValue(BigDecimal.ZERO)
        .pfIsEnabled(false)
        .pfValueType(LoanParams.PfValueTypeEnum.PERCENTAGE)
        .pfValue(BigDecimal.ZERO)
        .pfGst(PF_GST)
        .emiFrequency(LoanParams.EmiFrequencyEnum.MONTHLY)
        .emiCount(EMI_COUNT);
  }

  /** One slab without an end: the rate for every tenure. */
  public static List<RoiSlab> flatSlab(BigDecimal rate) {
    return new ArrayList<>(List.of(new RoiSlab().days(new RoiSlabDays(NO_END)).value(rate)));
  }
}
