package io.crego.contract.stub.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;
import java.util.UUID;

/**
 * WireMock's default mappings: just the catch-all that sends every request to the dispatcher. Being
 * the default, it comes back whenever WireMock resets its mappings; nothing is read from or saved
 * to disk. Its priority is the lowest, so a stub a developer adds through WireMock's own admin API
 * wins over it.
 */
final class CatchAllMappings implements MappingsSource {

  static final UUID ID = UUID.fromString("c5e90000-0000-4000-8000-000000000001");
  private static final int LOWEST_PRIORITY = 1000;

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    // a reset to the defaults clears the mappings first, and CatchAllKeeper has put it back then
    if (stubMappings.get(ID).isEmpty()) {
      stubMappings.addMapping(catchAll());
    }
  }

  /** A new copy of the catch-all mapping (WireMock keeps state on the instances it holds). */
  static StubMapping catchAll() {
    return any(anyUrl())
        .atPriority(LOWEST_PRIORITY)
        .withId(ID)
        .withName("crego: every request to the dispatcher")
        .willReturn(aResponse().withTransformers(DispatchTransformer.NAME))
        .build();
  }

  @Override
  public void save(List<StubMapping> stubMappings) {}

  @Override
  public void save(StubMapping stubMapping) {}

  @Override
  @SuppressWarnings("removal") // WireMock still declares it abstract
  public void remove(StubMapping stubMapping) {}

  @Override
  public void removeAll() {}
}
