package io.crego.contract.conformance.data;

import io.crego.contract.conformance.exchange.ContractViolationError;
import io.crego.contract.conformance.http.NoAnswerError;
import java.util.function.Supplier;

/**
 * Marks the steps that prepare a test's data (make a resource, bring it to a state): whatever goes
 * wrong in a call made there, a contract violation, a refused call or no answer at all, fails the
 * test as a {@link PreparationFailure} naming that call's operation. The test's own calls are made
 * outside these steps and fail as themselves. Skips (the data cannot be made through the API) pass
 * through unchanged.
 */
final class Preparation {

  private Preparation() {}

  static <T> T step(Supplier<T> work) {
    try {
      return work.get();
    } catch (PreparationFailure named) {
      throw named;
    } catch (ContractViolationError broken) {
      String operation = broken.violations().get(0).operationId();
      throw new PreparationFailure(operation, broken.getMessage(), broken);
    } catch (NoAnswerError unanswered) {
      throw new PreparationFailure(unanswered.operationId(), unanswered.getMessage(), unanswered);
    } catch (ReadbackFailure unread) {
      throw new PreparationFailure(unread.operationId(), unread.getMessage(), unread);
    }
  }

  static void step(Runnable work) {
    step(
        () -> {
          work.run();
          return null;
        });
  }
}
