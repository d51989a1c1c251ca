package io.crego.contract.stub.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's section on Java tests is the code's. The README's "use it in your own tests" example
 * is {@code example.PendingRecordsTest}, which runs with the other tests: the README shows that
 * file from its imports on, so it cannot go stale.
 */
class ReadmeExampleTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE =
      Path.of("src/test/java/io/crego/contract/stub/junit/example/PendingRecordsTest.java");

  @Test
  void readmeShowsTheExampleThatRuns() throws IOException {
    String example = Files.readString(EXAMPLE);
    String fromImports = example.substring(example.indexOf("import "));
    String readme = Files.readString(README);

    assertTrue(
        readme.contains("```java\n" + fromImports + "```\n"),
        "README.md should show " + EXAMPLE + " from its imports on, in a java block");
  }

  @Test
  void readmeTablesEveryOptionOfTheAnnotation() throws IOException {
    String readme = Files.readString(README);

    for (Method option : CregoStub.class.getDeclaredMethods()) {
      assertTrue(
          readme.contains("\n| `" + option.getName() + "` | "),
          "README.md's @CregoStub options table should have a row for " + option.getName());
    }
  }
}
