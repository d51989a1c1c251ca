package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts the catch-all back whenever WireMock's admin API removes it: {@code DELETE
 * /__admin/mappings} ("delete my stubs") clears every mapping without reloading the defaults, and a
 * developer may delete mappings one by one or by metadata. Without the catch-all every call would
 * answer WireMock's "no stub mappings" 404, so removing or resetting a developer's own mappings
 * must never turn the emulator off.
 */
final class CatchAllKeeper implements StubLifecycleListener {

  /** Set once the server exists; the listener is registered before it is built. */
  private final AtomicReference<Admin> server = new AtomicReference<>();

  void attach(Admin admin) {
    server.set(admin);
  }

  @Override
  public String getName() {
    return "crego-catch-all-keeper";
  }

  @Override
  public void afterStubsReset() {
    restore();
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    if (CatchAllMappings.ID.equals(stub.getId())) {
      restore();
    }
  }

  private void restore() {
    Admin admin = server.get();
    if (admin != null && admin.getStubMapping(CatchAllMappings.ID).getItem() == null) {
      admin.addStubMapping(CatchAllMappings.catchAll());
    }
  }
}
