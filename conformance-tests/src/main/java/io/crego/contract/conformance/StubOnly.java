package io.crego.contract.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks tests that only make sense against the stub; elsewhere they are skipped with the reason.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("stub-only")
public @interface StubOnly {
  /** Why the test only makes sense against the stub. */
  String value();
}
