package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordExportRequest;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.core.OperationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
        query(context, "status", RecordStatus::fromValue),
        query(context, "type", RecordType::fromValue),
        query(context, "account", UUID::fromString),
        query(context, "loan", UUID::fromString),
        query(context, "date_from", Long::valueOf),
        query(context, "date_to", Long::valueOf),
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

  /**
   * A query parameter read as the spec types it. The dispatcher has validated it already; a value
   * that still does not parse is reported like the dispatcher would.
   */
  private static <T> T query(OperationContext context, String name, Function<String, T> parse) {
    Optional<String> value = context.query(name);
    if (value.isEmpty() || value.get().isEmpty()) {
      return null;
    }
    try {
      return parse.apply(value.get());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(ErrorDetails.query(name, "is not a valid " + name));
    }
  }
}
