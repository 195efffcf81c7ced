#!/usr/bin/env bash
# No list of words is written in code: vocabulary lives in src/lexicon/english.lex, where
# --lexicon reaches it. Fails on a brace list of two or more quoted lower-case words, an array
# of them, or an alternation of word("...") parsers in src/ or include/. A list that is no
# vocabulary (enum names, Unicode marks) says so in a comment on its line or the line before.
# usage: no_word_lists_test.sh SOURCE_DIR
set -u
root=$1
status=0
lists='\{\s*"[a-z][a-z'"'"' .-]*"\s*,\s*"[a-z]|word\("[^"]*"\)\s*\|\s*word\(|string_view\s+\w+\[\]\s*=\s*\{\s*"|std::array<std::string_view,\s*[0-9]+>\s*\w+\{\s*"'
while IFS=: read -r file line _; do
    context=$(sed -n "$((line > 1 ? line - 1 : 1)),${line}p" "$file")
    if ! grep -q 'not vocabulary' <<<"$context"; then
        echo "FAIL: $file:$line: a word list in code; move it to a table of src/lexicon/english.lex" >&2
        status=1
    fi
done < <(grep -rnE "$lists" "$root/src" "$root/include" --include='*.hpp' --include='*.cpp')
[ $status -eq 0 ] && echo "no word lists in src/ or include/"
exit $status
