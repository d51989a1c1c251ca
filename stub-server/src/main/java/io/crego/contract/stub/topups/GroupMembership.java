package io.crego.contract.stub.topups;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.Topup;
import io.crego.contract.spec.model.TopupGroup;
import io.crego.contract.spec.model.TopupGroupStatus;
import io.crego.contract.stub.api.ApiException;
import io.crego.contract.stub.api.ErrorDetails;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.documents.Kinds;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreTransaction;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which topups a group holds. A group holds topups of one account, and its {@code total_amount} is
 * always the sum of their amounts: it is recomputed whenever a member joins or its amount changes.
 */
final class GroupMembership {

  private GroupMembership() {}

  /**
   * The group a new topup of {@code account} asks to join.
   *
   * @throws ApiException 404 for an unknown group, 409 {@code TRANSITION_NOT_ALLOWED} for a closed
   *     one, 400 for a group of another account
   */
  static TopupGroup joinable(
      StoreView view, UUID groupId, Account account, String pointer, String operationId) {
    TopupGroup group = TopupReferences.group(view, groupId, pointer);
    if (group.getStatus() != TopupGroupStatus.OPEN) {
      throw ApiException.transitionNotAllowed(
          "topup_group",
          group.getStatus().getValue(),
          operationId,
          List.of(TopupGroupStatus.OPEN.getValue()));
    }
    if (group.getAccount() != null && !group.getAccount().equals(account.getId())) {
      throw ApiException.invalid(
          ErrorDetails.body(
              pointer,
              "is a group of account " + group.getAccount() + ", not of " + account.getId()));
    }
    return group;
  }

  /** Adds a stored topup to the group and stores both. */
  static void join(StoreTransaction tx, TopupGroup group, Topup topup, double now) {
    List<UUID> members = new ArrayList<>(group.getTopups());
    members.add(topup.getId());
    if (group.getAccount() == null) {
      group.account(topup.getAccount());
    }
    group.topups(members);
    totalUp(tx, group, now);
    tx.put(Kinds.TOPUPS, topup.getId().toString(), topup.topupGroup(group.getId()));
  }

  /** Recomputes the total of the topup's group after the topup's amount changed. */
  static void amountChanged(StoreTransaction tx, Topup topup, double now) {
    if (topup.getTopupGroup() != null) {
      tx.get(Kinds.TOPUP_GROUPS, topup.getTopupGroup().toString())
          .ifPresent(group -> totalUp(tx, group, now));
    }
  }

  /** Sets the group's total from its members as stored in {@code tx}, and stores the group. */
  static void totalUp(StoreTransaction tx, TopupGroup group, double now) {
    BigDecimal total = Rupees.ZERO;
    for (UUID member : group.getTopups()) {
      Topup topup =
          tx.get(Kinds.TOPUPS, member.toString())
              .orElseThrow(() -> new IllegalStateException("Group member " + member + " is gone"));
      total = Rupees.add(total, topup.getAmount());
    }
    group.totalAmount(total).updatedAt(Timestamps.touch(group.getUpdatedAt(), now));
    tx.put(Kinds.TOPUP_GROUPS, group.getId().toString(), group);
  }
}
