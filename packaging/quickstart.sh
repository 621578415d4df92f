#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Atelier Achat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Atelier Achat on Debian 12, from a fresh machine:
#   packaging/quickstart.sh run    install what is missing, build, open the demo project
#   packaging/quickstart.sh test   install what is missing, build, run every test
#   packaging/quickstart.sh bench  install what is missing (and the benchmarks' peers), build, run every benchmark
# Works as root or through sudo. The build goes to ./build (ATELIER_BUILD_DIR to change it).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ATELIER_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)

# Everything the build, the tests and the demo need; nothing else.
packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6sql6-sqlite libsqlite3-dev libgl-dev catch2 fonts-dejavu-core
    libzip-dev    # the question grid's ODT (a zip whose first entry must be stored)
    libglpk-dev   # the citizen jury's fair draw: linear and integer programs (GPL-3.0-or-later)
    rapidjson-dev # DECP files read as a stream (SAX), never whole in memory (header-only, MIT)
    unzip         # the tests list the ODT's entries as a reader's tool sees them
    poppler-utils # the report tests read the PDFs back with pdfinfo, pdffonts, pdfimages, pdftotext
    valgrind      # the command line under memcheck (tests/reliability/valgrind-cli.sh)
)
# The fuzzer (tests/fuzz/run.sh): clang with libFuzzer and the sanitizers' runtime.
fuzz_packages=(clang libclang-rt-14-dev)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Please run as root, or install sudo: missing ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATELIER_WERROR=ON "$@"
    cmake --build "$build" --parallel "$jobs"
}

case "${1:-}" in
run)
    install_missing
    configure_and_build -DATELIER_BUILD_TESTS=OFF
    demo="$build/demo/cantine-valbrune.atelier"
    mkdir -p "$(dirname "$demo")"
    [ -f "$demo" ] || "$build/bin/atelier" demo "$demo"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "Built. No desktop session here to show the window: run $build/bin/atelier \"$demo\" from one."
        exit 0
    fi
    exec "$build/bin/atelier" "$demo"
    ;;
test)
    packages+=("${fuzz_packages[@]}")
    install_missing
    configure_and_build -DATELIER_BUILD_TESTS=ON
    ctest --test-dir "$build" --no-tests=error --output-on-failure --parallel "$jobs"
    ;;
bench)
    # bench_reports times LibreOffice on the same report (its peer) and counts the PDFs' pages with pdfinfo.
    packages+=(libreoffice-writer-nogui poppler-utils)
    install_missing
    configure_and_build -DATELIER_BUILD_TESTS=OFF -DATELIER_BUILD_BENCHMARKS=ON
    for benchmark in "$build"/bin/bench_*; do
        echo "## $(basename "$benchmark")"
        "$benchmark"
        echo
    done
    ;;
*)
    sed -n '5,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 1
    ;;
esac
