package io.crego.contract.stub.lending;

import java.math.BigDecimal;

/** Money applied to one component of one demand. */
public record Allocation(String demandId, Component component, BigDecimal amount) {}
