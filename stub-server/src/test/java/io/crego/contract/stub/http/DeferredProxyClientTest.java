package io.crego.contract.stub.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredProxyClientTest {

  @Test
  void buildsNothingUntilAProxyCallNeedsIt() {
    assertInstanceOf(
        LazyHttpClient.class,
        new DeferredProxyClient().buildHttpClient(options(), false, List.of(), false));
  }

  @Test
  void aProxyMappingStillProxiesThroughIt() throws Exception {
    WireMockServer target = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    WireMockServer proxy =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .httpClientFactory(new DeferredProxyClient()));
    target.start();
    proxy.start();
    try {
      target.stubFor(get(urlPathEqualTo("/hello")).willReturn(aResponse().withBody("hi")));
      proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(target.baseUrl())));

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/hello")).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode());
      assertEquals("hi", response.body());
    } finally {
      proxy.stop();
      target.stop();
    }
  }
}
