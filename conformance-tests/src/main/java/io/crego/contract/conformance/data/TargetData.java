package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.conformance.http.ApiResult;
import io.crego.contract.conformance.http.Call;
import io.crego.contract.conformance.http.Session;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.SpecOperation;
import java.time.Instant;

/**
 * What the suite knows of its target for a whole run, shared by every test's {@link Fixtures}:
 *
 * <ul>
 *   <li>the collection bank Mark Processed names: the API has no way to create or list banks, so it
 *       is given ({@code --collection-bank-id}), or discovered once from a processed record's
 *       {@code collection_bank}, or else the id of the spec's Mark Processed request example (the
 *       spec says every company holds that bank);
 *   <li>the business date: asked of the target each time a date must be after it, never remembered
 *       and never taken from the local clock, since Run EOD (this run's, an earlier run's, another
 *       user's) moves it while the run goes on.
 * </ul>
 */
public final class TargetData {

  private static final String MARK_PROCESSED = OperationIds.MARK_RECORD_PROCESSED;
  private static final String CALCULATE_EMI = OperationIds.CALCULATE_EMI;
  private static final int DISCOVERY_PAGE_SIZE = 100;

  private final Session session;
  private final CregoSpec spec;
  private final String configuredBank;
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
    SpecOperation list = spec.operation(OperationIds.LIST_RECORDS).orElseThrow();
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

  /**
   * A moment after the target's business date, asked of the target now: the first due date of the
   * spec's Calculate EMI example, which stores nothing and schedules its first EMI "one month"
   * after the business date when given no {@code start_date}.
   */
  public Instant afterTheBusinessDate() {
    SpecOperation calculate = spec.operation(CALCULATE_EMI).orElseThrow();
    CallFactory calls = new CallFactory(spec);
    ApiResult answer = session.send(calls.build(CALCULATE_EMI, NO_REFERENCES, Overrides.none()));
    JsonNode due = answer.json().path("schedule").path(0).path("due_date");
    if (!answer.isSuccess() || !due.isNumber()) {
      throw PreparationFailure.refused(
          answer,
          "asking the target for its business date through "
              + calculate.operationId()
              + " (its first EMI falls a month after it)");
    }
    return Instant.ofEpochSecond(due.longValue());
  }

  /** Calculate EMI's example names nothing: no reference is ever asked for. */
  private static final References NO_REFERENCES =
      new References() {
        @Override
        public String id(ResourceKind kind) {
          throw new IllegalStateException(CALCULATE_EMI + " names no " + kind.schema());
        }

        @Override
        public String lead() {
          throw new IllegalStateException(CALCULATE_EMI + " names no lead");
        }

        @Override
        public String collectionBank() {
          throw new IllegalStateException(CALCULATE_EMI + " names no bank");
        }
      };
}
