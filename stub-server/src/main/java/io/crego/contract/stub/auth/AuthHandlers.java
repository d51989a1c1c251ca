package io.crego.contract.stub.auth;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.LoginRequest;
import io.crego.contract.spec.model.Ping;
import io.crego.contract.spec.model.RefreshRequest;
import io.crego.contract.spec.model.Token;
import io.crego.contract.spec.model.User;
import io.crego.contract.spec.model.UserId;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.core.OperationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Get Token, Refresh Token and Ping. */
public final class AuthHandlers implements HandlerGroup {

  /**
   * A refresh token that always works, like the dev token, for the first user: the spec's Refresh
   * Token example, so the API explorer's "Try it out" answers 200 without a login first.
   */
  public static final String DEV_REFRESH_TOKEN = "crego-dev-refresh-token";

  private final UserDirectory users;
  private final TokenStore tokens;

  public AuthHandlers(UserDirectory users, TokenStore tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @Override
  public void register(HandlerRegistry registry) {
    registry
        .on(OperationIds.GET_TOKEN, this::getToken)
        .on(OperationIds.REFRESH_TOKEN, this::refreshToken)
        .on(OperationIds.PING, this::ping);
  }

  private ApiResponse getToken(OperationContext context) {
    LoginRequest login = context.body(LoginRequest.class);
    StubUser user =
        users
            .login(login.getUsername(), login.getPassword())
            .orElseThrow(
                () ->
                    new ApiException(
                        401,
                        ErrorCode.INVALID_CREDENTIALS,
                        "No active account found with the given credentials.",
                        List.of(),
                        null));
    return tokenResponse(user);
  }

  private ApiResponse refreshToken(OperationContext context) {
    RefreshRequest refresh = context.body(RefreshRequest.class);
    if (DEV_REFRESH_TOKEN.equals(refresh.getRefresh())) {
      return tokenResponse(users.defaultUser());
    }
    TokenStore.Lookup lookup = tokens.redeem(refresh.getRefresh());
    if (lookup instanceof TokenStore.Lookup.Valid valid) {
      return tokenResponse(valid.user());
    }
    if (lookup instanceof TokenStore.Lookup.Expired) {
      throw refused(
          ErrorCode.TOKEN_EXPIRED,
          "The refresh token has expired: get a new token pair.",
          "has expired");
    }
    if (lookup instanceof TokenStore.Lookup.Used) {
      throw refused(
          ErrorCode.UNAUTHORIZED,
          "The refresh token has already been used: refresh tokens rotate, so send the one the"
              + " last refresh answered, or log in again.",
          "has already been used");
    }
    throw refused(
        ErrorCode.UNAUTHORIZED, "The refresh token is not valid.", "is unknown or malformed");
  }

  private static ApiException refused(ErrorCode code, String message, String fieldMessage) {
    return new ApiException(
        401, code, message, List.of(ErrorDetails.body("/refresh", fieldMessage)), null);
  }

  private ApiResponse ping(OperationContext context) {
    Ping ping =
        new Ping()
            .status(Ping.StatusEnum.OK)
            .time(BigDecimal.valueOf(context.now()))
            .userId(context.tenant().userId())
            .companyId(UUID.fromString(context.companyId()));
    return Json.answer(200, ping);
  }

  private ApiResponse tokenResponse(StubUser user) {
    TokenStore.Pair pair = tokens.issue(user);
    Token token =
        new Token()
            .access(pair.access())
            .refresh(pair.refresh())
            .expiresIn(Math.toIntExact(pair.accessTtlSeconds()))
            .tokenType(Token.TokenTypeEnum.BEARER)
            .user(
                new User()
                    .id(new UserId(user.userId()))
                    .username(user.username())
                    .email(user.username() + "@stub.crego.invalid")
                    .firstName(user.username())
                    .lastName("")
                    .type("staff"));
    return Json.answer(200, token);
  }
}
