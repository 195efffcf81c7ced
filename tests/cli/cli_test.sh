#!/usr/bin/env bash
# The posext command as users meet it: exit codes, messages and output files.
# usage: cli_test.sh PATH/TO/posext TESTS_DATA_DIR [sanitized]
set -u
posext=$1
data=$2
sanitized=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed="$data/CHN_OEWG_2021-12.txt"
passed=0
failed=0

check() {  # check NAME CONDITION...
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $name" >&2
    fi
}

run() {  # run ARGS... : sets $out, $err, $code
    "$posext" "$@" >"$work/out" 2>"$work/err" </dev/null
    code=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}

run --version
check "--version" [ "$code" = 0 ]
check "--version names the schema" grep -q 'posext/2' "$work/out"
run --help
check "--help" [ "$code" = 0 ]
run extract --help
check "extract --help" grep -q -- '--jobs' "$work/out"
run
check "no command is a usage error" [ "$code" = 2 ]
run frobnicate
check "unknown command" [ "$code" = 2 ]
check "unknown command: id" grep -q "^posext: unknown command 'frobnicate' \[cli.unknown-command\]$" "$work/err"
run extract --bogus "$seed"
check "unknown option: exit 2 and id" [ "$code" = 2 ]
check "unknown option: id" grep -q "\[cli.unknown-option\]$" "$work/err"
run extract --jobs
check "option without its value: id" grep -q "^posext: --jobs needs a value \[cli.missing-value\]$" "$work/err"
run extract --format yaml "$seed"
check "unknown format is a usage error" [ "$code" = 2 ]
check "usage error names the format" grep -q "unknown format 'yaml' (json, jsonl or text) \[cli.bad-value\]" "$work/err"
run extract --jobs many "$seed"
check "bad --jobs" [ "$code" = 2 ]

run extract --format json "$seed"
check "seed: exit 0" [ "$code" = 0 ]
check "seed: 15 paragraphs, 49 sentences" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["schema"] == "posext/2" and len(d["paragraphs"]) == 15 and len(d["sentences"]) == 49
' "$work/out"
cp "$work/out" "$work/seed.json"

# a BOM and CRLF line ends shift the offsets, nothing else
printf '\xef\xbb\xbf' >"$work/crlf.txt"
sed 's/$/\r/' "$seed" >>"$work/crlf.txt"
run extract --format json "$work/crlf.txt"
check "BOM+CRLF: same model at shifted offsets" python3 -c '
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
raw = open(sys.argv[3], "rb").read()
def shift(x):  # offset in the LF file -> offset in the BOM+CRLF file
    return 3 + x + raw[:x].count(b"\n")
assert len(a["sentences"]) == len(b["sentences"]) == 49
for s, t in zip(a["sentences"], b["sentences"]):
    assert (shift(s["begin"]), shift(s["end"])) == (t["begin"], t["end"]), (s, t)
    assert s["paragraph"] == t["paragraph"]
for s, t in zip(a["paragraphs"], b["paragraphs"]):
    assert (shift(s["begin"]), shift(s["end"])) == (t["begin"], t["end"])
' "$work/seed.json" "$work/out" "$seed"

run extract "$work/missing.txt"
check "missing file: exit 1" [ "$code" = 1 ]
check "missing file: message" grep -q "^posext: $work/missing.txt: No such file or directory \[input.unreadable\]$" "$work/err"
check "missing file: no output" [ -z "$out" ]
run extract "$work"
check "directory: exit 1" [ "$code" = 1 ]
check "directory: message" grep -q "^posext: $work: is a directory \[input.is-directory\]$" "$work/err"
printf 'Mr. President,\0\0\0binary' >"$work/binary.bin"
run extract "$work/binary.bin"
check "binary: exit 1" [ "$code" = 1 ]
check "binary: message with line, column and id" grep -q "^posext: $work/binary.bin:1:15: not text: NUL byte at offset 14 \[input.binary\]$" "$work/err"
check "binary: no output" [ -z "$out" ]

: >"$work/empty.txt"
run extract --format jsonl "$work/empty.txt"
check "empty file: exit 0" [ "$code" = 0 ]
check "empty file: valid empty document" python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).read())
assert d["paragraphs"] == [] and d["sentences"] == [] and d["source"]["bytes"] == 0
' "$work/out"

printf 'We are \xff here. We stay.\n' >"$work/latin.txt"
run extract --format jsonl "$work/latin.txt"
check "invalid UTF-8: exit 0" [ "$code" = 0 ]
check "invalid UTF-8: warning with line and column" grep -q "latin.txt:1:8: warning: invalid UTF-8" "$work/err"
check "invalid UTF-8: diagnostics in the document" python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).read())
assert d["diagnostics"][0]["begin"] == 7 and len(d["sentences"]) == 2
' "$work/out"

# several files: bad ones reported, the others still processed, order kept
run extract --format jsonl "$seed" "$work/missing.txt" "$work/latin.txt"
check "mixed batch: exit 1" [ "$code" = 1 ]
check "mixed batch: two documents in order" python3 -c '
import json, sys
lines = open(sys.argv[1]).read().splitlines()
assert len(lines) == 2
assert json.loads(lines[0])["source"]["bytes"] == 6149 and json.loads(lines[1])["source"]["name"].endswith("latin.txt")
' "$work/out"

# --jobs keeps the input order and gives the same bytes
for i in 1 2 3 4 5 6 7 8; do cp "$seed" "$work/s$i.txt"; cp "$work/latin.txt" "$work/l$i.txt"; done
files=()
for i in 1 2 3 4 5 6 7 8; do files+=("$work/s$i.txt" "$work/l$i.txt"); done
"$posext" extract --format jsonl --jobs 1 "${files[@]}" >"$work/j1" 2>/dev/null
"$posext" extract --format jsonl --jobs 3 "${files[@]}" >"$work/j3" 2>/dev/null
check "--jobs 3 equals --jobs 1" cmp -s "$work/j1" "$work/j3"
check "--jobs output has one line per file" [ "$(wc -l <"$work/j3")" = 16 ]

# the size limit: refused before reading, from a file or a pipe; the others go on
run extract --format jsonl --max-bytes 6148 "$seed" "$work/latin.txt"
check "--max-bytes: exit 1" [ "$code" = 1 ]
check "--max-bytes: message" grep -q "^posext: $seed: input of 6149 bytes is larger than the limit of 6148 bytes \[input.too-large\]$" "$work/err"
check "--max-bytes: the smaller input is still written" [ "$(wc -l <"$work/out")" = 1 ]
"$posext" extract --max-bytes 6K - <"$seed" >"$work/out" 2>"$work/err"
check "--max-bytes on standard input" grep -q "^posext: <stdin>: input is larger than the limit of 6144 bytes \[input.too-large\]$" "$work/err"
run extract --format jsonl --max-bytes 6149 "$seed"
check "--max-bytes: an input of exactly the limit" [ "$code" = 0 ]
run extract --max-bytes 0 "$seed"
check "--max-bytes 0 is a usage error" [ "$code" = 2 ]
run extract --max-bytes 5G "$seed"
check "--max-bytes over 4095M is a usage error" grep -q "\[cli.bad-value\]$" "$work/err"

# every statement of the test data: the same bytes on one thread and on two,
# and on a second run
data_files=()
while IFS= read -r f; do data_files+=("$f"); done < <(find "$data" -name '*.txt' | sort)
"$posext" extract --format jsonl --jobs 1 "${data_files[@]}" >"$work/all1" 2>/dev/null
"$posext" extract --format jsonl --jobs 2 "${data_files[@]}" >"$work/all2" 2>/dev/null
"$posext" extract --format jsonl --jobs 2 "${data_files[@]}" >"$work/all3" 2>/dev/null
check "all test statements: --jobs 2 equals --jobs 1" cmp -s "$work/all1" "$work/all2"
check "all test statements: a second run writes the same bytes" cmp -s "$work/all2" "$work/all3"
check "all test statements: one document each" [ "$(wc -l <"$work/all1")" = "${#data_files[@]}" ]

# streaming: 400 files need no more memory than 20 (sanitizers keep freed
# memory in quarantine, so their builds skip this)
if [ -z "$sanitized" ]; then
    check "memory does not grow with the number of files" python3 -c '
import resource, subprocess, sys
posext, seed = sys.argv[1], sys.argv[2]
def peak(n):
    subprocess.run([posext, "extract", "--format", "jsonl", "--jobs", "2"] + [seed] * n,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far, in KiB
few = peak(20)
many = peak(400)
print(f"peak memory: {few} KiB for 20 files, {many} KiB for 400", file=sys.stderr)
assert many <= few * 1.25 + 2048, (few, many)
' "$posext" "$seed"

    # A file that cannot be processed (here: memory runs out under a 1 GiB address-space limit)
    # is reported with its name, and the rest of the batch goes on, on one thread and on two.
    python3 -c '
import sys
line = "The delegation fully supports the proposal and calls upon all States to act now.\n"
with open(sys.argv[1], "w") as f:
    f.write(line * (150_000_000 // len(line)))' "$work/huge.txt"
    for jobs in 1 2; do
        (ulimit -v 1048576; "$posext" extract --format jsonl --jobs $jobs "$seed" "$work/huge.txt" "$seed" \
            >"$work/out" 2>"$work/err" </dev/null)
        code=$?
        check "--jobs $jobs: a file that runs out of memory fails alone (exit 1)" [ "$code" = 1 ]
        check "--jobs $jobs: the failure names the file and its identifier" \
            grep -q "huge.txt: .*\[input.out-of-memory\]" "$work/err"
        check "--jobs $jobs: the files before and after it are written" [ "$(wc -l <"$work/out")" = 2 ]
    done
    rm -f "$work/huge.txt"
fi

run extract --format text "$seed"
check "text: summary line" grep -q "15 paragraphs, 49 sentences" "$work/out"

run extract --format text "$seed"
check "text: addresses, arguments and references" grep -q "opening   Mr. Chairman, colleagues," "$work/out"
check "text: stances listed one per line by default" grep -q '"supports"' "$work/out"
check "text: stances after the arguments" sh -c 'awk "/^arguments/{a=NR} /^stances/{s=NR} END{exit !(a && s > a)}" "$1"' _ "$work/out"
run extract --format jsonl "$seed"
check "stances in the JSON by default" grep -q '"cue":{"begin"' "$work/out"
cp "$work/out" "$work/default.jsonl"
run extract --stances --format jsonl "$seed"
check "--stances changes nothing (the default)" cmp -s "$work/out" "$work/default.jsonl"
run extract --no-stances --format jsonl "$seed"
check "--no-stances: an empty stance list" grep -q '"stances":\[\]' "$work/out"
check "--no-stances: the other layers stay" grep -q '"arguments":\[{' "$work/out"
run extract --no-stances --format text "$seed"
check "--no-stances: no stances in the text" sh -c '! grep -q "^stances" "$1"' _ "$work/out"

# A meeting record: one document per turn, offsets into the record, votes in the text summary.
record="$work/record.txt"
cat "$data"/records/UNSC_2016_SPV.7643/*.txt >"$record"
run extract --turns --format jsonl "$record"
check "--turns: exit 0" [ "$code" = 0 ]
check "--turns: one document per turn (18 speeches, one with three turns)" [ "$(wc -l <"$work/out")" = 20 ]
check "--turns: source.turn numbers them" grep -q '"turn":{"index":19,"of":20}' "$work/out"
check "--turns: source.bytes is the record's" grep -q "\"bytes\":$(wc -c <"$record")," "$work/out"
run extract --turns --format text "$record"
check "--turns: recorded votes in the summary" grep -q "recorded  in_favour  the proposed amendment" "$work/out"
check "--turns: explained votes in the summary" grep -q "explained against    United Kingdom (speaker)" "$work/out"
run extract --format jsonl "$record"
check "without --turns a record is one document" [ "$(wc -l <"$work/out")" = 1 ]

# Positions and the matrix over a folder, with the user's columns joined by file name.
printf 'file\tsession\nUNSC_2016_SPV.7643_spch016_NZL.txt\t7643\n' >"$work/meta.tsv"
run positions --meta "$work/meta.tsv" "$data/records/UNSC_2016_SPV.7643"
check "positions: exit 0" [ "$code" = 0 ]
check "positions: a header row" sh -c 'head -n 1 "$1" | grep -q "^id,file,speaker,actor,position,kind,type,polarity,choice,holder,holder_text,addressee,target,cue,argument,issues,reference,sentence,begin,end,line,session,posext,lexicon"' _ "$work/out"
check "positions: every file of the folder" [ "$(cut -d, -f2 "$work/out" | sort -u | grep -c '\.txt$')" -ge 15 ]
check "positions: the joined column" grep -q "New Zealand,vote,explanation,.*,7643,0\." "$work/out"
run positions --format jsonl --issues ict-oewg "$seed"
check "positions --issues ict-oewg" grep -q '"issues":\["ict-data-security"\]' "$work/out"
run positions --issues no-such-pack.lex "$seed"
check "positions: a missing issue lexicon is a usage error" [ "$code" = 2 ]
printf 'name\tsession\n' >"$work/bad.tsv"
run positions --meta "$work/bad.tsv" "$seed"
check "positions: a --meta table without 'file' is refused" sh -c '[ "$1" = 2 ] && grep -q "cli.bad-meta" "$2"' _ "$code" "$work/err"
mkdir -p "$work/empty"
run matrix "$work/empty" "$data/records/UNSC_2014_SPV.7138"
check "matrix: a folder without statements is named, the others processed, exit 1" sh -c '[ "$1" = 1 ] && grep -q "empty: no statement .*input.no-statements" "$2" && grep -q "^China,ukraine" "$3"' _ "$code" "$work/err" "$work/out"
run matrix "$data/records/UNSC_2014_SPV.7138"
check "matrix: exit 0" [ "$code" = 0 ]
check "matrix: Russia voted against on Ukraine" grep -q '^Russian Federation,ukraine,Ukraine,.*,0,1,0,-[0-9]*,[0-9]*' "$work/out"
run matrix --format jsonl "$data/records/UNSC_2014_SPV.7138"
check "matrix --format jsonl" grep -q '"actor":"China","issue":"ukraine"' "$work/out"

# JSON Lines in (a filter for other engines): the same documents as from the files, in order, and the
# same again when GNU parallel cuts the stream into pieces for several processes.
mapfile -t speeches < <(find "$data/corpus/ungdc" -name '*.txt' | LC_ALL=C sort)
python3 -c 'import json, sys
for path in sys.argv[1:]:
    print(json.dumps({"name": path, "text": open(path, encoding="utf-8").read()}))' "${speeches[@]}" >"$work/records.jsonl"
"$posext" extract --format jsonl "${speeches[@]}" >"$work/files.jsonl" 2>/dev/null
run extract --input-format jsonl "$work/records.jsonl"
check "jsonl in: exit 0" [ "$code" = 0 ]
check "jsonl in: the documents of the files, in order" cmp -s "$work/out" "$work/files.jsonl"
"$posext" extract --input-format jsonl --jobs 2 <"$work/records.jsonl" >"$work/jobs.jsonl" 2>/dev/null
check "jsonl in: --jobs 2 keeps the order" cmp -s "$work/jobs.jsonl" "$work/files.jsonl"
if command -v parallel >/dev/null; then
    parallel --will-cite --pipe -k -N 3 "$posext" extract --input-format jsonl <"$work/records.jsonl" >"$work/parallel.jsonl"
    check "jsonl in: GNU parallel gives the same rows" cmp -s "$work/parallel.jsonl" "$work/files.jsonl"
else
    failed=$((failed + 1))
    echo "FAIL: GNU parallel is missing ('bash cmake/setup.sh test' installs it)" >&2
fi
printf '{"name":"a","text":"We support it."}\nnot json\n{"text":5}\n' >"$work/bad.jsonl"
run extract --input-format jsonl "$work/bad.jsonl"
check "jsonl in: bad lines named, the rest processed, exit 1" sh -c '[ "$1" = 1 ] && grep -q "bad.jsonl:2: .*input.bad-record" "$2" && grep -q "bad.jsonl:3:" "$2" && [ "$(wc -l <"$3")" = 1 ]' _ "$code" "$work/err" "$work/out"

run extract --speaker "People's Republic of China" --format jsonl "$seed"
check "--speaker is written" grep -q '"speaker":{"name":"People'"'"'s Republic of China","evidence":null}' "$work/out"

"$posext" extract --format jsonl - <"$seed" >"$work/out" 2>"$work/err"
check "standard input" grep -q '"name":"<stdin>"' "$work/out"

run extract --output "$work/result.json" "$seed"
check "--output: exit 0, nothing on stdout" [ "$code" = 0 ] && [ -z "$out" ]
check "--output: file written" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/result.json"
check "--output: no partial file left" [ -z "$(ls "$work" | grep posext-partial)" ]
run extract --output "$work/no/such/dir/out.json" "$seed"
check "--output in a missing folder: exit 1" [ "$code" = 1 ]
check "--output in a missing folder: id" grep -q "\[output.unwritable\]$" "$work/err"
check "--output in a missing folder: nothing written" [ ! -e "$work/no" ]

printf '[abbreviations]\nExcl. title\n' >"$work/mine.lex"
printf 'We thank Excl. Ortiz for all.\n' >"$work/excl.txt"
run extract --format jsonl --lexicon "$work/mine.lex" "$work/excl.txt"
check "--lexicon changes segmentation" python3 -c '
import json, sys
assert len(json.loads(open(sys.argv[1]).read())["sentences"]) == 1' "$work/out"
printf '[colours]\nred\n' >"$work/bad.lex"
run extract --lexicon "$work/bad.lex" "$seed"
check "bad lexicon: exit 2" [ "$code" = 2 ]
check "bad lexicon: file and line" grep -q "bad.lex:1: unknown section" "$work/err"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
