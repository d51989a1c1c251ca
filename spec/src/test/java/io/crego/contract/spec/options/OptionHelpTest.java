package io.crego.contract.spec.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OptionHelpTest {

  @Test
  void aMeaningBecomesASentenceFollowedByItsDefaultAndVariable() {
    assertEquals(
        "Address to bind. Default: 0.0.0.0. Env: CREGO_STUB_HOST.",
        OptionHelp.line("address to bind", "0.0.0.0", null, "CREGO_STUB_HOST"));
  }

  @Test
  void withoutADefaultItSaysWhatHappensInstead() {
    assertEquals(
        "Login user. Default: none, a --token is needed. Env: CREGO_USERNAME.",
        OptionHelp.line("login user", null, "a --token is needed", "CREGO_USERNAME"));
  }

  @Test
  void codeMarksGoAndAMeaningThatStartsWithCodeKeepsItsCase() {
    assertEquals(
        "stub, other, or auto (a stub answers GET /__admin/health). Default: auto. Env: K.",
        OptionHelp.line(
            "`stub`, `other`, or `auto` (a stub answers `GET /__admin/health`)",
            "auto",
            null,
            "K"));
  }
}
