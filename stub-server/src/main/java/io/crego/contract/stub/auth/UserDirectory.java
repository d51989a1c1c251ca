package io.crego.contract.stub.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured users; the first is the default user, whose company the dev token sees. */
public final class UserDirectory {

  private final Map<String, StubUser> byName = new LinkedHashMap<>();
  private final StubUser defaultUser;

  public UserDirectory(List<StubUser> users) {
    if (users.isEmpty()) {
      throw new IllegalArgumentException("at least one user is needed");
    }
    for (StubUser user : users) {
      if (byName.putIfAbsent(user.username(), user) != null) {
        throw new IllegalArgumentException("user " + user.username() + " is configured twice");
      }
    }
    this.defaultUser = users.get(0);
  }

  public StubUser defaultUser() {
    return defaultUser;
  }

  public List<StubUser> all() {
    return List.copyOf(byName.values());
  }

  public Optional<StubUser> byName(String username) {
    return Optional.ofNullable(byName.get(username));
  }

  public Optional<StubUser> byCompany(String companyId) {
    return byName.values().stream().filter(u -> u.companyId().equals(companyId)).findFirst();
  }

  /** The user with these credentials, if they match. */
  public Optional<StubUser> login(String username, String password) {
    StubUser user = byName.get(username);
    if (user == null
        || !MessageDigest.isEqual(
            user.password().getBytes(StandardCharsets.UTF_8),
            password.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(user);
  }
}
