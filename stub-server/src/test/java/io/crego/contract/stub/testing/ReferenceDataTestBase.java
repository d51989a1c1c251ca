package io.crego.contract.stub.testing;

import io.crego.contract.spec.model.Account;
import io.crego.contract.stub.extradata.ExtraDataHandlers;
import io.crego.contract.stub.fees.FeeHandlers;
import io.crego.contract.stub.linedetails.LineDetailHandlers;
import io.crego.contract.stub.loandata.LoanDataHandlers;
import io.crego.contract.stub.records.Given;
import io.crego.contract.stub.records.HandlerHarness;
import io.crego.contract.stub.store.InMemoryStore;
import io.crego.contract.stub.store.Kind;
import io.crego.contract.stub.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh store with two companies, each holding an account, the reference-data handlers (Line
 * Details, Loan Data, Fee, Extra Data) behind the spec-checking harness, and a fake loan book on
 * the harness's day (2024-06-17): the base of those tags' handler tests.
 */
public abstract class ReferenceDataTestBase {

  protected static final String ACME = "acme";
  protected static final String GLOBEX = "globex";
  protected static final String NOWHERE = "0b6f3e0c-7d1a-4c55-9a0e-3f2b8c1d4e5a";
  protected static final LocalDate TODAY = LocalDate.of(2024, 6, 17);

  protected Store store;
  protected FakeLoanBook loans;
  protected HandlerHarness api;
  protected Given given;
  protected Given globex;
  protected Account account;

  @BeforeEach
  protected void setUpCompanies() {
    store = new InMemoryStore();
    loans = new FakeLoanBook(TODAY);
    api =
        new HandlerHarness(
            new LineDetailHandlers(store, loans),
            new LoanDataHandlers(store),
            new FeeHandlers(store, loans),
            new ExtraDataHandlers(store));
    given = new Given(store, ACME);
    globex = new Given(store, GLOBEX);
    account = given.account();
  }

  @AfterEach
  protected void closeStore() {
    store.close();
  }

  protected <T> T stored(Kind<T> kind, String id) {
    return store.read(ACME, view -> view.get(kind, id)).orElseThrow();
  }

  protected <T> int count(String company, Kind<T> kind) {
    return store.read(company, view -> view.count(kind));
  }

  /** One field of every result of a page, in order. */
  protected static List<String> each(HandlerHarness.Exchange page, String field) {
    List<String> values = new ArrayList<>();
    page.body().path("results").forEach(item -> values.add(item.path(field).asText()));
    return values;
  }
}
