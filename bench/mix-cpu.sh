#!/usr/bin/env bash
# What each kind of the working-day mix costs the app, in processor seconds per 1,000 interactions, for one or more
# revisions on copies of one seeded database. Processor time moves far less than latency when other work shares the
# machine, so this compares revisions on a busy machine where p99 would be noise.
#   bench/mix-cpu.sh [--users N] [--seconds S] [--read-rate R] [--shape UNITS PEOPLE YEARS] [--kinds LIST]
#                    [--port P] [--seed-db FILE] [--published DIR] REV...
# A revision may be named more than once, for rounds in turn (main perf perf main): it is published once.
# For each revision: publish Release from a temporary worktree, start it on its copy of the database (seeded once by
# the first revision, at full size unless --shape says otherwise; with --seed-db, copied from FILE when it exists, else
# seeded and kept there for the next run; with --published, each commit's publish kept in DIR/COMMIT as mix-ab.sh keeps
# it), wait for the first whole evaluation to be logged, then run each
# kind alone (CircuitLoad --mode mix --mix KIND=100, N users, S seconds, circuits acting once a second, readers
# R pages a second) and the default mix, and read the app's processor time over the interactions only (the tool's
# serverCpuSeconds: signing in and opening circuits are left out), each kind once briefly beforehand to warm the JIT.
# progress users act on nothing: their row is per 1,000 circuit-seconds held. The evaluations column counts the
# evaluations that read changed units again during the run, with their summed wall time (a save marks its unit
# changed; the next look at the review dashboard has the province evaluated again, in the background).
# Defaults: --users 200 --seconds 30 --read-rate 0.5 --kinds type,save,review,open,progress,mix --port 5092.
# Prints one markdown table per revision (the tool's JSON lines are in the temporary folder, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

users=200 seconds=30 read_rate=0.5 shape=(1000 100000 10) kinds=type,save,review,open,progress,mix revs=() port=5092 seed_db= kept=
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=${2:?--users needs a number}; shift ;;
    --seconds) seconds=${2:?--seconds needs a number}; shift ;;
    --read-rate) read_rate=${2:?--read-rate needs a number}; shift ;;
    --shape) shape=("${2:?}" "${3:?}" "${4:?--shape needs UNITS PEOPLE YEARS}"); shift 2 ;;
    --kinds) kinds=${2:?--kinds needs a list}; shift ;;
    --port) port=${2:?--port needs a number}; shift ;;
    --seed-db) seed_db=${2:?--seed-db needs a file}; shift ;;
    --published) kept=${2:?--published needs a folder}; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; exit 2 ;;
    *) revs+=("$1") ;;
  esac
  shift
done
[ ${#revs[@]} -gt 0 ] || { echo "usage: bench/mix-cpu.sh [options] REV..." >&2; exit 2; }

url=http://127.0.0.1:$port
work=$(mktemp -d /tmp/emulation-mix-cpu.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  for i in "${!revs[@]}"; do git worktree remove --force "$work/src-$i" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

source bench/lib/revisions.sh
install_missing sqlite3 # reads the seeded campaign and its heads

# Evaluations that read changed units again, logged after line $1 of the app's log: "count, summed ms".
evaluations_since() {
  tail -n +"$(( $1 + 1 ))" "$app_log" | grep -o "Evaluated campaign [0-9]* in [0-9]* ms, [0-9]* units read again" \
    | awk '{ n++; ms += $5 } END { printf "%d, %d ms", n, ms }'
}

# A revision named twice (rounds A B B A) is published once; each of its runs still has its own copy of the database.
declare -A published
for i in "${!revs[@]}"; do
  if [ -z "${published[${revs[$i]}]:-}" ]; then
    publish_or_reuse "$i" "${revs[$i]}" "$kept"
    published[${revs[$i]}]=$i
  fi
done
build_tool

mkdir -p "$work/seed"
if [ -n "$seed_db" ] && [ -f "$seed_db" ]; then
  log "Copying the seeded database $seed_db…"
  cp "$seed_db" "$work/seed/emulation.db"
else
  log "Seeding ${shape[0]} units, ${shape[1]} people, ${shape[2]} years with ${revs[0]}…"
  start_app "$work/app-0" "$work/seed" Seed__Scale=true Seed__ScaleShape__Units="${shape[0]}" \
    Seed__ScaleShape__People="${shape[1]}" Seed__ScaleShape__Years="${shape[2]}"
  stop_app
  [ -z "$seed_db" ] || cp "$work/seed/emulation.db" "$seed_db"
fi
db="$work/seed/emulation.db"
read_seeded_campaign "$db"

for i in "${!revs[@]}"; do
  data="$work/data-$i"
  mkdir -p "$data" && cp "$db" "$data/" && cp -r "$work/seed/evidence" "$data/" 2>/dev/null || true
  start_app "$work/app-${published[${revs[$i]}]}" "$data"
  # The first whole evaluation is made before the runs, as on a server that has been up a while; then each kind runs
  # once briefly, unmeasured, so that the measured runs find the code compiled by the JIT's last tier, not compiling.
  # The page's first answer starts the evaluation; the what-if island's circuit may fail to open on a loaded machine,
  # and the tool then exits 1, which must not end the run (set -e) without a word.
  dotnet "$tool" --url "$url" --campaign "$campaign" --circuits 1 --mode idle --duration 3 --page review >/dev/null 2>&1 \
    || log "The first look at the review page opened no circuit; waiting for the evaluation all the same."
  # On a loaded machine that evaluation outlasts the look (23–260 s at load 25–250): wait for it, or it would be
  # counted in the runs' processor time.
  wait_evaluated
  log "${revs[$i]}: warming up…"
  for kind in ${kinds//,/ }; do
    mix=$([ "$kind" = mix ] && echo "type=40,save=15,progress=5,review=20,open=20" || echo "$kind=100")
    dotnet "$tool" --url "$url" --campaign "$campaign" --circuits 50 --mode mix --mix "$mix" --duration 10 \
      --rate 1 --read-rate "$read_rate" --users "$heads" >/dev/null 2>&1 || true
  done
  echo
  echo "### ${revs[$i]} ($(git rev-parse --short "${revs[$i]}"))"
  echo
  echo "| kind | users | interactions | app CPU s | CPU s per 1,000 | p50 / p99 ms | errors, wrong renders | evaluations (units read again) |"
  echo "|---|---|---|---|---|---|---|---|"
  for kind in ${kinds//,/ }; do
    mix=$([ "$kind" = mix ] && echo "type=40,save=15,progress=5,review=20,open=20" || echo "$kind=100")
    log "${revs[$i]}: $kind, $users users, ${seconds} s…"
    log_lines=$(wc -l <"$app_log")
    # The tool exits 1 when no circuit connected, which is the rule for the readers' kinds (review, open: GETs only);
    # the run counts when it printed its figures.
    dotnet "$tool" --url "$url" --campaign "$campaign" --circuits "$users" --mode mix --mix "$mix" --duration "$seconds" \
      --rate 1 --read-rate "$read_rate" --users "$heads" >"$data/$kind.json" 2>"$data/$kind.err" || true
    grep -q '^{' "$data/$kind.json" || { tail -n 5 "$data/$kind.err" >&2; continue; }
    jq -r --arg kind "$kind" --argjson seconds "$seconds" --arg evaluations "$(evaluations_since "$log_lines")" '
      (if $kind == "progress" then .circuitsConnected * $seconds else .interactions end) as $n
      | "| \($kind) | \(.circuitsRequested) | "
        + (if $kind == "progress" then "\($n) circuit-seconds" else "\(.interactions)" end)
        + " | \(.serverCpuSeconds) | \(if $n > 0 and .serverCpuSeconds != null then (.serverCpuSeconds * 1000 / $n * 100 | round / 100) else "n/a" end)"
        + " | \(.p50Ms) / \(.p99Ms) | \(.errors), \(.wrongRenders) | \($evaluations) |"' "$data/$kind.json"
  done
  stop_app
done
