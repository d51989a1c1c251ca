package io.crego.contract.stub.seed;

import java.util.UUID;

/**
 * The well-known ids of the demo entities that the spec's examples name, each in the state its
 * operation needs, so every example of the API explorer works on a fresh demo stub. Every company
 * holds its own copy of each (ids are only unique within a company); the rest of the demo keeps
 * random ids. An entity an example changes is named by that example only, so the examples can be
 * sent in any order.
 */
public final class DemoIds {

  /** The demo lender's program, on every demo account and loan parameter set. */
  public static final String PROGRAM_ID = "7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";

  /** Sharma Traders' lead, whose loan parameters Get and Update Loan Params name. */
  public static final String SHARMA_LEAD = "664f2a91c3b8e5d7f0a1b2c3";

  static final String VERMA_LEAD = "664f2a91c3b8e5d7f0a1b2e5";
  static final String GUPTA_LEAD = "664f2a91c3b8e5d7f0a1b2d4";
  static final String MEHTA_LEAD = "664f2a91c3b8e5d7f0a1b2f6";

  /** Sharma Traders' term-loan account: records, disbursement, summary, Reset RPS. */
  public static final UUID SHARMA_ACCOUNT = id("648957de-85fa-406c-99d4-133d5638365c");

  /** Gupta Electronics' credit line: topups, payouts, line details, groups, Refresh Limit. */
  public static final UUID GUPTA_ACCOUNT = id("69fd0af6-3310-4fed-9bf8-1ad4ef612e31");

  /** Mehta Agencies' account, opened and never drawn: Close Account. */
  public static final UUID MEHTA_ACCOUNT = id("9453c9ac-fb2e-4b8e-8be7-752f4e49cffd");

  /** Sharma's active, overdue term loan (the vendor's Initiate Adjustment example names it). */
  public static final UUID SHARMA_LOAN = id("4541ca25-cf98-4b75-a2c8-db7d5a6b9e69");

  /** Gupta's active draw-down with an advance kept as excess: Restructure, Loan Refund. */
  public static final UUID GUPTA_DRAWDOWN = id("073c4a1d-0db5-48b0-9ea0-02fed985cab4");

  /** Gupta's requested draw-down, its payout not yet at the bank (vendor's Request Tranche). */
  public static final UUID TRANCHE_LOAN = id("f59b69c8-9e47-46a1-b2c9-83ae42666a30");

  /** A draw-down payout {@code requested}: Export Payout for Bank. */
  public static final UUID EXPORT_PAYOUT = id("03fca81a-a653-4eb3-bdf1-9546b0f38a5e");

  /** A draw-down payout {@code send_to_bank}: Process Payout. */
  public static final UUID PROCESS_PAYOUT = id("5ee895b4-fa8f-4c66-8799-e867a8f18def");

  /** A draw-down payout {@code processing}: Payout Callback. */
  public static final UUID CALLBACK_PAYOUT = id("0c9a3b57-2d5e-4c3e-9f61-5b2f7a1d8e40");

  /** A draw-down payout the bank failed: Retry Payout. */
  public static final UUID RETRY_PAYOUT = id("e3aaebcb-90b9-4c7b-8b88-a381649e0092");

  /** Gupta's repayment booked today, {@code pending} (the vendor's Mark Processed example). */
  public static final UUID MARK_PROCESSED_RECORD = id("2b2853b2-d99b-4b14-ab65-ccbed5104e80");

  /** A Sharma repayment {@code pending}: Request Approval. */
  public static final UUID APPROVAL_RECORD = id("0a8b800c-2782-48eb-86b7-b4e0aa3ad92f");

  /** Sharma's NACH re-presentation waiting for the bank: NACH Presentation Status. */
  public static final UUID NACH_RECORD = id("ed38b209-4251-4130-9999-eb6060258517");

  /** Gupta's advance payment, processed and kept as excess: Excess Payment Refund. */
  public static final UUID ADVANCE_RECORD = id("a9f20906-49be-4f91-9ba3-f8265830790c");

  /** Gupta's cashback, processed with its amount remaining: Record Adjustment. */
  public static final UUID CASHBACK_RECORD = id("2c2057e6-b97a-4d23-8656-fbbbfe954001");

  /** Sharma's UPI payment awaiting a checker: Get Record. */
  public static final UUID AWAITING_RECORD = id("d92833b8-1483-489d-9e37-5937128dbda4");

  /** A topup scheduled a month ahead: Unschedule. */
  public static final UUID UNSCHEDULE_TOPUP = id("2adb4a1d-5619-4c84-9368-501ae521f97c");

  /** Another topup scheduled a month ahead: Update Topup. */
  public static final UUID UPDATE_TOPUP = id("09b7b83b-1223-4a3d-a21a-47fbbc92fa5c");

  /** A topup whose checks failed (no invoice yet): Invoice Parse. */
  public static final UUID PARSE_TOPUP = id("3bf19302-07e3-4af5-ae89-bff543ade8e1");

  /** Another topup whose checks failed: Re-run Checks. */
  public static final UUID RERUN_TOPUP = id("4c39d9d1-4cc7-4598-a4aa-49ee65e53dee");

  /** A topup whose payout the bank failed: Reinitiate Payout. */
  public static final UUID REINITIATE_TOPUP = id("019eb160-0b61-4297-aee5-eb61fae57123");

  /** An open topup group of Gupta's: Update Topup Group. */
  public static final UUID TOPUP_GROUP = id("b65a418c-9173-4b81-9819-4e56dd5e9db7");

  /** Gupta's adhoc line: Retrieve and Update Line Detail. */
  public static final UUID LINE_DETAIL = id("36657945-c55e-4eb1-b13f-bf5379dab6af");

  /** Gupta's loan data: Retrieve and Update Loan Data. */
  public static final UUID LOAN_DATA = id("9401bb70-93ae-4e94-a504-8d5a5a2b7c62");

  /** A fee on Sharma's loan: Get Fee. */
  public static final UUID FEE = id("9c7dcbe5-03ee-4dc1-848d-d9e0f34c48ea");

  /** Another unpaid fee on Sharma's loan: Delete Fee. */
  public static final UUID DELETABLE_FEE = id("d210e354-8721-45b3-9197-734dea26225d");

  private DemoIds() {}

  private static UUID id(String text) {
    return UUID.fromString(text);
  }
}
