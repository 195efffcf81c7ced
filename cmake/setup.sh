#!/usr/bin/env bash
# Sets up and checks posext on Debian 12 (or any Debian/Ubuntu with these packages).
#   bash cmake/setup.sh run    install what is missing, build, extract the bundled statement
#   bash cmake/setup.sh test   install what is missing, build with -Werror and run every test,
#                              then build again under AddressSanitizer+UBSan and run them again
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(cmake ninja-build g++ python3 libboost1.81-dev libboost-json1.81-dev libfmt-dev doctest-dev)

install_missing() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "setup: installing ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() {  # configure BUILD_DIR CMAKE_ARGS...
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja "$@"
}

case "${1:-}" in
run)
    install_missing
    configure build -DCMAKE_BUILD_TYPE=Release
    cmake --build build
    build/bin/posext extract --format text examples/data/CHN_OEWG_2021-12.txt
    ;;
test)
    install_missing
    configure build -DCMAKE_BUILD_TYPE=Release -DPOSEXT_WERROR=ON
    cmake --build build
    ctest --test-dir build --output-on-failure
    configure build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPOSEXT_WERROR=ON \
        -DPOSEXT_SANITIZE=address,undefined -DPOSEXT_BUILD_BENCH=OFF
    cmake --build build-sanitize
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-sanitize --output-on-failure
    ;;
*)
    echo "usage: bash cmake/setup.sh run|test" >&2
    exit 2
    ;;
esac
