package io.crego.contract.conformance.data;

import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.crego.contract.spec.Lifecycle;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The few choices the lifecycle tables leave open, in one place: which creation to use for a
 * resource, which state a referenced resource must be in (a row's own request body is read from the
 * spec by {@link RowBodies}). Each entry cites the spec text it follows.
 */
final class Preferences {

  private Preferences() {}

  /** The creation operations to reach a state from, preferred first. */
  static List<String> creations(ResourceKind kind, String forOperation) {
    return switch (kind) {
      // "Applies a processed cashback or holdback record" — such records come from adjustments.
      case RECORD ->
          OperationIds.INITIATE_RECORD_ADJUSTMENT.equals(forOperation)
              ? List.of(OperationIds.INITIATE_LOAN_ADJUSTMENT)
              : List.of(OperationIds.CREATE_RECORD);
      case PAYOUT -> List.of(OperationIds.CREATE_PAYOUT);
      // reinitiateTopupPayout only applies to a loan drawn by a topup.
      case LOAN ->
          OperationIds.REINITIATE_TOPUP_PAYOUT.equals(forOperation)
              ? List.of(OperationIds.CREATE_TOPUP)
              : List.of(OperationIds.INITIATE_DISBURSEMENT);
      case TOPUP -> List.of(OperationIds.CREATE_TOPUP);
      case ACCOUNT -> List.of(OperationIds.CREATE_ACCOUNT);
      case TOPUP_GROUP -> List.of(OperationIds.CREATE_TOPUP_GROUP);
      default -> List.of();
    };
  }

  /** The operation that creates a resource without a lifecycle. */
  static String creatorOf(ResourceKind kind) {
    return switch (kind) {
      case FEE -> OperationIds.CREATE_FEE;
      case LINE_DETAIL -> OperationIds.CREATE_LINE_DETAIL;
      case LOAN_DATA -> OperationIds.CREATE_LOAN_DATA;
      default -> throw new IllegalArgumentException(kind + " has a lifecycle");
    };
  }

  /** The state a resource is created in when nothing else is asked for. */
  static String defaultState(ResourceKind kind) {
    return switch (kind) {
      case LOAN -> "active";
      case PAYOUT -> "requested";
      case RECORD -> "pending";
      case TOPUP -> "checks_failed";
      case ACCOUNT -> "active";
      case TOPUP_GROUP -> "open";
      default -> null;
    };
  }

  /**
   * The state a resource referenced by an operation's body must be in, when not the default.
   * Request Tranche: "may not take the loan's disbursed amount above its sanctioned principal", so
   * a loan not yet disbursed.
   */
  static String referenceState(String operationId, ResourceKind kind) {
    if (OperationIds.REQUEST_TRANCHE.equals(operationId) && kind == ResourceKind.LOAN) {
      return "requested";
    }
    return defaultState(kind);
  }

  /**
   * The operations that close a loan by bringing its outstanding to 0: the Loan lifecycle's rows
   * into {@code closed}. A loan made for them, or made to be closed, is booked with one EMI, so
   * that it falls due in full after one month of Run EOD rather than a year (see {@link
   * CrossDrivers}).
   */
  static Set<String> closing(Lifecycle loan) {
    return loan.operationsInto("closed");
  }

  /**
   * Body changes that make a creation land in the wanted state or flavour, beside those of its row
   * ({@link RowBodies}).
   *
   * @param lifecycle the lifecycle of {@code kind}
   * @param afterTheBusinessDate asks the target for a moment after its business date (only when a
   *     creation needs a future date)
   */
  static Overrides creationOverrides(
      ResourceKind kind,
      Lifecycle lifecycle,
      Transition creation,
      String forOperation,
      String targetState,
      Supplier<Instant> afterTheBusinessDate) {
    String item = itemPrefix(creation.operationId());
    Overrides overrides = Overrides.none();
    if (kind == ResourceKind.LOAN
        && creation.operationId().equals(OperationIds.INITIATE_DISBURSEMENT)
        && ((forOperation != null && closing(lifecycle).contains(forOperation))
            || "closed".equals(targetState))) {
      // DisbursementRequest.emi_count: "Default from the loan parameters."
      overrides.set(item + "/emi_count", LongNode.valueOf(1));
    }
    if (kind == ResourceKind.RECORD
        && creation.operationId().equals(OperationIds.CREATE_RECORD)
        && (OperationIds.UPDATE_NACH_PRESENTATION_STATUS.equals(forOperation)
            || "bounced".equals(targetState))) {
      // "The bank's answer to a presented NACH debit (a pending record with payment_mode nach)"
      overrides.set(item + "/payment_mode", new TextNode("nach"));
    }
    if (kind == ResourceKind.TOPUP || creation.operationId().equals(OperationIds.CREATE_TOPUP)) {
      if ("checks_failed".equals(creation.to())) {
        // checks: invoice_present, invoice_covers_amount
        overrides.remove(item + "/invoice_number");
        overrides.remove(item + "/invoice_amount");
        overrides.remove(item + "/invoice_date");
      } else if ("scheduled".equals(creation.to())) {
        // "With a future scheduled_date the topup waits as scheduled": future for the business
        // date as the target has it now (Run EOD moves it, the wall clock does not)
        long future = afterTheBusinessDate.get().plus(Duration.ofDays(90)).getEpochSecond();
        overrides.set(item + "/scheduled_date", LongNode.valueOf(future));
      }
    }
    return overrides;
  }

  /** The JSON pointer prefix of the first item of a bulk operation's body ("" for others). */
  static String itemPrefix(String operationId) {
    return switch (operationId) {
      case OperationIds.BULK_CREATE_TOPUPS -> "/topups/0";
      case OperationIds.BULK_CREATE_RECORDS -> "/records/0";
      default -> "";
    };
  }

  /**
   * The payout result that moves a loan or topup as the row says: its {@code via} Payout state
   * ({@code {via: {resource: Payout, to: processed}}}); where several states would, the first (a
   * topup's payout_failed follows a {@code failed} payout rather than a {@code rejected} one).
   */
  static String payoutResultFor(ResourceKind kind, Transition row) {
    return row.when()
        .viaResource()
        .filter(via -> ResourceKind.PAYOUT.schema().equals(via.resource()))
        .map(via -> via.to().get(0))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the "
                        + kind.schema()
                        + " row to "
                        + row.to()
                        + " by "
                        + row.operationId()
                        + " names no Payout state in its when (via)"));
  }
}
