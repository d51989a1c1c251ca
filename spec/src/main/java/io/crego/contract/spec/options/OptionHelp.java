package io.crego.contract.spec.options;

import java.util.Locale;

/**
 * How both command lines, the stub's and the conformance suite's, describe an option in {@code
 * --help}: the meaning as a sentence, then its default and its environment variable, e.g. {@code
 * Address to bind. Default: 0.0.0.0. Env: CREGO_STUB_HOST.} Each tool declares its options once (a
 * {@code Setting} enum) and renders their help lines here, so the two read alike. It lives in the
 * spec module because that is the one both tools depend on.
 */
public final class OptionHelp {

  private OptionHelp() {}

  /**
   * The option's help line.
   *
   * @param meaning what the option does, as written for the README: lower case, no final stop, code
   *     in backquotes (shown without them; a meaning that starts with code keeps its case)
   * @param defaultValue the default as text, or null when the option has none
   * @param withoutIt what happens when an option without a default is not given (ignored when it
   *     has one)
   * @param envVar the environment variable that sets it
   */
  public static String line(String meaning, String defaultValue, String withoutIt, String envVar) {
    String sentence =
        meaning.startsWith("`")
            ? meaning
            : meaning.substring(0, 1).toUpperCase(Locale.ROOT) + meaning.substring(1);
    return sentence.replace("`", "")
        + ". Default: "
        + (defaultValue != null ? defaultValue : "none, " + withoutIt)
        + ". Env: "
        + envVar
        + ".";
  }
}
