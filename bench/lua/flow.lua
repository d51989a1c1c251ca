-- The create → mark processed flow: each created record id is queued and marked processed by a
-- later request of the same thread, so the run is half creates and half transitions.
local account = os.getenv("BENCH_ACCOUNT")
local bank = os.getenv("BENCH_BANK")
local auth = "Bearer " .. (os.getenv("CREGO_TOKEN") or "")
local counter = 0
local created = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("prefix", "F" .. threads .. "-" .. os.time())
end

local headers = function()
  return {["Content-Type"] = "application/json", ["Authorization"] = auth}
end

function request()
  counter = counter + 1
  local id = table.remove(created)
  if id then
    local body = string.format(
      '{"utr":"%s-P%d","settled_at":1718610125,"collection_bank_id":"%s"}', prefix, counter, bank)
    return wrk.format("PUT", "/v1/lms/records/" .. id .. "/mark_processed/", headers(), body)
  end
  local body = string.format(
    '{"account_id":"%s","received_amount":%d,"date":1718610125,"utr":"%s-C%d"}',
    account, 1000 + counter % 9000, prefix, counter)
  return wrk.format("POST", "/v1/lms/records/", headers(), body)
end

function response(status, headers, body)
  if status == 201 then
    local id = body:match('"id":"([0-9a-f%-]+)"')
    if id then table.insert(created, id) end
  end
end
