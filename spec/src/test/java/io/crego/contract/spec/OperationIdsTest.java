package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generated {@link OperationIds} against the operations and tags the spec declares. */
class OperationIdsTest {

  private static final JsonNode SPEC = CregoSpec.get().raw();

  @Test
  void hasOneConstantPerOperationIdOfTheSpec() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field field : OperationIds.class.getFields()) {
      if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
        constants.add((String) field.get(null));
      }
    }
    assertEquals(new TreeSet<>(specOperationIds()), new TreeSet<>(constants));
    assertEquals(specOperationIds().size(), constants.size(), "one constant per operationId");
  }

  @Test
  void listsEveryOperationIdOnce() {
    assertEquals(new TreeSet<>(specOperationIds()), new TreeSet<>(OperationIds.ALL));
    assertEquals(specOperationIds().size(), OperationIds.ALL.size());
  }

  @Test
  void namesEachConstantAfterItsOperationId() throws ReflectiveOperationException {
    assertEquals("listLoans", OperationIds.class.getField("LIST_LOANS").get(null));
    assertEquals("reRunTopupChecks", OperationIds.class.getField("RE_RUN_TOPUP_CHECKS").get(null));
  }

  @Test
  void listsTheTagsInSpecOrder() {
    List<String> tags = new ArrayList<>();
    SPEC.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
    assertEquals(tags, OperationIds.TAGS);
  }

  /** Read from the raw tree, not through the generator's model the constants come from. */
  private static List<String> specOperationIds() {
    List<String> ids = new ArrayList<>();
    SPEC.path("paths")
        .forEach(
            path ->
                path.forEach(
                    operation -> {
                      if (operation.has("operationId")) {
                        ids.add(operation.path("operationId").asText());
                      }
                    }));
    return ids;
  }
}
