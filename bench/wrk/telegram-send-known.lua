-- wrk scenario: every request is a Telegram Update carrying "/send 1EUR @user<k>" from a random sender i
-- (N users, default 10,000) to one of the R people i already sent money to (k = i+1 … i+R mod N, default
-- R = 100, seeded by `telegram-seed --known R`), so every update moves money at once, as for the peers of the
-- shared yardstick (whose bots never ask a confirmation). Body shape and size are those of telegram-send.lua.
-- Usage: BENCH_THREADS=2 BENCH_KNOWN=100 wrk -t2 -c64 -d10s -s bench/wrk/telegram-send-known.lua http://127.0.0.1:PORT
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local C = dofile(dir .. "common.lua")
local known = tonumber(os.getenv("BENCH_KNOWN") or "100")

setup = C.setup
done = C.done

function init(args)
  C.init(args)
end

function request()
  local n = C.users
  local i = math.random(0, n - 1)
  local k = (i + math.random(1, known)) % n
  return C.update_request(C.next_update_id(), i, "/send 1EUR @user" .. k, 5)
end
