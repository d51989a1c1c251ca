package io.crego.contract.stub.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.stub.store.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CompanyPreparationTest {

  private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private Consumer<String> counting(Consumer<String> before) {
    return company -> {
      before.accept(company);
      runs.computeIfAbsent(company, c -> new AtomicInteger()).incrementAndGet();
    };
  }

  private int runsOf(String company) {
    AtomicInteger count = runs.get(company);
    return count == null ? 0 : count.get();
  }

  @Test
  void aCompanyCalledBeforeItsTurnIsPreparedByItsCallAndEachOnlyOnce() throws Exception {
    CountDownLatch releaseSlow = new CountDownLatch(1);
    CountDownLatch slowStarted = new CountDownLatch(1);
    CompanyPreparation preparation =
        new CompanyPreparation(
            counting(
                company -> {
                  if (company.equals("slow")) {
                    slowStarted.countDown();
                    await(releaseSlow);
                  }
                }),
            new InMemoryStore());

    preparation.inBackground(List.of("slow", "later"), err);
    assertTrue(slowStarted.await(10, TimeUnit.SECONDS));

    // "later" has not had its turn (the run is stuck on "slow"): its own call prepares it
    preparation.accept("later");
    assertEquals(1, runsOf("later"));
    assertEquals(0, runsOf("slow"), "still being prepared");

    releaseSlow.countDown();
    preparation.awaitBackground();
    assertEquals(1, runsOf("slow"));
    assertEquals(1, runsOf("later"), "the run found it prepared");
    preparation.accept("slow");
    assertEquals(1, runsOf("slow"));
    assertEquals("", errBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCompanyTheRunCannotPrepareIsReportedAndLeftToItsFirstCall() {
    AtomicInteger failures = new AtomicInteger();
    CompanyPreparation preparation =
        new CompanyPreparation(
            counting(
                company -> {
                  if (company.equals("broken") && failures.getAndIncrement() == 0) {
                    throw new IllegalStateException("the seed fell over");
                  }
                }),
            new InMemoryStore());

    preparation.inBackground(List.of("broken", "fine"), err);
    preparation.awaitBackground();

    assertEquals(0, runsOf("broken"));
    assertEquals(1, runsOf("fine"), "the run goes on after a failure");
    assertEquals(
        "crego-stub: preparing company broken in the background failed (the seed fell over);"
            + " its first request prepares it\n",
        errBytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    preparation.accept("broken");
    assertEquals(1, runsOf("broken"));
  }

  @Test
  void stoppingFinishesTheCompanyInHandAndPreparesNoOther() throws Exception {
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CountDownLatch firstStarted = new CountDownLatch(1);
    CompanyPreparation preparation =
        new CompanyPreparation(
            counting(
                company -> {
                  if (company.equals("first")) {
                    firstStarted.countDown();
                    await(releaseFirst);
                  }
                }),
            new InMemoryStore());
    preparation.inBackground(List.of("first", "second"), err);
    assertTrue(firstStarted.await(10, TimeUnit.SECONDS));

    Thread stopper = new Thread(preparation::stopBackground);
    stopper.start();
    stopper.join(200);
    assertTrue(stopper.isAlive(), "stopping waits for the company in hand");
    releaseFirst.countDown();
    stopper.join(10_000);
    assertFalse(stopper.isAlive());

    assertEquals(1, runsOf("first"));
    assertEquals(0, runsOf("second"));
  }

  @Test
  void withNothingInTheBackgroundWaitingReturnsAtOnce() {
    CompanyPreparation preparation = new CompanyPreparation(company -> {}, new InMemoryStore());
    preparation.inBackground(List.of(), err);
    preparation.awaitBackground();
    preparation.stopBackground();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS), "the test never released the preparation");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
