package io.crego.contract.conformance;

import io.crego.contract.conformance.config.SuiteConfig;
import io.crego.contract.conformance.data.Fixtures;
import io.crego.contract.conformance.data.TargetData;
import io.crego.contract.conformance.deviation.Deviations;
import io.crego.contract.conformance.exchange.ExchangeValidator;
import io.crego.contract.conformance.http.ApiClient;
import io.crego.contract.conformance.http.BaseUrls;
import io.crego.contract.conformance.http.Session;
import io.crego.contract.conformance.run.ExchangeJudge;
import io.crego.contract.conformance.run.ExchangeLog;
import io.crego.contract.conformance.run.KnownGaps;
import io.crego.contract.conformance.time.BusinessTime;
import io.crego.contract.spec.CregoSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything one run of the suite shares: the composition root. Built by the runner, looked up by
 * the tests through {@link SuiteRunExtension}; nothing in it is static, so two runs (the loop run
 * and the broken-target runs) never meet.
 */
public final class SuiteRun {

  private final SuiteConfig config;
  private final CregoSpec spec;
  private final boolean targetIsStub;
  private final KnownGaps knownGaps;
  private final Deviations deviations;
  private final ExchangeLog exchanges = new ExchangeLog();

  /** Exchanges made outside any test (the preflight, the run's own look-ups) are logged so. */
  private final ThreadLocal<String> currentTest =
      ThreadLocal.withInitial(() -> "(before the tests)");

  private final Map<String, String> lifecycleTests = new ConcurrentHashMap<>();
  private final Map<String, String> knownGapHits = new ConcurrentHashMap<>();
  private final Map<String, String> knownGapsPassing = new ConcurrentHashMap<>();
  private final Session session;
  private final Session secondSession;
  private final TargetData target;
  private final BusinessTime time;

  public SuiteRun(
      SuiteConfig config,
      CregoSpec spec,
      boolean targetIsStub,
      Deviations deviations,
      KnownGaps knownGaps) {
    this.config = config;
    this.spec = spec;
    this.targetIsStub = targetIsStub;
    this.deviations = deviations;
    this.knownGaps = knownGaps;
    ExchangeJudge judge =
        new ExchangeJudge(new ExchangeValidator(spec), deviations, exchanges, currentTest::get);
    ApiClient client =
        new ApiClient(
            BaseUrls.of(spec, config.baseUrl(), config.loginBaseUrl()), judge, config.timeout());
    this.time =
        new BusinessTime(spec, config.allowEod() != null ? config.allowEod() : targetIsStub);
    this.session = new Session(client, spec, config.credentials(), time, config.readOnly());
    this.secondSession =
        new Session(client, spec, config.secondCredentials(), time, config.readOnly());
    this.target = new TargetData(session, spec, config.collectionBankId());
  }

  public SuiteConfig config() {
    return config;
  }

  public CregoSpec spec() {
    return spec;
  }

  public boolean targetIsStub() {
    return targetIsStub;
  }

  public Deviations deviations() {
    return deviations;
  }

  public KnownGaps knownGaps() {
    return knownGaps;
  }

  public ExchangeLog exchanges() {
    return exchanges;
  }

  /** The main user's session. */
  public Session session() {
    return session;
  }

  /** What the run knows of its target: the collection bank, the business date. */
  public TargetData target() {
    return target;
  }

  /** Whether the run may move the target's business date, and how far it moved it. */
  public BusinessTime time() {
    return time;
  }

  /** A test's own data, made through the main user's session on first use. */
  public Fixtures fixtures() {
    return new Fixtures(session, spec, target);
  }

  /** The session of a user of another company (may have no credentials). */
  public Session secondSession() {
    return secondSession;
  }

  void enterTest(String displayName) {
    currentTest.set(displayName);
  }

  void leaveTest() {
    currentTest.remove();
  }

  /** Remembers which lifecycle transition a test walks, for the coverage table. */
  public void registerLifecycleTest(String displayName, String transition) {
    lifecycleTests.put(displayName, transition);
  }

  public Map<String, String> lifecycleTests() {
    return Map.copyOf(lifecycleTests);
  }

  void knownGapHit(String displayName, String reason) {
    knownGapHits.put(displayName, reason);
  }

  void knownGapPassing(String displayName, String reason) {
    knownGapsPassing.put(displayName, reason);
  }

  /** Tests that failed as a listed known gap, with the gap's reason. */
  public Map<String, String> knownGapHits() {
    return Map.copyOf(knownGapHits);
  }

  /** Tests listed as known gaps that passed: the list can shrink. */
  public Map<String, String> knownGapsPassing() {
    return Map.copyOf(knownGapsPassing);
  }
}
