package io.crego.contract.stub.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * A kind of stored document: a collection name and the (generated model) class its documents map
 * to, e.g. {@code new Kind<>("records", Record.class)}.
 */
public record Kind<T>(String name, Class<T> type) {

  private static final Set<Class<?>> IMMUTABLE_VALUES =
      Set.of(
          String.class,
          Boolean.class,
          Integer.class,
          Long.class,
          Double.class,
          BigDecimal.class,
          BigInteger.class,
          UUID.class);

  private static final ClassValue<Boolean> IMMUTABLE =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.isRecord()
              && Arrays.stream(type.getRecordComponents())
                  .map(component -> component.getType())
                  .allMatch(
                      component ->
                          component.isPrimitive()
                              || component.isEnum()
                              || IMMUTABLE_VALUES.contains(component));
        }
      };

  /**
   * Whether a decoded document can be handed to every reader rather than decoded afresh for each:
   * true for a Java record whose components are all immutable values. The generated models are
   * mutable beans, so theirs are never shared.
   */
  public boolean immutable() {
    return IMMUTABLE.get(type);
  }
}
