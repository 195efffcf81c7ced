#!/usr/bin/env bash
# Sets up and checks posext on Debian 12 (or any Debian/Ubuntu with these packages).
#   bash cmake/setup.sh run    install what is missing, build, extract the bundled statement
#   bash cmake/setup.sh test   install what is missing (Chromium too, for the report's test),
#                              build with -Werror and run every test,
#                              then again under AddressSanitizer+UBSan, the thread tests under
#                              ThreadSanitizer, and the fuzz target under libFuzzer for 60 seconds
#   bash cmake/setup.sh fuzz [SECONDS] [JOBS]
#                              a longer fuzzing run (default 3600 seconds, one job); the corpus
#                              it grows stays in build-fuzz/corpus for the next run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(cmake ninja-build g++ python3 libboost1.81-dev libboost-json1.81-dev libfmt-dev doctest-dev
          clang libclang-rt-14-dev
          python3-dev python3-pybind11 pybind11-dev python3-pandas python3-distributed)

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

# The libFuzzer build: Clang with AddressSanitizer and UndefinedBehaviorSanitizer.
build_fuzzer() {
    CC=clang CXX=clang++ configure build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOSEXT_WERROR=ON \
        -DPOSEXT_SANITIZE=address,undefined -DPOSEXT_FUZZ=ON \
        -DPOSEXT_BUILD_CLI=OFF -DPOSEXT_BUILD_EXAMPLES=OFF -DPOSEXT_BUILD_BENCH=OFF
    cmake --build build-fuzz --target posext_fuzz make_seeds
    # Seeds: hand-made inputs, the test statements, and hostile variants of two of them.
    rm -rf build-fuzz/seeds
    build-fuzz/bin/make_seeds build-fuzz/seeds tests/data/CHN_OEWG_2021-12.txt \
        tests/data/corpus/ungdc/75/FIN_75_2020.txt >/dev/null
    mkdir -p build-fuzz/corpus
}

# fuzz SECONDS JOBS: libFuzzer over the seeds; a crash leaves build-fuzz/crash-* and fails.
fuzz() {
    local seconds=$1 jobs=$2
    echo "setup: fuzzing for $seconds seconds ($jobs job(s)); new inputs go to build-fuzz/corpus" >&2
    local parallel=()
    [ "$jobs" -gt 1 ] && parallel=(-fork="$jobs")
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        build-fuzz/bin/posext_fuzz "${parallel[@]}" -max_total_time="$seconds" -max_len=4096 -timeout=20 \
        -rss_limit_mb=4096 -dict=tests/fuzz/posext.dict -artifact_prefix=build-fuzz/ -print_final_stats=1 \
        build-fuzz/corpus build-fuzz/seeds tests/fuzz/seeds tests/fuzz/regressions tests/data/corpus \
        2> build-fuzz/fuzz.log || {
        tail -n 60 build-fuzz/fuzz.log >&2
        echo "setup: the fuzzer found a failure; the input is in build-fuzz/ (crash-*, timeout-*, oom-*)." >&2
        echo "setup: copy it to tests/fuzz/regressions/ under a name that says what it broke, then fix." >&2
        return 1
    }
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' build-fuzz/fuzz.log >&2 || true
}

case "${1:-}" in
run)
    install_missing
    configure build -DCMAKE_BUILD_TYPE=Release
    cmake --build build
    build/bin/posext extract --format text examples/data/CHN_OEWG_2021-12.txt
    ;;
test)
    # The report's test opens it in Debian's headless Chromium; the command's runs under GNU parallel;
    # the Python module's tests need pytest and mypy (stubtest).
    packages+=(chromium parallel python3-pytest mypy)
    install_missing
    # POSEXT_PYTHON on, not left to detection: the Python tests cannot drop out unseen.
    configure build -DCMAKE_BUILD_TYPE=Release -DPOSEXT_WERROR=ON -DPOSEXT_PYTHON=ON
    cmake --build build
    ctest --test-dir build --output-on-failure
    configure build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPOSEXT_WERROR=ON \
        -DPOSEXT_SANITIZE=address,undefined -DPOSEXT_BUILD_BENCH=OFF
    cmake --build build-sanitize
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-sanitize --output-on-failure
    # ThreadSanitizer: extract() on many threads with shared lexicons, and the
    # command's --jobs (the command-line tests compare --jobs 2 with --jobs 1).
    configure build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOSEXT_WERROR=ON -DPOSEXT_SANITIZE=thread \
        -DPOSEXT_BUILD_EXAMPLES=OFF -DPOSEXT_BUILD_BENCH=OFF
    cmake --build build-tsan --target thread_test posext-cli
    TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 ctest --test-dir build-tsan --output-on-failure -R '^(thread|cli)$'
    build_fuzzer
    fuzz 60 1
    ;;
fuzz)
    install_missing
    build_fuzzer
    fuzz "${2:-3600}" "${3:-1}"
    ;;
*)
    echo "usage: bash cmake/setup.sh run|test|fuzz [SECONDS] [JOBS]" >&2
    exit 2
    ;;
esac
