package io.crego.contract.stub.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opaque tokens issued by Get Token and Refresh Token (the dev token is configured, not issued, and
 * always works). Refresh tokens rotate: {@link #redeem} uses one up, and it is refused from then
 * on. In memory only, a restart forgets them; with a {@link TokenFile} (a stub with a data
 * directory) every change is written through and the tokens come back on the next start. The table
 * is bounded: past {@link #DEFAULT_CAPACITY} live tokens the oldest are forgotten, so memory stays
 * flat however often clients log in. Tokens are kept by their SHA-256 digest.
 */
public final class TokenStore implements AutoCloseable {

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

    /** A refresh token that has already been redeemed once. */
    record Used() implements Lookup {}

    record Unknown() implements Lookup {}
  }

  /** A freshly issued pair. */
  public record Pair(String access, String refresh, long accessTtlSeconds) {}

  private record Issued(StubUser user, Use use, long expiresAtMillis, boolean used) {
    Issued redeemed() {
      return new Issued(user, use, expiresAtMillis, true);
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration accessTtl;
  private final Duration refreshTtl;
  private final Map<String, Issued> tokens;
  private final Optional<TokenFile> file;

  /** Tokens in memory only. */
  public TokenStore(Clock clock, Duration accessTtl, Duration refreshTtl, int capacity) {
    this(clock, accessTtl, refreshTtl, capacity, Optional.empty(), null);
  }

  /**
   * Tokens kept in {@code file} as well, starting with the live ones it holds; a token of a user
   * who is no longer configured is dropped.
   */
  public TokenStore(
      Clock clock,
      Duration accessTtl,
      Duration refreshTtl,
      int capacity,
      TokenFile file,
      UserDirectory users) {
    this(clock, accessTtl, refreshTtl, capacity, Optional.of(file), users);
  }

  private TokenStore(
      Clock clock,
      Duration accessTtl,
      Duration refreshTtl,
      int capacity,
      Optional<TokenFile> file,
      UserDirectory users) {
    this.clock = clock;
    this.accessTtl = accessTtl;
    this.refreshTtl = refreshTtl;
    this.file = file;
    this.tokens =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Issued> eldest) {
            if (size() <= capacity) {
              return false;
            }
            file.ifPresent(f -> f.delete(eldest.getKey()));
            return true;
          }
        };
    file.ifPresent(f -> restore(f, users));
  }

  private void restore(TokenFile file, UserDirectory users) {
    for (TokenFile.Row row : file.load()) {
      Optional<StubUser> user = users.byName(row.username());
      if (user.isPresent()) {
        tokens.put(
            row.digest(), new Issued(user.get(), row.use(), row.expiresAtMillis(), row.used()));
      } else {
        file.delete(row.digest());
      }
    }
  }

  public synchronized Pair issue(StubUser user) {
    long now = clock.millis();
    String access = newToken("access");
    String refresh = newToken("refresh");
    Issued accessIssued = new Issued(user, Use.ACCESS, now + accessTtl.toMillis(), false);
    Issued refreshIssued = new Issued(user, Use.REFRESH, now + refreshTtl.toMillis(), false);
    file.ifPresent(
        f ->
            f.insert(
                List.of(row(digest(access), accessIssued), row(digest(refresh), refreshIssued))));
    tokens.put(digest(access), accessIssued);
    tokens.put(digest(refresh), refreshIssued);
    return new Pair(access, refresh, accessTtl.toSeconds());
  }

  public synchronized Lookup lookup(String token, Use use) {
    Issued issued = tokens.get(digest(token));
    if (issued == null || issued.use() != use) {
      return new Lookup.Unknown();
    }
    if (issued.used()) {
      return new Lookup.Used();
    }
    if (clock.millis() >= issued.expiresAtMillis()) {
      return new Lookup.Expired();
    }
    return new Lookup.Valid(issued.user());
  }

  /**
   * Uses up a refresh token: when it is valid, it is marked used (and refused from then on) and its
   * user is returned, for a new pair.
   */
  public synchronized Lookup redeem(String refreshToken) {
    Lookup lookup = lookup(refreshToken, Use.REFRESH);
    if (lookup instanceof Lookup.Valid) {
      String digest = digest(refreshToken);
      file.ifPresent(f -> f.markUsed(digest));
      tokens.put(digest, tokens.get(digest).redeemed());
    }
    return lookup;
  }

  public synchronized int size() {
    return tokens.size();
  }

  @Override
  public synchronized void close() {
    file.ifPresent(TokenFile::close);
  }

  private static TokenFile.Row row(String digest, Issued issued) {
    return new TokenFile.Row(
        digest, issued.user().username(), issued.use(), issued.expiresAtMillis(), issued.used());
  }

  private String newToken(String prefix) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return "crego_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String digest(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
