package io.crego.contract.stub.server;

import io.crego.contract.spec.CregoSpec;
import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.admin.EndOfDayDriver;
import io.crego.contract.stub.admin.FaultRequests;
import io.crego.contract.stub.auth.AuthHandlers;
import io.crego.contract.stub.auth.BearerAuthentication;
import io.crego.contract.stub.auth.PostgresTokenTable;
import io.crego.contract.stub.auth.StubUser;
import io.crego.contract.stub.auth.TokenFile;
import io.crego.contract.stub.auth.TokenStore;
import io.crego.contract.stub.auth.UserDirectory;
import io.crego.contract.stub.core.AccessLog;
import io.crego.contract.stub.core.CompanyPreparation;
import io.crego.contract.stub.core.DeclaredResponses;
import io.crego.contract.stub.core.Dispatcher;
import io.crego.contract.stub.core.FaultSchedule;
import io.crego.contract.stub.core.HandlerGroup;
import io.crego.contract.stub.core.HandlerRegistry;
import io.crego.contract.stub.http.DocumentRoutes;
import io.crego.contract.stub.http.WireMockEdge;
import io.crego.contract.stub.store.PostgresStore;
import io.crego.contract.stub.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The running stub, and the one place that builds it: spec, store, users and tokens, handlers,
 * dispatcher, document routes, admin API and the WireMock edge. Tests start one on a free port:
 *
 * <pre>{@code
 * try (StubServer stub = StubServer.start(StubConfig.defaults().withPort(0))) {
 *   call(stub.baseUrl() + "/auth/ping/", "Bearer " + stub.devToken());
 * }
 * }</pre>
 */
public final class StubServer implements AutoCloseable {

  private final StubConfig config;
  private final Store store;
  private final TokenStore tokens;
  private final CompanyPreparation preparation;
  private final WireMockEdge edge;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private StubServer(
      StubConfig config,
      Store store,
      TokenStore tokens,
      CompanyPreparation preparation,
      WireMockEdge edge) {
    this.config = config;
    this.store = store;
    this.tokens = tokens;
    this.preparation = preparation;
    this.edge = edge;
  }

  /** Starts a stub, logging calls to standard output and problems to standard error. */
  public static StubServer start(StubConfig config) {
    return start(config, System.out, System.err);
  }

  /**
   * Builds the stub on a thread of its own while WireMock opens the port on this one, so that the
   * two halves of start-up overlap (start-up is CPU-bound, so on two cores the gain is a few
   * hundred milliseconds, not half). Requests that arrive before the stub is built wait for it;
   * when this method returns, the first user's company is prepared and the others are being
   * prepared in the background (a request for one of them waits for its own).
   *
   * @throws io.crego.contract.stub.http.PortInUseException when the port is taken
   * @throws IllegalStateException when an operation of the spec has no handler, naming them
   */
  public static StubServer start(StubConfig config, PrintStream out, PrintStream err) {
    CompletableFuture<Assembly> assembly = new CompletableFuture<>();
    Thread builder =
        new Thread(
            () -> {
              try {
                assembly.complete(assemble(config, out, err));
              } catch (RuntimeException | Error e) {
                assembly.completeExceptionally(e);
              }
            },
            "crego-stub-startup");
    builder.setDaemon(true);
    builder.start();
    WireMockEdge edge;
    try {
      edge =
          WireMockEdge.start(
              config.host(),
              config.port(),
              () -> assembly.join().dispatcher(),
              () -> assembly.join().documents(),
              () -> assembly.join().admin(),
              Optional.ofNullable(config.adminToken()),
              config.adminPort(),
              config.accessLog() ? AccessLog.to(out) : AccessLog.none(),
              config.journalSize(),
              Set.copyOf(config.adminOrigins()),
              err);
    } catch (RuntimeException e) {
      finished(assembly).ifPresent(Assembly::closeState);
      throw e;
    }
    try {
      Assembly built = assembly.join();
      built
          .preparation()
          .inBackground(
              config.users().stream()
                  .map(StubUser::companyId)
                  .distinct()
                  .filter(id -> !id.equals(config.defaultUser().companyId()))
                  .toList(),
              err);
      return new StubServer(config, built.store(), built.tokens(), built.preparation(), edge);
    } catch (CompletionException e) {
      edge.close();
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** What the edge serves, built from the config: the spec, store, handlers and admin API. */
  private record Assembly(
      Store store,
      TokenStore tokens,
      CompanyPreparation preparation,
      Dispatcher dispatcher,
      DocumentRoutes documents,
      AdminApi admin) {

    void closeState() {
      try {
        tokens.close(); // before the store, which lets go of the data directory's lock
      } finally {
        store.close();
      }
    }
  }

  private static Assembly assemble(StubConfig config, PrintStream out, PrintStream err) {
    CregoSpec spec = CregoSpec.get();
    Clock clock = Clock.systemUTC();
    createDataDir(config);
    Store store = DomainModules.store(config.store());
    TokenStore tokens = null;
    try {
      UserDirectory users = new UserDirectory(config.users());
      tokens = tokens(config, store, clock, users);
      DeclaredResponses declared = new DeclaredResponses(spec);

      HandlerRegistry registry = new HandlerRegistry();
      new AuthHandlers(users, tokens).register(registry);
      for (HandlerGroup group : DomainModules.handlerGroups(store, spec)) {
        group.register(registry);
      }
      // no fallback answers: an operation without domain behaviour is a start-up failure
      requireEveryOperationHandled(registry, spec);

      CompanyPreparation preparation =
          new CompanyPreparation(DomainModules.preparation(store, config.seed(), registry), store);
      // the first user's company before the first request; the others once the stub serves
      preparation.accept(config.defaultUser().companyId());

      FaultSchedule faults = new FaultSchedule();
      AccessLog accessLog = config.accessLog() ? AccessLog.to(out) : AccessLog.none();
      Dispatcher dispatcher =
          Dispatcher.builder(
                  spec, registry, new BearerAuthentication(users, tokens, config.devToken()))
              .faults(faults)
              .prepareCompany(preparation)
              .responseCheck(config.responseCheck())
              .accessLog(accessLog)
              .errorLog(err)
              .clock(clock)
              .build();
      AdminApi admin =
          new AdminApi(
              store,
              preparation,
              users,
              faults,
              new FaultRequests(spec, declared, users),
              Optional.ofNullable(config.adminToken()),
              accessLog,
              new EndOfDayDriver(spec, registry, clock));
      // built here, off the thread that opens the port: reading Swagger UI's files takes a while
      DocumentRoutes documents = DocumentRoutes.withDevToken(config.devToken());
      return new Assembly(store, tokens, preparation, dispatcher, documents, admin);
    } catch (RuntimeException | Error e) {
      store.close();
      if (tokens != null) {
        tokens.close();
      }
      throw e;
    }
  }

  /**
   * Issued tokens: beside the state, in the data directory when there is one, in the database when
   * the state is in PostgreSQL (every replica then knows every login).
   */
  private static TokenStore tokens(
      StubConfig config, Store store, Clock clock, UserDirectory users) {
    if (store instanceof PostgresStore shared) {
      return new TokenStore(
          clock,
          config.tokenTtl(),
          StubConfig.REFRESH_TOKEN_TTL,
          TokenStore.DEFAULT_CAPACITY,
          new PostgresTokenTable(shared.dataSource()),
          users);
    }
    if (config.dataDir() == null) {
      return new TokenStore(
          clock, config.tokenTtl(), StubConfig.REFRESH_TOKEN_TTL, TokenStore.DEFAULT_CAPACITY);
    }
    return new TokenStore(
        clock,
        config.tokenTtl(),
        StubConfig.REFRESH_TOKEN_TTL,
        TokenStore.DEFAULT_CAPACITY,
        TokenFile.open(config.dataDir()),
        users);
  }

  /** The assembly once its builder is done with it, successful or not. */
  private static Optional<Assembly> finished(CompletableFuture<Assembly> assembly) {
    try {
      return Optional.of(assembly.join());
    } catch (CompletionException e) {
      return Optional.empty(); // it closed its own store
    }
  }

  public int port() {
    return edge.port();
  }

  /** {@code http://localhost:PORT} when bound to all addresses, else the bound host. */
  public String baseUrl() {
    String host = config.host();
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      host = "localhost";
    } else if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  /**
   * Where the admin routes and the health check are: the admin port on loopback when one is set
   * ({@code --admin-port}), else the public port.
   */
  public String adminBaseUrl() {
    return edge.adminPort().map(port -> "http://127.0.0.1:" + port).orElseGet(this::baseUrl);
  }

  public String devToken() {
    return config.devToken();
  }

  public StubConfig config() {
    return config;
  }

  /** Stops serving and closes the store; safe to call more than once. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      edge.close();
    } finally {
      try {
        preparation.stopBackground();
        tokens.close();
        store.close();
      } finally {
        stopped.countDown();
      }
    }
  }

  /** Blocks until {@link #close()} has run (e.g. from the shutdown hook). */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  /**
   * Refuses to start unless the handlers cover the spec exactly.
   *
   * @throws IllegalStateException naming the operations without a handler and the handlers for
   *     operations the spec does not have
   */
  static void requireEveryOperationHandled(HandlerRegistry registry, CregoSpec spec) {
    List<String> missing = registry.missing(spec);
    List<String> unknown = registry.unknown(spec);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalStateException(
          (missing.isEmpty() ? "" : "operations of the spec without a handler: " + missing + ". ")
              + (unknown.isEmpty() ? "" : "handlers for operations not in the spec: " + unknown));
    }
  }

  private static void createDataDir(StubConfig config) {
    if (config.dataDir() != null) {
      try {
        Files.createDirectories(config.dataDir());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the data directory " + config.dataDir(), e);
      }
    }
  }

  /** For the start-up banner: who can log in. */
  static List<String> usernames(StubConfig config) {
    return config.users().stream().map(StubUser::username).toList();
  }
}
