package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.SuiteRunExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A class of the conformance suite: runs inside a {@link io.crego.contract.conformance.SuiteRun}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SuiteRunExtension.class)
public @interface ConformanceSuite {}
