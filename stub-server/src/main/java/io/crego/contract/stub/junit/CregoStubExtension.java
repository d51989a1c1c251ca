package io.crego.contract.stub.junit;

import io.crego.contract.stub.server.StubServer;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 side of {@link CregoStub}: one stub per annotated test class, kept in the class's
 * extension store, started before the class's first test (or earlier, when a per-class test
 * instance asks for it in its constructor) and stopped after its last.
 */
public final class CregoStubExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(CregoStubExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    stub(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // Only the class that started a stub stops it: a @Nested class shares its enclosing one's.
    CregoStubHandle handle =
        context.getStore(NAMESPACE).remove(context.getUniqueId(), CregoStubHandle.class);
    if (handle != null) {
      handle.stop();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (options(owner(context)).resetBeforeEach()) {
      stub(context).reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(CregoStubUrl.class)) {
      return type == String.class || type == URI.class;
    }
    if (parameter.isAnnotated(CregoStubToken.class)) {
      return type == String.class;
    }
    return type == CregoStubHandle.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    CregoStubHandle stub = stub(context);
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(CregoStubUrl.class)) {
      return type == URI.class ? URI.create(stub.baseUrl()) : stub.baseUrl();
    }
    if (parameter.isAnnotated(CregoStubToken.class)) {
      return stub.token();
    }
    if (type == CregoStubHandle.class) {
      return stub;
    }
    throw new ParameterResolutionException("@CregoStub cannot supply " + parameter.getParameter());
  }

  /** The stub of the class this context belongs to, started on first use. */
  private static CregoStubHandle stub(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            owner.getUniqueId(),
            key -> new CregoStubHandle(StubServer.start(StubSettings.from(options(owner)))),
            CregoStubHandle.class);
  }

  /**
   * The class context that owns the stub: the nearest class carrying {@link CregoStub} (a
   * {@code @Nested} class inherits the extension but, unannotated, uses its enclosing class's
   * stub); with the extension registered by hand and no annotation anywhere, the outermost test
   * class.
   */
  private static ExtensionContext owner(ExtensionContext context) {
    ExtensionContext outermostClass = null;
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      boolean classLevel = c.getTestClass().isPresent() && c.getTestMethod().isEmpty();
      if (classLevel) {
        if (annotation(c).isPresent()) {
          return c;
        }
        outermostClass = c;
      }
    }
    if (outermostClass == null) {
      throw new IllegalStateException("@CregoStub works on test classes; no class in " + context);
    }
    return outermostClass;
  }

  private static CregoStub options(ExtensionContext owner) {
    return annotation(owner).orElseGet(Defaults::annotation);
  }

  private static Optional<CregoStub> annotation(ExtensionContext classContext) {
    return AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), CregoStub.class);
  }

  /** Holds the annotation's defaults, for a class that registers the extension by hand. */
  @CregoStub
  private static final class Defaults {
    static CregoStub annotation() {
      return Defaults.class.getAnnotation(CregoStub.class);
    }
  }
}
