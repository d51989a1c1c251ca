package io.crego.contract.stub.server;

import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.explorer.ApiExplorer;
import io.crego.contract.stub.http.DocumentRoutes;
import io.crego.contract.stub.http.PortInUseException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar crego-stub.jar [options]}: starts the stub and serves until stopped. */
@Command(
    name = "crego-stub",
    mixinStandardHelpOptions = true,
    versionProvider = StubVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "A stateful emulator of the Crego LMS REST API. It answers every operation of"
          + " spec/openapi.yaml inside the contract: requests are validated, errors use the"
          + " spec's Error shape.",
      ""
    },
    footer = {
      "",
      "Each option can also be set by its environment variable: a flag wins over the variable,"
          + " the variable over the default. CREGO_STUB_USERS takes name:password pairs separated"
          + " by commas.",
      "",
      "Each user gets a company of their own. Log in with POST /auth/login/"
          + " {\"username\": ..., \"password\": ...}. Issued tokens live in memory only and are"
          + " forgotten on restart; the dev token always works, for the first user's company.",
      "",
      "Admin routes (JSON): POST /__admin/crego/reset[?company=ID], GET|PUT /__admin/crego/state,"
          + " GET /__admin/crego/companies, GET|POST|DELETE /__admin/crego/faults. Health check:"
          + " GET /__admin/health. The spec is served at GET /openapi.yaml.",
      "",
      "Prefer: code=NNN on any call answers that operation's declared response for NNN from the"
          + " spec's example, without touching state (the token is still checked).",
      "",
      "Exit status: 0 after a clean stop, 2 for invalid options, 1 when the stub cannot start."
    })
public final class StubMain implements Callable<Integer> {

  static final int EXIT_USAGE = 2;
  static final int EXIT_FAILED = 1;

  /**
   * How many times the JDK calls a reflected method through JNI before it generates a class to call
   * it (JDK 17 reads this once, on first use; later JDKs have no such step and ignore it).
   */
  private static final String REFLECTION_INFLATION_THRESHOLD = "sun.reflect.inflationThreshold";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on; 0 = any free port. Default: 8080. Env: CREGO_STUB_PORT.")
  private String port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Address to bind. Default: 0.0.0.0 (all). Env: CREGO_STUB_HOST.")
  private String host;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Dev bearer token, always accepted, for the first user's company."
              + " Default: crego-dev-token. Env: CREGO_STUB_TOKEN.")
  private String token;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Keep state in DIR (SQLite) across restarts; the same as --store sqlite:DIR."
              + " Env: CREGO_STUB_DATA_DIR.")
  private String dataDir;

  @Option(
      names = "--store",
      paramLabel = "STORE",
      description =
          "Where state is kept: memory (lost on exit); sqlite:DIR (one process, across"
              + " restarts); postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB or"
              + " jdbc:postgresql://HOST[:PORT]/DB (shared by every stub process started with the"
              + " same URL: several replicas serve one state). User and password come from the URL"
              + " or from CREGO_STUB_STORE_USER and CREGO_STUB_STORE_PASSWORD. Default: memory."
              + " Env: CREGO_STUB_STORE.")
  private String store;

  @Option(
      names = "--seed",
      paramLabel = "MODE",
      description =
          "demo = each company starts with the demo data set (again after a reset);"
              + " none = empty but for the platform's collection bank. Default: demo."
              + " Env: CREGO_STUB_SEED.")
  private String seed;

  @Option(
      names = "--user",
      paramLabel = "NAME:PASSWORD",
      description =
          "A user who can log in; repeat for more. The first is the default user."
              + " Default: admin:admin. Env: CREGO_STUB_USERS (comma-separated).")
  private List<String> users;

  @Option(
      names = "--token-ttl",
      paramLabel = "SECONDS",
      description =
          "Lifetime of issued access tokens (refresh tokens live 24 h). Default: 900."
              + " Env: CREGO_STUB_TOKEN_TTL.")
  private String tokenTtl;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      description =
          "Require Authorization: Bearer TOKEN on the admin routes (not on /__admin/health)."
              + " Default: none, admin routes open. Env: CREGO_STUB_ADMIN_TOKEN.")
  private String adminToken;

  @Option(
      names = "--admin-port",
      paramLabel = "PORT",
      description =
          "Serve the admin routes and /__admin/health on this port of 127.0.0.1 only, and not on"
              + " the public port; 0 = any free port. Default: none, admin on the public port."
              + " Env: CREGO_STUB_ADMIN_PORT.")
  private String adminPort;

  @Option(
      names = "--check-responses",
      paramLabel = "MODE",
      description =
          "Check each response against the contract: off; log = report breaches on stderr;"
              + " enforce = answer a breach as a 500 naming it. Default: log."
              + " Env: CREGO_STUB_CHECK_RESPONSES.")
  private String checkResponses;

  @Option(
      names = "--quiet",
      description =
          "Do not log each call on stdout. Default: false. Env: CREGO_STUB_QUIET (true/false).")
  private Boolean quiet;

  @Option(
      names = "--journal",
      paramLabel = "N",
      description =
          "Keep the latest N requests in WireMock's request journal (/__admin/requests,"
              + " near-misses, verification); 0 = off. Default: 1000. Env: CREGO_STUB_JOURNAL.")
  private String journal;

  @Option(
      names = "--admin-origins",
      paramLabel = "ORIGINS",
      description =
          "Web origins (comma-separated, e.g. http://localhost:3000) whose pages may call the"
              + " admin routes besides the stub's own. Default: none, same-origin only."
              + " Env: CREGO_STUB_ADMIN_ORIGINS.")
  private String adminOrigins;

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private StubServer server;

  StubMain(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) throws InterruptedException {
    // Jackson calls each getter and setter of the models by reflection. At the JDK's default of 15
    // calls, the demo seed alone makes it generate and load hundreds of accessor classes during
    // start-up; past 1,000 calls a method gets its class all the same, so served traffic is not
    // slowed. A -D on the command line still wins. (docs/decisions/0004-reflection-threshold.md)
    if (System.getProperty(REFLECTION_INFLATION_THRESHOLD) == null) {
      System.setProperty(REFLECTION_INFLATION_THRESHOLD, "1000");
    }
    StubMain main = new StubMain(System.getenv(), System.out, System.err);
    int exitCode = main.execute(args);
    if (main.server == null) {
      System.exit(exitCode);
    }
    StubServer running = main.server;
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "crego-stub-shutdown"));
    running.awaitClose();
  }

  /**
   * Parses the arguments and starts the stub without blocking.
   *
   * @return the exit status: 0 when it started (or printed help or version)
   */
  int execute(String[] args) {
    CommandLine commandLine = new CommandLine(this);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** The stub started by {@link #execute}, or null. */
  StubServer server() {
    return server;
  }

  @Override
  public Integer call() {
    StubConfig config;
    try {
      config = ConfigResolver.resolve(flags(), env, true);
    } catch (InvalidConfigException e) {
      err.println("crego-stub: cannot start:");
      e.problems().forEach(problem -> err.println("  " + problem));
      err.println("Run with --help for the options.");
      return EXIT_USAGE;
    }
    try {
      server = StubServer.start(config, out, err);
    } catch (PortInUseException e) {
      err.println("crego-stub: port " + e.port() + " is in use; choose another with --port");
      return EXIT_USAGE;
    } catch (RuntimeException e) {
      err.println("crego-stub: cannot start: " + e.getMessage());
      return EXIT_FAILED;
    }
    printBanner(server);
    return 0;
  }

  private Map<Setting, List<String>> flags() {
    Map<Setting, List<String>> flags = new EnumMap<>(Setting.class);
    put(flags, Setting.PORT, port);
    put(flags, Setting.HOST, host);
    put(flags, Setting.TOKEN, token);
    put(flags, Setting.DATA_DIR, dataDir);
    put(flags, Setting.STORE, store);
    put(flags, Setting.SEED, seed);
    if (users != null) {
      flags.put(Setting.USERS, new ArrayList<>(users));
    }
    put(flags, Setting.TOKEN_TTL, tokenTtl);
    put(flags, Setting.ADMIN_TOKEN, adminToken);
    put(flags, Setting.ADMIN_PORT, adminPort);
    put(flags, Setting.CHECK_RESPONSES, checkResponses);
    put(flags, Setting.QUIET, quiet == null ? null : quiet.toString());
    put(flags, Setting.JOURNAL, journal);
    put(flags, Setting.ADMIN_ORIGINS, adminOrigins);
    return flags;
  }

  private static void put(Map<Setting, List<String>> flags, Setting setting, String value) {
    if (value != null) {
      flags.put(setting, List.of(value));
    }
  }

  private void printBanner(StubServer server) {
    StubConfig config = server.config();
    String base = server.baseUrl();
    out.println("crego-stub " + StubVersion.current() + " ready");
    out.println(
        "  listening on  " + base + " (bound to " + config.host() + ":" + server.port() + ")");
    out.println(
        "  dev token     "
            + server.devToken()
            + "  (Authorization: Bearer "
            + server.devToken()
            + ")");
    out.println(
        "  users         "
            + String.join(", ", StubServer.usernames(config))
            + "  (POST "
            + base
            + "/auth/login/)");
    out.println("  spec          " + base + DocumentRoutes.SPEC_PATH);
    out.println("  api explorer  " + base + ApiExplorer.PATH + "  (Swagger UI: try every call)");
    String admin = server.adminBaseUrl();
    out.println(
        "  admin         "
            + admin
            + AdminApi.PREFIX
            + "/  (health: "
            + admin
            + "/__admin/health"
            + (config.adminPort() == null ? "" : "; loopback only, not on the public port")
            + (config.adminToken() == null ? "" : "; needs the admin token")
            + ")");
    out.println(
        "  state         " + config.store().describe() + ", seed " + config.seed().cliName());
  }
}
