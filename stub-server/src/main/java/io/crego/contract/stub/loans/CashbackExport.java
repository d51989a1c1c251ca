package io.crego.contract.stub.loans;

import io.crego.contract.spec.model.ExportFile;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Export Cashback: the company's cashback records (of one {@code account}; {@code date_from} and
 * {@code date_to} inclusive bounds on their {@code date}) as CSV text, newest first, one row each
 * after a header. The file is named after the business date.
 */
final class CashbackExport {

  private static final List<Column> COLUMNS =
      List.of(
          new Column("ref_id", Record::getRefId),
          new Column("id", Record::getId),
          new Column("account", Record::getAccount),
          new Column("status", Record::getStatus),
          new Column("amount", r -> money(r.getAmount())),
          new Column("remaining_amount", r -> money(r.getRemainingAmount())),
          new Column("cashback_loan", Record::getCashbackLoan),
          new Column("date", r -> BusinessCalendar.dayOf(r.getDate())));

  private record Column(String header, Function<Record, Object> value) {}

  private final Store store;
  private final Lending lending;

  CashbackExport(Store store, Lending lending) {
    this.store = store;
    this.lending = lending;
  }

  ApiResponse export(OperationContext context) {
    UUID account = context.query("account", UUID.class).orElse(null);
    Long from = context.query("date_from", Long.class).orElse(null);
    Long to = context.query("date_to", Long.class).orElse(null);
    List<Record> cashbacks = new ArrayList<>();
    String day =
        store.read(
            context.companyId(),
            view -> {
              for (Record record : view.all(Kinds.RECORDS)) {
                if (record.getType() == RecordType.CASHBACK
                    && (account == null || account.equals(record.getAccount()))
                    && (from == null || record.getDate().compareTo(BigDecimal.valueOf(from)) >= 0)
                    && (to == null || record.getDate().compareTo(BigDecimal.valueOf(to)) <= 0)) {
                  cashbacks.add(record);
                }
              }
              return lending.businessDate(view).format(DateTimeFormatter.BASIC_ISO_DATE);
            });
    Collections.reverse(cashbacks);
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", COLUMNS.stream().map(Column::header).toList())).append('\n');
    for (Record record : cashbacks) {
      csv.append(
              String.join(
                  ",",
                  COLUMNS.stream()
                      .map(c -> Objects.toString(c.value().apply(record), ""))
                      .toList()))
          .append('\n');
    }
    return JsonAnswers.ok(
        new ExportFile()
            .fileName("cashback-" + day + ".csv")
            .contentType(ExportFile.ContentTypeEnum.TEXT_CSV)
            .count(cashbacks.size())
            .content(csv.toString()));
  }

  private static Object money(BigDecimal amount) {
    return amount == null ? null : Rupees.of(amount).toPlainString();
  }
}
