#!/usr/bin/env bash
# One run of every performance measurement, on a fresh scale-seeded SQLite database, written up as markdown:
#   publish Release, and the bare Blazor Web App template beside it → idle-circuit staircase on the template →
#   start once to seed (Seed:Scale) → restart and time the cold start → idle-circuit staircase on the islands and
#   the template ratio → static page visits (no circuit) → the working-day mix at 1 interaction/s → soak →
#   wrk on the prerendered pages → BenchmarkDotNet suites (app stopped).
# Results: bench/results/<date>-run.md and bench/results/latest.md (--quick: bench/results/<date>-quick.md only).
# Options: --quick (tiny shape, short runs, staircase 10/20, no BenchmarkDotNet, no soak), --skip-bdn, --skip-soak,
#   --mix-circuits N and --mix-seconds S (the mix's size and length; 1000 and 60 by default, 20 and 10 with --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }
quick=0 skip_bdn=0 skip_soak=0 mix_circuits="" mix_seconds=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --skip-bdn) skip_bdn=1 ;;
    --skip-soak) skip_soak=1 ;;
    --mix-circuits) mix_circuits=${2:?--mix-circuits needs a number}; shift ;;
    --mix-seconds) mix_seconds=${2:?--mix-seconds needs a number}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

port=5080 template_port=5081
url="http://127.0.0.1:${port}" template_url="http://127.0.0.1:${template_port}"
for p in "$port" "$template_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/${p}") 2>/dev/null; then
    echo "Port ${p} is busy: stop whatever listens on 127.0.0.1:${p} and run again." >&2
    exit 1
  fi
done

if [ "$quick" -eq 1 ]; then
  shape=(20 1000 3) steps=(10 20) review_steps=(10) idle_s=10 interact_circuits=20 interact_s=10 wrk_s=5
  skip_bdn=1 skip_soak=1
else
  shape=(1000 100000 10) steps=(50 200 500 1000) review_steps=(50 200) idle_s=30 interact_circuits=1000 interact_s=60
  wrk_s=30
fi
soak_s=600 soak_circuits=100 soak_rate=0.2
interact_circuits=${mix_circuits:-$interact_circuits} interact_s=${mix_seconds:-$interact_s}
static_visits=${steps[0]}

work=$(mktemp -d /tmp/emulation-bench.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starting, stopping and reading the seeded database as bench/mix-ab.sh and bench/mix-cpu.sh do; the app runs from
# $work/app on $work/data (never the developer's App_Data).
source bench/lib/revisions.sh
# wrk for HTTP load, jq to read the tools' JSON, sqlite3 to find the campaign and the department heads in the seeded database.
install_missing wrk jq sqlite3
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# The bare template on its own port, no database: the floor under what a circuit costs.
start_template() {
  (cd "$work/template-app" && exec env ASPNETCORE_URLS="$template_url" ASPNETCORE_ENVIRONMENT=Staging \
    dotnet BareTemplate.dll >"$work/template.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$template_url/counter" && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$work/template.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "The bare template did not answer." >&2; exit 1
}

log "Publishing Release…"
dotnet publish Emulation.Web -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { tail -n 40 "$work/publish.log" >&2; exit 1; }
mkdir -p "$work/data"

# The bare Blazor Web App template of the same SDK, server interactivity, its Counter page the island. The only
# addition is the same /diagnostics/memory answer as the app's (full GC, then RSS, managed heap, open circuits).
log "Creating and publishing the bare Blazor template…"
dotnet new blazor -o "$work/template" -n BareTemplate --interactivity Server --no-https --force >"$work/template-new.log" 2>&1 \
  || { tail -n 20 "$work/template-new.log" >&2; exit 1; }
cat >"$work/template/BenchDiagnostics.cs" <<'CS'
using Microsoft.AspNetCore.Components.Server.Circuits;

/// <summary>Added by bench/run.sh: the app's /diagnostics/memory answer, so CircuitLoad reads both the same way.</summary>
public static class BenchDiagnostics
{
    public static void AddBenchDiagnostics(this IServiceCollection services) =>
        services.AddScoped<CircuitHandler, OpenCircuitCounter>();

    public static void MapBenchDiagnostics(this WebApplication app) =>
        app.MapGet("/diagnostics/memory", () =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return Results.Ok(new
            {
                rssBytes = Environment.WorkingSet,
                managedBytes = GC.GetTotalMemory(forceFullCollection: false),
                gen2Collections = GC.CollectionCount(2),
                openCircuits = OpenCircuitCounter.Open,
            });
        });

    private sealed class OpenCircuitCounter : CircuitHandler
    {
        private static int _open;

        public static int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }
}
CS
# The template's files have Windows line ends: drop them first so the lines match.
sed -i -e 's/\r$//' -e 's/^var builder = WebApplication.CreateBuilder(args);$/&\nbuilder.Services.AddBenchDiagnostics();/' \
  -e 's/^app.Run();$/app.MapBenchDiagnostics();\n&/' "$work/template/Program.cs"
grep -q AddBenchDiagnostics "$work/template/Program.cs" && grep -q MapBenchDiagnostics "$work/template/Program.cs" \
  || { echo "The template's Program.cs has changed shape: could not add the diagnostics endpoint." >&2; exit 1; }
dotnet publish "$work/template" -c Release -o "$work/template-app" --nologo -v quiet >"$work/template-publish.log" 2>&1 \
  || { tail -n 40 "$work/template-publish.log" >&2; exit 1; }

rows_load=()
log "Building the circuit load tool…"
build_tool

campaign=1
circuits() { # prints the tool's JSON line; arguments go to the tool (a later --url wins)
  local out
  out=$(dotnet "$tool" --url "$url" --campaign "$campaign" "$@" 2>"$work/circuitload.err" | grep '^{' | tail -n 1 || true)
  if [ -z "$out" ]; then tail -n 5 "$work/circuitload.err" >&2; echo '{}'; else echo "$out"; fi
}
field() { jq -r ".$2 // \"n/a\"" <<<"$1"; }

# The template's idle circuits, at the same steps as the app's results page: the per-circuit figure each island is
# compared with.
declare -A template_kb=()
if [ -n "$tool" ]; then
  start_template
  for n in "${steps[@]}"; do
    log "Idle: $n circuits on the bare template's Counter page for ${idle_s} s…"
    r=$(circuits --url "$template_url" --page template --circuits "$n" --mode idle --duration "$idle_s")
    template_kb[$n]=$(field "$r" managedPerCircuitKb)
    rows_load+=("| idle, bare Blazor template (Counter page), $n circuits | $(field "$r" circuitsConnected) connected, $(field "$r" circuitsFailed) failed; ${template_kb[$n]} KB managed and $(field "$r" rssPerCircuitKb) KB RSS per circuit (server $(field "$r" serverRssMb) MB RSS) | the floor | — |")
  done
  stop_app
fi

log "Seeding ${shape[0]} units, ${shape[1]} people, ${shape[2]} years…"
start_app "$work/app" "$work/data" Seed__Scale=true Seed__ScaleShape__Units="${shape[0]}" \
  Seed__ScaleShape__People="${shape[1]}" Seed__ScaleShape__Years="${shape[2]}"
seed_s=$(sed -nE 's/.*Scale seed done in ([0-9.]+) s.*/\1/p' "$work/data/app.log" | tail -n 1)
[ -n "$seed_s" ] || { echo "The scale seed did not run; the app's log:" >&2; tail -n 40 "$work/data/app.log" >&2; exit 1; }
stop_app

log "Cold start on the seeded database…"
started=$(now)
start_app "$work/app" "$work/data"
cold_s=$(seconds_since "$started")
log "First page after ${cold_s} s"

db="$work/data/emulation.db"
# The seed has a head for every unit; the circuits go to those whose pledge is still theirs to edit (a draft, or
# returned), one head a unit, as in a real office.
read_seeded_campaign "$db"

memory() { # prints "rssBytes managedBytes" after a full GC, or "n/a n/a"
  curl -sf "$url/diagnostics/memory?gc=full" | jq -r '"\(.rssBytes) \(.managedBytes)"' 2>/dev/null || echo "n/a n/a"
}

worst_idle_kb=""
declare -A island_kb=()
ratio_summary=""
if [ -n "$tool" ]; then
  for page in results review; do
    if [ "$page" = results ]; then list=("${steps[@]}") users=(--users "$heads"); else list=("${review_steps[@]}") users=(); fi
    if [ "$page" = review ]; then
      # The review dashboard is static; its step holds the what-if island (evaluation/{id}?whatif=open, CircuitLoad's
      # --page review). The first dashboard evaluates the campaign and keeps it for everyone (~100 MB at this scale): open one first,
      # so that the steps measure what each further dashboard costs, not the shared evaluation spread over them.
      log "Warming the review page's evaluation…"
      circuits --circuits 1 --mode idle --duration 5 --page review >/dev/null
    fi
    for n in "${list[@]}"; do
      log "Idle: $n circuits on the $page page for ${idle_s} s…"
      r=$(circuits --circuits "$n" --mode idle --duration "$idle_s" --page "$page" "${users[@]}")
      # Judged on the managed heap after a full GC: the process's RSS keeps what earlier steps grew to (the GC does
      # not hand memory back at once), so its difference per circuit can even come out negative.
      kb=$(field "$r" managedPerCircuitKb)
      rss_kb=$(field "$r" rssPerCircuitKb)
      rss_kb=$(awk -v k="$rss_kb" 'BEGIN { print (k == "n/a" || k < 0 ? "n/a" : k) }')
      rows_load+=("| idle, $page page, $n circuits | $(field "$r" circuitsConnected) connected, $(field "$r" circuitsFailed) failed; ${kb} KB managed and ${rss_kb} KB RSS per circuit (server $(field "$r" serverRssMb) MB RSS) | ≤ 500 KB per circuit | $(awk -v k="$kb" 'BEGIN { if (k == "n/a") print "?"; else print (k <= 500 ? "yes" : "no") }') |")
      if [ "$kb" != "n/a" ]; then
        worst_idle_kb=$(awk -v a="${worst_idle_kb:-0}" -v b="$kb" 'BEGIN { print (b > a ? b : a) }')
        island_kb[$n]=$(awk -v a="${island_kb[$n]:-0}" -v b="$kb" 'BEGIN { print (b > a ? b : a) }')
      fi
    done
  done

  # The heaviest island at each step against the template's circuit at the same step, measured in this run.
  for n in "${steps[@]}"; do
    t=${template_kb[$n]:-n/a} i=${island_kb[$n]:-n/a}
    ratio=$(awk -v i="$i" -v t="$t" 'BEGIN { if (i == "n/a" || t == "n/a" || t <= 0) print "n/a"; else printf "%.2f", i / t }')
    rows_load+=("| idle circuit, heaviest island ÷ bare template, $n circuits each | ${i} KB ÷ ${t} KB = **${ratio}×** | ≤ 2× | $(awk -v r="$ratio" 'BEGIN { if (r == "n/a") print "?"; else print (r <= 2 ? "yes" : "no") }') |")
    [ "$ratio" != "n/a" ] && ratio_summary="${ratio}× at ${n} circuits (${i} KB against ${t} KB managed per circuit)"
  done

  # A static page holds no circuit: open the home page as many times as the first step and ask the server.
  log "Static: the home page opened ${static_visits} times…"
  r=$(circuits --circuits "$static_visits" --mode idle --duration "$idle_s" --page home --users "$heads")
  rows_load+=("| static page (home) opened ${static_visits} times, held ${idle_s} s | $(field "$r" staticVisits) visits answered statically, $(field "$r" circuitsConnected) circuits opened; the server holds $(field "$r" serverOpenCircuits) circuits; managed heap $(field "$r" managedPerCircuitKb) KB per visit after a full GC | no circuit | $(awk -v c="$(field "$r" serverOpenCircuits)" -v o="$(field "$r" circuitsConnected)" 'BEGIN { if (c == "n/a") print "?"; else print (c == 0 && o == 0 ? "yes" : "no") }') |")

  # The working day's mix (bench/CircuitLoad/README.md): heads typing, heads saving drafts (database writes and
  # change notifications), the officer's progress page open, leadership paging and filtering the review dashboard,
  # and read pages opened. Twice: every virtual user acting once a second (the issue's figure), then the readers of
  # static pages opening a page every 10 s while the circuits still act every second.
  mix() { # $1 = how the readers go, for the row; extra arguments go to the tool
    local readers=$1; shift
    log "Mix: $interact_circuits users, circuits 1/s, readers ${readers}, for ${interact_s} s…"
    r=$(circuits --circuits "$interact_circuits" --mode mix --duration "$interact_s" --rate 1 --users "$heads" "$@")
    # The first errors and wrong renders the tool described, on the console for whoever reads the run.
    grep -E '^(error|wrong render|circuit [0-9]+ .*failed)' "$work/circuitload.err" | head -n 8 | sed 's/^/    /' >&2 || true
    p99=$(field "$r" p99Ms) errors=$(field "$r" errors) wrong=$(field "$r" wrongRenders)
    kinds=$(jq -r '.kinds // {} | to_entries | map("\(.key) \(.value.users) users, \(.value.answered) answered, p50 \(.value.p50Ms) ms, p99 \(.value.p99Ms) ms, max \(.value.maxMs) ms") | join("; ")' <<<"$r" 2>/dev/null || echo "n/a")
    rows_load+=("| mix: $interact_circuits users, circuits 1 interaction/s, readers ${readers}, ${interact_s} s ($(field "$r" circuitsConnected) circuits, the rest GET requests) | $(field "$r" interactions) interactions; p50 $(field "$r" p50Ms) ms, p90 $(field "$r" p90Ms) ms, p99 ${p99} ms, max $(field "$r" maxMs) ms; ${errors} errors, ${wrong} wrong renders, $(field "$r" circuitsFailed) circuits failed; $(field "$r" saves) saves ($(field "$r" conflicts) answered with a conflict), $(field "$r" progressUpdates) renders pushed to progress pages. By kind: ${kinds} | p99 ≤ 100 ms, zero errors | $(awk -v p="$p99" -v e="$errors" -v w="$wrong" 'BEGIN { if (p == "n/a") print "?"; else print (p <= 100 && e == 0 && w == 0 ? "yes" : "no") }') |")
  }
  mix "1 page/s"
  mix "1 page every 10 s" --read-rate 0.1

  if [ "$skip_soak" -eq 0 ]; then
    read -r rss0 managed0 < <(memory)
    log "Soak: $soak_circuits circuits × ${soak_rate}/s for ${soak_s} s…"
    r=$(circuits --circuits "$soak_circuits" --mode interact --duration "$soak_s" --rate "$soak_rate" --users "$heads")
    read -r rss1 managed1 < <(memory)
    growth=$(awk -v a="$managed0" -v b="$managed1" 'BEGIN { if (a == "n/a" || b == "n/a" || a == 0) print "n/a"; else printf "%+.1f", (b - a) * 100 / a }')
    rss_growth=$(awk -v a="$rss0" -v b="$rss1" 'BEGIN { if (a == "n/a" || b == "n/a" || a == 0) print "n/a"; else printf "%+.1f", (b - a) * 100 / a }')
    mb() { awk -v b="$1" 'BEGIN { if (b == "n/a") print "n/a"; else printf "%.1f", b / 1048576 }'; }
    rows_load+=("| soak: $soak_circuits circuits × ${soak_rate}/s, ${soak_s} s, memory after a full GC | managed $(mb "$managed0") → $(mb "$managed1") MB (${growth} %), RSS $(mb "$rss0") → $(mb "$rss1") MB (${rss_growth} %); $(field "$r" errors) errors, p99 $(field "$r" p99Ms) ms | within 10 % of the start | $(awk -v g="$growth" 'BEGIN { if (g == "n/a") print "?"; else print (g <= 10 && g >= -10 ? "yes" : "no") }') |")
  fi
fi

wrk_row() { # $1 = label, $2 = path, $3 = connections, then extra wrk arguments
  local label=$1 path=$2 connections=$3; shift 3
  local out status
  # wrk counts a redirect (say, to the login page) as a success: check the page answers 200 first.
  status=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url$path" || true)
  out=$(wrk -t2 -c"$connections" -d"${wrk_s}s" --timeout 30s --latency "$@" "$url$path" 2>&1)
  local rps p50 p99 bad socket
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx/ { print $NF }' <<<"$out")
  socket=$(sed -nE 's/.*Socket errors: (.*)/\1/p' <<<"$out")
  echo "| wrk, $label (\`$path\`, HTTP $status), 2 threads × ${connections} connections, ${wrk_s} s | ${rps:-n/a} requests/s; p50 ${p50:-n/a}, p99 ${p99:-n/a}; ${bad:-0} non-2xx/3xx; socket errors: ${socket:-none} | — | — |"
}
log "wrk on the login page…"
rows_wrk=("$(wrk_row "login page, anonymous" /account/login 32)")

# Sign in as a department head the way a browser does: the form's antiforgery token, then the posted form.
jar="$work/cookies.txt"
token=$(curl -s -c "$jar" "$url/account/login" | sed -nE 's/.*name="__RequestVerificationToken"[^>]*value="([^"]+)".*/\1/p' | head -n 1)
# The head of the largest unit: the heaviest workspace page.
read -r head_user head_unit < <(sqlite3 -separator ' ' "$db" "SELECT a.UserName, a.UnitId FROM AspNetUsers a
  JOIN People p ON p.UnitId = a.UnitId WHERE a.UserName LIKE 'tp.%' GROUP BY a.Id ORDER BY count(*) DESC LIMIT 1" \
  2>/dev/null || echo "${heads%%,*} 2")
curl -s -o /dev/null -b "$jar" -c "$jar" "$url/account/login" --data-urlencode "_handler=login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.UserName=$head_user" \
  --data-urlencode "Input.Password=Demo@2026"
auth=$(awk '$6 == "Emulation.Auth" { print $7 }' "$jar")
if [ -n "$auth" ]; then
  # Four connections: this page prerenders the whole staff grid (300 people, ~280 KB), so 32 at once would queue
  # each request beyond the run's end and wrk would count none.
  log "wrk on the unit workspace page as $head_user…"
  rows_wrk+=("$(wrk_row "unit workspace as $head_user, signed in" "/campaigns/$campaign/units/$head_unit" 4 -H "Cookie: Emulation.Auth=$auth")")
else
  rows_wrk+=("| wrk, signed-in page | could not sign in as $head_user | — | — |")
fi
stop_app

bdn_section=""
if [ "$skip_bdn" -eq 0 ]; then
  log "BenchmarkDotNet suites (the app is stopped)…"
  mkdir -p "$work/bdn"
  (cd "$work/bdn" && dotnet run -c Release --project "$repo/bench/Emulation.Benchmarks" -- --filter '*' \
    >"$work/bdn.log" 2>&1) || { tail -n 40 "$work/bdn.log" >&2; exit 1; }
  for report in "$work"/bdn/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
    [ -f "$report" ] && bdn_section+=$'\n'"$(cat "$report")"$'\n'
  done
fi

stamp=$(date -u +%Y-%m-%d-%H%M)
mkdir -p bench/results
if [ "$quick" -eq 1 ]; then out="bench/results/${stamp}-quick.md"; else out="bench/results/${stamp}-run.md"; fi
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo "+changes")
{
  echo "# Performance run ${stamp}$([ "$quick" -eq 1 ] && echo " (--quick: a try of the script, not figures)")"
  echo
  echo "Machine: $(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory,"
  echo "$(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version); $(date -u '+%Y-%m-%d %H:%M UTC'); commit ${commit};"
  echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "Data: \`Seed:Scale\` with ${shape[0]} units, ${shape[1]} people, ${shape[2]} years of history (campaign id ${campaign});"
  echo "the app published Release, environment Staging, SQLite, on ${url}; department heads ${heads}."
  echo
  echo "| what | figure | goal | met |"
  echo "|---|---|---|---|"
  echo "| scale seed, fresh database | ${seed_s} s | < 60 s | $(awk -v s="$seed_s" 'BEGIN { print (s < 60 ? "yes" : "no") }') |"
  echo "| cold start to the login page (seeded database, process start → 200) | ${cold_s} s | ≤ 5 s | $(awk -v s="$cold_s" 'BEGIN { print (s <= 5 ? "yes" : "no") }') |"
  [ -n "$worst_idle_kb" ] && echo "| idle circuit, worst page and step | ${worst_idle_kb} KB managed per circuit | ≤ 500 KB | $(awk -v k="$worst_idle_kb" 'BEGIN { print (k <= 500 ? "yes" : "no") }') |"
  [ -n "$ratio_summary" ] && echo "| **heaviest island ÷ bare Blazor template** (same run) | ${ratio_summary} | ≤ 2× | |"
  [ ${#rows_load[@]} -gt 0 ] && printf '%s\n' "${rows_load[@]}"
  [ -z "$tool" ] && echo "| circuits (idle, interaction, soak) | skipped: bench/CircuitLoad is absent | | |"
  [ "$skip_soak" -eq 1 ] && [ -n "$tool" ] && echo "| soak | skipped | within 10 % | |"
  printf '%s\n' "${rows_wrk[@]}"
  if [ -n "$bdn_section" ]; then
    echo
    echo "## BenchmarkDotNet (\`dotnet run -c Release --project bench/Emulation.Benchmarks -- --filter '*'\`)"
    echo "$bdn_section"
  elif [ "$skip_bdn" -eq 1 ]; then
    echo
    echo "BenchmarkDotNet suites skipped."
  fi
} >"$out"
[ "$quick" -eq 0 ] && cp "$out" bench/results/latest.md
log "Written $out"
cat "$out"
