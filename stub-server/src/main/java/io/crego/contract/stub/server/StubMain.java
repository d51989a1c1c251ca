package io.crego.contract.stub.server;

import io.crego.contract.stub.admin.AdminApi;
import io.crego.contract.stub.explorer.ApiExplorer;
import io.crego.contract.stub.http.DocumentRoutes;
import io.crego.contract.stub.http.PortInUseException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** {@code java -jar crego-stub.jar [options]}: starts the stub and serves until stopped. */
@Command(
    name = "crego-stub",
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

  /** The parsed command line, with one option per {@link Setting} (see {@link #commandLine}). */
  @Spec private CommandSpec command;

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
    // first: the JDK reads the threshold once, on the first reflective call, and the relaunch's
    // look at the JVM's options makes one
    raiseReflectionThreshold();
    OptionalInt archived = ArchivedStart.runInChild(args);
    if (archived.isPresent()) {
      System.exit(archived.getAsInt());
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
   * Jackson calls each getter and setter of the models by reflection. At the JDK's default of 15
   * calls, the demo seed alone makes it generate and load hundreds of accessor classes during
   * start-up; past 1,000 calls a method gets its class all the same, so served traffic is not
   * slowed. A -D on the command line still wins. (docs/decisions/0004-reflection-threshold.md)
   */
  static void raiseReflectionThreshold() {
    if (System.getProperty(REFLECTION_INFLATION_THRESHOLD) == null) {
      System.setProperty(REFLECTION_INFLATION_THRESHOLD, "1000");
    }
  }

  /**
   * Parses the arguments and starts the stub without blocking.
   *
   * @return the exit status: 0 when it started (or printed help or version)
   */
  int execute(String[] args) {
    CommandLine commandLine = commandLine();
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

  /**
   * The command line: the annotated command (its description and footer) plus an option for every
   * {@link Setting}, made from the setting's declaration, then {@code --help} and {@code
   * --version}.
   */
  CommandLine commandLine() {
    CommandSpec spec = CommandSpec.forAnnotatedObject(this);
    for (Setting setting : Setting.values()) {
      spec.addOption(option(setting));
    }
    spec.mixinStandardHelpOptions(true); // after the settings, so --help lists them first
    return new CommandLine(spec);
  }

  private static OptionSpec option(Setting setting) {
    OptionSpec.Builder option = OptionSpec.builder(setting.flag()).description(setting.helpLine());
    if (setting.isSwitch()) {
      option.type(Boolean.class); // picocli's switch: the flag alone, or --quiet=true|false
    } else if (setting.isRepeatable()) {
      option.type(List.class).auxiliaryTypes(String.class).paramLabel(setting.paramLabel());
    } else {
      option.type(String.class).paramLabel(setting.paramLabel());
    }
    return option.build();
  }

  /** The settings given on the command line, each with its values in order. */
  private Map<Setting, List<String>> flags() {
    Map<Setting, List<String>> flags = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      Object value = command.findOption(setting.flag()).getValue();
      if (value instanceof List<?> values) {
        flags.put(setting, values.stream().map(String::valueOf).toList());
      } else if (value != null) {
        flags.put(setting, List.of(value.toString()));
      }
    }
    return flags;
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
