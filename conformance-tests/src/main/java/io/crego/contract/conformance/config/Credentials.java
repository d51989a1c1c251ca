package io.crego.contract.conformance.config;

/**
 * How the suite authenticates: a ready token, or a username and password to log in with (Get
 * Token). {@link #toString()} never shows a secret.
 */
public record Credentials(String token, String username, String password) {

  public static Credentials token(String token) {
    return new Credentials(token, null, null);
  }

  public static Credentials login(String username, String password) {
    return new Credentials(null, username, password);
  }

  public static Credentials none() {
    return new Credentials(null, null, null);
  }

  public boolean hasToken() {
    return token != null;
  }

  public boolean hasLogin() {
    return username != null && password != null;
  }

  public boolean isEmpty() {
    return !hasToken() && !hasLogin();
  }

  @Override
  public String toString() {
    if (hasToken()) {
      return "token (redacted)";
    }
    if (hasLogin()) {
      return "login as " + username + " (password redacted)";
    }
    return "none";
  }
}
