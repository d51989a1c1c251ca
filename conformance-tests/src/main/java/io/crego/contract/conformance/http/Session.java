package io.crego.contract.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crego.contract.conformance.config.Credentials;
import io.crego.contract.conformance.time.BusinessTime;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;

/**
 * One user's way into the target: logs in through Get Token once (when given a username and
 * password) and signs every call with the token. Safe to share between tests.
 */
public final class Session {

  private final ApiClient client;
  private final CregoSpec spec;
  private final Credentials credentials;
  private final BusinessTime time;
  private final boolean readOnly;
  private volatile Auth auth;
  private volatile JsonNode login;

  /**
   * @param time whether calls that move the business date may be sent, and how far they moved it
   * @param readOnly when true, no call to an operation that changes state is ever sent (the login
   *     of a username and password, one Get Token POST, is the only write)
   */
  public Session(
      ApiClient client,
      CregoSpec spec,
      Credentials credentials,
      BusinessTime time,
      boolean readOnly) {
    this.client = client;
    this.spec = spec;
    this.credentials = credentials;
    this.time = time;
    this.readOnly = readOnly;
  }

  public ApiClient client() {
    return client;
  }

  public Credentials credentials() {
    return credentials;
  }

  /** Sends the call as this user. */
  public ApiResult send(Call call) {
    return send(call, auth());
  }

  /**
   * Sends the call with the given Authorization (or none). A call that would move the business date
   * when the run may not move it is not sent: the test asking is skipped. In a read-only run a call
   * that changes state is not sent either: the test asking fails, since it should not have asked.
   */
  public ApiResult send(Call call, Auth override) {
    if (readOnly && call.operation().changesState()) {
      throw new IllegalStateException(
          "read-only run: refused to send "
              + call.operation().operationId()
              + " ("
              + call.operation().method()
              + " "
              + call.operation().pathTemplate()
              + "), which changes state");
    }
    time.beforeSending(call);
    ApiResult answer = client.send(call, override);
    time.answered(call, answer);
    return answer;
  }

  /** This user's Authorization, logging in on first use. */
  public Auth auth() {
    Auth current = auth;
    if (current == null) {
      synchronized (this) {
        if (auth == null) {
          auth = authenticate();
        }
        current = auth;
      }
    }
    return current;
  }

  /** The Get Token answer of the login, when this session logged in. */
  public JsonNode loginAnswer() {
    auth();
    return login;
  }

  private Auth authenticate() {
    if (credentials.hasToken()) {
      return Auth.bearer(credentials.token());
    }
    if (!credentials.hasLogin()) {
      return Auth.none();
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("username", credentials.username());
    body.put("password", credentials.password());
    ApiResult answer =
        client.send(
            Call.to(spec.operation(OperationIds.GET_TOKEN).orElseThrow()).withBody(body),
            Auth.none());
    if (answer.status() != 200 || !answer.json().path("access").isTextual()) {
      throw new IllegalStateException(
          "Cannot log in as " + credentials.username() + ": " + answer.describe());
    }
    login = answer.json();
    return Auth.bearer(answer.json().get("access").asText());
  }
}
