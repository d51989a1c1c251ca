package io.crego.contract.conformance;

import io.crego.contract.conformance.run.KnownGap;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Connects the suite's test classes to their {@link SuiteRun}: injects it, tells the run which test
 * is running (so each exchange is logged under its test), skips {@link StubOnly} tests elsewhere,
 * and turns the failure of a listed known gap into a skip that names the gap.
 */
public final class SuiteRunExtension
    implements ParameterResolver, InvocationInterceptor, ExecutionCondition {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SuiteRun.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return run(context);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<StubOnly> stubOnly =
        context.getElement().map(element -> annotation(element)).orElse(Optional.empty());
    if (stubOnly.isEmpty()) {
      return ConditionEvaluationResult.enabled("not stub-only");
    }
    return run(context).targetIsStub()
        ? ConditionEvaluationResult.enabled("the target is the stub")
        : ConditionEvaluationResult.disabled(
            "stub-only (the target is not the stub): " + stubOnly.get().value());
  }

  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext,
      ExtensionContext context)
      throws Throwable {
    SuiteRun run = run(context);
    String name = context.getDisplayName();
    Optional<KnownGap> gap = run.knownGaps().match(name);
    run.enterTest(name);
    try {
      invocation.proceed();
    } catch (TestAbortedException skipped) {
      throw skipped;
    } catch (Throwable failure) {
      if (gap.isEmpty()) {
        throw failure;
      }
      run.knownGapHit(name, gap.get().describe());
      throw new TestAbortedException(
          gap.get().describe() + "\n    failed with: " + firstLine(failure), failure);
    } finally {
      run.leaveTest();
    }
    gap.ifPresent(g -> run.knownGapPassing(name, g.describe()));
  }

  private static Optional<StubOnly> annotation(AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(StubOnly.class));
  }

  private static SuiteRun run(ExtensionContext context) {
    String id =
        context
            .getConfigurationParameter(SuiteRuns.PARAMETER)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No " + SuiteRuns.PARAMETER + ": run the suite through ConformanceRunner"));
    return SuiteRuns.get(id);
  }

  private static String firstLine(Throwable failure) {
    String message = String.valueOf(failure.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline) + " …";
  }
}
