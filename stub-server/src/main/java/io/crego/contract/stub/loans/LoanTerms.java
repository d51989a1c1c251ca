package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.InterestType;
import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.spec.model.RoiSlab;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.EndOfDay;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.Index;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The terms a lead's loans are made on, read from its {@code LoanParams}; where the parameters
 * leave a value out, the platform's default ({@link ParamDefaults}). Rates are per year, percent: a
 * rate the parameters state per month is ×12, per day ×{@code days_in_year}.
 *
 * @param annualRatePercent the normal rate: with slabs, the first slab whose end (in days) covers
 *     the tenure ({@code emi_count × days_in_month}), else the last slab
 * @param method reducing balance or flat
 * @param emiCount EMIs of a new loan
 * @param processingFee the fee's value: percent of the principal, or rupees when {@code fixed}
 * @param feeIsPercentage whether {@code processingFee} is a percentage
 * @param feeGstPercent GST on the processing fee, percent
 * @param charges overdue and penal rates and the day count EOD charges them on
 */
public record LoanTerms(
    BigDecimal annualRatePercent,
    InterestMethod method,
    int emiCount,
    BigDecimal processingFee,
    boolean feeIsPercentage,
    BigDecimal feeGstPercent,
    EndOfDay.ChargeRates charges) {

  /** Each lead's parameters, found without reading the other leads'. */
  static final Index<LoanParams> PARAMS_BY_LEAD =
      Index.on(Kinds.LOAN_PARAMS, "lead", LoanParams::getLeadId);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  /** The parameters of a lead, if it has any. */
  public static Optional<LoanParams> paramsOf(StoreView view, String leadId) {
    if (leadId == null) {
      return Optional.empty();
    }
    List<String> ids = view.idsWhere(PARAMS_BY_LEAD, leadId);
    return ids.isEmpty() ? Optional.empty() : view.get(Kinds.LOAN_PARAMS, ids.get(0));
  }

  /** The terms of a lead with parameters, or the platform defaults for one without. */
  public static LoanTerms forLead(StoreView view, String leadId) {
    return paramsOf(view, leadId).map(LoanTerms::of).orElseGet(() -> of(ParamDefaults.params()));
  }

  /**
   * {@link #forLead} for many leads at once, each lead's terms made once: End of Day ages every
   * loan taking repayments, and many loans share a lead.
   */
  public static Function<String, LoanTerms> forLeads(StoreView view) {
    Map<String, LoanTerms> terms = new HashMap<>();
    return leadId -> terms.computeIfAbsent(String.valueOf(leadId), key -> forLead(view, leadId));
  }

  static LoanTerms of(LoanParams params) {
    int daysInYear = orDefault(params.getDaysInYear(), ParamDefaults.DAYS_IN_YEAR);
    int daysInMonth = orDefault(params.getDaysInMonth(), ParamDefaults.DAYS_IN_MONTH);
    // 0 EMIs (the vendor's parameters of a lead with no schedule set) means: none chosen yet
    Integer count = params.getEmiCount();
    int emiCount = count == null || count < 1 ? ParamDefaults.EMI_COUNT : count;
    String roiPeriod = params.getRoiPeriod() == null ? "years" : params.getRoiPeriod().getValue();
    BigDecimal rate =
        annual(
            slabRate(params.getRoiValue(), emiCount * daysInMonth, ParamDefaults.RATE),
            roiPeriod,
            daysInYear);
    BigDecimal overdue =
        annual(
            slabRate(
                params.getOverdueRoiValue(), emiCount * daysInMonth, ParamDefaults.OVERDUE_RATE),
            params.getOverdueRoiPeriod() == null
                ? "years"
                : params.getOverdueRoiPeriod().getValue(),
            daysInYear);
    BigDecimal penal =
        annual(
            slabRate(params.getPenalRoiValue(), emiCount * daysInMonth, ParamDefaults.PENAL_RATE),
            params.getPenalRoiPeriod() == null ? "years" : params.getPenalRoiPeriod().getValue(),
            daysInYear);
    boolean feeEnabled = !Boolean.FALSE.equals(params.getPfIsEnabled());
    return new LoanTerms(
        rate,
        InterestMethod.of(
            (params.getInterestType() == null
                    ? ParamDefaults.INTEREST_TYPE
                    : params.getInterestType())
                .getValue()),
        emiCount,
        feeEnabled ? orDefault(params.getPfValue(), BigDecimal.ZERO) : BigDecimal.ZERO,
        params.getPfValueType() == null
            || params.getPfValueType() == LoanParams.PfValueTypeEnum.PERCENTAGE,
        orDefault(params.getPfGst(), ParamDefaults.PF_GST),
        new EndOfDay.ChargeRates(overdue, penal, daysInYear));
  }

  InterestType interestType() {
    return method == InterestMethod.FLAT ? InterestType.FLAT : InterestType.REDUCING;
  }

  /** The processing fee on a principal, to the paisa. */
  BigDecimal processingFeeOn(BigDecimal principal) {
    return feeIsPercentage
        ? Rupees.of(principal.multiply(processingFee).divide(HUNDRED, MathContext.DECIMAL128))
        : Rupees.of(processingFee);
  }

  /** GST on the processing fee, to the paisa. */
  BigDecimal gstOnFee(BigDecimal fee) {
    return Rupees.of(fee.multiply(feeGstPercent).divide(HUNDRED, MathContext.DECIMAL128));
  }

  /**
   * What the borrower receives: principal − processing fee − GST on it, never below zero (a fixed
   * fee larger than a tiny loan withholds all of it).
   */
  public BigDecimal netDisbursal(BigDecimal principal) {
    BigDecimal fee = processingFeeOn(principal);
    return Rupees.of(principal.subtract(fee).subtract(gstOnFee(fee)).max(BigDecimal.ZERO));
  }

  /** The rate of the first slab that covers the tenure (the last slab if none does). */
  private static BigDecimal slabRate(List<RoiSlab> slabs, int tenureDays, BigDecimal fallback) {
    if (slabs == null || slabs.isEmpty()) {
      return fallback;
    }
    for (RoiSlab slab : slabs) {
      if (coversTenure(slab, tenureDays)) {
        return slab.getValue();
      }
    }
    return slabs.get(slabs.size() - 1).getValue();
  }

  private static boolean coversTenure(RoiSlab slab, int tenureDays) {
    Object days = slab.getDays() == null ? null : slab.getDays().getActualInstance();
    if (days instanceof Integer end) {
      return end < 0 || end >= tenureDays;
    }
    if (days instanceof String digits && !ParamDefaults.NO_END.equals(digits)) {
      // the vendor sends slab ends as strings ("15", "30"); the spec allows only digits here
      return Integer.parseInt(digits) >= tenureDays;
    }
    return true; // "inf"
  }

  private static BigDecimal annual(BigDecimal rate, String period, int daysInYear) {
    return switch (period) {
      case "months" -> rate.multiply(TWELVE);
      case "days" -> rate.multiply(BigDecimal.valueOf(daysInYear));
      default -> rate;
    };
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
