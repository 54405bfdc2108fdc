#!/usr/bin/env bash
# The Telegram webhook load against the service on Redis, in the same rounds as the shared yardstick's peers
# and Kestrel ceilings (../shared/bench, run-peers.sh), with the same wrk load and the same TSV columns, so
# summarize.mjs pairs the rows of each round.
#
#   bench/telegram-load.sh                         # 3 rounds: grammy, kestrel-redis1, then the service
#   ROUNDS=1 PEERS="" bench/telegram-load.sh       # the service alone
#   SERVICE_ENV="Telegram__ReplyInWebhookResponse=false" bench/telegram-load.sh
#
# Per round: run-peers.sh for $PEERS (scenario send), then the service: a private redis-server, 10,000 Telegram
# users seeded with the service's own stores (tests/Benchmarks telegram-seed: verified, 1,000,000.00 EUR each,
# each knowing the R people it will send to), the service started (Release build, Production settings, Telegram
# webhook on), wrk warm-up, then the measured window with wrk/telegram-send-known.lua; after it the ledger audit
# (every currency sums to zero, no negative balance) and the transfers counted in the journal. Needs wrk,
# redis-server, redis-cli, dotnet, curl; node for the peers and the summary.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED=${SHARED_BENCH:-"$REPO/../shared/bench"}
cd "$REPO"
ROUNDS=${ROUNDS:-3}
PEERS=${PEERS-"grammy kestrel-redis1"}
THREADS=${THREADS:-2}
CONNS=${CONNS:-64}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
USERS=${USERS:-10000}
KNOWN=${KNOWN:-100}
SECRET=bench-secret-token
OUT=${OUT:-"$REPO/bench/results/$(date +%Y%m%d-%H%M%S).tsv"}
SERVICE_ENV=${SERVICE_ENV:-}
mkdir -p "$(dirname "$OUT")"

dotnet build -c Release src/Bots >/dev/null
dotnet build -c Release tests/Benchmarks >/dev/null
SERVICE_DLL=${SERVICE_DLL:-"$REPO/src/Bots/bin/Release/net10.0/Conversational.Bots.dll"}
TOOL="$REPO/tests/Benchmarks/bin/Release/net10.0/Conversational.Benchmarks.dll"

PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
}
TCK=$(getconf CLK_TCK)
cpu_ticks() {
  local f
  [ -r "/proc/$1/stat" ] || { echo 0; return; }
  f=$(sed 's/^.*) //' "/proc/$1/stat")
  set -- $f
  echo $((${12} + ${13}))
}
busy_ticks() {
  local _c u n s _i _w q sq st _rest
  read -r _c u n s _i _w q sq st _rest </proc/stat
  echo $((u + n + s + q + sq + st))
}
wait_quiet() {
  local t a b
  for ((t = 0; t < ${QUIET_MAX:-20}; t++)); do
    a=$(busy_ticks); sleep 1; b=$(busy_ticks)
    [ $((b - a)) -lt $((TCK * 3 / 10)) ] && return 0
  done
  echo "  (machine still busy after ${QUIET_MAX:-20}s, measuring anyway)" >&2
}
run_wrk() { # seconds outfile
  BENCH_THREADS=$THREADS BENCH_USERS=$USERS BENCH_SECRET=$SECRET BENCH_KNOWN=$KNOWN \
    /usr/bin/time -f "WRKCPU %U %S" -o "$2.cpu" \
    wrk -t"$THREADS" -c"$CONNS" -d"${1}s" --latency -s bench/wrk/telegram-send-known.lua "http://127.0.0.1:$PORT" >"$2" 2>&1
}
field() { sed -n "s/^RESULT .*\b$1=\([0-9.]*\).*/\1/p" "$2"; }
transfers() { dotnet "$TOOL" telegram-check --redis "127.0.0.1:$RPORT" | tee "$TMP/check" | sed -n 's/^CHECK ok=1 transfers=\([0-9]*\).*/\1/p'; }

[ -s "$OUT" ] || printf 'run\tpos\tserver\tscenario\trps\tp50_ms\tp90_ms\tp99_ms\tmax_ms\trequests\tnon2xx\tsockerr\tsrv_cpu_s\tredis_cpu_s\twrk_cpu_s\tbusy_cpu_s\tother_cpu_s\tredis_rt_per_req\tmoney_per_req\tconserved\n' >"$OUT"
TMP=$(mktemp -d)
for ((round = 1; round <= ROUNDS; round++)); do
  RUN="r$round"
  if [ -n "$PEERS" ]; then
    [ -x "$SHARED/run-peers.sh" ] || { echo "no $SHARED/run-peers.sh (set SHARED_BENCH or PEERS=\"\")" >&2; exit 1; }
    (cd "$SHARED" && RUN=$RUN ROTATE=$((round - 1)) SERVERS="$PEERS" SCENARIOS=send OUT="$OUT" ./run-peers.sh)
  fi

  RPORT=$(free_port)
  redis-server --bind 127.0.0.1 --port "$RPORT" --save "" --appendonly no --loglevel warning --logfile "" --daemonize no >/dev/null &
  RPID=$!
  PIDS+=("$RPID")
  for _ in $(seq 50); do redis-cli -p "$RPORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  dotnet "$TOOL" telegram-seed --redis "127.0.0.1:$RPORT" --users "$USERS" --known "$KNOWN" >/dev/null

  PORT=$(free_port)
  env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Admin__ApiKey=bench-operator-key-123456 \
    ConnectionStrings__Redis="127.0.0.1:$RPORT" Telegram__BotToken=123456:bench-token Telegram__WebhookSecret=$SECRET \
    Telegram__BotUsername=BenchBot Telegram__ApiBaseUrl="http://127.0.0.1:$(free_port)" Telegram__ReplyInWebhookResponse=true \
    $SERVICE_ENV dotnet "$SERVICE_DLL" --urls "http://127.0.0.1:$PORT" >"$TMP/service.log" 2>&1 &
  SPID=$!
  PIDS+=("$SPID")
  for _ in $(seq 150); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/webhooks/telegram" -H 'X-Telegram-Bot-Api-Secret-Token: wrong' -d '{}' || true)
    [ "$code" = 403 ] && break
    sleep 0.1
  done
  wait_quiet
  run_wrk "$WARMUP" "$TMP/warm"
  sleep 0.5
  t0=$(transfers)
  redis-cli -p "$RPORT" CONFIG RESETSTAT >/dev/null
  s0=$(cpu_ticks "$SPID"); r0=$(cpu_ticks "$RPID"); b0=$(busy_ticks)
  run_wrk "$DURATION" "$TMP/out"
  b1=$(busy_ticks); s1=$(cpu_ticks "$SPID"); r1=$(cpu_ticks "$RPID")
  calls=$(redis-cli -p "$RPORT" INFO commandstats | tr -d '\r' | sed -n 's/^cmdstat_[a-z|]*:calls=\([0-9]*\),.*/\1/p' | paste -sd+ | bc)
  if [ -n "${PROFILE:-}" ]; then # Redis time per command and per script (by sha), sampled over 2 more seconds
    redis-cli -p "$RPORT" INFO commandstats | tr -d '\r' | grep '^cmdstat' >&2
    redis-cli -p "$RPORT" CONFIG SET slowlog-log-slower-than 0 >/dev/null
    redis-cli -p "$RPORT" CONFIG SET slowlog-max-len 20000 >/dev/null
    redis-cli -p "$RPORT" SLOWLOG RESET >/dev/null
    run_wrk 2 "$TMP/prof"
    redis-cli -p "$RPORT" SLOWLOG GET 20000 >"$TMP/slowlog"
    redis-cli -p "$RPORT" CONFIG SET slowlog-log-slower-than 10000 >/dev/null
    python3 "$REPO/bench/slowlog-summary.py" "$TMP/slowlog" "$RPORT" >&2 || true
  fi
  sleep 0.5
  t1=$(transfers)
  ok=$([ -n "$t1" ] && echo yes || echo "NO($(cat "$TMP/check"))")
  grep -q '^RESULT' "$TMP/out" || { cat "$TMP/out" "$TMP/service.log" >&2; exit 1; }
  read -r _ wu ws <"$TMP/out.cpu" || true
  awk -v run="$RUN" -v name=conversational -v rps="$(field rps "$TMP/out")" -v p50="$(field p50_us "$TMP/out")" \
    -v p90="$(field p90_us "$TMP/out")" -v p99="$(field p99_us "$TMP/out")" -v mx="$(field max_us "$TMP/out")" \
    -v reqs="$(field requests "$TMP/out")" -v non2xx="$(field non2xx "$TMP/out")" -v sockerr="$(field sockerr "$TMP/out")" \
    -v scpu="$((s1 - s0))" -v rcpu="$((r1 - r0))" -v tck="$TCK" -v wu="${wu:-0}" -v ws="${ws:-0}" -v busy="$((b1 - b0))" \
    -v rt="$calls" -v moved="$((${t1:-0} - ${t0:-0}))" -v ok="$ok" 'BEGIN {
      other = busy/tck - scpu/tck - rcpu/tck - (wu+ws); if (other < 0) other = 0
      printf "%s\t%d\t%s\t%s\t%.1f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.3f\t%.3f\t%s\n",
        run, 9, name, "send", rps, p50/1000, p90/1000, p99/1000, mx/1000, reqs, non2xx, sockerr,
        scpu/tck, rcpu/tck, wu+ws, busy/tck, other, rt/reqs, moved/reqs, ok }' | tee -a "$OUT" \
    | awk -F'\t' '{ printf "%-15s %-5s %9.0f req/s  p50 %.2f ms  p99 %.2f ms  server %.2f s  redis %.2f s  other %.2f s  %.2f Redis calls/req  %.3f transfers/req  ledger %s%s\n",
        $3, $4, $5, $6, $8, $13, $14, $17, $18, $19, $20, ($11+$12 > 0 ? "  ERRORS non2xx=" $11 " sock=" $12 : "") }'
  kill "$SPID" 2>/dev/null || true; wait "$SPID" 2>/dev/null || true
  kill "$RPID" 2>/dev/null || true; wait "$RPID" 2>/dev/null || true
  if grep -qE "fail|error" "$TMP/service.log"; then grep -E "fail|error" "$TMP/service.log" | sort | uniq -c | head -5 >&2; fi
done
rm -rf "$TMP"
echo "# rows in $OUT; summary: node $SHARED/summarize.mjs $OUT"
