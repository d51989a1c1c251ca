package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;

/**
 * WireMock's proxy client, built on its first use instead of when the server is made. WireMock
 * builds it eagerly for proxy mappings, loading Apache HttpClient, the JDK's TLS stack and its
 * trust store: a large part of a cold start (docs/performance.md), on the thread that opens the
 * port. The stub never proxies, so it is never built; were a proxy mapping ever served, it would be
 * built then, as WireMock's own factory builds it.
 */
final class DeferredProxyClient implements HttpClientFactory {

  private final HttpClientFactory real = new ApacheHttpClientFactory();

  @Override
  public HttpClient buildHttpClient(
      Options options,
      boolean trustAllCertificates,
      List<String> trustedHosts,
      boolean useSystemProperties) {
    return new LazyHttpClient(
        () ->
            real.buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties));
  }
}
