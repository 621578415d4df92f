#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atelier Achat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes with libFuzzer (clang, ASan, UBSan): the safe open and the load of every panel's data for SECONDS,
# then the DECP reader for a third of that.
#   tests/fuzz/run.sh SECONDS [BUILD_DIR]
# Seeds: the demo project, a project of every panel, and the hostile corpus (written by test_reliability
# into $corpus/seeds); for the DECP reader, tests/fuzz/decp-seeds and the tokens of tests/fuzz/decp.dict.
# Prints libFuzzer's last status lines (executions, coverage) and exits non-zero on a finding; a crash or
# hang is kept in $build/fuzz-findings to become a regression test.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-120}
build=${2:-$here/build-fuzz}
main_build=${ATELIER_BUILD_DIR:-$here/build}

CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATELIER_FUZZ=ON \
    -DATELIER_BUILD_TESTS=OFF -DATELIER_BUILD_BENCHMARKS=OFF > "$build.configure.log"
cmake --build "$build" --target fuzz_safeopen fuzz_decp --parallel "$(nproc)"

seeds=$build/fuzz-seeds
work=$build/fuzz-corpus
findings=$build/fuzz-findings
mkdir -p "$seeds" "$work" "$findings"
# The demo and the hostile corpus, from the main build's binaries (built by quickstart.sh test).
rm -f "$seeds/demo.atelier"
"$main_build/bin/atelier" demo "$seeds/demo.atelier" > /dev/null
ATELIER_CORPUS_DIR=$seeds "$main_build/tests/reliability/test_reliability" "[corpus]" > /dev/null
[ "$(find "$seeds" -name '*.atelier' | wc -l)" -gt 400 ] || { echo "the hostile corpus was not written" >&2; exit 1; }

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$here/tests/fuzz/ubsan.supp
set +e
"$build/bin/fuzz_safeopen" -max_total_time="$seconds" -max_len=4194304 -timeout=25 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$work" "$seeds" > "$build/fuzz.log" 2>&1
status=$?
set -e
grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|stat::|ERROR|SUMMARY" "$build/fuzz.log" | tail -12 || true
[ $status -eq 0 ] || exit $status

mkdir -p "$build/fuzz-decp-corpus"
set +e
"$build/bin/fuzz_decp" -max_total_time="$((seconds / 3))" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/tests/fuzz/decp.dict" -print_final_stats=1 -artifact_prefix="$findings/decp-" \
    "$build/fuzz-decp-corpus" "$here/tests/fuzz/decp-seeds" > "$build/fuzz-decp.log" 2>&1
status=$?
set -e
echo "-- fuzz_decp"
grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|stat::|ERROR|SUMMARY" "$build/fuzz-decp.log" | tail -12 || true
exit $status
