package io.crego.contract.stub.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.EodResult;
import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.emis.EndOfDayRun;
import io.crego.contract.stub.emis.EndOfDayStep;
import io.crego.contract.stub.fees.FeeHandlers;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Index;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link EndOfDayRun#days}: consecutive ends of day that keep what they decoded must leave the
 * company exactly as the same days run one by one, each reading the company afresh, would.
 */
class EndOfDayDaysTest extends LoansTestBase {

  private static final int DAYS = 120;
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static final BiConsumer<LocalDate, StoreTransaction> NO_WRITE = (date, tx) -> {};

  private final List<Store> copies = new ArrayList<>();
  private String unpaidLoanParams;

  @AfterEach
  void closeCopies() {
    copies.forEach(Store::close);
  }

  /**
   * A book with something for each part of EOD: a loan left unpaid (it turns overdue and accrues
   * charges daily), one paid in advance (its excess waits for the due dates, then closes it), a fee
   * on a loan, a repayment naming no loan, and a credit-line drawdown.
   */
  @BeforeEach
  void book() {
    HandlerHarness withFees = new HandlerHarness(new FeeHandlers(store, lending));
    String unpaid = account("term_loan", "500000", "14", 6, "0");
    String unpaidLoan = activeLoan(unpaid, "200000");
    withFees
        .call(ACME, OperationIds.CREATE_FEE)
        .body("{\"loan_id\": \"" + unpaidLoan + "\", \"type\": \"bounce_charge\", \"amount\": 500}")
        .send()
        .expect(201);
    String prepaid = account("term_loan", "300000", "12", 3, "0");
    String prepaidLoan = activeLoan(prepaid, "90000");
    repay(prepaid, "95000", prepaidLoan).expect(200);
    String line = account("credit_line", "1000000", "18", 6, "0");
    activeLoan(line, "150000");
    repay(line, "20000", null).expect(200);
    String unpaidLead =
        store.read(ACME, view -> view.get(Kinds.ACCOUNTS, unpaid)).orElseThrow().getLeadId();
    unpaidLoanParams =
        all(Kinds.LOAN_PARAMS).stream()
            .filter(params -> params.getLeadId().equals(unpaidLead))
            .findFirst()
            .orElseThrow()
            .getId()
            .toString();
  }

  @Test
  void daysThatKeepWhatTheyReadEndAsDaysThatEachReadAfresh() {
    consecutiveDaysEndAsSingleDays(NO_WRITE, List.of());
  }

  @Test
  void aWriteBetweenTwoDaysIsSeenByTheNextDay() {
    Store withoutTheWrite = copyOfTheBook();

    Store kept = consecutiveDaysEndAsSingleDays(this::lowerTheOverdueRate, List.of());

    run(withoutTheWrite, NO_WRITE, List.of(), true);
    assertNotEquals(canonical(withoutTheWrite), canonical(kept), "the write changes the outcome");
  }

  @Test
  void aStepsWriteIsSeenByTheNextDay() {
    Store withoutTheStep = copyOfTheBook();
    EndOfDayStep step = (tx, date, now) -> lowerTheOverdueRate(date, tx);

    Store kept = consecutiveDaysEndAsSingleDays(NO_WRITE, List.of(step));

    run(withoutTheStep, NO_WRITE, List.of(), true);
    assertNotEquals(canonical(withoutTheStep), canonical(kept), "the step changes the outcome");
  }

  /**
   * Runs the days as single days on the book and as consecutive days on a copy of it, and holds the
   * two to the same answers and the same documents; returns the copy.
   */
  private Store consecutiveDaysEndAsSingleDays(
      BiConsumer<LocalDate, StoreTransaction> between, List<EndOfDayStep> steps) {
    Store kept = copyOfTheBook();

    List<EodResult> oneByOne = run(store, between, steps, false);
    List<EodResult> consecutive = run(kept, between, steps, true);

    assertEquals(oneByOne, consecutive);
    assertSameBook(store, kept);
    return kept;
  }

  @Test
  void consecutiveDaysReadTheCompanyOnceUnlessSomeoneElseWrites() {
    // a loan still waiting for its payout takes no repayments: EOD has nothing to age on it
    String waiting = account("term_loan", "100000", "12", 3, "0");
    disburse(waiting, "50000").expect(201);
    int takingRepayments =
        (int) all(Kinds.LOANS).stream().filter(loan -> Portfolio.takesRepayments(loan)).count();
    assertTrue(takingRepayments < all(Kinds.LOANS).size(), "the book has a loan EOD leaves alone");

    EndOfDayRun endOfDay = new EndOfDayRun(lending, List.of());
    Map<String, Integer> oneByOne = new HashMap<>();
    Map<String, Integer> consecutive = new HashMap<>();
    Map<String, Integer> withAWrite = new HashMap<>();

    store.write(
        ACME,
        tx -> {
          for (int day = 1; day <= 10; day++) {
            endOfDay.run(new ReadCounting(tx, oneByOne), 1.7e9 + day * 86_400);
          }
          EndOfDayRun.Days days = endOfDay.days(new ReadCounting(tx, consecutive));
          for (int day = 11; day <= 20; day++) {
            days.next(1.7e9 + day * 86_400);
          }
          ReadCounting counted = new ReadCounting(tx, withAWrite);
          EndOfDayRun.Days interrupted = endOfDay.days(counted);
          for (int day = 21; day <= 30; day++) {
            if (day == 25) {
              // a write that changes nothing still makes the next day read afresh
              LoanParams params = tx.get(Kinds.LOAN_PARAMS, unpaidLoanParams).orElseThrow();
              counted.put(Kinds.LOAN_PARAMS, unpaidLoanParams, params);
            }
            interrupted.next(1.7e9 + day * 86_400);
          }
          return null;
        });

    assertEquals(
        10 * takingRepayments,
        oneByOne.get(Kinds.LOANS.name()),
        "ten single days read the loans taking repayments ten times, and no other loan");
    assertEquals(
        takingRepayments,
        consecutive.get(Kinds.LOANS.name()),
        "ten consecutive days read them once");
    assertEquals(
        oneByOne.get(Kinds.EMIS.name()) / 10, consecutive.get(Kinds.EMIS.name()), "and their EMIs");
    assertEquals(
        oneByOne.get(Kinds.ACCOUNTS.name()) / 10,
        consecutive.get(Kinds.ACCOUNTS.name()),
        "and their accounts, for the leads and types");
    assertEquals(
        2 * takingRepayments,
        withAWrite.get(Kinds.LOANS.name()),
        "and once more after a write between two");
  }

  /** On the 60th day of the run, the unpaid loan's lead gets a 10% overdue rate instead of 24%. */
  private void lowerTheOverdueRate(LocalDate date, StoreTransaction tx) {
    if (date.equals(START.plusDays(60))) {
      LoanParams params = tx.get(Kinds.LOAN_PARAMS, unpaidLoanParams).orElseThrow();
      tx.put(
          Kinds.LOAN_PARAMS,
          unpaidLoanParams,
          params.overdueRoiValue(ParamDefaults.flatSlab(BigDecimal.TEN)));
    }
  }

  /** A unit of work that counts the documents of each kind it hands out (by id or whole kinds). */
  private record ReadCounting(StoreTransaction tx, Map<String, Integer> reads)
      implements StoreTransaction {

    @Override
    public <T> List<T> all(Kind<T> kind) {
      List<T> documents = tx.all(kind);
      reads.merge(kind.name(), documents.size(), Integer::sum);
      return documents;
    }

    @Override
    public <T> Optional<T> get(Kind<T> kind, String id) {
      Optional<T> document = tx.get(kind, id);
      document.ifPresent(found -> reads.merge(kind.name(), 1, Integer::sum));
      return document;
    }

    @Override
    public Optional<String> json(Kind<?> kind, String id) {
      return tx.json(kind, id);
    }

    @Override
    public <T> int count(Kind<T> kind) {
      return tx.count(kind);
    }

    @Override
    public <T> List<T> newestFirst(Kind<T> kind, int offset, int limit) {
      return tx.newestFirst(kind, offset, limit);
    }

    @Override
    public <T> List<String> idsWhere(Index<T> index, String key) {
      return tx.idsWhere(index, key);
    }

    @Override
    public <T> int count(Index<T> index, String key) {
      return tx.count(index, key);
    }

    @Override
    public <T> BigDecimal total(Index<T> index, String key) {
      return tx.total(index, key);
    }

    @Override
    public <T> List<T> newestFirst(Index<T> index, String key, int offset, int limit) {
      return tx.newestFirst(index, key, offset, limit);
    }

    @Override
    public <T> void put(Kind<T> kind, String id, T value) {
      tx.put(kind, id, value);
    }

    @Override
    public <T> void delete(Kind<T> kind, String id) {
      tx.delete(kind, id);
    }

    @Override
    public long writeCount() {
      return tx.writeCount();
    }
  }

  private Store copyOfTheBook() {
    Store copy = new InMemoryStore();
    copy.importJson(store.exportJson());
    copies.add(copy);
    return copy;
  }

  /**
   * Runs {@link #DAYS} ends of day with {@code steps} in one unit of work, calling {@code between}
   * with the coming business date before each: with one {@link EndOfDayRun.Days} when {@code
   * consecutive}, else as that many single-day runs.
   */
  private List<EodResult> run(
      Store target,
      BiConsumer<LocalDate, StoreTransaction> between,
      List<EndOfDayStep> steps,
      boolean consecutive) {
    EndOfDayRun endOfDay = new EndOfDayRun(lending, steps);
    return target.write(
        ACME,
        tx -> {
          List<EodResult> results = new ArrayList<>();
          EndOfDayRun.Days days = endOfDay.days(tx);
          for (int day = 1; day <= DAYS; day++) {
            LocalDate date = START.plusDays(day);
            between.accept(date, tx);
            double now = BusinessCalendar.dayStart(date) + 3600;
            results.add(consecutive ? days.next(now) : endOfDay.run(tx, now));
          }
          return results;
        });
  }

  /** The two stores hold the same documents, but for the ids of those the days created. */
  private static void assertSameBook(Store expected, Store actual) {
    JsonNode want = canonical(expected).path("companies").path(ACME);
    JsonNode got = canonical(actual).path("companies").path(ACME);
    assertEquals(names(want), names(got), "kinds");
    want.fieldNames()
        .forEachRemaining(
            kind -> {
              assertEquals(names(want.get(kind)), names(got.get(kind)), kind + " ids");
              want.get(kind)
                  .fieldNames()
                  .forEachRemaining(
                      id ->
                          assertEquals(
                              want.get(kind).get(id), got.get(kind).get(id), kind + " " + id));
            });
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * The store's export with each id replaced by the order in which it first appears: documents the
   * days created (settlements) get random ids, which are all that may differ.
   */
  private static JsonNode canonical(Store target) {
    Map<String, String> names = new HashMap<>();
    Matcher ids = UUID_TEXT.matcher(target.exportJson());
    StringBuilder out = new StringBuilder();
    while (ids.find()) {
      ids.appendReplacement(out, names.computeIfAbsent(ids.group(), id -> "id" + names.size()));
    }
    return Json.read(ids.appendTail(out).toString(), JsonNode.class);
  }
}
