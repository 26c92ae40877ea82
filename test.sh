#!/usr/bin/env bash
# Runs every test of the solution. Installs what NuGet does not bring (Debian's Chromium headless shell for the browser tests,
# Liberation Serif for the PDFs (Times New Roman's metrics, every Vietnamese letter), Noto Sans for the pages' text in the browser
# screenshots, poppler for rendering PDFs) when it is missing, then prints "N passed, N failed".
# --fast runs only the domain and component tests (the Category=Fast trait), which need none of those.
set -uo pipefail
cd "$(dirname "$0")"

filter=()
if [ "${1:-}" = "--fast" ]; then
  filter=(--filter "Category=Fast")
fi

need_packages=()
command -v chromium-headless-shell >/dev/null 2>&1 || need_packages+=(chromium-headless-shell)
# Debian's fonts-liberation (1.x) has the same file names without the Vietnamese letters: the 2.x folder is the one.
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need_packages+=(fonts-liberation2)
# The theme's font on Linux (EmulationTheme). grep reads to the end (no -q) so that fc-list never dies of a closed pipe,
# which pipefail would count as missing.
fc-list 2>/dev/null | grep -i "NotoSans-Regular" >/dev/null || need_packages+=(fonts-noto-core)
command -v pdftoppm >/dev/null 2>&1 || need_packages+=(poppler-utils)
if [ ${#filter[@]} -eq 0 ] && [ ${#need_packages[@]} -gt 0 ]; then
  echo "Installing ${need_packages[*]} from Debian…"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_packages[@]}" >/dev/null \
    || { echo "Could not install ${need_packages[*]}: install them with apt-get and run again."; echo "0 passed, 1 failed"; exit 1; }
fi

# The whole solution is built first so the benchmarks, which no test runs, cannot fall behind the code they measure.
if ! dotnet build Emulation.sln -nologo -v quiet; then
  echo "The solution does not build."
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
dotnet test Emulation.Tests/Emulation.Tests.csproj --no-build "${filter[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

summary=$(grep -E "^(Passed|Failed)!" "$log" | tail -n 1)
passed=$(echo "$summary" | sed -nE 's/.*Passed: *([0-9]+).*/\1/p')
failed=$(echo "$summary" | sed -nE 's/.*Failed: *([0-9]+),.*/\1/p')
rm -f "$log"
if [ -z "$passed" ]; then
  echo "The test run did not finish (build error?)."
  echo "0 passed, 1 failed"
  exit 1
fi
echo "${passed} passed, ${failed:-0} failed"
[ "$status" -eq 0 ] && [ "${failed:-0}" -eq 0 ]
