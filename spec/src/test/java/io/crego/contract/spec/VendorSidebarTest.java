package io.crego.contract.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The spec names its operations exactly as the vendor's docs do: one tag per sidebar group, the
 * sidebar's operation name as {@code summary}, and the sidebar's method where the docs show one.
 */
class VendorSidebarTest {

  private record SidebarEntry(String group, String name, String method) {
    String key() {
      return group + " › " + name;
    }
  }

  private static List<SidebarEntry> sidebar() throws IOException {
    try (InputStream in = VendorSidebarTest.class.getResourceAsStream("/vendor-docs/sidebar.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .map(cells -> new SidebarEntry(cells[0], cells[1], cells.length > 2 ? cells[2] : ""))
          .toList();
    }
  }

  private static Map<String, SpecOperation> operationsBySidebarKey() {
    return CregoSpec.get().operations().stream()
        .collect(
            Collectors.toMap(
                op -> op.tag() + " › " + op.summary(),
                op -> op,
                (a, b) -> {
                  throw new AssertionError(
                      "two operations share tag and summary: "
                          + a.operationId()
                          + ", "
                          + b.operationId());
                },
                TreeMap::new));
  }

  @Test
  void tagsAndSummariesAreExactlyTheSidebarNames() throws IOException {
    var expected = new TreeSet<>(sidebar().stream().map(SidebarEntry::key).toList());
    assertEquals(74, expected.size(), "sidebar entries");
    assertEquals(expected, operationsBySidebarKey().keySet(), "group › name of every operation");
  }

  @TestFactory
  Stream<DynamicTest> methodsMatchTheSidebarWhereItShowsOne() throws IOException {
    Map<String, SpecOperation> operations = operationsBySidebarKey();
    return sidebar().stream()
        .filter(entry -> !entry.method().isEmpty())
        .map(
            entry ->
                dynamicTest(
                    entry.key(),
                    () -> {
                      SpecOperation op = operations.get(entry.key());
                      assertEquals(
                          entry.method(),
                          op == null ? "(no such operation)" : op.method(),
                          "method of " + entry.key());
                    }));
  }
}
