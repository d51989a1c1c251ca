package io.crego.contract.stub.junit;

import io.crego.contract.stub.core.ResponseCheck;
import io.crego.contract.stub.server.SeedMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a Crego stub for a JUnit 5 test class: started in-process on a free loopback port before the
 * class's first test, stopped after its last. Test methods, constructors and lifecycle methods get
 * it through their parameters:
 *
 * <pre>{@code
 * @CregoStub
 * class RecordsScreenTest {
 *   @Test
 *   void listsRecords(@CregoStubUrl String baseUrl, @CregoStubToken String token) { ... }
 *
 *   @Test
 *   void asAnotherCompany(CregoStubHandle stub) { String token = stub.login("admin", "admin"); }
 * }
 * }</pre>
 *
 * <p>The tests of a class share one stub and so its state; {@link #resetBeforeEach()} or {@link
 * CregoStubHandle#reset()} start a test from the seed again. {@code @Nested} classes share their
 * enclosing class's stub unless they carry {@code @CregoStub} themselves.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CregoStubExtension.class)
public @interface CregoStub {

  /** What every company's data starts as: the demo data set, or nothing. */
  SeedMode seed() default SeedMode.DEMO;

  /**
   * Users who can log in, as {@code name:password}; each has a company of its own and the first
   * owns the dev token. Empty: the stub's default user, {@code admin:admin}.
   */
  String[] users() default {};

  /** The dev token, always accepted. Empty: the stub's default, {@code crego-dev-token}. */
  String token() default "";

  /**
   * What the stub does with an answer of its own that breaks the contract. Tests default to {@code
   * ENFORCE}: such an answer becomes a 500 naming the breach, so a test cannot pass on it.
   */
  ResponseCheck responseCheck() default ResponseCheck.ENFORCE;

  /** Whether each call is logged on standard output (off: test output stays readable). */
  boolean accessLog() default false;

  /** Whether all state is reset to the seed before each test of the class. */
  boolean resetBeforeEach() default false;
}
