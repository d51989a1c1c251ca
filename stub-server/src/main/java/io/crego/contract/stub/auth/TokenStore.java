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
 * on. In memory only, a restart forgets them; with a {@link TokenTable} every change is written
 * through: a {@link TokenFile} (a stub with a data directory) brings them back on the next start, a
 * shared {@link PostgresTokenTable} makes every replica know every login. The memory is bounded:
 * past {@link #DEFAULT_CAPACITY} live tokens the oldest are forgotten, so it stays flat however
 * often clients log in. Tokens are kept by their SHA-256 digest.
 */
public final class TokenStore implements AutoCloseable {

  public static final int DEFAULT_CAPACITY = 100_000;

  /** How long a shared table keeps an expired token (to answer TOKEN_EXPIRED, not unknown). */
  static final Duration SHARED_EXPIRED_KEPT = Duration.ofDays(1);

  /** A shared table's upkeep runs once per this many issued pairs. */
  static final int SHARED_UPKEEP_EVERY = 1_000;

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
  private final UserDirectory users;
  private final Duration accessTtl;
  private final Duration refreshTtl;
  private final Map<String, Issued> tokens;
  private final Optional<TokenTable> file;
  private int issuedSinceUpkeep;

  /** Tokens in memory only. */
  public TokenStore(Clock clock, Duration accessTtl, Duration refreshTtl, int capacity) {
    this(clock, accessTtl, refreshTtl, capacity, Optional.empty(), null);
  }

  /**
   * Tokens kept in {@code file} as well, starting with the ones a private file holds; a token of a
   * user who is no longer configured is dropped.
   */
  public TokenStore(
      Clock clock,
      Duration accessTtl,
      Duration refreshTtl,
      int capacity,
      TokenTable file,
      UserDirectory users) {
    this(clock, accessTtl, refreshTtl, capacity, Optional.of(file), users);
  }

  private TokenStore(
      Clock clock,
      Duration accessTtl,
      Duration refreshTtl,
      int capacity,
      Optional<TokenTable> file,
      UserDirectory users) {
    this.clock = clock;
    this.users = users;
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
            // Another replica may still be serving a shared token: only memory forgets it.
            file.filter(f -> !f.shared()).ifPresent(f -> f.delete(eldest.getKey()));
            return true;
          }
        };
    file.ifPresent(f -> restore(f, users));
  }

  private void restore(TokenTable file, UserDirectory users) {
    for (TokenTable.Row row : file.load()) {
      Optional<Issued> issued = issued(row);
      if (issued.isPresent()) {
        tokens.put(row.digest(), issued.get());
      } else {
        file.delete(row.digest());
      }
    }
  }

  /** The row as a token of a configured user; empty when the user is no longer configured. */
  private Optional<Issued> issued(TokenTable.Row row) {
    return users
        .byName(row.username())
        .map(user -> new Issued(user, row.use(), row.expiresAtMillis(), row.used()));
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
    upkeep(now);
    return new Pair(access, refresh, accessTtl.toSeconds());
  }

  /** Now and then, a shared table forgets the tokens that expired long ago. */
  private void upkeep(long now) {
    if (++issuedSinceUpkeep < SHARED_UPKEEP_EVERY) {
      return;
    }
    issuedSinceUpkeep = 0;
    file.filter(TokenTable::shared)
        .ifPresent(f -> f.deleteExpiredBefore(now - SHARED_EXPIRED_KEPT.toMillis()));
  }

  public synchronized Lookup lookup(String token, Use use) {
    Issued issued = known(digest(token));
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
      // In a shared table another replica may have used it up since: the table decides.
      boolean usedUpHere = file.map(f -> f.markUsed(digest)).orElse(true);
      tokens.put(digest, tokens.get(digest).redeemed());
      if (!usedUpHere && file.get().shared()) {
        return new Lookup.Used();
      }
    }
    return lookup;
  }

  /** The token of that digest: in memory, or else in a shared table (issued by another replica). */
  private Issued known(String digest) {
    Issued issued = tokens.get(digest);
    if (issued != null || file.isEmpty() || !file.get().shared()) {
      return issued;
    }
    Optional<Issued> found = file.get().find(digest).flatMap(this::issued);
    found.ifPresent(i -> tokens.put(digest, i));
    return found.orElse(null);
  }

  public synchronized int size() {
    return tokens.size();
  }

  @Override
  public synchronized void close() {
    file.ifPresent(TokenTable::close);
  }

  private static TokenTable.Row row(String digest, Issued issued) {
    return new TokenTable.Row(
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
