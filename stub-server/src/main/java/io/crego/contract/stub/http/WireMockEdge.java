package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.core.Dispatcher;
import java.io.PrintStream;
import java.net.BindException;
import java.util.Optional;

/**
 * The stub's HTTP server: WireMock, configured to send every request to the {@link Dispatcher}
 * through one catch-all mapping, with the stub's admin routes mounted beside WireMock's own. The
 * request journal is off so that memory stays flat however many requests it serves.
 */
public final class WireMockEdge implements AutoCloseable {

  private static final int CONTAINER_THREADS = 64;
  private static final long STOP_TIMEOUT_MS = 2_000;

  private final WireMockServer server;

  private WireMockEdge(WireMockServer server) {
    this.server = server;
  }

  /**
   * Starts listening.
   *
   * @param port the port, or 0 for a free one
   * @throws PortInUseException when the port is taken
   */
  public static WireMockEdge start(
      String host,
      int port,
      Dispatcher dispatcher,
      AdminApi admin,
      Optional<String> adminToken,
      PrintStream errors) {
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .port(port)
            .bindAddress(host)
            .disableRequestJournal()
            .stubRequestLoggingDisabled(true)
            .notifier(new ConsoleErrorsNotifier(errors))
            .mappingSource(new CatchAllMappings())
            .extensionScanningEnabled(false)
            .templatingEnabled(false)
            .stubCorsEnabled(true)
            .containerThreads(CONTAINER_THREADS)
            .jettyStopTimeout(STOP_TIMEOUT_MS)
            .adminAuthenticator(new AdminGuard(adminToken))
            .extensions(
                new DispatchTransformer(dispatcher, errors), new AdminRoutes(admin, errors));
    WireMockServer server = new WireMockServer(options);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.stop();
      if (causedByBind(e)) {
        throw new PortInUseException(port, e);
      }
      throw e;
    }
    return new WireMockEdge(server);
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    if (server.isRunning()) {
      server.stop();
    }
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }
}
