package io.crego.contract.stub.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque tokens issued by Get Token and Refresh Token, kept in memory only: a restart forgets them
 * (the dev token is configured, not issued, and always works). The table is bounded: past {@link
 * #DEFAULT_CAPACITY} live tokens the oldest are forgotten, so memory stays flat however often
 * clients log in.
 */
public final class TokenStore {

  public static final int DEFAULT_CAPACITY = 100_000;

  /** Which of the pair a token is. */
  public enum Use {
    ACCESS,
    REFRESH
  }

  /** What a presented token turned out to be. */
  public sealed interface Lookup {
    record Valid(StubUser user) implements Lookup {}

    record Expired() implements Lookup {}

    record Unknown() implements Lookup {}
  }

  /** A freshly issued pair. */
  public record Pair(String access, String refresh, long accessTtlSeconds) {}

  private record Issued(StubUser user, Use use, long expiresAtMillis) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration accessTtl;
  private final Duration refreshTtl;
  private final Map<String, Issued> tokens;

  public TokenStore(Clock clock, Duration accessTtl, Duration refreshTtl, int capacity) {
    this.clock = clock;
    this.accessTtl = accessTtl;
    this.refreshTtl = refreshTtl;
    this.tokens =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Issued> eldest) {
            return size() > capacity;
          }
        };
  }

  public synchronized Pair issue(StubUser user) {
    long now = clock.millis();
    String access = newToken("access");
    String refresh = newToken("refresh");
    tokens.put(access, new Issued(user, Use.ACCESS, now + accessTtl.toMillis()));
    tokens.put(refresh, new Issued(user, Use.REFRESH, now + refreshTtl.toMillis()));
    return new Pair(access, refresh, accessTtl.toSeconds());
  }

  public synchronized Lookup lookup(String token, Use use) {
    Issued issued = tokens.get(token);
    if (issued == null || issued.use() != use) {
      return new Lookup.Unknown();
    }
    if (clock.millis() >= issued.expiresAtMillis()) {
      return new Lookup.Expired();
    }
    return new Lookup.Valid(issued.user());
  }

  public synchronized int size() {
    return tokens.size();
  }

  private String newToken(String prefix) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return "crego_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
