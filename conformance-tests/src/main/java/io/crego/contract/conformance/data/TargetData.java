package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.Session;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.SpecOperation;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the suite knows of its target for a whole run, shared by every test's {@link Fixtures}:
 *
 * <ul>
 *   <li>the collection bank Mark Processed names: the API has no way to create or list banks, so it
 *       is given ({@code --collection-bank-id}), or discovered once from a processed record's
 *       {@code collection_bank}, or else the id of the spec's Mark Processed request example (the
 *       spec says every company holds that bank);
 *   <li>the business date: the suite moves it only by Run EOD, and remembers the latest it saw, so
 *       that a date "in the future" is after the business date however far the suite moved it.
 * </ul>
 */
public final class TargetData {

  private static final String MARK_PROCESSED = "markRecordProcessed";
  private static final int DISCOVERY_PAGE_SIZE = 100;

  private final Session session;
  private final CregoSpec spec;
  private final String configuredBank;
  private final AtomicLong businessDate = new AtomicLong(Long.MIN_VALUE);
  private String collectionBank;

  /**
   * @param configuredBank the bank given in the settings, or null to discover it
   */
  public TargetData(Session session, CregoSpec spec, String configuredBank) {
    this.session = session;
    this.spec = spec;
    this.configuredBank = configuredBank;
  }

  /** The id of a collection bank of the caller's company, found on first use. */
  public synchronized String collectionBankId() {
    if (collectionBank == null) {
      collectionBank = configuredBank != null ? configuredBank : discoverBank();
    }
    return collectionBank;
  }

  /** A processed record's bank, else the spec's Mark Processed example's. */
  private String discoverBank() {
    SpecOperation list = spec.operation("listRecords").orElseThrow();
    ApiResult answer =
        session.send(
            Call.to(list)
                .withQuery("status", "processed")
                .withQuery("page_size", String.valueOf(DISCOVERY_PAGE_SIZE)));
    if (answer.status() == 200) {
      for (JsonNode record : answer.json().path("results")) {
        String id = record.path("collection_bank").path("id").asText(null);
        if (Subject.isUuid(id)) {
          return id;
        }
      }
    }
    return specExampleBank();
  }

  private String specExampleBank() {
    CallFactory calls = new CallFactory(spec);
    return calls
        .example(calls.operation(MARK_PROCESSED))
        .map(example -> example.path("collection_bank_id").asText(null))
        .filter(Subject::isUuid)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The spec's " + MARK_PROCESSED + " example names no collection_bank_id"));
  }

  /** Remembers a business date the target answered (epoch seconds). */
  public void sawBusinessDate(JsonNode epochSeconds) {
    if (epochSeconds != null && epochSeconds.isNumber()) {
      businessDate.accumulateAndGet(epochSeconds.longValue(), Math::max);
    }
  }

  /** Today for the target: the latest business date seen, or now when none is later. */
  public Instant today() {
    Instant now = Instant.now();
    long seen = businessDate.get();
    return seen != Long.MIN_VALUE && seen > now.getEpochSecond()
        ? Instant.ofEpochSecond(seen)
        : now;
  }
}
