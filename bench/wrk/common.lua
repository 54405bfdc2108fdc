-- Copied from the shared yardstick (../shared/bench/wrk/common.lua), so this repository can run the load alone. One
-- change: update_id stays below 2^31 as Telegram's do (the Bot API's update_id is a 32-bit Integer and Telegram.Bot
-- reads it as an int; the original's ids reach 10^13, which a strict reader refuses with 400).
-- Shared helpers for the Telegram webhook wrk scripts (loaded with dofile by each scenario).
--
-- Environment (all optional):
--   BENCH_SECRET   value of X-Telegram-Bot-Api-Secret-Token   (default "bench-secret-token")
--   BENCH_PATH     webhook path                                (default "/webhooks/telegram")
--   BENCH_USERS    number of distinct users / private chats N  (default 10000)
--   BENCH_THREADS  wrk -t value, needed to partition users     (default 2; or pass "-- <threads>")
--
-- User k (0 <= k < N) has Telegram id 1000000+k, username "user<k>", and talks to the bot in a
-- private chat whose id equals the user id (as on Telegram). Wallets are keyed by username.

local M = {}

M.secret = os.getenv("BENCH_SECRET") or "bench-secret-token"
M.path = os.getenv("BENCH_PATH") or "/webhooks/telegram"
M.users = tonumber(os.getenv("BENCH_USERS") or "10000")
M.threads = tonumber(os.getenv("BENCH_THREADS") or "2")

M.headers = {
  ["Content-Type"] = "application/json",
  ["X-Telegram-Bot-Api-Secret-Token"] = M.secret,
}

-- A private-chat text message as the Bot API delivers it. %s slots: update_id, message_id,
-- from.id, from.first_name, from.username, chat.id, chat.first_name, chat.username, date, text,
-- and the entities suffix (empty, or a bot_command entity for "/cmd ..." texts).
local TEMPLATE = '{"update_id":%d,"message":{"message_id":%d,'
  .. '"from":{"id":%d,"is_bot":false,"first_name":"User%d","username":"user%d","language_code":"en"},'
  .. '"chat":{"id":%d,"first_name":"User%d","username":"user%d","type":"private"},'
  .. '"date":%d,"text":"%s"%s}}'

-- Builds the request for user k with text; cmdlen > 0 adds the bot_command entity Telegram sends.
function M.update_request(update_id, k, text, cmdlen)
  local uid = 1000000 + k
  local ent = ""
  if cmdlen > 0 then
    ent = string.format(',"entities":[{"offset":0,"length":%d,"type":"bot_command"}]', cmdlen)
  end
  local body = string.format(TEMPLATE, update_id, update_id % 2000000000, uid, k, k, uid, k, k,
    M.now, text, ent)
  return wrk.format("POST", M.path, M.headers, body)
end

-- Per-thread setup: each wrk thread gets an index (tid) so update_ids never collide.
local counter = 0
function M.setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function M.init(args)
  if args and args[1] then M.threads = tonumber(args[1]) end
  M.tid = tid or 0
  M.now = os.time()
  math.randomseed(M.now * 1000 + M.tid * 7919)
  -- update_id = base + seq * 64 + tid: distinct per request across up to 64 threads, below 2^31 for runs of up to
  -- 15 million requests per thread; runs started 1 s apart or more start 1,000,000 apart.
  M.base = (M.now % 1000) * 1000000
  M.seq = 0
end

function M.next_update_id()
  M.seq = M.seq + 1
  return M.base + M.seq * 64 + M.tid
end

-- Machine-readable summary line (parsed by run-peers.sh). Latencies in microseconds.
function M.done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d requests=%d non2xx=%d sockerr=%d\n",
    summary.requests / secs, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout))
end

return M
