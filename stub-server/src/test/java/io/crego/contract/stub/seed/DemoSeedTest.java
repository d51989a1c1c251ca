package io.crego.contract.stub.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.AccountType;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.EmiComponent;
import io.crego.contract.spec.model.EmiStatus;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanStatus;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.PayoutStatus;
import io.crego.contract.spec.model.PayoutType;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupStatus;
import io.crego.contract.stub.clock.BusinessDates;
import io.crego.contract.stub.core.Json;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.server.DomainModules;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoSeedTest {

  private static final String COMPANY = "23067dbc-6c62-4203-9014-7100e4ffe811";
  private static final String OTHER = "other-company";

  /** Monday 17 June 2024, 13:12 in India. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-17T07:42:05.951Z"), ZoneOffset.UTC);

  private final Store store = new InMemoryStore();
  private final DemoSeed seed =
      new DemoSeed(store, DomainModules.domainHandlers(store, CregoSpec.get()), CLOCK);

  @AfterEach
  void close() {
    store.close();
  }

  private <T> List<T> all(String company, Kind<T> kind) {
    return store.read(company, view -> view.all(kind));
  }

  private <T> T one(String company, Kind<T> kind, Predicate<T> which) {
    return all(company, kind).stream().filter(which).findFirst().orElseThrow();
  }

  @Test
  void everySeededDocumentIsValidAgainstItsSchema() {
    seed.ensureSeeded(COMPANY);

    int checked = 0;
    for (Kind<?> kind : Kinds.MODELS) {
      String schema = "#/components/schemas/" + kind.type().getSimpleName();
      for (Object document : all(COMPANY, kind)) {
        HandlerHarness.assertValid(schema, Json.tree(document), kind.name() + " document");
        checked++;
      }
    }
    assertTrue(checked > 30, "only " + checked + " documents");
  }

  @Test
  void seedingIsIdempotentAndCheapOnceDone() {
    CountingStore counting = new CountingStore(store);
    DemoSeed seeding =
        new DemoSeed(counting, DomainModules.domainHandlers(counting, CregoSpec.get()), CLOCK);

    seeding.ensureSeeded(COMPANY);
    String once = store.exportJson();
    int seedingWrites = counting.writes.get();
    seeding.ensureSeeded(COMPANY);
    seeding.ensureSeeded(COMPANY);

    assertEquals(once, store.exportJson());
    assertEquals(seedingWrites, counting.writes.get(), "seeded companies take no write");
    assertTrue(seeding.isSeeded(COMPANY));
    assertFalse(seeding.isSeeded(OTHER));
  }

  @Test
  void aResetCompanyIsSeededAfresh() {
    seed.ensureSeeded(COMPANY);
    store.reset(COMPANY);
    assertFalse(seed.isSeeded(COMPANY));

    seed.ensureSeeded(COMPANY);

    assertEquals(4, all(COMPANY, Kinds.ACCOUNTS).size());
    assertEquals(
        RecordStatus.PENDING,
        store
            .read(COMPANY, v -> v.get(Kinds.RECORDS, DemoIds.MARK_PROCESSED_RECORD.toString()))
            .orElseThrow()
            .getStatus(),
        "the well-known ids are back, in their first state");
  }

  @Test
  void twoCompaniesShareOnlyTheWellKnownIdsEachWithItsOwnCopy() {
    seed.ensureSeeded(COMPANY);
    seed.ensureSeeded(OTHER);

    Set<UUID> first = ids(COMPANY);
    Set<UUID> second = ids(OTHER);
    assertEquals(first.size(), second.size());
    first.retainAll(second);
    assertEquals(wellKnownIds(), first);

    String record = DemoIds.APPROVAL_RECORD.toString();
    store.write(
        COMPANY,
        tx -> {
          tx.delete(Kinds.RECORDS, record);
          return null;
        });
    assertTrue(store.read(OTHER, v -> v.get(Kinds.RECORDS, record)).isPresent());
  }

  /** Every UUID constant of {@link DemoIds}. */
  private static Set<UUID> wellKnownIds() {
    Set<UUID> ids = new HashSet<>();
    for (java.lang.reflect.Field field : DemoIds.class.getDeclaredFields()) {
      if (field.getType() == UUID.class) {
        try {
          ids.add((UUID) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertTrue(ids.size() > 25, ids.size() + " well-known ids");
    return ids;
  }

  @Test
  void eachWellKnownEntityIsInTheStateItsExampleNeeds() {
    seed.ensureSeeded(COMPANY);

    assertEquals(RecordStatus.PENDING, record(DemoIds.MARK_PROCESSED_RECORD).getStatus());
    assertEquals(RecordStatus.PENDING, record(DemoIds.APPROVAL_RECORD).getStatus());
    assertEquals(RecordStatus.PENDING, record(DemoIds.NACH_RECORD).getStatus());
    assertEquals("nach", record(DemoIds.NACH_RECORD).getPaymentMode());
    assertTrue(Rupees.isPositive(record(DemoIds.ADVANCE_RECORD).getRemainingAmount()));
    assertEquals(RecordType.CASHBACK, record(DemoIds.CASHBACK_RECORD).getType());
    assertEquals(PayoutStatus.REQUESTED, payout(DemoIds.EXPORT_PAYOUT).getStatus());
    assertEquals(PayoutStatus.SEND_TO_BANK, payout(DemoIds.PROCESS_PAYOUT).getStatus());
    assertEquals(PayoutStatus.PROCESSING, payout(DemoIds.CALLBACK_PAYOUT).getStatus());
    assertEquals(PayoutStatus.FAILED, payout(DemoIds.RETRY_PAYOUT).getStatus());
    assertEquals(LoanStatus.ACTIVE, loan(DemoIds.SHARMA_LOAN).getStatus());
    assertEquals(DemoIds.SHARMA_ACCOUNT, loan(DemoIds.SHARMA_LOAN).getAccount());
    assertEquals(LoanStatus.ACTIVE, loan(DemoIds.GUPTA_DRAWDOWN).getStatus());
    assertEquals(LoanStatus.REQUESTED, loan(DemoIds.TRANCHE_LOAN).getStatus());
    assertEquals(TopupStatus.SCHEDULED, topup(DemoIds.UNSCHEDULE_TOPUP).getStatus());
    assertEquals(TopupStatus.SCHEDULED, topup(DemoIds.UPDATE_TOPUP).getStatus());
    assertEquals(TopupStatus.CHECKS_FAILED, topup(DemoIds.PARSE_TOPUP).getStatus());
    assertEquals(TopupStatus.CHECKS_FAILED, topup(DemoIds.RERUN_TOPUP).getStatus());
    assertEquals(TopupStatus.PAYOUT_FAILED, topup(DemoIds.REINITIATE_TOPUP).getStatus());
    Account mehta = one(COMPANY, Kinds.ACCOUNTS, a -> a.getId().equals(DemoIds.MEHTA_ACCOUNT));
    assertEquals(AccountStatus.ACTIVE, mehta.getStatus());
    assertEquals(Rupees.ZERO, mehta.getUsedLineAmount());
  }

  private Record record(UUID id) {
    return one(COMPANY, Kinds.RECORDS, r -> r.getId().equals(id));
  }

  private Payout payout(UUID id) {
    return one(COMPANY, Kinds.PAYOUTS, p -> p.getId().equals(id));
  }

  private Loan loan(UUID id) {
    return one(COMPANY, Kinds.LOANS, l -> l.getId().equals(id));
  }

  private Topup topup(UUID id) {
    return one(COMPANY, Kinds.TOPUPS, t -> t.getId().equals(id));
  }

  private Set<UUID> ids(String company) {
    Set<UUID> ids = new HashSet<>();
    for (Kind<?> kind : Kinds.MODELS) {
      for (Object document : all(company, kind)) {
        ids.add(UUID.fromString(Json.tree(document).path("id").asText()));
      }
    }
    return ids;
  }

  @Test
  void banksAccountsAndLoansTellAPlausibleStory() {
    seed.ensureSeeded(COMPANY);

    List<Bank> banks = all(COMPANY, Kinds.BANKS);
    assertTrue(banks.size() >= 2 && banks.size() <= 3, banks.size() + " banks");
    assertTrue(banks.stream().anyMatch(b -> b.getIfsc().equals("HDFC0001234")));
    assertTrue(banks.stream().allMatch(b -> b.getIfsc().matches("[A-Z]{4}0[A-Z0-9]{6}")));

    List<Account> accounts = all(COMPANY, Kinds.ACCOUNTS);
    assertEquals(4, accounts.size());
    assertTrue(accounts.stream().allMatch(a -> a.getRefId().matches("CL[0-9A-Z]{6}")));
    assertEquals(
        EnumSet.of(AccountType.TERM_LOAN, AccountType.CREDIT_LINE),
        EnumSet.copyOf(accounts.stream().map(Account::getType).toList()));
    assertEquals(1, accounts.stream().filter(a -> a.getStatus() == AccountStatus.CLOSED).count());
    for (Account account : accounts) {
      BigDecimal parts =
          account
              .getAvailableLineAmount()
              .add(account.getUsedLineAmount())
              .add(account.getBlockedLineAmount());
      assertEquals(0, account.getApprovedLineAmount().compareTo(parts), account.getName());
    }

    List<Loan> loans = all(COMPANY, Kinds.LOANS);
    assertEquals(
        EnumSet.of(LoanStatus.ACTIVE, LoanStatus.CLOSED, LoanStatus.REQUESTED, LoanStatus.FAILED),
        EnumSet.copyOf(loans.stream().map(Loan::getStatus).toList()));
  }

  @Test
  void activeLoansOweWhatTheirEmisAndFeesOwe() {
    seed.ensureSeeded(COMPANY);
    List<Emi> emis = all(COMPANY, Kinds.EMIS);
    List<Fee> fees = all(COMPANY, Kinds.FEES);

    for (Loan loan : all(COMPANY, Kinds.LOANS)) {
      List<Emi> schedule = emis.stream().filter(e -> e.getLoan().equals(loan.getId())).toList();
      if (loan.getStatus() == LoanStatus.CLOSED) {
        assertTrue(schedule.stream().allMatch(e -> e.getStatus() == EmiStatus.PAID), "closed");
        assertEquals(Rupees.ZERO, loan.getTotalOutstanding());
        continue;
      }
      if (loan.getStatus() != LoanStatus.ACTIVE) {
        assertEquals(List.of(), schedule, "EMIs of a " + loan.getStatus() + " loan");
        continue;
      }
      assertEquals(loan.getEmiCount(), schedule.size());
      BigDecimal principal = Rupees.ZERO;
      BigDecimal owed = Rupees.ZERO;
      for (Emi emi : schedule) {
        principal = principal.add(emi.getPrincipal());
        for (EmiComponent part : emi.getComponents()) {
          boolean counts =
              emi.getStatus() != EmiStatus.UPCOMING || part.getCode() == EmiComponent.CodeEnum.P;
          owed = counts ? owed.add(part.getOutstandingAmount()) : owed;
        }
      }
      for (Fee fee : fees) { // the back office's fees, due on the business date
        if (fee.getLoan().equals(loan.getId())) {
          owed = owed.add(fee.getTotalAmount()).subtract(fee.getPaidAmount());
        }
      }
      assertEquals(loan.getPrincipalAmount(), principal);
      assertEquals(0, owed.compareTo(loan.getTotalOutstanding()), loan.getRefId());
    }
  }

  @Test
  void theTermLoanHasAPaidEmiAnOverdueOneAccruingChargesAndUpcomingOnes() {
    seed.ensureSeeded(COMPANY);
    Loan termLoan = one(COMPANY, Kinds.LOANS, l -> l.getEmiCount() == 12);
    List<Emi> emis =
        all(COMPANY, Kinds.EMIS).stream()
            .filter(e -> e.getLoan().equals(termLoan.getId()))
            .toList();

    assertEquals(EmiStatus.PAID, emis.get(0).getStatus());
    Emi overdue = emis.get(1);
    assertEquals(EmiStatus.DUE, overdue.getStatus());
    assertTrue(overdue.getDpd() > 10, "dpd " + overdue.getDpd());
    assertEquals(overdue.getDpd(), termLoan.getDpd());
    assertTrue(Rupees.isPositive(termLoan.getOverdueInterest()));
    assertTrue(Rupees.isPositive(termLoan.getPenalInterest()));
    assertEquals(EmiStatus.UPCOMING, emis.get(11).getStatus());
    // the settlement of EMI 1 by its repayment
    Settlement settlement =
        one(COMPANY, Kinds.SETTLEMENTS, s -> s.getDemand().equals(emis.get(0).getId()));
    assertEquals(emis.get(0).getEmiAmount(), settlement.getAmount());
  }

  @Test
  void theDemoIsWhatTheLoansEngineMadeOfItsStory() {
    seed.ensureSeeded(COMPANY);

    assertEquals(
        Optional.of(LocalDate.of(2024, 6, 17)),
        store.read(COMPANY, BusinessDates::stored),
        "the business date is the seeding day");
    List<Payout> payouts = all(COMPANY, Kinds.PAYOUTS);
    // the story's four, four draw-downs at each step of the bank's round, a topup's failed payout
    assertEquals(9, payouts.size());
    assertTrue(payouts.stream().allMatch(p -> p.getType() == PayoutType.LOAN_DISBURSEMENT));
    assertEquals(3, payouts.stream().filter(p -> p.getStatus() == PayoutStatus.PROCESSED).count());
    Loan termLoan = one(COMPANY, Kinds.LOANS, l -> l.getEmiCount() == 12);
    Payout termPayout = one(COMPANY, Kinds.PAYOUTS, p -> termLoan.getId().equals(p.getLoan()));
    // 3 lakh less the 2% processing fee and 18% GST on it
    assertEquals(Rupees.of("292920"), termPayout.getAmount());

    Map<UUID, BigDecimal> settled = new HashMap<>();
    for (Settlement settlement : all(COMPANY, Kinds.SETTLEMENTS)) {
      settled.merge(settlement.getDemand(), settlement.getAmount(), BigDecimal::add);
    }
    for (Emi emi : all(COMPANY, Kinds.EMIS)) {
      assertEquals(emi.getPaidAmount(), settled.getOrDefault(emi.getId(), Rupees.ZERO));
    }

    Loan drawdown =
        one(COMPANY, Kinds.LOANS, l -> l.getStatus() == LoanStatus.ACTIVE && l.getEmiCount() == 6);
    assertEquals(Rupees.of("25000"), drawdown.getExcessAmount(), "the advance payment");
    Account gupta = one(COMPANY, Kinds.ACCOUNTS, a -> a.getType() == AccountType.CREDIT_LINE);
    assertEquals(drawdown.getPrincipalOutstanding(), gupta.getUsedLineAmount());
    // the story's requested 1.5 lakh, the back office's draw-downs at the bank (40 + 30 + 60 +
    // 35 thousand) and its topups not yet paid out (20 + 45 + 18 + 22 + 15 thousand)
    assertEquals(
        Rupees.of("435000"), gupta.getBlockedLineAmount(), "the drawdowns not yet paid out");
    Account sharma = one(COMPANY, Kinds.ACCOUNTS, a -> a.getId().equals(termLoan.getAccount()));
    assertEquals(Rupees.of("300000"), sharma.getUsedLineAmount(), "a term loan uses until closed");
    Loan repaid = one(COMPANY, Kinds.LOANS, l -> l.getStatus() == LoanStatus.CLOSED);
    assertTrue(repaid.getClosedAt() != null);
  }

  @Test
  void recordsAreInEveryState() {
    seed.ensureSeeded(COMPANY);
    List<Record> records = all(COMPANY, Kinds.RECORDS);

    assertEquals(
        EnumSet.allOf(RecordStatus.class),
        EnumSet.copyOf(records.stream().map(Record::getStatus).toList()));
    Record processed =
        one(
            COMPANY,
            Kinds.RECORDS,
            r -> r.getStatus() == RecordStatus.PROCESSED && r.getCollectionBank() != null);
    assertTrue(processed.getIsProcessed());
    assertTrue(records.stream().anyMatch(r -> r.getType() == RecordType.CASHBACK));
    assertEquals(
        records.size(), records.stream().map(Record::getRefId).distinct().count(), "ref ids");
    for (Record record : records) {
      assertEquals(record.getAmount(), record.getReceivedAmount().add(record.getTdsAmount()));
      assertTrue(record.getCreatedAt().compareTo(record.getUpdatedAt()) <= 0, record.getRefId());
    }
    for (int i = 1; i < records.size(); i++) {
      assertTrue(
          records.get(i - 1).getCreatedAt().compareTo(records.get(i).getCreatedAt()) <= 0,
          "stored in the order they happened");
    }
  }

  @Test
  void theRecordsHandlersWorkOnTheSeededData() {
    seed.ensureSeeded(COMPANY);
    HandlerHarness api = new HandlerHarness(DomainModules.domainHandlers(store, CregoSpec.get()));
    Bank hdfc = one(COMPANY, Kinds.BANKS, b -> b.getIfsc().equals("HDFC0001234"));

    JsonNode unmatched =
        api.call(COMPANY, OperationIds.LIST_UNMATCHED_RECORDS).send().expect(200).body();
    assertEquals(1, unmatched.path("count").asInt());

    Record neft =
        one(
            COMPANY,
            Kinds.RECORDS,
            r -> r.getStatus() == RecordStatus.PENDING && "neft".equals(r.getPaymentMode()));
    api.call(COMPANY, OperationIds.MARK_RECORD_PROCESSED)
        .id(neft.getId())
        .body(
            "{\"utr\": \"HDFCN99887766\", \"settled_at\": 1718610000, \"collection_bank_id\": \""
                + hdfc.getId()
                + "\"}")
        .send()
        .expect(200);

    Record nach =
        one(
            COMPANY,
            Kinds.RECORDS,
            r -> r.getStatus() == RecordStatus.PENDING && "nach".equals(r.getPaymentMode()));
    api.call(COMPANY, OperationIds.UPDATE_NACH_PRESENTATION_STATUS)
        .id(nach.getId())
        .body("{\"status\": \"success\"}")
        .send()
        .expect(200);

    Record advance = one(COMPANY, Kinds.RECORDS, r -> "imps".equals(r.getPaymentMode()));
    api.call(COMPANY, OperationIds.INITIATE_EXCESS_PAYMENT_REFUND)
        .id(advance.getId())
        .body("{\"amount\": 5000}")
        .send()
        .expect(201);

    Record cashback = one(COMPANY, Kinds.RECORDS, r -> r.getType() == RecordType.CASHBACK);
    Loan drawdown =
        one(
            COMPANY,
            Kinds.LOANS,
            l ->
                l.getStatus() == LoanStatus.ACTIVE && l.getAccount().equals(cashback.getAccount()));
    api.call(COMPANY, OperationIds.INITIATE_RECORD_ADJUSTMENT)
        .id(cashback.getId())
        .body("{\"loan_id\": \"" + drawdown.getId() + "\"}")
        .send()
        .expect(200);

    JsonNode page = api.call(COMPANY, OperationIds.LIST_RECORDS).send().expect(200).body();
    assertEquals(all(COMPANY, Kinds.RECORDS).size(), page.path("count").asInt());
  }
}
