# Shared by the scripts that measure the app (run.sh, mix-ab.sh, mix-cpu.sh): source it after setting url (where the
# app listens) and work (the run's scratch folder). Sets app_pid (and app_log, its log) while an app runs.

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Installs from Debian the commands named (each its package's name) that NuGet does not bring and the machine lacks.
install_missing() {
  local missing=() command
  for command in "$@"; do
    command -v "$command" >/dev/null 2>&1 || missing+=("$command")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing ${missing[*]} from Debian…"
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" \
    >/dev/null || { echo "Could not install ${missing[*]}: install them with apt-get and run again." >&2; exit 1; }
}

# Publishes revision $2 (Release) from a detached worktree $work/src-$1 to $work/app-$1.
publish_revision() {
  local name=$1 rev=$2
  git worktree add -q --detach "$work/src-$name" "$rev"
  dotnet publish "$work/src-$name/Emulation.Web" -c Release -o "$work/app-$name" --nologo -v quiet \
    >"$work/publish-$name.log" 2>&1 || { tail -n 30 "$work/publish-$name.log" >&2; exit 1; }
}

# Puts revision $2's Release publish at $work/app-$1: the copy an earlier run kept in $3/COMMIT when there is one
# (publishing takes minutes), else a new publish, kept there when $3 is given.
publish_or_reuse() {
  local name=$1 rev=$2 kept=${3:-} commit
  commit=$(git rev-parse "$rev^{commit}")
  if [ -n "$kept" ] && [ -f "$kept/$commit/Emulation.Web.dll" ]; then
    log "Using $rev as published in $kept/$commit"
    ln -s "$kept/$commit" "$work/app-$name"
    return
  fi
  log "Publishing $rev…"
  publish_revision "$name" "$rev"
  [ -z "$kept" ] || { mkdir -p "$kept" && cp -r "$work/app-$name" "$kept/$commit"; }
}

# Builds the load tool and sets tool to its assembly.
build_tool() {
  dotnet build -c Release bench/CircuitLoad --nologo -v quiet >"$work/tool-build.log" 2>&1 \
    || { tail -n 30 "$work/tool-build.log" >&2; exit 1; }
  tool=bench/CircuitLoad/bin/Release/net10.0/CircuitLoad.dll
}

start_app() { # $1 = publish dir, $2 = data dir; extra NAME=VALUE settings follow
  local dir=$1 data=$2; shift 2
  (cd "$dir" && exec env ASPNETCORE_URLS=$url ASPNETCORE_ENVIRONMENT=Staging Database__Provider=Sqlite \
    Database__SqlitePath="$data/emulation.db" Emulation__EvidencePath="$data/evidence" Diagnostics__Enabled=true \
    Security__LoginRateLimit__PermitLimit=100000 "$@" dotnet Emulation.Web.dll >"$data/app.log" 2>&1) &
  app_pid=$! app_log="$data/app.log"
  # Seeding a province's shape takes about a minute on two cores; a loaded machine, several. Asked every 0.1 s, so
  # that run.sh's cold start is timed to the first answer, not to the next half second.
  for _ in $(seq 1 9000); do
    curl -sf -o /dev/null "$url/account/login" && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "The app did not answer." >&2; exit 1
}

stop_app() {
  kill "$app_pid" 2>/dev/null || { log "The app had already stopped; the end of its log:"; tail -n 20 "$app_log" >&2 || true; }
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# Waits until the app has logged its first whole evaluation of campaign $campaign (not one that read changed units
# again). The first look at the review dashboard starts it and does not wait for it: it takes ~10 s on a quiet machine
# and up to minutes on a loaded one, and a run started before it ends counts it in its processor time and latencies.
wait_evaluated() {
  for _ in $(seq 1 1800); do
    [ "$(grep -o "Evaluated campaign $campaign in [0-9]* ms[^\"]*" "$app_log" | grep -vc "read again")" -gt 0 ] && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$app_log" >&2; exit 1; }
    sleep 1
  done
  log "The first whole evaluation was not logged within 30 minutes; measuring anyway."
}

# The seeded database's launched campaign (campaign) and the heads whose pledge is still open to edit (heads).
read_seeded_campaign() { # $1 = database file
  campaign=$(sqlite3 "$1" "SELECT Id FROM Campaigns WHERE Status = 'Launched' ORDER BY Year DESC LIMIT 1")
  heads=$(sqlite3 "$1" "SELECT group_concat(UserName) FROM (SELECT a.UserName FROM AspNetUsers a
    JOIN Pledges p ON p.UnitId = a.UnitId AND p.CampaignId = $campaign
    WHERE a.UserName LIKE 'tp.%' AND p.Status IN ('Draft', 'Returned') ORDER BY a.UserName)")
}
