#!/usr/bin/env bash
# Builds two revisions of posext and compares their JSON output on every file of a corpus.
#
#   bash bench/compare_revisions.sh OLD NEW CORPUS_DIR [WORK_DIR]
#
# OLD and NEW are anything git understands (a commit, a branch, HEAD); NEW may also be
# the word 'worktree' for the checkout as it stands, uncommitted changes included.
# Each revision is built in Release under WORK_DIR (default: build-compare), every
# *.txt below CORPUS_DIR is extracted with each ('--format jsonl', one line per file),
# and the files whose output differs are listed with the JSON fields that differ.
# The 'schema' field is left out of the comparison. When OLD writes posext/1 and NEW
# posext/2, OLD's output is first put in posext/2's form (an honorific string becomes
# NEW's span when the text agrees, a stance's argument ordinal becomes NEW's index
# when that argument has the ordinal, the new empty fields are added), so that what
# remains is a real difference. Exit status: 0 when every file is the same, 1 when
# some differ, 2 on a usage or build error.
set -euo pipefail

if [ $# -lt 3 ] || [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ] && exit 0
    exit 2
fi
old=$1 new=$2 corpus=$3
work=${4:-build-compare}
root=$(git -C "$(dirname "${BASH_SOURCE[0]}")/.." rev-parse --show-toplevel)
[ -d "$corpus" ] || { echo "compare: $corpus: not a directory" >&2; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)
corpus=$(cd "$corpus" && pwd)

build() {  # build NAME REVISION -> prints the path of the posext binary
    local name=$1 rev=$2 src="$work/$1-src"
    rm -rf "$src" "$work/$name-build"  # a build folder cannot change its source folder
    if [ "$rev" = worktree ]; then
        src=$root
    else
        mkdir -p "$src"
        git -C "$root" archive "$rev" | tar -x -C "$src"
    fi
    cmake -S "$src" -B "$work/$name-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DPOSEXT_BUILD_TESTS=OFF -DPOSEXT_BUILD_EXAMPLES=OFF -DPOSEXT_BUILD_BENCH=OFF >/dev/null
    cmake --build "$work/$name-build" --target posext-cli >/dev/null
    [ -x "$work/$name-build/bin/posext" ] || { echo "compare: $rev does not build" >&2; exit 2; }
    echo "$work/$name-build/bin/posext"
}

echo "compare: building $old and $new" >&2
old_bin=$(build old "$old") || exit 2
new_bin=$(build new "$new") || exit 2

find "$corpus" -name '*.txt' | LC_ALL=C sort > "$work/files"
echo "compare: extracting $(wc -l < "$work/files") files with each" >&2
xargs -d '\n' "$old_bin" extract --format jsonl --jobs 0 < "$work/files" > "$work/old.jsonl" 2> "$work/old.stderr" || true
xargs -d '\n' "$new_bin" extract --format jsonl --jobs 0 < "$work/files" > "$work/new.jsonl" 2> "$work/new.stderr" || true

python3 - "$work/files" "$work/old.jsonl" "$work/new.jsonl" <<'EOF'
import json, sys, collections
files = open(sys.argv[1]).read().splitlines()
old = open(sys.argv[2]).read().splitlines()
new = open(sys.argv[3]).read().splitlines()
if not (len(files) == len(old) == len(new)):
    sys.exit(f"compare: {len(files)} files but {len(old)} and {len(new)} outputs")

def paths(a, b, at=""):
    """The paths at which two JSON values differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k == "schema" and not at:
                continue
            if k not in a or k not in b:
                yield f"{at}.{k}"
            else:
                yield from paths(a[k], b[k], f"{at}.{k}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for x, y in zip(a, b):
            yield from paths(x, y, at + "[]")
    elif a != b:
        yield at

def upgrade(a, b):
    """Puts a posext/1 document `a` in posext/2's form, taking from `b` what only the form changes."""
    if a.get("schema") != "posext/1" or b.get("schema") != "posext/2":
        return a
    a["speaker_line"] = None
    a["votes"] = []
    for x, y in zip(a.get("addresses", []), b.get("addresses", [])):
        for p, q in zip(x.get("addressees", []), y.get("addressees", [])):
            h, g = p.get("honorific"), q.get("honorific")
            if isinstance(h, str) and isinstance(g, dict) and g.get("text") == h:
                p["honorific"] = g
    args = b.get("arguments", [])
    for x, y in zip(a.get("stances", []), b.get("stances", [])):
        x.setdefault("addressee", None)
        x.setdefault("issues", [])
        i = y.get("argument")
        if x.get("argument") is not None and isinstance(i, int) and i < len(args) and \
                args[i].get("ordinal") == x["argument"]:
            x["argument"] = i
    return a

by_field = collections.Counter()
differing = 0
for name, a, b in zip(files, old, new):
    if a == b:
        continue
    b = json.loads(b)
    fields = sorted(set(paths(upgrade(json.loads(a), b), b)))
    if not fields:
        continue
    differing += 1
    by_field.update(fields)
    print(f"{name}: {', '.join(fields)}")
print(f"compare: {differing} of {len(files)} files differ", file=sys.stderr)
for field, n in by_field.most_common():
    print(f"compare:   {n:5d} files differ in {field}", file=sys.stderr)
sys.exit(1 if differing else 0)
EOF
