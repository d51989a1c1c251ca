package io.crego.contract.stub.documents;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Emi;
import io.crego.contract.spec.model.ExtraData;
import io.crego.contract.spec.model.Fee;
import io.crego.contract.spec.model.LineDetail;
import io.crego.contract.spec.model.Loan;
import io.crego.contract.spec.model.LoanData;
import io.crego.contract.spec.model.LoanParams;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.Settlement;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupGroup;
import io.crego.contract.stub.store.Kind;
import java.util.List;

/**
 * Every kind of document the stub stores, one per generated model, plus its own bookkeeping. The
 * names are the collections' names in exports and in the SQLite table, so they never change.
 */
public final class Kinds {

  public static final Kind<Record> RECORDS = new Kind<>("records", Record.class);
  public static final Kind<Bank> BANKS = new Kind<>("banks", Bank.class);
  public static final Kind<Account> ACCOUNTS = new Kind<>("accounts", Account.class);
  public static final Kind<Loan> LOANS = new Kind<>("loans", Loan.class);
  public static final Kind<Emi> EMIS = new Kind<>("emis", Emi.class);
  public static final Kind<Settlement> SETTLEMENTS = new Kind<>("settlements", Settlement.class);
  public static final Kind<Payout> PAYOUTS = new Kind<>("payouts", Payout.class);
  public static final Kind<Topup> TOPUPS = new Kind<>("topups", Topup.class);
  public static final Kind<TopupGroup> TOPUP_GROUPS = new Kind<>("topup_groups", TopupGroup.class);
  public static final Kind<LineDetail> LINE_DETAILS = new Kind<>("line_details", LineDetail.class);
  public static final Kind<LoanData> LOAN_DATA = new Kind<>("loan_data", LoanData.class);
  public static final Kind<LoanParams> LOAN_PARAMS = new Kind<>("loan_params", LoanParams.class);
  public static final Kind<Fee> FEES = new Kind<>("fees", Fee.class);
  public static final Kind<ExtraData> EXTRA_DATA = new Kind<>("extra_data", ExtraData.class);

  /** The kinds that hold models of the spec, for checks that walk them all. */
  public static final List<Kind<?>> MODELS =
      List.of(
          RECORDS,
          BANKS,
          ACCOUNTS,
          LOANS,
          EMIS,
          SETTLEMENTS,
          PAYOUTS,
          TOPUPS,
          TOPUP_GROUPS,
          LINE_DETAILS,
          LOAN_DATA,
          LOAN_PARAMS,
          FEES,
          EXTRA_DATA);

  private Kinds() {}
}
