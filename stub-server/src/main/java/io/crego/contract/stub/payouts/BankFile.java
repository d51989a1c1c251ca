package io.crego.contract.stub.payouts;

import io.crego.contract.spec.model.Bank;
import io.crego.contract.spec.model.Payout;
import io.crego.contract.stub.lending.Rupees;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The CSV a bank takes to pay out (RFC 4180, header first): one row per payout with what the bank
 * needs to send the money — the amount, the method, the beneficiary's account — and the references
 * that its answer will carry back.
 */
final class BankFile {

  private record Column(String header, Function<Payout, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("ref_id", Payout::getRefId),
          new Column("payout_id", Payout::getId),
          new Column("type", Payout::getType),
          new Column("amount", p -> Rupees.of(p.getAmount()).toPlainString()),
          new Column("method", Payout::getMethod),
          new Column("payout_to", Payout::getPayoutTo),
          new Column("beneficiary_name", p -> bank(p.getCreditBank(), Bank::getAccountHolderName)),
          new Column("beneficiary_account_no", p -> bank(p.getCreditBank(), Bank::getAccountNo)),
          new Column("beneficiary_ifsc", p -> bank(p.getCreditBank(), Bank::getIfsc)),
          new Column("debit_account_no", p -> bank(p.getDebitBank(), Bank::getAccountNo)),
          new Column("payment_reference_no", Payout::getPaymentReferenceNo));

  private BankFile() {}

  static String csv(List<Payout> payouts) {
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", COLUMNS.stream().map(Column::header).toList())).append('\n');
    for (Payout payout : payouts) {
      List<String> cells =
          COLUMNS.stream().map(column -> cell(column.value().apply(payout))).toList();
      csv.append(String.join(",", cells)).append('\n');
    }
    return csv.toString();
  }

  private static Object bank(Bank bank, Function<Bank, Object> field) {
    return bank == null ? null : field.apply(bank);
  }

  /** Quoted when it holds a comma, a quote or a line break; empty for null. */
  private static String cell(Object value) {
    String text = Objects.toString(value, "");
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
