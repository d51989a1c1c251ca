package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.crego.contract.stub.core.AccessLog;
import java.net.URI;

/**
 * The access-log line of a request that a developer's own WireMock mapping answered. The dispatcher
 * logs what the catch-all sends it; a mapping added through {@code /__admin/mappings} wins over the
 * catch-all, so without this its answers would leave no line. The operation column reads {@code
 * mapping:<name or id>} so such answers are told apart from the emulator's.
 */
final class MappingAccessLog implements ServeEventListener {

  private final AccessLog accessLog;

  MappingAccessLog(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  public String getName() {
    return "crego-mapping-access-log";
  }

  @Override
  public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
    StubMapping mapping = serveEvent.getStubMapping();
    if (mapping != null && CatchAllMappings.ID.equals(mapping.getId())) {
      return; // the catch-all has logged it (the dispatcher, or DispatchTransformer for the docs)
    }
    String label =
        mapping == null
            ? "-"
            : "mapping:" + (mapping.getName() != null ? mapping.getName() : mapping.getId());
    long millis =
        serveEvent.getTiming() == null || serveEvent.getTiming().getTotalTime() == null
            ? 0
            : serveEvent.getTiming().getTotalTime();
    accessLog.record(
        serveEvent.getRequest().getMethod().getName(),
        URI.create(serveEvent.getRequest().getUrl()).getRawPath(),
        serveEvent.getResponse().getStatus(),
        millis,
        label);
  }
}
