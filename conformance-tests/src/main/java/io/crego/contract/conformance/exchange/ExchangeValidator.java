package io.crego.contract.conformance.exchange;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.contract.ContractReport;
import io.crego.contract.spec.contract.InteractionRequest;
import io.crego.contract.spec.contract.InteractionValidator;
import io.crego.contract.spec.contract.KnownDeviations;
import java.util.List;

/**
 * Judges one exchange against the spec, by the contract engine ({@link InteractionValidator}): the
 * status is one the operation declares, a JSON body comes as {@code application/json}, the body
 * matches the schema declared for that status, a page keeps the list envelope's promises, and a
 * read by id answers that id.
 */
public final class ExchangeValidator {

  private final InteractionValidator engine;

  public ExchangeValidator(CregoSpec spec) {
    this(new InteractionValidator(spec));
  }

  private ExchangeValidator(InteractionValidator engine) {
    this.engine = engine;
  }

  /** The same validator, reporting what these deviations explain as tolerated. */
  public ExchangeValidator withDeviations(KnownDeviations known) {
    return new ExchangeValidator(engine.withDeviations(known));
  }

  /** Every violation of the exchange that no known deviation explains. */
  public List<ContractViolation> validate(SpecOperation op, HttpExchange exchange) {
    return report(op, exchange).violations().stream()
        .map(v -> ContractViolation.of(op, exchange, v))
        .toList();
  }

  /** The engine's report on the exchange: what counts, and what known deviations explain. */
  public ContractReport report(SpecOperation op, HttpExchange exchange) {
    return engine.validateResponse(
        op,
        InteractionRequest.of(exchange.path(), exchange.query()),
        exchange.status(),
        exchange.contentType(),
        exchange.responseBody());
  }
}
