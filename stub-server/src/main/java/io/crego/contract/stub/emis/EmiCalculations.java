package io.crego.contract.stub.emis;

import io.crego.contract.spec.model.EmiCalculation;
import io.crego.contract.spec.model.EmiCalculationRequest;
import io.crego.contract.spec.model.InterestType;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.EmiCalculator;
import io.crego.contract.stub.lending.InterestMethod;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lending.ScheduleLine;
import io.crego.contract.stub.loans.Lending;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Calculate EMI: the lending layer's {@link EmiCalculator} on the request's terms, stored nowhere.
 * The schedule starts on {@code start_date} (default: the business date), the first EMI due one
 * month later, each due date a day-end stamp.
 */
final class EmiCalculations {

  private final Store store;
  private final Lending lending;

  EmiCalculations(Store store, Lending lending) {
    this.store = store;
    this.lending = lending;
  }

  ApiResponse calculate(OperationContext context) {
    EmiCalculationRequest request = context.body(EmiCalculationRequest.class);
    InterestType type =
        request.getInterestType() == null ? InterestType.REDUCING : request.getInterestType();
    LocalDate start =
        request.getStartDate() != null
            ? BusinessCalendar.dayOf(BigDecimal.valueOf(request.getStartDate()))
            : store.read(context.companyId(), lending::businessDate);
    BigDecimal principal = Rupees.of(request.getPrincipal());
    List<ScheduleLine> lines =
        EmiCalculator.schedule(
            principal,
            request.getRoiValue(),
            request.getEmiCount(),
            InterestMethod.of(type.getValue()),
            start);
    List<io.crego.contract.spec.model.ScheduleLine> schedule = new ArrayList<>();
    BigDecimal interest = Rupees.ZERO;
    BigDecimal payable = Rupees.ZERO;
    for (ScheduleLine line : lines) {
      interest = Rupees.add(interest, line.interest());
      payable = Rupees.add(payable, line.emiAmount());
      schedule.add(
          new io.crego.contract.spec.model.ScheduleLine()
              .index(line.index())
              .dueDate(BusinessCalendar.dayEnd(line.dueDate()))
              .emiAmount(line.emiAmount())
              .principal(line.principal())
              .interest(line.interest())
              .openingPrincipal(line.openingPrincipal())
              .closingPrincipal(line.closingPrincipal()));
    }
    return JsonAnswers.ok(
        new EmiCalculation()
            .principal(principal)
            .roiValue(request.getRoiValue())
            .interestType(type)
            .emiCount(request.getEmiCount())
            .emiAmount(
                EmiCalculator.emi(
                    principal,
                    request.getRoiValue(),
                    request.getEmiCount(),
                    InterestMethod.of(type.getValue())))
            .totalInterest(interest)
            .totalPayable(payable)
            .schedule(schedule));
  }
}
