#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atelier Achat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every command of the binary under valgrind (memcheck) on project files: no invalid read or write, no
# use of uninitialised memory (leaks are Qt's own at exit and not counted).
#   valgrind-cli.sh ATELIER_BINARY FOLDER [MAX_FILES]
# FOLDER holds the files (the hostile corpus); check runs on each, info on every tenth; the exports, info
# and check on the demo.
set -uo pipefail
binary=$1
folder=$2
max=${3:-1000000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# PCRE2's JIT (QRegularExpression) reads a few bytes past a string's end by design, inside the page:
# valgrind cannot tell, so the JIT is off here (Qt honours QT_ENABLE_REGEXP_JIT).
export QT_ENABLE_REGEXP_JIT=0
vg=(valgrind --quiet --error-exitcode=99 --leak-check=no --track-origins=no)
runs=0
failures=0
run() {
    runs=$((runs + 1))
    "${vg[@]}" "$@" > "$out/log" 2>&1
    local rc=$?
    if [ "$rc" -eq 99 ] || grep -q "^==[0-9]*== " "$out/log"; then
        failures=$((failures + 1))
        echo "valgrind found errors: $*" >&2
        sed -n '1,40p' "$out/log" >&2
    fi
}
"$binary" demo "$out/demo.atelier" > /dev/null
run "$binary" export roadmap "$out/demo.atelier" -o "$out/roadmap.pdf"
run "$binary" export workshop "$out/demo.atelier" -o "$out/workshop.pdf"
run "$binary" info "$out/demo.atelier"
run "$binary" check "$out/demo.atelier"
n=0
for f in "$folder"/*.atelier; do
    [ -e "$f" ] || continue
    [ "$n" -ge "$max" ] && break
    run "$binary" check "$f"
    [ $((n % 10)) -eq 0 ] && run "$binary" info "$f"
    n=$((n + 1))
done
echo "valgrind: $runs runs, $failures with errors"
[ "$failures" -eq 0 ]
