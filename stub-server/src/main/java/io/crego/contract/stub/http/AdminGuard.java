package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import io.crego.contract.stub.admin.AdminApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards WireMock's own admin routes with the admin token, when one is set. The health check stays
 * open (for container health checks); the stub's routes check the token themselves, so that a
 * refusal has the spec's Error shape.
 */
final class AdminGuard implements Authenticator {

  private static final String STUB_ROUTES = AdminApi.PREFIX.substring("/__admin".length()) + "/";

  private final Optional<byte[]> token;

  AdminGuard(Optional<String> token) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean authenticate(Request request) {
    String path = request.getUrl();
    path = path.startsWith("/__admin/") ? path.substring("/__admin".length()) : path;
    if (token.isEmpty() || path.equals("/health") || path.startsWith(STUB_ROUTES)) {
      return true;
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(
        token.get(), header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
  }
}
