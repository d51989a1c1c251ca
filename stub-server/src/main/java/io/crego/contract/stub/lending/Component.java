package io.crego.contract.stub.lending;

/**
 * The parts of a demand, in the platform's {@code component_order} {@code PI-OI-NI-P}: penal
 * interest, overdue interest, normal interest, principal. Money settles them in this order.
 */
public enum Component {
  PI,
  OI,
  NI,
  P
}
