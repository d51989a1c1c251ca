package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordExportRequest;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.core.OperationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Which records a listing or an export wants. Every criterion is optional; {@code date_from} and
 * {@code date_to} are inclusive bounds on {@code date}. A record matches {@code loan} when it names
 * the loan or was adjusted against it.
 */
record RecordFilter(
    RecordStatus status,
    RecordType type,
    UUID account,
    UUID loan,
    Long dateFrom,
    Long dateTo,
    Set<UUID> ids)
    implements Predicate<Record> {

  /** The filters of Record Listing's query. */
  static RecordFilter fromQuery(OperationContext context) {
    return new RecordFilter(
        context.query("status", RecordStatus.class).orElse(null),
        context.query("type", RecordType.class).orElse(null),
        context.query("account", UUID.class).orElse(null),
        context.query("loan", UUID.class).orElse(null),
        context.query("date_from", Long.class).orElse(null),
        context.query("date_to", Long.class).orElse(null),
        null);
  }

  /** The filters of an export request; {@code record_ids}, when given, narrows further. */
  static RecordFilter fromExport(RecordExportRequest request) {
    List<UUID> ids = request.getRecordIds();
    return new RecordFilter(
        request.getStatus(),
        request.getType(),
        null,
        null,
        request.getDateFrom() == null ? null : request.getDateFrom().longValue(),
        request.getDateTo() == null ? null : request.getDateTo().longValue(),
        ids == null || ids.isEmpty() ? null : Set.copyOf(ids));
  }

  /** No criterion at all: every record matches. */
  boolean isEmpty() {
    return isStatusOnly() && status == null;
  }

  /** At most a status. */
  boolean isStatusOnly() {
    return type == null
        && account == null
        && loan == null
        && dateFrom == null
        && dateTo == null
        && ids == null;
  }

  @Override
  public boolean test(Record record) {
    return (status == null || status == record.getStatus())
        && (type == null || type == record.getType())
        && (account == null || account.equals(record.getAccount()))
        && (loan == null || concerns(record, loan))
        && (dateFrom == null || record.getDate().compareTo(BigDecimal.valueOf(dateFrom)) >= 0)
        && (dateTo == null || record.getDate().compareTo(BigDecimal.valueOf(dateTo)) <= 0)
        && (ids == null || ids.contains(record.getId()));
  }

  private static boolean concerns(Record record, UUID loan) {
    return (record.getLoans() != null && record.getLoans().contains(loan))
        || loan.equals(record.getCashbackLoan())
        || loan.equals(record.getHoldbackLoan());
  }
}
