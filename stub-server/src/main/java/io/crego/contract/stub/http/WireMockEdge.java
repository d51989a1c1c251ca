package io.crego.contract.stub.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.core.AccessLog;
import io.crego.contract.stub.core.Dispatcher;
import java.io.PrintStream;
import java.net.BindException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The stub's HTTP server: WireMock, configured to send every request to the {@link Dispatcher}
 * through one catch-all mapping (but for the spec and the API explorer, {@link DocumentRoutes}),
 * with the stub's admin routes mounted beside WireMock's own, or, given an admin port, served there
 * alone ({@link AdminPort}) and hidden from the public port. The request journal is off so that
 * memory stays flat however many requests it serves.
 */
public final class WireMockEdge implements AutoCloseable {

  private static final int CONTAINER_THREADS = 64;
  private static final long STOP_TIMEOUT_MS = 2_000;

  private final WireMockServer server;
  private final AdminPort adminPort;

  private WireMockEdge(WireMockServer server, AdminPort adminPort) {
    this.server = server;
    this.adminPort = adminPort;
  }

  /**
   * Starts listening, with the admin routes on their own loopback port when {@code adminPort} is
   * not null (0 for any free one). The dispatcher, the document routes and the admin API are asked
   * for on each request, so that the port can open while the stub is still being built: a supplier
   * blocks until they are ready, and whatever arrives meanwhile waits. WireMock's health check
   * answers at once.
   *
   * @param port the port, or 0 for a free one
   * @throws PortInUseException when a port is taken
   */
  public static WireMockEdge start(
      String host,
      int port,
      Supplier<Dispatcher> dispatcher,
      Supplier<DocumentRoutes> documents,
      Supplier<AdminApi> admin,
      Optional<String> adminToken,
      Integer adminPort,
      AccessLog accessLog,
      int journalSize,
      Set<String> adminOrigins,
      PrintStream errors) {
    CatchAllKeeper catchAllKeeper = new CatchAllKeeper();
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .port(port)
            .bindAddress(host)
            .stubRequestLoggingDisabled(true)
            .notifier(new ConsoleErrorsNotifier(errors))
            .mappingSource(new CatchAllMappings())
            .extensionScanningEnabled(false)
            .templatingEnabled(false)
            // both only cost start-up time: no XML is matched, nothing is proxied
            .disableOptimizeXmlFactoriesLoading(true)
            .httpClientFactory(new DeferredProxyClient())
            .stubCorsEnabled(true)
            // No h2c upgrade of plain-text HTTP: browsers never use it, and Java's default client
            // asks for it on every call; under load an upgraded large answer was read as frames.
            .http2PlainDisabled(true)
            .httpServerFactory(JsonErrorsJettyServer.FACTORY)
            .containerThreads(CONTAINER_THREADS)
            .jettyStopTimeout(STOP_TIMEOUT_MS)
            .adminAuthenticator(new AdminGuard(adminToken))
            .extensions(
                new DispatchTransformer(dispatcher, documents, accessLog, errors),
                new AdminRoutes(admin, errors),
                catchAllKeeper,
                new MappingAccessLog(accessLog));
    if (journalSize == 0) {
      options.disableRequestJournal();
      if (adminPort == null) { // with an admin port, the public port hides every admin route
        options.extensions(new JournalDisabledFilter());
      }
    } else {
      // bounded: the oldest requests are dropped, so memory stays flat however long it runs; by
      // the store itself, as WireMock's own bound costs a walk of the journal per request
      options.withStores(BoundedJournalStore.within(options.filesRoot(), journalSize));
    }
    options.extensions(new AdminOriginGuard(adminOrigins));
    if (adminPort != null) {
      options.extensions(new AdminRoutesHidden());
    }
    AdminPort separateAdmin = adminPort == null ? null : AdminPort.start(adminPort, admin, errors);
    WireMockServer server = new WireMockServer(options);
    catchAllKeeper.attach(server);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.stop();
      if (separateAdmin != null) {
        separateAdmin.close();
      }
      if (causedByBind(e)) {
        throw new PortInUseException(port, e);
      }
      throw e;
    }
    return new WireMockEdge(server, separateAdmin);
  }

  public int port() {
    return server.port();
  }

  /** The admin port, when the admin routes have one of their own. */
  public Optional<Integer> adminPort() {
    return adminPort == null ? Optional.empty() : Optional.of(adminPort.port());
  }

  @Override
  public void close() {
    try {
      if (server.isRunning()) {
        server.stop();
      }
    } finally {
      if (adminPort != null) {
        adminPort.close();
      }
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
