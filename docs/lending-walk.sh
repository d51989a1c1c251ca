#!/usr/bin/env bash
# One loan from start to finish against a running stub (java -jar stub-server/target/crego-stub.jar):
# loan parameters → account → disbursement → payout through the bank → a month on the clock →
# repayment → settlements. Needs curl and python3 (for reading ids out of the JSON answers).
set -euo pipefail
STUB="${STUB:-http://localhost:8080}"
AUTH="Authorization: Bearer ${CREGO_TOKEN:-crego-dev-token}"
JSON='Content-Type: application/json'
call() { curl -fsS -X "$1" "$STUB$2" -H "$AUTH" -H "$JSON" ${3:+--data "$3"}; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }

lead="lead-$RANDOM$RANDOM"
echo "1. loan parameters for $lead: 12 EMIs at 14%, 2% processing fee"
call POST /v1/lms/accounts/initiate_loan_params/ \
  "{\"lead_id\":\"$lead\",\"program_id\":\"demo\",\"line_detail\":{\"approved_line_amount\":500000},\"loan_data\":{\"emi_count\":12,\"flat_roi_value\":14,\"pf_value\":2,\"pf_value_type\":\"percentage\"}}" >/dev/null

echo "2. a term-loan account with a 5 lakh line"
account=$(call POST /v1/lms/accounts/ \
  "{\"lead_id\":\"$lead\",\"program_id\":\"demo\",\"name\":\"Walk Traders\",\"type\":\"term_loan\",\"approved_line_amount\":500000}" | field "['id']")

echo "3. disburse 1 lakh: a loan (requested) and its payout (net of fee and GST)"
disbursement=$(call POST "/v1/lms/accounts/$account/initiate_disbursement/" '{"amount":100000}')
loan=$(field "['loan']['id']" <<<"$disbursement"); payout=$(field "['payout']['id']" <<<"$disbursement")
echo "   payout amount: $(field "['payout']['amount']" <<<"$disbursement")"

echo "4. the bank: export → process → callback processed; the loan turns active with its EMIs"
call PUT /v1/lms/payouts/export/ "{\"payout_ids\":[\"$payout\"]}" >/dev/null
call PUT "/v1/lms/payouts/$payout/process/" >/dev/null
call POST /v1/lms/payouts/callback/ "{\"payout_id\":\"$payout\",\"status\":\"processed\",\"utr\":\"WALK$RANDOM$RANDOM\"}" >/dev/null
first_emi=$(call GET "/v1/lms/emis/?loan=$loan&page_size=1" | field "['results'][0]")
echo "   loan status: $(call GET "/v1/lms/loans/$loan/summary/" | field "['status']"), first EMI $(python3 -c "import ast,sys; e=ast.literal_eval(sys.argv[1]); print(e['emi_amount'], 'due', e['due_date'])" "$first_emi")"

echo "5. a month passes: the virtual clock runs EOD day by day"
curl -fsS -X POST "$STUB/__admin/crego/clock/advance" -H "$JSON" --data '{"user":"admin","days":31}' >/dev/null
echo "   outstanding: $(call GET "/v1/lms/loans/$loan/outstanding_data/" | field "['due_amount'], d['dpd']")  (due, DPD)"

echo "6. the borrower pays 10,000: a record, marked processed against the platform's collection bank"
record=$(call POST /v1/lms/records/ "{\"account_id\":\"$account\",\"received_amount\":10000,\"date\":$(date +%s),\"loan_ids\":[\"$loan\"]}" | field "['id']")
bank=${CREGO_COLLECTION_BANK:-324c4826-1729-4682-8770-f388b6e7e6b7}
processed=$(call PUT "/v1/lms/records/$record/mark_processed/" "{\"utr\":\"UTR$RANDOM$RANDOM\",\"settled_at\":$(date +%s),\"collection_bank_id\":\"$bank\"}")
echo "   record $(field "['ref_id']" <<<"$processed"): status $(field "['status']" <<<"$processed"), remaining $(field "['remaining_amount']" <<<"$processed")"

echo "7. where the money went"
call GET "/v1/lms/settlements/?loan=$loan&expand=record" | python3 -c '
import json, sys
for s in json.load(sys.stdin)["results"]:
    print("   settled {} on EMI {}…, EMI still owes {}, record keeps {}".format(
        s["amount"], s["demand"][:8], s["outstanding_amount"], s["remaining_amount"]))'
