package io.crego.contract.stub.accounts;

import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.ErrorDetail;
import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.spec.model.LoanParamsInit;
import io.crego.contract.spec.model.LoanParamsLineDetail;
import io.crego.contract.spec.model.LoanParamsLoanData;
import io.crego.contract.spec.model.LoanParamsUpdate;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.loans.LoanTerms;
import io.crego.contract.stub.loans.ParamDefaults;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Initiate, Get and Update Loan Params: one set of parameters per lead, the offer's values
 * (approved line, EMI count, rate, processing fee) over the platform's defaults ({@link
 * ParamDefaults}). The offer's rate is written as the one rate slab without an end, reducing
 * balance (the platform's default interest type).
 */
final class LoanParamsOperations {

  private static final BigDecimal MAX_LINE = new BigDecimal("10000000000");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Store store;

  LoanParamsOperations(Store store) {
    this.store = store;
  }

  ApiResponse initiate(OperationContext context) {
    LoanParamsInit body = context.body(LoanParamsInit.class);
    String leadId = body.getLeadId();
    Offer offer = Offer.read(body.getLineDetail(), body.getLoanData());
    LoanParams params =
        store.write(
            context.companyId(),
            tx -> {
              Optional<LoanParams> existing = LoanTerms.paramsOf(tx, leadId);
              if (existing.isPresent()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("lead_id", leadId);
                details.put("loan_params", existing.get().getId().toString());
                throw ApiException.conflict(
                    ErrorCode.DUPLICATE_REFERENCE,
                    "The lead "
                        + leadId
                        + " already has loan parameters: change them with Update Loan Params.",
                    details);
              }
              BigDecimal at = Timestamps.of(context.now());
              LoanParams created =
                  ParamDefaults.params()
                      .id(RefIds.newId())
                      .createdAt(at)
                      .updatedAt(at)
                      .leadId(leadId)
                      .programId(body.getProgramId());
              offer.applyTo(created);
              tx.put(Kinds.LOAN_PARAMS, created.getId().toString(), created);
              return created;
            });
    return JsonAnswers.created(params);
  }

  ApiResponse get(OperationContext context) {
    String leadId = context.query("lead_id", String.class).orElse("");
    Optional<String> programId = context.query("program_id", String.class);
    LoanParams params =
        store.read(
            context.companyId(),
            view ->
                LoanTerms.paramsOf(view, leadId)
                    .filter(p -> programId.isEmpty() || programId.get().equals(p.getProgramId()))
                    .orElseThrow(
                        () ->
                            ApiException.notFound(
                                "loan parameters for lead",
                                leadId,
                                ErrorDetails.query("lead_id", "has no loan parameters"))));
    return JsonAnswers.ok(params);
  }

  /** Every field present changes; a field the body leaves out keeps its value. */
  ApiResponse update(OperationContext context) {
    LoanParamsUpdate body = context.body(LoanParamsUpdate.class);
    String leadId = body.getLeadId();
    Offer offer = Offer.read(body.getLineDetail(), body.getLoanData());
    store.write(
        context.companyId(),
        tx -> {
          LoanParams params =
              LoanTerms.paramsOf(tx, leadId)
                  .orElseThrow(
                      () ->
                          ApiException.notFound(
                              "loan parameters for lead",
                              leadId,
                              ErrorDetails.body("/lead_id", "has no loan parameters")));
          params.programId(body.getProgramId());
          offer.applyTo(params);
          params.updatedAt(Timestamps.touch(params.getUpdatedAt(), context.now()));
          tx.put(Kinds.LOAN_PARAMS, params.getId().toString(), params);
          return params;
        });
    return ApiResponse.json(200, "{}");
  }

  /** The offer's values of a request, each optional; every unreadable one is a 400 at once. */
  private record Offer(
      Optional<BigDecimal> approvedLine,
      Optional<Integer> emiCount,
      Optional<BigDecimal> rate,
      Optional<BigDecimal> processingFee,
      Optional<LoanParams.PfValueTypeEnum> feeType) {

    /** Where each value is sent (Initiate and Update share the two objects), for errors. */
    private static final String LINE = "/" + LoanParamsInit.JSON_PROPERTY_LINE_DETAIL + "/";

    private static final String DATA = "/" + LoanParamsInit.JSON_PROPERTY_LOAN_DATA + "/";

    static Offer read(LoanParamsLineDetail line, LoanParamsLoanData data) {
      List<ErrorDetail> errors = new ArrayList<>();
      FlexibleNumbers numbers = new FlexibleNumbers(errors);
      Offer offer =
          new Offer(
              numbers
                  .decimal(
                      line == null ? null : line.getApprovedLineAmount(),
                      LINE + LoanParamsLineDetail.JSON_PROPERTY_APPROVED_LINE_AMOUNT,
                      BigDecimal.ZERO,
                      true,
                      MAX_LINE)
                  .map(Rupees::of),
              numbers.whole(
                  data == null ? null : data.getEmiCount(),
                  DATA + LoanParamsLoanData.JSON_PROPERTY_EMI_COUNT,
                  1,
                  600),
              numbers.decimal(
                  data == null ? null : data.getFlatRoiValue(),
                  DATA + LoanParamsLoanData.JSON_PROPERTY_FLAT_ROI_VALUE,
                  BigDecimal.ZERO,
                  false,
                  HUNDRED),
              numbers.decimal(
                  data == null ? null : data.getPfValue(),
                  DATA + LoanParamsLoanData.JSON_PROPERTY_PF_VALUE,
                  BigDecimal.ZERO,
                  false,
                  MAX_LINE),
              Optional.ofNullable(data)
                  .map(LoanParamsLoanData::getPfValueType)
                  .map(type -> LoanParams.PfValueTypeEnum.fromValue(type.getValue())));
      if (!errors.isEmpty()) {
        throw ApiException.validation(errors);
      }
      return offer;
    }

    void applyTo(LoanParams params) {
      approvedLine.ifPresent(params::approvedLineAmount);
      emiCount.ifPresent(count -> params.emiCount(count).tenureValue(count));
      rate.ifPresent(value -> params.roiSlabBased(false).roiValue(ParamDefaults.flatSlab(value)));
      processingFee.ifPresent(fee -> params.pfValue(fee).pfIsEnabled(fee.signum() > 0));
      feeType.ifPresent(params::pfValueType);
    }
  }
}
