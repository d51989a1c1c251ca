package io.crego.contract.conformance.deviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.conformance.exchange.ContractViolation;
import io.crego.contract.spec.OperationIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviationsTest {

  private static ContractViolation violation(String op, String rule, String pointer) {
    return new ContractViolation(op, "GET", "/x/", 200, rule, pointer, "e", "a", "m", null);
  }

  @Test
  void entriesMatchByOperationPointerGlobAndKeyword(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("deviations.yaml");
    Files.writeString(
        file,
        """
        deviations:
          - id: PREPROD-1
            match: {operationId: listRecords, pointer: "/results/*/utr", keyword: type}
            reason: preprod sends utr as a number
            link: https://tracker.example/PREPROD-1
        """);
    Deviations deviations = Deviations.load(file);
    assertEquals(
        "PREPROD-1",
        deviations
            .match(
                violation(OperationIds.LIST_RECORDS, "response.body.schema.type", "/results/3/utr"))
            .orElseThrow()
            .id());
    assertTrue(
        deviations
            .match(violation(OperationIds.GET_RECORD, "response.body.schema.type", "/utr"))
            .isEmpty());
    assertTrue(
        deviations
            .match(
                violation(
                    OperationIds.LIST_RECORDS, "response.body.schema.required", "/results/3/utr"))
            .isEmpty());
  }

  @Test
  void jsonFilesWorkToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("deviations.json");
    Files.writeString(
        file,
        "{\"deviations\": [{\"id\": \"D\", \"match\": {\"keyword\": \"response.status.undeclared\"},"
            + " \"reason\": \"r\"}]}");
    assertTrue(
        Deviations.load(file)
            .match(violation(OperationIds.PING, "response.status.undeclared", ""))
            .isPresent());
  }

  @Test
  void anEntryWithoutAReasonIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("deviations.yaml");
    Files.writeString(file, "deviations:\n  - id: X\n    match: {operationId: ping}\n");
    assertThrows(IllegalArgumentException.class, () -> Deviations.load(file));
  }
}
