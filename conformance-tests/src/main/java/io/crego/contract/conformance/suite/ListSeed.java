package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.data.ResourceKind;
import io.crego.contract.spec.OperationIds;
import java.util.Map;
import java.util.Optional;

/**
 * What a list operation's positive test creates first, so the page it checks is not empty: the
 * resource to create, the query filter that narrows the list to this test's data, and whether the
 * created resource must be listed.
 *
 * @param kind what to create
 * @param filter the query parameter to filter by (null for none)
 * @param filterKind the resource whose id the filter takes
 * @param listed whether the created resource's id must appear in the results
 */
record ListSeed(ResourceKind kind, String filter, ResourceKind filterKind, boolean listed) {

  private static final Map<String, ListSeed> SEEDS =
      Map.ofEntries(
          Map.entry(OperationIds.LIST_RECORDS, byAccount(ResourceKind.RECORD)),
          Map.entry(OperationIds.LIST_PAYOUTS, byAccount(ResourceKind.PAYOUT)),
          Map.entry(OperationIds.LIST_TOPUPS, byAccount(ResourceKind.TOPUP)),
          Map.entry(OperationIds.LIST_LOANS, byAccount(ResourceKind.LOAN)),
          Map.entry(OperationIds.FILTER_LINE_DETAILS, byAccount(ResourceKind.LINE_DETAIL)),
          Map.entry(OperationIds.GET_LINE_DETAILS_BY_TYPE, byAccount(ResourceKind.LINE_DETAIL)),
          Map.entry(OperationIds.LIST_TOPUP_GROUPS, byAccount(ResourceKind.TOPUP_GROUP)),
          Map.entry(
              OperationIds.LIST_FEES,
              new ListSeed(ResourceKind.FEE, "loan", ResourceKind.LOAN, true)),
          Map.entry(
              OperationIds.GET_FEE_DEMANDS,
              new ListSeed(ResourceKind.FEE, "loan", ResourceKind.LOAN, false)),
          Map.entry(
              OperationIds.LIST_EMIS,
              new ListSeed(ResourceKind.LOAN, "loan", ResourceKind.LOAN, false)),
          Map.entry(
              OperationIds.LIST_LOANS_WITH_EXCESS_BALANCE,
              new ListSeed(ResourceKind.LOAN, null, null, true)));

  static Optional<ListSeed> of(String operationId) {
    return Optional.ofNullable(SEEDS.get(operationId));
  }

  private static ListSeed byAccount(ResourceKind kind) {
    return new ListSeed(kind, "account", ResourceKind.ACCOUNT, true);
  }
}
