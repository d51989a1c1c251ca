package io.crego.contract.conformance.suite;

import io.crego.contract.conformance.data.ResourceKind;
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
          Map.entry("listRecords", byAccount(ResourceKind.RECORD)),
          Map.entry("listPayouts", byAccount(ResourceKind.PAYOUT)),
          Map.entry("listTopups", byAccount(ResourceKind.TOPUP)),
          Map.entry("listLoans", byAccount(ResourceKind.LOAN)),
          Map.entry("filterLineDetails", byAccount(ResourceKind.LINE_DETAIL)),
          Map.entry("getLineDetailsByType", byAccount(ResourceKind.LINE_DETAIL)),
          Map.entry("listTopupGroups", byAccount(ResourceKind.TOPUP_GROUP)),
          Map.entry("listFees", new ListSeed(ResourceKind.FEE, "loan", ResourceKind.LOAN, true)),
          Map.entry(
              "getFeeDemands", new ListSeed(ResourceKind.FEE, "loan", ResourceKind.LOAN, false)),
          Map.entry("listEmis", new ListSeed(ResourceKind.LOAN, "loan", ResourceKind.LOAN, false)),
          Map.entry(
              "listLoansWithExcessBalance", new ListSeed(ResourceKind.LOAN, null, null, true)));

  static Optional<ListSeed> of(String operationId) {
    return Optional.ofNullable(SEEDS.get(operationId));
  }

  private static ListSeed byAccount(ResourceKind kind) {
    return new ListSeed(kind, "account", ResourceKind.ACCOUNT, true);
  }
}
