#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atelier Achat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The reliability tests at their full counts (CI runs small ones), then fuzzing and valgrind, and a table.
#   tests/reliability/run-full.sh [FUZZ_SECONDS]      (after packaging/quickstart.sh test)
# Counts: 1,000 power cuts during edits and 1,000 during Save / Save As, 200 SIGKILLs during edits and 100
# during Save; every hostile file; libFuzzer for FUZZ_SECONDS (default 3600); valgrind over every command:
# `check` on every file of the hostile corpus, `info` on every tenth, the exports on the demo.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${ATELIER_BUILD_DIR:-$here/build}
fuzz_seconds=${1:-3600}
report=$(mktemp)
corpus=$(mktemp -d)
trap 'rm -rf "$report" "$corpus"' EXIT

start=$(date +%s)
ATELIER_POWER_CUTS=1000 ATELIER_POWER_CUTS_SAVE=1000 ATELIER_KILL_TRIALS=200 ATELIER_KILL_SAVE_TRIALS=100 ATELIER_RELIABILITY_REPORT=$report \
ATELIER_CORPUS_DIR=$corpus "$build/tests/reliability/test_reliability" > "$build/reliability-full.log" 2>&1 ||
    { tail -40 "$build/reliability-full.log"; echo "reliability tests FAILED"; exit 1; }
tests_s=$(($(date +%s) - start))

# Fuzzing (one core) and valgrind (the other) side by side.
vg_log=$(mktemp)
start=$(date +%s)
( set +e; "$here/tests/reliability/valgrind-cli.sh" "$build/bin/atelier" "$corpus" > "$vg_log" 2>&1; echo "took $(($(date +%s) - start))" >> "$vg_log" ) &
vg_pid=$!
fuzz=$("$here/tests/fuzz/run.sh" "$fuzz_seconds" "$here/build-fuzz") ||
    { echo "$fuzz"; echo "fuzzing found a crash"; kill "$vg_pid" 2> /dev/null; exit 1; }
fuzz_s=$(($(date +%s) - start))
fuzz_line=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$here/build-fuzz/fuzz.log" | tail -1 || true)
decp_line=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$here/build-fuzz/fuzz-decp.log" | tail -1 || true)
findings=$(find "$here/build-fuzz/fuzz-findings" -type f | wc -l)
wait "$vg_pid" || true
valgrind_line=$(grep "^valgrind:" "$vg_log" | tail -1)
valgrind_s=$(grep "^took" "$vg_log" | awk '{print $2}' || true)
grep -q " 0 with errors" <<< "$valgrind_line" || { cat "$vg_log"; echo "valgrind found errors"; exit 1; }
rm -f "$vg_log"

echo
echo "| test | figures | time (s) |"
echo "|---|---|---:|"
while IFS=$'\t' read -r name figures; do
    echo "| $name | $figures | |"
done < "$report"
echo "| reliability tests, in all | | $tests_s |"
echo "| libFuzzer (safe open + every panel's data; then the DECP reader) | ${fuzz_line:-no status}; ${decp_line:-no status} · findings=$findings | $fuzz_s |"
echo "| valgrind (check, info, export) | $valgrind_line | $valgrind_s |"
