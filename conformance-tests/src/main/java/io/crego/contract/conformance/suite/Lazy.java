package io.crego.contract.conformance.suite;

import java.util.function.Supplier;

/**
 * A value made on first use and shared by the tests of one group (a valid request the negatives of
 * an operation all start from). Whichever test asks first makes it; a failure to make it is
 * remembered and fails every test that needs it, with the same message.
 */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> maker;
  private T value;
  private RuntimeException failure;
  private AssertionError assertionFailure;

  Lazy(Supplier<T> maker) {
    this.maker = maker;
  }

  @Override
  public synchronized T get() {
    if (value == null && failure == null && assertionFailure == null) {
      try {
        value = maker.get();
      } catch (RuntimeException e) {
        failure = e;
      } catch (AssertionError e) {
        assertionFailure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    if (assertionFailure != null) {
      throw assertionFailure;
    }
    return value;
  }
}
