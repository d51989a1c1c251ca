-- POST Create Record with a fresh UTR each time (UTRs are unique per company).
local account = os.getenv("BENCH_ACCOUNT")
local auth = "Bearer " .. (os.getenv("CREGO_TOKEN") or "")
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("prefix", "T" .. threads .. "-" .. os.time())
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"account_id":"%s","received_amount":%d,"date":1718610125,"utr":"%s-%d"}',
    account, 1000 + counter % 9000, prefix, counter)
  return wrk.format("POST", "/v1/lms/records/",
    {["Content-Type"] = "application/json", ["Authorization"] = auth}, body)
end
