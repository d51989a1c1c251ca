package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SpecLimitsTest {

  @Test
  void readsTheBundledSpecsLimits() {
    SpecLimits limits = SpecLimits.get();
    assertEquals(1024 * 1024, limits.maxBodyBytes());
    assertEquals(15, limits.defaultPageSize());
    assertEquals(100, limits.maxPageSize());
  }

  @Test
  void followsTheSpecWhenItChanges() {
    ObjectNode spec = CregoSpec.get().raw().deepCopy();
    spec.put("x-crego-max-body-bytes", 2048);
    ((ObjectNode) spec.at(SpecLimits.PAGE_SIZE)).put("default", 25);
    SpecLimits limits = SpecLimits.of(spec);
    assertEquals(2048, limits.maxBodyBytes());
    assertEquals(25, limits.defaultPageSize());
  }

  @Test
  void aMissingLimitIsAClearError() {
    ObjectNode spec = new ObjectMapper().createObjectNode();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecLimits.of(spec));
    assertTrue(e.getMessage().contains("/x-crego-max-body-bytes"), e.getMessage());
  }
}
