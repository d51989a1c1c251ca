package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.api.ApiRequest;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.Dispatcher;
import io.crego.contract.stub.core.ErrorResponses;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Converts between WireMock's request/response types and the stub's own; only text crosses. */
final class Exchange {

  private Exchange() {}

  static ApiRequest request(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    String query = question < 0 ? "" : url.substring(question + 1);
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key().toLowerCase(Locale.ROOT), String.join(", ", header.values()));
    }
    return new ApiRequest(
        request.getMethod().getName(), path, QueryString.parse(query), headers, request.getBody());
  }

  /**
   * The stub's own response headers, listed in {@code Access-Control-Expose-Headers} so that a page
   * of another origin can read them (CORS shows a script only a few standard headers otherwise).
   */
  static final String EXPOSED_HEADERS =
      Dispatcher.PREFER_IGNORED_HEADER + ", Location, Retry-After";

  /** An API answer: {@link #response} plus the CORS header that exposes the stub's own headers. */
  static ResponseDefinition apiResponse(ApiResponse response) {
    if (response.networkFault() != null) {
      // WireMock breaks the connection itself: no status, no headers, nothing for CORS to expose
      return ResponseDefinitionBuilder.responseDefinition()
          .withFault(Fault.valueOf(response.networkFault().name()))
          .build();
    }
    // one definition built, with the header: building one and copying it to add a header was 1%
    // of a GET's profile
    return builder(response).withHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS).build();
  }

  static ResponseDefinition response(ApiResponse response) {
    return builder(response).build();
  }

  private static ResponseDefinitionBuilder builder(ApiResponse response) {
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
    boolean typed = false;
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      builder.withHeader(header.getKey(), header.getValue());
      typed |= header.getKey().equalsIgnoreCase("Content-Type");
    }
    if (response.body() != null) {
      if (!typed) {
        builder.withHeader("Content-Type", "application/json");
      }
      builder.withBody(response.body().getBytes(StandardCharsets.UTF_8));
    }
    return builder;
  }

  /** What the edge answers when converting itself failed; the dispatcher never gets that far. */
  static ResponseDefinition internalError() {
    return response(
        ErrorResponses.of(
            500, ErrorCode.INTERNAL_ERROR, "The stub failed to read this request; see its log."));
  }
}
