package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.ErrorResponses;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the admin routes to pages of the stub's own origin. CORS stays open for the API, but an
 * admin route answering any origin would let any web page the developer visits read the state or
 * reset the stub. A request that carries an {@code Origin} (browsers send one on cross-origin
 * calls, and on same-origin ones that change state) is refused with a JSON 403 unless the origin is
 * the stub's own (its scheme, host and port match the {@code Host} the request was sent to) or one
 * the stub was told to allow. Calls without an {@code Origin} (curl, tests, the JUnit extension)
 * are not affected.
 */
final class AdminOriginGuard implements AdminRequestFilterV2 {

  private final Set<String> allowedOrigins;

  /**
   * @param allowedOrigins origins besides the stub's own, e.g. {@code http://localhost:3000}
   */
  AdminOriginGuard(Set<String> allowedOrigins) {
    this.allowedOrigins = Set.copyOf(allowedOrigins.stream().map(AdminOriginGuard::norm).toList());
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank() || allowed(norm(origin), request)) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.stopWith(
        Exchange.response(
            ApiResponse.json(
                403,
                ErrorResponses.body(
                    ErrorCode.ORIGIN_NOT_ALLOWED,
                    "The admin routes answer pages of the stub's own origin only; start the stub with"
                        + " --admin-origins "
                        + origin.trim()
                        + " to allow this one.",
                    List.of(
                        ErrorDetails.header(
                            "Origin", "is not the stub's origin nor an allowed one")),
                    Map.of()))));
  }

  private boolean allowed(String origin, Request request) {
    if (allowedOrigins.contains(origin)) {
      return true;
    }
    return origin.equals(ownOrigin(request));
  }

  /** The scheme, host and port the request was sent to (Jetty builds them from its Host). */
  private static String ownOrigin(Request request) {
    try {
      URI url = URI.create(request.getAbsoluteUrl());
      return norm(url.getScheme() + "://" + url.getRawAuthority());
    } catch (IllegalArgumentException | NullPointerException e) {
      return "";
    }
  }

  private static String norm(String origin) {
    String trimmed = origin.trim().toLowerCase(Locale.ROOT);
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  @Override
  public String getName() {
    return "crego-admin-origin-guard";
  }
}
