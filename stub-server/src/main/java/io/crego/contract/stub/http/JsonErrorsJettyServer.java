package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.stub.core.ErrorResponses;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * WireMock's Jetty server with one change: a request Jetty refuses before WireMock sees it (a
 * {@code %00} or a malformed escape in the path, a broken request line, oversized headers) is
 * answered in the spec's {@code Error} shape as {@code application/json}, not with Jetty's HTML
 * "Bad Message" page.
 */
final class JsonErrorsJettyServer extends Jetty11HttpServer {

  static final HttpServerFactory FACTORY =
      new HttpServerFactory() {
        @Override
        public com.github.tomakehurst.wiremock.http.HttpServer buildHttpServer(
            Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
          return new JsonErrorsJettyServer(options, admin, stubs);
        }
      };

  private JsonErrorsJettyServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    super(options, admin, stubs);
  }

  @Override
  protected void applyAdditionalServerConfiguration(Server server, Options options) {
    super.applyAdditionalServerConfiguration(server, options);
    server.setErrorHandler(new JsonBadMessages());
  }

  /** Jetty's answer to a request it cannot parse, as JSON. */
  static final class JsonBadMessages extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, "application/json");
      String message =
          "The request could not be read as HTTP"
              + (reason == null || reason.isBlank() ? "" : " (" + reason + ")")
              + ": check the path's percent-escapes (no %00) and the request line and headers.";
      String body = ErrorResponses.of(status, ErrorCode.MALFORMED_REQUEST, message).body();
      return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
    }
  }
}
