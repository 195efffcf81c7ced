#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium opens a report made from the test data, with
# its self-test (every cell's evidence drawn, every link checked, every statement read). The test fails
# on a script error, on a count of matrix cells other than `posext matrix` gives, or on a broken link,
# and keeps a screenshot of the matrix and of an opened cell for people to look at.
# usage: report_test.sh PATH/TO/posext TESTS_DATA_DIR SCREENSHOT_DIR
set -u
posext=$1
data=$2
shots=$3
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "FAIL: no chromium: 'bash cmake/setup.sh test' installs Debian's chromium" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

inputs=("$data/records" "$data/corpus/ungdc")
"$posext" report --output "$work/report.html" "${inputs[@]}" 2>/dev/null || fail "posext report exited $?"
"$posext" matrix "${inputs[@]}" >"$work/matrix.csv" 2>/dev/null || fail "posext matrix exited $?"
cells=$(($(wc -l <"$work/matrix.csv") - 1))
[ "$cells" -gt 50 ] || fail "only $cells matrix cells in the test data"
grep -q '<script src=\|<link rel="stylesheet" href=\|https\?://' "$work/report.html" && fail "the report loads something from outside"

run_browser() {  # run_browser ARGS... URL: headless, its own profile, no network
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
        --no-first-run --disable-background-networking --enable-logging=stderr --v=0 "$@"
}
run_browser --dump-dom "file://$work/report.html#selftest" >"$work/dom.html" 2>"$work/browser.log"
attribute() { grep -o "data-$1=\"[0-9]*\"" "$work/dom.html" | head -n 1 | grep -o '[0-9]*'; }
[ "$(attribute ready)" = 1 ] || fail "the page's script did not finish"
[ "$(attribute errors)" = 0 ] || fail "script errors on the page: $(attribute errors)"
grep -q 'Uncaught\|SyntaxError\|TypeError\|ReferenceError' "$work/browser.log" && fail "the console shows an error: $(grep -m1 'Uncaught\|Error' "$work/browser.log")"
[ "$(attribute cells)" = "$cells" ] || fail "the heatmap has $(attribute cells) cells, posext matrix $cells"
[ "$(attribute links)" -gt 0 ] || fail "no evidence links"
[ "$(attribute broken)" = 0 ] || fail "$(attribute broken) evidence links lead nowhere"

mkdir -p "$shots"
run_browser --window-size=1500,1000 --screenshot="$shots/report-matrix.png" "file://$work/report.html" >/dev/null 2>&1
run_browser --window-size=1500,1800 --screenshot="$shots/report-open.png" "file://$work/report.html#open" >/dev/null 2>&1
for shot in report-matrix report-open; do
    [ -s "$shots/$shot.png" ] || fail "no screenshot $shot.png"
done
[ $failed = 0 ] && echo "report: $cells cells, $(attribute links) evidence links, screenshots in $shots"
exit $failed
