#!/usr/bin/env bash
# The working-day mix (bench/run.sh's "mix" row) for two revisions in one run, on copies of one scale-seeded database,
# so that a change's effect is measured against its base on the same machine at the same hour:
#   bench/mix-ab.sh [--port P] [--seed-db FILE] BASE_REV CHANGED_REV [CircuitLoad options, e.g. --read-rate 0.1]
# --port: where the app listens (default 5090; helpers measuring at once each take their own). --seed-db: the seeded
# database is copied from FILE when it exists, else seeded and saved there (seeding takes minutes). --published DIR:
# each revision's publish is kept in DIR/COMMIT and used again by the next run of the same commit.
# Each revision is published Release from a temporary worktree; the database is seeded once by BASE_REV (the changed
# build migrates its copy on start). Prints, per revision, the tool's figures, the app's and the tool's CPU seconds,
# and the app's evaluation lines (how long each evaluation of the campaign took). Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60 circuits=1000 port=5090 seed_db= published=
while [ $# -gt 0 ]; do
  case $1 in
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --seed-db) seed_db=${2:?--seed-db needs a file}; shift 2 ;;
    --published) published=${2:?--published needs a folder}; shift 2 ;;
    *) break ;;
  esac
done
usage="usage: bench/mix-ab.sh [--port P] [--seed-db FILE] [--published DIR] BASE_REV CHANGED_REV [CircuitLoad options]"
base=${1:?$usage}
changed=${2:?$usage}
shift 2
url=http://127.0.0.1:$port
work=$(mktemp -d /tmp/emulation-mix-ab.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  for rev in base changed; do git worktree remove --force "$work/src-$rev" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

source bench/lib/revisions.sh
install_missing sqlite3 # reads the seeded campaign and its heads
cpu_seconds() { awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$1/stat"; }

publish_or_reuse base "$base" "$published"
publish_or_reuse changed "$changed" "$published"
build_tool

mkdir -p "$work/seed"
if [ -n "$seed_db" ] && [ -f "$seed_db" ]; then
  log "Copying the seeded database $seed_db…"
  cp "$seed_db" "$work/seed/emulation.db"
  [ -d "$seed_db.evidence" ] && cp -r "$seed_db.evidence" "$work/seed/evidence"
else
  log "Seeding 1,000 units, 100,000 people, 10 years with $base…"
  start_app "$work/app-base" "$work/seed" Seed__Scale=true
  stop_app
  if [ -n "$seed_db" ]; then
    cp "$work/seed/emulation.db" "$seed_db"
    [ -d "$work/seed/evidence" ] && cp -r "$work/seed/evidence" "$seed_db.evidence"
  fi
fi
db="$work/seed/emulation.db"
read_seeded_campaign "$db"

for rev in base changed; do
  data="$work/data-$rev"
  mkdir -p "$data" && cp "$db" "$data/" && cp -r "$work/seed/evidence" "$data/" 2>/dev/null || true
  start_app "$work/app-$rev" "$data"
  # The first whole evaluation is made before the mix, as on a server that has been up a while.
  # The page's first answer starts the evaluation; the what-if island's circuit may fail to open on a loaded machine,
  # and the tool then exits 1, which must not end the run (set -e) without a word.
  dotnet "$tool" --url "$url" --campaign "$campaign" --circuits 1 --mode idle --duration 3 --page review >/dev/null 2>&1 \
    || log "The first look at the review page opened no circuit; waiting for the evaluation all the same."
  # The look is over in 3 s; the evaluation it started (~10 s) would otherwise run into the mix.
  wait_evaluated
  app_before=$(cpu_seconds "$app_pid")
  log "Mix on $rev: $circuits users, ${seconds} s $*…"
  /usr/bin/time -f "%U %S" -o "$data/tool.time" dotnet "$tool" --url "$url" --campaign "$campaign" --circuits "$circuits" \
    --mode mix --duration "$seconds" --rate 1 --users "$heads" "$@" >"$data/result.json" 2>"$data/tool.err"
  app_cpu=$(awk -v a="$app_before" -v b="$(cpu_seconds "$app_pid")" 'BEGIN { printf "%.1f", b - a }')
  stop_app
  echo "== $rev ($([ $rev = base ] && echo "$base" || echo "$changed"))"
  jq -c '{p50Ms, p90Ms, p99Ms, errors, wrongRenders, saves, conflicts, interactions}' "$data/result.json"
  # Which kinds make the slowest hundredth: each kind's own p50, p99 and slowest answer.
  jq -r '.kinds // {} | to_entries[] | select(.value.answered > 0)
    | "  \(.key): \(.value.answered) answered, p50 \(.value.p50Ms) / p99 \(.value.p99Ms) / max \(.value.maxMs) ms"' "$data/result.json"
  # The app's figure spans the tool's whole run: signing in, opening the circuits, then the mix; the tool's own
  # serverCpuSeconds is the app's over the mix's interactions alone.
  echo "cpu seconds: app $app_cpu (of which the mix itself $(jq -r '.serverCpuSeconds // "n/a"' "$data/result.json")), tool $(awk '{ print $1 + $2 }' "$data/tool.time")"
  grep -o 'Evaluated campaign [0-9]* in [0-9]* ms[^"]*' "$data/app.log" | awk '
    { ms = $5; if ($0 ~ /read again/) { n++; sum += ms; if (ms > max) max = ms } else whole = whole " " ms }
    END { printf "evaluations: whole reads (ms):%s; units read again: %d, mean %.0f ms, max %d ms\n", whole, n, n ? sum / n : 0, max }'
done
