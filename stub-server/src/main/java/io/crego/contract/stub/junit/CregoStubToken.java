package io.crego.contract.stub.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the running stub's dev token (send it as {@code Authorization: Bearer <token>}) into a
 * {@code String} parameter of a {@link CregoStub} test. It acts for the first user's company.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CregoStubToken {}
