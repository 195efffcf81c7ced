#!/usr/bin/env bash
# No source file of the library is over 700 lines: a file that grows past it holds more than one
# concern and is split by concern (src/stance/ has the example). Counts every .cpp and .hpp below
# src/ and include/.
# usage: layout_test.sh SOURCE_DIR
set -u
root=$1
limit=700
status=0
while IFS= read -r -d '' file; do
    lines=$(wc -l <"$file")
    if [ "$lines" -gt $limit ]; then
        echo "FAIL: ${file#"$root"/}: $lines lines, over $limit; split it by concern" >&2
        status=1
    fi
done < <(find "$root/src" "$root/include" \( -name '*.cpp' -o -name '*.hpp' \) -print0)
[ $status -eq 0 ] && echo "no source file in src/ or include/ is over $limit lines"
exit $status
