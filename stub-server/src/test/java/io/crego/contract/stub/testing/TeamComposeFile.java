package io.crego.contract.stub.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.team.yml} (with the {@code Dockerfile} its replicas are built from) as the
 * containers would see it, for the tests that run its set-up without Docker.
 */
public final class TeamComposeFile {

  public static final List<String> REPLICAS = List.of("stub-a", "stub-b");

  private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.team.yml");
  private static final Path DOCKERFILE = Path.of("..", "Dockerfile");
  private static final Pattern ENV_PAIR = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\\S+)");

  private final Map<String, Object> compose;

  private TeamComposeFile(Map<String, Object> compose) {
    this.compose = compose;
  }

  public static TeamComposeFile read() {
    try {
      return new TeamComposeFile(new Yaml().load(Files.readString(COMPOSE_FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The balancer's site configuration, as nginx inside its container reads it: compose writes
   * {@code $$} for a literal {@code $}.
   */
  public String siteConfig() {
    return ((String) map(map(compose, "configs"), "nginx-team").get("content")).replace("$$", "$");
  }

  /** What the stub in a replica's container sees: the image's {@code ENV}, then the service's. */
  public Map<String, String> replicaEnvironment(String replica) {
    Map<String, String> environment = new LinkedHashMap<>(dockerfileEnvironment());
    map(service(replica), "environment")
        .forEach((key, value) -> environment.put(key, String.valueOf(value)));
    return environment;
  }

  /** The {@code postgres} service's own environment (its database, user and password). */
  public Map<String, Object> postgresEnvironment() {
    return map(service("postgres"), "environment");
  }

  private Map<String, Object> service(String name) {
    return map(map(compose, "services"), name);
  }

  /** The Dockerfile's {@code ENV KEY=VALUE ...} instructions, continuation lines joined. */
  private static Map<String, String> dockerfileEnvironment() {
    String joined;
    try {
      joined = Files.readString(DOCKERFILE).replace("\\\n", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> environment = new LinkedHashMap<>();
    for (String line : joined.split("\n")) {
      if (line.startsWith("ENV ")) {
        Matcher pair = ENV_PAIR.matcher(line.substring(4));
        while (pair.find()) {
          environment.put(pair.group(1), pair.group(2));
        }
      }
    }
    assertFalse(environment.isEmpty(), DOCKERFILE + " sets the stub's host and port with ENV");
    return environment;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object child = parent.get(key);
    assertInstanceOf(Map.class, child, COMPOSE_FILE + " has no mapping '" + key + "'");
    return (Map<String, Object>) child;
  }
}
