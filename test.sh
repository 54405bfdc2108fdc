#!/usr/bin/env bash
# Runs every test of the solution and prints a closing "N passed, N failed" line.
# The tests need the .NET 10 SDK, redis-server (the Wallet tests start real servers of their own and never skip)
# and Chromium at /usr/bin/chromium (the web chat's browser tests). This script installs redis-server and
# chromium with apt-get when they are missing (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v redis-server >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server
  # The package may start a system server on port 6379; the tests start their own, so stop it.
  $sudo service redis-server stop >/dev/null 2>&1 || true
fi

# The web chat's browser tests drive Debian's Chromium through Playwright (no browser download step).
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Conversational.sln "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test project ("Passed!  - Failed: 0, Passed: 393, ..."); add them up
# into the one line CI reads.
passed=0; failed=0
while read -r f p; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\),.*/\1 \2/p' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or a test host failed before any test could report
fi
echo "$passed passed, $failed failed"
exit "$status"
