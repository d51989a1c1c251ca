package io.crego.contract.conformance.suite;

import java.util.List;

/** Every class of the suite, in the order they run. */
public final class SuiteClasses {

  public static final List<Class<?>> ALL =
      List.of(
          PositiveTests.class,
          ReadOnlyTests.class,
          AuthTests.class,
          RequestValidationTests.class,
          NotFoundTests.class,
          DuplicateTests.class,
          LifecycleTests.class,
          ListTests.class,
          TenancyTests.class,
          StubOnlyTests.class);

  private SuiteClasses() {}
}
