package io.crego.contract.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the failed tests of a run in the known-gaps format ({@code --known-gaps}), each with the
 * first line of why it failed: the starting point for a gaps list, to be edited with the real
 * reason and the issue that owns the missing behaviour.
 */
public final class FailedTestsFile {

  private FailedTestsFile() {}

  public static void write(Path file, List<TestOutcome> failures) {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    ObjectNode root = yaml.createObjectNode();
    ArrayNode gaps = root.putArray("gaps");
    for (TestOutcome failure : failures) {
      String reason = failure.reason() == null ? "" : failure.reason().strip();
      int newline = reason.indexOf('\n');
      gaps.addObject()
          .put("test", failure.name())
          .put("reason", newline < 0 ? reason : reason.substring(0, newline))
          .put("issue", "?");
    }
    try {
      Files.writeString(
          file,
          "# The tests that failed in this run, in the --known-gaps format: edit each reason and"
              + " issue\n# before using it as a known-gaps list.\n"
              + yaml.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
