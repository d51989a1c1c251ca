package io.crego.contract.stub.records;

import io.crego.contract.spec.model.ExportFile;
import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordExportRequest;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.lending.BusinessCalendar;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.Store;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Export record: the chosen records as CSV text, newest first, one row each after a header. Ids
 * that name no record of the company are left out (the operation has no 404). Nothing changes.
 */
final class RecordExport {

  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** The columns, in order: header and how each is read from a record. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("ref_id", Record::getRefId),
          new Column("id", Record::getId),
          new Column("type", Record::getType),
          new Column("status", Record::getStatus),
          new Column("account", Record::getAccount),
          new Column("payment_mode", Record::getPaymentMode),
          new Column("utr", Record::getUtr),
          new Column("received_amount", r -> money(r.getReceivedAmount())),
          new Column("tds_amount", r -> money(r.getTdsAmount())),
          new Column("amount", r -> money(r.getAmount())),
          new Column("remaining_amount", r -> money(r.getRemainingAmount())),
          new Column("date", r -> day(r.getDate())),
          new Column("settled_at", r -> day(r.getSettledAt())));

  private record Column(String header, Function<Record, Object> value) {}

  private final Store store;

  RecordExport(Store store) {
    this.store = store;
  }

  ApiResponse export(OperationContext context) {
    RecordExportRequest request =
        context.body().isObject()
            ? context.body(RecordExportRequest.class)
            : new RecordExportRequest();
    RecordFilter filter = RecordFilter.fromExport(request);
    List<Record> records =
        store.read(context.companyId(), view -> RecordReads.newestFirst(view, filter));

    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", COLUMNS.stream().map(Column::header).toList())).append('\n');
    for (Record record : records) {
      List<String> cells =
          COLUMNS.stream().map(column -> cell(column.value().apply(record))).toList();
      csv.append(String.join(",", cells)).append('\n');
    }
    String day = BusinessCalendar.dayOf(Timestamps.of(context.now())).format(FILE_DATE);
    return JsonAnswers.ok(
        new ExportFile()
            .fileName("records-" + day + ".csv")
            .contentType(ExportFile.ContentTypeEnum.TEXT_CSV)
            .count(records.size())
            .content(csv.toString()));
  }

  private static Object money(BigDecimal amount) {
    return amount == null ? null : Rupees.of(amount).toPlainString();
  }

  private static Object day(BigDecimal epochSeconds) {
    return epochSeconds == null ? null : BusinessCalendar.dayOf(epochSeconds).toString();
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break; empty for null. */
  private static String cell(Object value) {
    String text = Objects.toString(value, "");
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
