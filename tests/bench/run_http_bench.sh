#!/usr/bin/env bash
# HTTP benchmark: signed `/role lead` requests against `rolebot serve`, next to the bare
# Beast server (tests/bench/trivial_server.cpp) answering a body of the same size, both
# built in this tree and measured in the same run, alternating so drift hits both.
#
# usage: tests/bench/run_http_bench.sh          (DURATION=10 THREADS=2 ROUNDS=2 to change)
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${DURATION:-10}"
threads="${THREADS:-2}"
rounds="${ROUNDS:-2}"
build=build-release

cmake --preset release >/dev/null
cmake --build --preset release --target rolebot rolebot_bench_trivial_server >/dev/null

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

secret="bench-signing-secret-$RANDOM$RANDOM"
export SLACK_SIGNING_SECRET="$secret"
"$build/rolebot" serve --listen 127.0.0.1:0 --data "$work/data" --threads "$threads" \
  --log-format json 2>"$work/rolebot.log" &
rolebot_pid=$!
pids+=("$rolebot_pid")
# Valid requests log nothing at info level; the start-up line tells the bound port.
rolebot_port=""
for _ in $(seq 100); do
  rolebot_port=$(sed -n 's/.*"msg":"listening","address":"127.0.0.1:\([0-9]*\)".*/\1/p' "$work/rolebot.log")
  [ -n "$rolebot_port" ] && break
  sleep 0.1
done
[ -n "$rolebot_port" ] || { echo "rolebot did not start"; cat "$work/rolebot.log"; exit 1; }

response=$("$build/rolebot" send --url "http://127.0.0.1:$rolebot_port" "/role lead" | tail -n +2)
body_bytes=${#response}

"$build/tests/bench/rolebot_bench_trivial_server" 0 "$threads" "$body_bytes" >"$work/trivial.port" &
trivial_pid=$!
pids+=("$trivial_pid")
for _ in $(seq 100); do [ -s "$work/trivial.port" ] && break; sleep 0.1; done
trivial_port=$(head -1 "$work/trivial.port")

timestamp=$(date +%s)
export ROLEBOT_BENCH_BODY="token=x&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=U0BENCH&user_name=bench&command=%2Frole&text=lead&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0BENCH%2F1%2Fx&trigger_id=1.2.3&api_app_id=A0BENCH"
export ROLEBOT_BENCH_TIMESTAMP="$timestamp"
export ROLEBOT_BENCH_SIGNATURE="v0=$(printf 'v0:%s:%s' "$timestamp" "$ROLEBOT_BENCH_BODY" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)"

run() { # name port connections
  wrk -t2 -c"$3" -d"${duration}s" --latency -s tests/bench/wrk/signed_command.lua \
    "http://127.0.0.1:$2/slack/commands" | grep '^RESULT' | sed "s/^RESULT/$1 c=$3/"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "response body: $body_bytes bytes; wrk -t2, ${duration}s per run, server threads: $threads"
for connections in 8 64; do
  for round in $(seq "$rounds"); do
    t0=$(cpu_ticks "$trivial_pid"); run trivial "$trivial_port" "$connections"; t1=$(cpu_ticks "$trivial_pid")
    r0=$(cpu_ticks "$rolebot_pid"); run rolebot "$rolebot_port" "$connections"; r1=$(cpu_ticks "$rolebot_pid")
    echo "  cpu ticks (1/100 s): trivial $((t1 - t0)), rolebot $((r1 - r0))"
  done
done
echo "rolebot memory: $(grep -E 'VmRSS|VmHWM' "/proc/$rolebot_pid/status" | tr -s ' \n' ' ')"
echo "trivial memory: $(grep -E 'VmRSS|VmHWM' "/proc/$trivial_pid/status" | tr -s ' \n' ' ')"
if grep -q '"level":"error"' "$work/rolebot.log"; then
  echo "rolebot logged errors:"; cat "$work/rolebot.log"
fi
