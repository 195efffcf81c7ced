#!/usr/bin/env bash
# Every error identifier in the code is documented in docs/ERRORS.md, and
# every identifier documented there is still used.
# usage: errors_test.sh SOURCE_DIR
set -u
root=$1
used=$(grep -rhoE '"(cli|input|output|lexicon)\.[a-z0-9-]+"' "$root/src" "$root/include" | tr -d '"' | sort -u)
documented=$(grep -oE '^\| `(cli|input|output|lexicon)\.[a-z0-9-]+`' "$root/docs/ERRORS.md" | tr -d '|` ' | sort -u)
status=0
for id in $used; do
    grep -qx "$id" <<<"$documented" || { echo "FAIL: $id is used but not in docs/ERRORS.md" >&2; status=1; }
done
for id in $documented; do
    grep -qx "$id" <<<"$used" || { echo "FAIL: $id is in docs/ERRORS.md but not used" >&2; status=1; }
done
[ "$(wc -w <<<"$used")" -ge 15 ] || { echo "FAIL: found only $(wc -w <<<"$used") identifiers" >&2; status=1; }
echo "$(wc -w <<<"$used") identifiers, all documented"
exit $status
