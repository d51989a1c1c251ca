package io.crego.contract.stub.auth;

import io.crego.contract.stub.core.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A user who can log in to the stub. Each user has a company of their own, derived from the name,
 * so that the same name always sees the same data and two names never share any.
 */
public record StubUser(String username, String password) {

  /**
   * Each name's tenant, derived once: every authenticated request asks for it, and deriving it
   * hashes twice. Only configured users log in, so it holds a handful of entries.
   */
  private static final ConcurrentMap<String, Tenant> TENANTS = new ConcurrentHashMap<>();

  public String companyId() {
    return tenant().companyId();
  }

  public String userId() {
    return tenant().userId();
  }

  public Tenant tenant() {
    return TENANTS.computeIfAbsent(
        username,
        name -> new Tenant(stableUuid("crego-company:" + name), stableUuid("crego-user:" + name)));
  }

  /** Parses {@code name:password}; the password may contain colons, the name may not. */
  public static StubUser parse(String spec) {
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new IllegalArgumentException(
          "a user is name:password with both parts non-empty, got \"" + redacted(spec) + "\"");
    }
    return new StubUser(spec.substring(0, colon), spec.substring(colon + 1));
  }

  private static String redacted(String spec) {
    int colon = spec.indexOf(':');
    return colon < 0 ? spec : spec.substring(0, colon) + ":***";
  }

  private static String stableUuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Override
  public String toString() {
    return "StubUser[" + username + "]";
  }
}
