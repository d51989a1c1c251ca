package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordExportRequest;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.paging.StoredPages.Candidates;
import io.crego.contract.stub.store.Index;
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

  /**
   * Where a listing by this filter starts, and what is left to test on those records: the most
   * specific index its status, account and type allow (account and status, account, type and
   * status, type, status, in that order), with the other criteria (loan, dates) left over; the
   * whole kind when it names none of the three.
   *
   * @param rest null when the candidates are exactly the matching records
   */
  record Lookup(Candidates<Record> candidates, RecordFilter rest) {}

  Lookup lookup() {
    String status = this.status == null ? null : this.status.getValue();
    String account = this.account == null ? null : this.account.toString();
    String type = this.type == null ? null : this.type.getValue();
    if (account != null && status != null) {
      return narrowed(
          RecordIndexes.BY_ACCOUNT_AND_STATUS,
          RecordIndexes.both(account, status),
          with(null, this.type, null));
    }
    if (account != null) {
      return narrowed(RecordIndexes.BY_ACCOUNT, account, with(this.status, this.type, null));
    }
    if (type != null && status != null) {
      return narrowed(
          RecordIndexes.BY_TYPE_AND_STATUS,
          RecordIndexes.both(type, status),
          with(null, null, null));
    }
    if (type != null) {
      return narrowed(RecordIndexes.BY_TYPE, type, with(this.status, null, null));
    }
    if (status != null) {
      return narrowed(RecordIndexes.BY_STATUS, status, with(null, null, null));
    }
    return new Lookup(Candidates.all(Kinds.RECORDS), isEmpty() ? null : this);
  }

  private static Lookup narrowed(Index<Record> index, String key, RecordFilter rest) {
    return new Lookup(Candidates.under(index, key), rest.isEmpty() ? null : rest);
  }

  /** This filter with status, type and account as given (the other criteria kept). */
  private RecordFilter with(RecordStatus status, RecordType type, UUID account) {
    return new RecordFilter(status, type, account, loan, dateFrom, dateTo, ids);
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
