package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.AccountStatus;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupCheck;
import io.crego.contract.spec.model.TopupCheck.NameEnum;
import io.crego.contract.spec.model.TopupCheck.StatusEnum;
import io.crego.contract.stub.lending.Rupees;
import java.math.BigDecimal;
import java.util.List;

/**
 * The checks a topup passes before it is disbursed, in the order the spec names them: the account
 * is active, an invoice is on file, and the invoice covers the amount drawn.
 */
final class TopupChecks {

  private TopupChecks() {}

  static List<TopupCheck> run(Account account, Topup topup) {
    return List.of(accountActive(account), invoicePresent(topup), invoiceCoversAmount(topup));
  }

  static boolean allPassed(List<TopupCheck> checks) {
    return checks.stream().allMatch(check -> check.getStatus() == StatusEnum.PASSED);
  }

  private static TopupCheck accountActive(Account account) {
    return account.getStatus() == AccountStatus.ACTIVE
        ? passed(NameEnum.ACCOUNT_ACTIVE, "The account is active.")
        : failed(NameEnum.ACCOUNT_ACTIVE, "The account is " + account.getStatus() + ".");
  }

  private static TopupCheck invoicePresent(Topup topup) {
    return topup.getInvoiceNumber() == null
        ? failed(NameEnum.INVOICE_PRESENT, "No invoice number is on file.")
        : passed(NameEnum.INVOICE_PRESENT, "Invoice " + topup.getInvoiceNumber() + " is on file.");
  }

  private static TopupCheck invoiceCoversAmount(Topup topup) {
    if (topup.getInvoiceAmount() == null) {
      return failed(NameEnum.INVOICE_COVERS_AMOUNT, "No invoice amount is on file.");
    }
    BigDecimal invoice = Rupees.of(topup.getInvoiceAmount());
    BigDecimal amount = Rupees.of(topup.getAmount());
    String invoiceText = "The invoice amount " + invoice.toPlainString();
    return Rupees.exceeds(amount, invoice)
        ? failed(
            NameEnum.INVOICE_COVERS_AMOUNT,
            invoiceText + " does not cover " + amount.toPlainString() + ".")
        : passed(
            NameEnum.INVOICE_COVERS_AMOUNT,
            invoiceText + " covers " + amount.toPlainString() + ".");
  }

  private static TopupCheck passed(NameEnum name, String message) {
    return new TopupCheck().name(name).status(StatusEnum.PASSED).message(message);
  }

  private static TopupCheck failed(NameEnum name, String message) {
    return new TopupCheck().name(name).status(StatusEnum.FAILED).message(message);
  }
}
