package io.crego.contract.stub.topups;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.records.HandlerHarness.Exchange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * approved = available + used + blocked after every operation, whatever the order: random walks of
 * topup and payout operations (seeded, so a failure replays) on two credit lines, each step
 * answered inside the contract and followed by the check. Nothing on a line goes below zero.
 */
class LineArithmeticTest extends MoneyOutTestBase {

  private static final int STEPS = 60;

  @RepeatedTest(6)
  void theLineAddsUpAfterEveryOperation(RepetitionInfo repetition) {
    Random random = new Random(7919L * repetition.getCurrentRepetition());
    List<Account> lines = List.of(book.creditLine("100000"), book.creditLine("250000.50"));
    LocalDate businessDate = LocalDate.of(2024, 6, 17);
    Set<TopupStatus> seen = EnumSet.noneOf(TopupStatus.class);
    for (int step = 0; step < STEPS; step++) {
      Account line = lines.get(random.nextInt(lines.size()));
      switch (random.nextInt(8)) {
        case 0, 1 -> create(line, random);
        case 2 ->
            onSomeTopup(
                random,
                id ->
                    api.call(ACME, OperationIds.UPDATE_TOPUP)
                        .id(id)
                        .body("{\"amount\": " + amount(random) + "}")
                        .send());
        case 3 ->
            onSomeTopup(
                random,
                id ->
                    api.call(ACME, OperationIds.PARSE_TOPUP_INVOICE)
                        .id(id)
                        .body(
                            "{\"invoice_url\": \"https://files.example.com/"
                                + unique("I-")
                                + ".pdf\"}")
                        .send());
        case 4 ->
            onSomeTopup(
                random, id -> api.call(ACME, OperationIds.RE_RUN_TOPUP_CHECKS).id(id).send());
        case 5 ->
            onSomeTopup(random, id -> api.call(ACME, OperationIds.UNSCHEDULE_TOPUP).id(id).send());
        case 6 -> bankMoves(random);
        default -> {
          businessDate = businessDate.plusDays(1 + random.nextInt(3));
          LocalDate newDate = businessDate;
          loans.businessDate(newDate);
          store.write(
              ACME,
              tx -> {
                topups.scheduledTopups().run(tx, newDate, api.now());
                return null;
              });
        }
      }
      book.assertEveryLineHolds();
      for (Account account : store.read(ACME, view -> view.all(Kinds.ACCOUNTS))) {
        assertTrue(account.getAvailableLineAmount().signum() >= 0, "available below zero");
        assertTrue(account.getBlockedLineAmount().signum() >= 0, "blocked below zero");
      }
      store.read(ACME, view -> view.all(Kinds.TOPUPS)).forEach(t -> seen.add(t.getStatus()));
    }
    // the walk is worth something only if it went through most of the lifecycle
    assertTrue(seen.size() >= 5, "statuses seen: " + seen);
  }

  private void create(Account line, Random random) {
    String amount = amount(random);
    String fields =
        switch (random.nextInt(3)) {
          case 0 -> invoiceFor(amount);
          case 1 -> "";
          default ->
              invoiceFor(amount)
                  + ", \"scheduled_date\": "
                  + (1719167400 + 86400 * random.nextInt(5));
        };
    Exchange answer = createTopup(line, amount, fields);
    assertTrue(answer.status() == 201 || answer.status() == 409, answer.body().toString());
  }

  /** Export, process and answer the oldest payout still on its way, or reinitiate a failed one. */
  private void bankMoves(Random random) {
    List<Payout> open =
        store.read(ACME, view -> view.all(Kinds.PAYOUTS)).stream()
            .filter(p -> p.getStatus() == PayoutStatus.REQUESTED)
            .toList();
    if (!open.isEmpty()) {
      String[] results = {"processed", "failed", "rejected"};
      bankAnswers(open.get(0).getId().toString(), results[random.nextInt(results.length)]);
      return;
    }
    onSomeTopup(random, id -> api.call(ACME, OperationIds.REINITIATE_TOPUP_PAYOUT).id(id).send());
  }

  private void onSomeTopup(Random random, java.util.function.Function<String, Exchange> call) {
    List<Topup> all = store.read(ACME, view -> view.all(Kinds.TOPUPS));
    if (all.isEmpty()) {
      return;
    }
    Exchange answer = call.apply(all.get(random.nextInt(all.size())).getId().toString());
    assertTrue(answer.status() < 500, answer.body().toString());
  }

  private static String amount(Random random) {
    return (1 + random.nextInt(60_000)) + "." + random.nextInt(10) + random.nextInt(10);
  }
}
