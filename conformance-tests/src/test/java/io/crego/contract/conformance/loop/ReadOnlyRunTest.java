package io.crego.contract.conformance.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crego.contract.conformance.cli.ConformanceRunner;
import io.crego.contract.conformance.config.Progress;
import io.crego.contract.conformance.config.Setting;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.report.RunSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --read-only} is what lets QA point the suite at preprod: a whole read-only run against a
 * stub full of demo data must leave its state export exactly as it found it.
 */
class ReadOnlyRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void aReadOnlyRunLeavesTheTargetsStateAsItFoundIt() throws Exception {
    try (LoopTarget stub = LoopTarget.start("demo", null, LoopTarget.USER, LoopTarget.OTHER_USER)) {
      JsonNode before = state(stub);
      assertTrue(before.toString().length() > 10_000, "the demo seed left too little state");
      SuiteConfig config =
          stub
              .aim(
                  SuiteConfig.resolve(
                      Map.of(Setting.READ_ONLY, "true"), Map.of(), new Properties(), false),
                  null)
              .toBuilder()
              .reportDir(work.resolve("report"))
              .progress(Progress.GROUPS)
              .build();
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      RunSummary summary =
          new ConformanceRunner(new PrintStream(log, true, StandardCharsets.UTF_8)).run(config);
      String output = log.toString(StandardCharsets.UTF_8);
      assertTrue(summary.passed() > 100, "too few tests ran: " + summary.line() + "\n" + output);
      assertEquals(0, summary.failed(), summary.line() + "\n" + output);
      List<String> changed = new ArrayList<>();
      differences(before, state(stub), "", changed);
      assertEquals(List.of(), changed, "the state export changed during a read-only run at");
    }
  }

  /** The JSON pointers where the two trees differ (the first 20). */
  private static void differences(JsonNode a, JsonNode b, String at, List<String> out) {
    if (out.size() >= 20 || a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      names.forEach(
          name ->
              differences(
                  a.path(name),
                  b.path(name),
                  JsonPointer.compile(at).appendProperty(name).toString(),
                  out));
      return;
    }
    out.add(at + ": " + shorten(a) + " → " + shorten(b));
  }

  private static String shorten(JsonNode node) {
    String text = node.isMissingNode() ? "(absent)" : node.toString();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  private static JsonNode state(LoopTarget stub) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/__admin/crego/state")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return JSON.readTree(answer.body());
  }
}
