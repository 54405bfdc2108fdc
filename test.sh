#!/usr/bin/env bash
# Runs every test of the solution and prints a closing "N passed, N failed" line.
# The tests need nothing beyond the .NET 10 SDK for now; when a suite needs a system package (redis-server
# for the Redis store), this script installs it when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

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
