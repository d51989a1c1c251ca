package io.crego.contract.conformance.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.crego.contract.conformance.run.ExchangeJudge;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.conn.PoolingClientConnectionManager;

/**
 * Sends {@link Call}s to the target through REST Assured, each judged by the {@link ExchangeJudge}.
 * Configuration is per client, never REST Assured's static globals.
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BaseUrls baseUrls;
  private final ExchangeJudge judge;
  private final ThreadLocal<RestAssuredConfig> config;
  private final Duration timeout;

  /** A client sending every operation to one base URL. */
  public ApiClient(String baseUrl, ExchangeJudge judge, Duration timeout) {
    this(BaseUrls.single(baseUrl), judge, timeout);
  }

  public ApiClient(BaseUrls baseUrls, ExchangeJudge judge, Duration timeout) {
    this.baseUrls = baseUrls;
    this.judge = judge;
    this.timeout = timeout;
    this.config = ThreadLocal.withInitial(() -> newConfig(timeout));
  }

  /**
   * One HTTP client for every call of a thread, its connections kept alive: by default REST Assured
   * builds a client, and opens a connection, per request, and a run sends thousands. One per
   * thread, not one for all ({@code --parallel} sends from two): REST Assured sets up the client it
   * is given on each request (its parameters, its interceptors), which a call running at the same
   * time on another thread must not see half done.
   */
  private static RestAssuredConfig newConfig(Duration timeout) {
    int millis = (int) timeout.toMillis();
    return RestAssuredConfig.config()
        .encoderConfig(
            EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false))
        .httpClient(
            HttpClientConfig.httpClientConfig()
                .httpClientFactory(ApiClient::pooledClient)
                .reuseHttpClientInstance()
                .setParam("http.connection.timeout", millis)
                .setParam("http.socket.timeout", millis));
  }

  /** The API's base URL, where every operation without servers of its own is sent. */
  public String baseUrl() {
    return baseUrls.api();
  }

  /** Sends the call; the answer has passed the contract check (or this throws). */
  public ApiResult send(Call call, Auth auth) {
    RequestSpecification request =
        RestAssured.given()
            .config(config.get())
            .baseUri(baseUrls.of(call.operation()))
            .filter(new ValidatingFilter(call.operation(), judge))
            .accept("application/json")
            .queryParams(call.query());
    if (auth instanceof Auth.Bearer bearer) {
      request.header("Authorization", "Bearer " + bearer.token());
    }
    if (call.hasBody()) {
      request.contentType(call.contentType()).body(call.bodyText());
    }
    Response response;
    String text;
    try {
      response = request.request(call.operation().method(), call.path());
      text = response.asString();
    } catch (Exception e) {
      // REST Assured (Groovy) throws the HTTP client's IOExceptions undeclared
      IOException network = networkCause(e);
      if (network == null) {
        throw e;
      }
      throw NoAnswerError.of(call, urlOf(call), network, timeout);
    }
    return new ApiResult(call, response.getStatusCode(), parse(text), text);
  }

  @SuppressWarnings("deprecation") // the HttpClient 4.x API REST Assured's factory must return
  private static DefaultHttpClient pooledClient() {
    PoolingClientConnectionManager connections = new PoolingClientConnectionManager();
    connections.setDefaultMaxPerRoute(8);
    return new DefaultHttpClient(connections);
  }

  /** The call's full URL, query included, as a failure names it. */
  public String urlOf(Call call) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    new TreeMap<>(call.query())
        .forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
    return baseUrls.of(call.operation()) + call.path() + query;
  }

  /** The I/O failure behind an exception of the client, or null when it is not the network's. */
  private static IOException networkCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }
}
