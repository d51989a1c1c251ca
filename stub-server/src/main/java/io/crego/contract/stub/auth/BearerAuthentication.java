package io.crego.contract.stub.auth;

import io.crego.contract.spec.SpecOperation;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.Authentication;
import io.crego.contract.stub.core.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <token>} by the spec's security: required where every alternative
 * needs it, checked when sent where it is optional, ignored where the operation is open. An open
 * call without a token acts for the default user's company.
 */
public final class BearerAuthentication implements Authentication {

  private final UserDirectory users;
  private final TokenStore tokens;
  private final byte[] devToken;

  public BearerAuthentication(UserDirectory users, TokenStore tokens, String devToken) {
    this.users = users;
    this.tokens = tokens;
    this.devToken = devToken.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Tenant authenticate(SpecOperation operation, ApiRequest request) {
    Optional<String> header = request.header("authorization").filter(h -> !h.isBlank());
    if (operation.authRequired() || (operation.authOptional() && header.isPresent())) {
      return verify(header);
    }
    return users.defaultUser().tenant();
  }

  private Tenant verify(Optional<String> header) {
    if (header.isEmpty()) {
      throw unauthorized(
          ErrorCode.UNAUTHORIZED,
          "Authentication credentials were not provided: send Authorization: Bearer <token>.",
          "is required");
    }
    String value = header.get().trim();
    if (value.length() < 8 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      throw unauthorized(
          ErrorCode.UNAUTHORIZED,
          "The Authorization header must be \"Bearer <token>\".",
          "must be Bearer <token>");
    }
    String token = value.substring(7).trim();
    if (MessageDigest.isEqual(devToken, token.getBytes(StandardCharsets.UTF_8))) {
      return users.defaultUser().tenant();
    }
    TokenStore.Lookup lookup = tokens.lookup(token, TokenStore.Use.ACCESS);
    if (lookup instanceof TokenStore.Lookup.Valid valid) {
      return valid.user().tenant();
    }
    if (lookup instanceof TokenStore.Lookup.Expired) {
      throw unauthorized(
          ErrorCode.TOKEN_EXPIRED,
          "The access token has expired: refresh it or get a new one.",
          "token has expired");
    }
    throw unauthorized(
        ErrorCode.UNAUTHORIZED, "The bearer token is not valid.", "token is unknown or malformed");
  }

  private static ApiException unauthorized(ErrorCode code, String message, String fieldMessage) {
    return new ApiException(
        401, code, message, List.of(ErrorDetails.header("Authorization", fieldMessage)), null);
  }
}
