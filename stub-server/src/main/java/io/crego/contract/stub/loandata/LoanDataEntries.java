package io.crego.contract.stub.loandata;

import io.crego.contract.spec.model.Account;
import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.LoanData;
import io.crego.contract.spec.model.LoanDataCreate;
import io.crego.contract.spec.model.LoanDataUpdate;
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
import io.crego.contract.stub.store.Store;
import io.crego.contract.stub.store.StoreView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Create, Retrieve and Update of a lead's offer terms. One entry per lead (409 {@code
 * DUPLICATE_REFERENCE}); an account it names must exist in the company and be the lead's; a
 * processing fee given as a percentage is at most 100.
 */
final class LoanDataEntries {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Store store;

  LoanDataEntries(Store store) {
    this.store = store;
  }

  ApiResponse create(OperationContext context) {
    LoanDataCreate request = context.body(LoanDataCreate.class);
    LoanData.PfValueTypeEnum pfType =
        LoanData.PfValueTypeEnum.fromValue(request.getPfValueType().getValue());
    requirePfInRange(pfType, request.getPfValue(), "/pf_value");
    LoanData created =
        store.write(
            context.companyId(),
            tx -> {
              UUID account = null;
              if (request.getAccountId() != null) {
                // Create declares no 404: an unknown account is an invalid field here.
                Account named =
                    tx.get(Kinds.ACCOUNTS, request.getAccountId().toString())
                        .orElseThrow(
                            () ->
                                ApiException.invalid(
                                    ErrorDetails.body("/account_id", "no such account")));
                account = leadsAccount(named, request.getLeadId());
              }
              requireFirstForLead(tx, request.getLeadId());
              BigDecimal at = Timestamps.of(context.now());
              LoanData entry =
                  new LoanData()
                      .id(RefIds.newId())
                      .createdAt(at)
                      .updatedAt(at)
                      .leadId(request.getLeadId())
                      .account(account)
                      .emiCount(request.getEmiCount())
                      .flatRoiValue(request.getFlatRoiValue())
                      .pfValue(request.getPfValue())
                      .pfValueType(pfType)
                      .loanAmount(
                          request.getLoanAmount() == null
                              ? null
                              : Rupees.of(request.getLoanAmount()));
              tx.put(Kinds.LOAN_DATA, entry.getId().toString(), entry);
              return entry;
            });
    return JsonAnswers.created(created);
  }

  ApiResponse retrieve(OperationContext context) {
    String id = context.pathParam("id");
    return JsonAnswers.ok(
        store.read(
            context.companyId(), view -> Documents.inPath(view, Kinds.LOAN_DATA, "loan_data", id)));
  }

  /** A partial update; the lead never changes (it is what the entry is unique by). */
  ApiResponse update(OperationContext context) {
    LoanDataUpdate change = context.body(LoanDataUpdate.class);
    String id = context.pathParam("id");
    LoanData updated =
        store.write(
            context.companyId(),
            tx -> {
              LoanData current = Documents.inPath(tx, Kinds.LOAN_DATA, "loan_data", id);
              if (change.getAccountId() != null) {
                Account named = Documents.account(tx, change.getAccountId(), "/account_id");
                current.account(leadsAccount(named, current.getLeadId()));
              }
              if (change.getEmiCount() != null) {
                current.emiCount(change.getEmiCount());
              }
              if (change.getFlatRoiValue() != null) {
                current.flatRoiValue(change.getFlatRoiValue());
              }
              if (change.getPfValueType() != null) {
                current.pfValueType(
                    LoanData.PfValueTypeEnum.fromValue(change.getPfValueType().getValue()));
              }
              if (change.getPfValue() != null) {
                current.pfValue(change.getPfValue());
              }
              requirePfInRange(
                  current.getPfValueType(),
                  current.getPfValue(),
                  change.getPfValue() != null ? "/pf_value" : "/pf_value_type");
              if (change.getLoanAmount() != null) {
                current.loanAmount(Rupees.of(change.getLoanAmount()));
              }
              current.updatedAt(Timestamps.touch(current.getUpdatedAt(), context.now()));
              tx.put(Kinds.LOAN_DATA, id, current);
              return current;
            });
    return JsonAnswers.ok(updated);
  }

  /** The account's id, when it is the lead's own account (400 on {@code /account_id} if not). */
  private static UUID leadsAccount(Account account, String leadId) {
    if (!leadId.equals(account.getLeadId())) {
      throw ApiException.invalid(
          ErrorDetails.body(
              "/account_id", "is the account of lead " + account.getLeadId() + ", not " + leadId));
    }
    return account.getId();
  }

  private static void requireFirstForLead(StoreView view, String leadId) {
    for (LoanData entry : view.all(Kinds.LOAN_DATA)) {
      if (entry.getLeadId().equals(leadId)) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", "lead_id");
        details.put("lead_id", leadId);
        details.put("existing_id", entry.getId().toString());
        throw ApiException.conflict(
            ErrorCode.DUPLICATE_REFERENCE,
            "Lead " + leadId + " already has loan data " + entry.getId() + "; update it instead.",
            details);
      }
    }
  }

  private static void requirePfInRange(
      LoanData.PfValueTypeEnum type, BigDecimal value, String pointer) {
    if (type == LoanData.PfValueTypeEnum.PERCENTAGE && value.compareTo(HUNDRED) > 0) {
      throw ApiException.invalid(
          ErrorDetails.body(pointer, "a percentage processing fee is at most 100"));
    }
  }
}
