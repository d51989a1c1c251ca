package io.crego.contract.conformance.cli;

import io.crego.contract.conformance.config.ConfigException;
import io.crego.contract.conformance.config.Setting;
import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.report.RunSummary;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar crego-conformance.jar --base-url URL [--token T | --username U --password P]
 * [--read-only] …}: checks a target against the spec. Exit 0 only when nothing failed.
 */
@Command(
    name = "crego-conformance",
    mixinStandardHelpOptions = true,
    versionProvider = ShortRunJvm.Version.class,
    description = {
      "Checks an implementation of the Crego LMS API against spec/openapi.yaml.",
      "Every option can also be set with the environment variable its line names (Env:);",
      "a flag wins over the variable.",
      "Exit code: 0 when nothing failed, 1 when a test failed, 2 for invalid settings,",
      "3 when the target is unreachable or refuses the credentials, 4 when no test ran."
    },
    sortOptions = false)
public final class ConformanceMain implements Callable<Integer> {

  /** The parsed command line, with one option per {@link Setting} (see {@link #commandLine}). */
  @Spec CommandSpec command;

  /** Exit code when a test failed. */
  static final int FAILED = 1;

  /** Exit code for invalid settings. */
  static final int INVALID_SETTINGS = 2;

  /** Exit code when the target does not answer or refuses the credentials. */
  static final int TARGET_UNAVAILABLE = 3;

  /** Exit code when the selection ran no test. */
  static final int NOTHING_RAN = 4;

  public static void main(String[] args) {
    OptionalInt childExit = ShortRunJvm.runInChild(args);
    System.exit(childExit.isPresent() ? childExit.getAsInt() : execute(args));
  }

  /** Runs the command line; returns the exit code. */
  static int execute(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line: the annotated command (its description, {@code --help}, {@code --version})
   * plus an option for every {@link Setting}, made from the setting's declaration.
   */
  static CommandLine commandLine() {
    CommandSpec spec = CommandSpec.forAnnotatedObject(new ConformanceMain());
    for (Setting setting : Setting.values()) {
      spec.addOption(option(setting));
    }
    return new CommandLine(spec);
  }

  private static OptionSpec option(Setting setting) {
    OptionSpec.Builder option =
        OptionSpec.builder(setting.flag()).description(setting.helpLine()).type(String.class);
    if (setting.isSwitch()) {
      option.arity("0").type(boolean.class);
    } else if (setting.isValueOptional()) {
      option.arity("0..1").fallbackValue("true").paramLabel(setting.paramLabel());
    } else {
      option.arity("1").paramLabel(setting.paramLabel());
    }
    return option.build();
  }

  @Override
  public Integer call() {
    SuiteConfig config;
    try {
      config = SuiteConfig.resolve(flags(), System.getenv(), System.getProperties(), true);
    } catch (ConfigException e) {
      return invalid(e);
    }
    ConformanceRunner runner = new ConformanceRunner(System.out);
    RunSummary summary;
    try {
      if (config.dryRun()) {
        System.out.print(runner.plan(config));
        return 0;
      }
      summary = runner.run(config);
    } catch (ConfigException e) {
      return invalid(e);
    } catch (TargetUnavailableException e) {
      System.err.println("crego-conformance: " + e.getMessage());
      return TARGET_UNAVAILABLE;
    }
    if (summary.passed() + summary.failed() == 0) {
      System.err.println(
          "crego-conformance: no test ran ("
              + summary.skipped()
              + " skipped): check --include-tags, --exclude-tags and --operations");
      return NOTHING_RAN;
    }
    return summary.succeeded() ? 0 : FAILED;
  }

  private static int invalid(ConfigException e) {
    System.err.println(e.getMessage());
    System.err.println("Run with --help for the options.");
    return INVALID_SETTINGS;
  }

  /** The settings given on the command line; a switch given counts as {@code true}. */
  private Map<Setting, String> flags() {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      Object value = command.findOption(setting.flag()).getValue();
      if (setting.isSwitch() ? Boolean.TRUE.equals(value) : value != null) {
        flags.put(setting, value.toString());
      }
    }
    return flags;
  }
}
