#!/usr/bin/env bash
# Where the app's processor time goes during the working-day mix: one revision, its JIT code named by its perf map.
#   bench/mix-perf.sh [--port P] [--seed-db FILE] [--published DIR] [--frequency HZ] [--keep DIR] REV [CircuitLoad options]
# The options are mix-ab.sh's. The app runs with DOTNET_PerfMapEnabled=1 (it writes /tmp/perf-PID.map, removed at the
# end); after its first whole evaluation, `perf record -g` samples it for the mix's 60 s, and bench/suite-perf.py
# reports self and inclusive time, with --ours the frames of our own assemblies. Prints the tool's figures too.
# --keep DIR keeps the perf script's text, the tool's JSON and the perf map for another reading (suite-perf.py PID).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60 circuits=1000 port=5090 seed_db= published= frequency=97 keep=
while [ $# -gt 0 ]; do
  case $1 in
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --seed-db) seed_db=${2:?--seed-db needs a file}; shift 2 ;;
    --published) published=${2:?--published needs a folder}; shift 2 ;;
    --frequency) frequency=${2:?--frequency needs a number}; shift 2 ;;
    --keep) keep=${2:?--keep needs a folder}; shift 2 ;;
    *) break ;;
  esac
done
rev=${1:?usage: bench/mix-perf.sh [--port P] [--seed-db FILE] [--published DIR] [--frequency HZ] REV [CircuitLoad options]}
shift
url=http://127.0.0.1:$port
work=$(mktemp -d /tmp/emulation-mix-perf.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  git worktree remove --force "$work/src-app" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

source bench/lib/revisions.sh
install_missing sqlite3 # reads the seeded campaign and its heads

publish_or_reuse app "$rev" "$published"
build_tool

mkdir -p "$work/data"
[ -n "$seed_db" ] && [ -f "$seed_db" ] || { echo "--seed-db must name a seeded database (bench/mix-ab.sh makes one)" >&2; exit 2; }
cp "$seed_db" "$work/data/emulation.db"
[ -d "$seed_db.evidence" ] && cp -r "$seed_db.evidence" "$work/data/evidence"
read_seeded_campaign "$work/data/emulation.db"

start_app "$work/app-app" "$work/data" DOTNET_PerfMapEnabled=1
app_process=$app_pid # start_app's subshell execs env, which execs dotnet
dotnet "$tool" --url "$url" --campaign "$campaign" --circuits 1 --mode idle --duration 3 --page review >/dev/null 2>&1 || true
wait_evaluated
log "Mix on $rev under perf (process $app_process): $circuits users, ${seconds} s $*…"
dotnet "$tool" --url "$url" --campaign "$campaign" --circuits "$circuits" --mode mix --duration "$seconds" --rate 1 \
  --users "$heads" "$@" >"$work/result.json" 2>"$work/tool.err" &
tool_pid=$!
# Sampled over the interactions only: signing in (password hashing) and opening circuits are left out, as the tool's
# serverCpuSeconds leaves them out; the tool says how many circuits it opened just before the mix starts.
until grep -q "circuits open after" "$work/tool.err"; do
  kill -0 "$tool_pid" 2>/dev/null || break
  sleep 0.2
done
perf record -F "$frequency" -g -p "$app_process" -o "$work/perf.data" -- sleep "$seconds" >"$work/perf.log" 2>&1 || true
wait "$tool_pid" || true
jq -c '{p50Ms, p90Ms, p99Ms, errors, wrongRenders, saves, conflicts, interactions, serverCpuSeconds}' "$work/result.json"
perf script -i "$work/perf.data" --show-mmap-events -F comm,pid,tid,ip,sym,dso 2>/dev/null >"$work/perf.txt"
python3 bench/suite-perf.py "$app_process" --ours '\[Emulation\.' <"$work/perf.txt"
[ -z "$keep" ] || { mkdir -p "$keep" && cp "$work/perf.txt" "$work/result.json" "/tmp/perf-$app_process.map" "$keep/"; }
stop_app
rm -f "/tmp/perf-$app_process.map" "/tmp/perfinfo-$app_process.map"
