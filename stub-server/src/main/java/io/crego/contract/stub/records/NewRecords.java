package io.crego.contract.stub.records;

import io.crego.contract.spec.model.Record;
import io.crego.contract.spec.model.RecordStatus;
import io.crego.contract.spec.model.RecordType;
import io.crego.contract.stub.clock.Timestamps;
import io.crego.contract.stub.ids.RefIds;
import io.crego.contract.stub.ids.Sequences;
import io.crego.contract.stub.lending.Rupees;
import io.crego.contract.stub.store.StoreTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Builds new records with every rule that holds for all of them: a fresh id, the next {@code index}
 * and its {@code ref_id}, {@code amount = received_amount + tds_amount} to the paisa, the whole
 * amount remaining, and every flag at its starting value.
 */
public final class NewRecords {

  private NewRecords() {}

  /**
   * A record of the company, not yet stored (the caller sets what its operation sets, then puts
   * it). Takes the next record number in {@code tx}.
   */
  public static Record draft(
      StoreTransaction tx,
      UUID account,
      RecordType type,
      BigDecimal receivedAmount,
      BigDecimal tdsAmount,
      RecordStatus status,
      double now) {
    long index = Sequences.next(tx, Sequences.RECORDS);
    BigDecimal received = Rupees.of(receivedAmount);
    BigDecimal tds = Rupees.of(tdsAmount);
    BigDecimal amount = Rupees.add(received, tds);
    BigDecimal at = Timestamps.of(now);
    return new Record()
        .id(RefIds.newId())
        .createdAt(at)
        .updatedAt(at)
        .type(type)
        .refId(RefIds.record(index))
        .index(Math.toIntExact(index))
        .receivedAmount(received)
        .tdsAmount(tds)
        .amount(amount)
        .remainingAmount(amount)
        .pgServiceId(null)
        .utr(null)
        .settlementUtr(null)
        .settlementOrder(Record.SettlementOrderEnum.DUE_DATE_FIRST)
        .componentOrder(Record.ComponentOrderEnum.PI_OI_NI_P)
        .uploadedBy(null)
        .uploadedById(null)
        .date(at)
        .settledAt(null)
        .revertDate(null)
        .revertValueDate(null)
        .revertSentToGl(false)
        .bankDate(null)
        .remark(null)
        .status(status)
        .collectionBank(null)
        .backDateFound(false)
        .backDateMarkedOn(null)
        .sentToGl(false)
        .settlementSentToGl(false)
        .isProcessed(false)
        .account(account)
        .topup(null)
        .transaction(null)
        .cashbackLoan(null)
        .holdbackLoan(null)
        .loans(new ArrayList<>());
  }

  /** Marks a change at {@code now}: {@code updated_at} moves, {@code created_at} never does. */
  public static Record touch(Record record, double now) {
    return record.updatedAt(Timestamps.touch(record.getUpdatedAt(), now));
  }
}
