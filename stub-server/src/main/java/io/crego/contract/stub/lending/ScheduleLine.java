package io.crego.contract.stub.lending;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of a computed repayment schedule.
 *
 * @param index 1-based position
 * @param dueDate the due day (business calendar, IST)
 * @param emiAmount principal + interest
 * @param principal principal part
 * @param interest normal interest part
 * @param openingPrincipal principal outstanding before this instalment
 * @param closingPrincipal principal outstanding after it
 */
public record ScheduleLine(
    int index,
    LocalDate dueDate,
    BigDecimal emiAmount,
    BigDecimal principal,
    BigDecimal interest,
    BigDecimal openingPrincipal,
    BigDecimal closingPrincipal) {}
