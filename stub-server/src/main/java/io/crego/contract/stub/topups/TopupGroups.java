package io.crego.contract.stub.topups;

import com.fasterxml.jackson.databind.JsonNode;
import io.crego.contract.spec.CregoSpec;
import io.crego.contract.spec.OperationIds;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupGroup;
import io.crego.contract.spec.model.TopupGroupCreate;
import io.crego.contract.spec.model.TopupGroupPage;
import io.crego.contract.spec.model.TopupGroupStatus;
import io.crego.contract.spec.model.TopupGroupUpdate;
import io.crego.contract.stub.answers.JsonAnswers;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ApiResponse;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.core.OperationContext;
import io.crego.contract.stub.documents.Documents;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.lifecycle.TransitionGuard;
import io.crego.contract.stub.paging.PageRequest;
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Create, List and Update Topup Group. A group holds topups of one account (each topup in one group
 * at most); {@code total_amount} is the sum of their amounts. A closed group no longer changes.
 */
final class TopupGroups {

  private static final String TOPUP_IDS = "topup_ids";

  private final Store store;
  private final TransitionGuard<TopupGroupStatus> lifecycle;

  TopupGroups(Store store, CregoSpec spec) {
    this.store = store;
    this.lifecycle = TransitionGuard.forSchema(spec, "TopupGroup", TopupGroupStatus.class);
  }

  ApiResponse create(OperationContext context) {
    TopupGroupCreate request = context.body(TopupGroupCreate.class);
    List<UUID> ids = topupIds(context.body());
    TopupGroup group =
        store.write(
            context.companyId(),
            tx -> {
              UUID account =
                  request.getAccountId() == null
                      ? null
                      : Documents.account(tx, request.getAccountId(), "/account_id").getId();
              UUID groupId = RefIds.newId();
              List<Topup> members = members(tx, ids, account, groupId);
              BigDecimal at = Timestamps.of(context.now());
              TopupGroup created =
                  new TopupGroup()
                      .id(groupId)
                      .createdAt(at)
                      .updatedAt(at)
                      .name(request.getName())
                      .account(account != null ? account : accountOf(members))
                      .status(lifecycle.created(OperationIds.CREATE_TOPUP_GROUP))
                      .topups(new ArrayList<>(ids))
                      .totalAmount(Rupees.ZERO)
                      .remark(request.getRemark());
              enlist(tx, members, groupId);
              GroupMembership.totalUp(tx, created, context.now());
              return tx.get(Kinds.TOPUP_GROUPS, groupId.toString()).orElseThrow();
            });
    return JsonAnswers.created(group);
  }

  /** The company's groups, newest first, filtered by account and status. */
  ApiResponse list(OperationContext context) {
    UUID account = context.query("account", UUID.class).orElse(null);
    TopupGroupStatus status = context.query("status", TopupGroupStatus.class).orElse(null);
    PageRequest page = PageRequest.from(context);
    List<TopupGroup> matching =
        store.read(
            context.companyId(),
            view -> {
              List<TopupGroup> found = new ArrayList<>();
              for (TopupGroup group : view.all(Kinds.TOPUP_GROUPS)) {
                if ((account == null || account.equals(group.getAccount()))
                    && (status == null || status == group.getStatus())) {
                  found.add(group);
                }
              }
              Collections.reverse(found); // stored oldest first
              return found;
            });
    return JsonAnswers.ok(
        new TopupGroupPage()
            .count(matching.size())
            .currentPage(page.page())
            .pageSize(page.pageSize())
            .results(page.slice(matching)));
  }

  /**
   * Renames, re-remarks, replaces the topups (those left out leave the group) and opens or closes,
   * all at once; a closed group refuses any change (409 {@code TRANSITION_NOT_ALLOWED}).
   */
  ApiResponse update(OperationContext context) {
    TopupGroupUpdate change = context.body(TopupGroupUpdate.class);
    boolean replacesTopups = context.body().has(TOPUP_IDS);
    List<UUID> ids = topupIds(context.body());
    TopupGroup group =
        store.write(
            context.companyId(),
            tx -> {
              TopupGroup current = TopupReferences.groupInPath(tx, context.pathParam("id"));
              TopupGroupStatus target =
                  Objects.requireNonNullElse(change.getStatus(), TopupGroupStatus.OPEN);
              current.status(
                  lifecycle.next(OperationIds.UPDATE_TOPUP_GROUP, current.getStatus(), target));
              if (change.getName() != null) {
                current.name(change.getName());
              }
              if (change.getRemark() != null) {
                current.remark(change.getRemark());
              }
              if (replacesTopups) {
                List<Topup> members = members(tx, ids, current.getAccount(), current.getId());
                Set<UUID> kept = new HashSet<>(ids);
                for (UUID leaving : current.getTopups()) {
                  if (!kept.contains(leaving)) {
                    tx.get(Kinds.TOPUPS, leaving.toString())
                        .ifPresent(
                            t -> tx.put(Kinds.TOPUPS, leaving.toString(), t.topupGroup(null)));
                  }
                }
                enlist(tx, members, current.getId());
                current.topups(new ArrayList<>(ids));
                if (current.getAccount() == null) {
                  current.account(accountOf(members));
                }
              }
              GroupMembership.totalUp(tx, current, context.now());
              return current;
            });
    return JsonAnswers.ok(group);
  }

  /** The {@code topup_ids} of a body in request order (empty when absent). */
  private static List<UUID> topupIds(JsonNode body) {
    List<UUID> ids = new ArrayList<>();
    for (JsonNode id : body.path(TOPUP_IDS)) {
      ids.add(UUID.fromString(id.asText()));
    }
    return ids;
  }

  /**
   * The named topups: each must exist (404), be of {@code account} or, without one, of the same
   * account as the first (400), and be in no other group than {@code groupId} (400).
   */
  private static List<Topup> members(
      StoreTransaction tx, List<UUID> ids, UUID account, UUID groupId) {
    List<Topup> members = new ArrayList<>();
    UUID expected = account;
    for (int i = 0; i < ids.size(); i++) {
      String pointer = "/" + TOPUP_IDS + "/" + i;
      Topup topup = TopupReferences.topup(tx, ids.get(i), pointer);
      if (expected == null) {
        expected = topup.getAccount();
      }
      if (!expected.equals(topup.getAccount())) {
        throw ApiException.invalid(
            ErrorDetails.body(
                pointer, "is a topup of account " + topup.getAccount() + ", not of " + expected));
      }
      if (topup.getTopupGroup() != null && !topup.getTopupGroup().equals(groupId)) {
        throw ApiException.invalid(
            ErrorDetails.body(pointer, "is already in topup group " + topup.getTopupGroup()));
      }
      members.add(topup);
    }
    return members;
  }

  private static void enlist(StoreTransaction tx, List<Topup> members, UUID groupId) {
    for (Topup topup : members) {
      tx.put(Kinds.TOPUPS, topup.getId().toString(), topup.topupGroup(groupId));
    }
  }

  private static UUID accountOf(List<Topup> members) {
    return members.isEmpty() ? null : members.get(0).getAccount();
  }
}
