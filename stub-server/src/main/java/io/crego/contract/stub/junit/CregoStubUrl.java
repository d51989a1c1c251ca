package io.crego.contract.stub.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the running stub's base URL, e.g. {@code http://127.0.0.1:41234}, into a {@code String}
 * or {@code java.net.URI} parameter of a {@link CregoStub} test.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CregoStubUrl {}
