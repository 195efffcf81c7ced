#!/usr/bin/env bash
# Times posext against `wc -w` over the same files, in turn, and prints the median ratio.
#
#   bash bench/ratio.sh POSEXT CORPUS_DIR [RUNS] [JOBS]
#
# Runs `POSEXT extract --format jsonl --jobs JOBS` (default 1) and `wc -w` over every *.txt below
# CORPUS_DIR, one after the other, RUNS times each (default 10) after one warm-up run of each,
# output discarded. Prints the median wall time of each and the median of the run-by-run ratios,
# which holds when the machine's speed drifts during the measurement.
set -euo pipefail
if [ $# -lt 2 ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ] && exit 0
    exit 2
fi
posext=$1 corpus=$2 runs=${3:-10} jobs=${4:-1}
command -v bc >/dev/null || { echo "ratio: needs bc (Debian package bc)" >&2; exit 2; }
[ -x "$posext" ] || { echo "ratio: $posext: not an executable" >&2; exit 2; }
[ -d "$corpus" ] || { echo "ratio: $corpus: not a directory" >&2; exit 2; }
mapfile -t files < <(find "$corpus" -name '*.txt' | LC_ALL=C sort)
[ ${#files[@]} -gt 0 ] || { echo "ratio: no .txt files below $corpus" >&2; exit 2; }
seconds() {  # seconds COMMAND... : wall time of one run
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
seconds "$posext" extract --format jsonl --jobs "$jobs" "${files[@]}" >/dev/null
seconds wc -w "${files[@]}" >/dev/null
a=() b=() r=()
for ((i = 0; i < runs; i++)); do
    ta=$(seconds "$posext" extract --format jsonl --jobs "$jobs" "${files[@]}")
    tb=$(seconds wc -w "${files[@]}")
    a+=("$ta") b+=("$tb") r+=("$(echo "$ta / $tb" | bc -l)")
    printf 'ratio: run %d of %d\r' $((i + 1)) "$runs" >&2
done
printf '\n' >&2
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
printf 'files %d, runs %d, posext --jobs %s\n' "${#files[@]}" "$runs" "$jobs"
printf 'posext median %.3f s\nwc -w  median %.3f s\nratio  median %.2f\n' "$(median "${a[@]}")" "$(median "${b[@]}")" "$(median "${r[@]}")"
