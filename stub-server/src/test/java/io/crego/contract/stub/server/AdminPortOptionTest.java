package io.crego.contract.stub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --admin-port}: off unless given, from the flag or its variable, checked with the rest. */
class AdminPortOptionTest {

  private static StubConfig resolve(Map<Setting, List<String>> flags, Map<String, String> env) {
    return ConfigResolver.resolve(flags, env, false);
  }

  @Test
  void offByDefault() {
    assertNull(resolve(new EnumMap<>(Setting.class), Map.of()).adminPort());
  }

  @Test
  void theFlagWinsOverTheVariable() {
    Map<Setting, List<String>> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.ADMIN_PORT, List.of("9301"));
    assertEquals(9301, resolve(flags, Map.of("CREGO_STUB_ADMIN_PORT", "9302")).adminPort());
    assertEquals(
        9302,
        resolve(new EnumMap<>(Setting.class), Map.of("CREGO_STUB_ADMIN_PORT", "9302")).adminPort());
  }

  @Test
  void aBadValueOrThePublicPortIsReportedWithTheOtherProblems() {
    Map<Setting, List<String>> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.PORT, List.of("9400"));
    flags.put(Setting.ADMIN_PORT, List.of("9400"));
    flags.put(Setting.SEED, List.of("nonsense"));
    InvalidConfigException same =
        assertThrows(InvalidConfigException.class, () -> resolve(flags, Map.of()));
    assertTrue(
        same.problems().stream().anyMatch(p -> p.startsWith("--admin-port: must differ")),
        same.problems().toString());
    assertTrue(
        same.problems().stream().anyMatch(p -> p.startsWith("--seed")), same.problems().toString());

    InvalidConfigException bad =
        assertThrows(
            InvalidConfigException.class,
            () -> resolve(new EnumMap<>(Setting.class), Map.of("CREGO_STUB_ADMIN_PORT", "admin")));
    assertEquals(
        List.of(
            "--admin-port (from CREGO_STUB_ADMIN_PORT): must be a port number from 0 to 65535 (0 = any free port), got \"admin\""),
        bad.problems());
  }
}
