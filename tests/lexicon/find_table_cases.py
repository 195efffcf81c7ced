#!/usr/bin/env python3
"""Finds, for each table of english.lex, a short text whose extraction changes when a made-up
word is added to that table: the cases of tests/lexicon/table_cases.txt.

    find_table_cases.py POSEXT LEXICON STATEMENT... > cases.txt

For each entry of a table, a paragraph of the statements that holds the entry as a word is
taken, the entry is replaced there by "zork", and the text is extracted with and without the
line "[table] ENTRY-LINE-WITH-zork" added; the first text whose output differs is the case.
Each case is three lines: "[table]", the lexicon line, and the text (with "\\n" for line ends).
"""
import json, os, re, subprocess, sys, tempfile

posext, lexicon, statements = sys.argv[1], sys.argv[2], sys.argv[3:]

sections = {}
current = None
for line in open(lexicon, encoding="utf-8"):
    line = line.split(" #")[0].rstrip("\n") if not line.startswith("#") else ""
    if not line.strip():
        continue
    if line.startswith("["):
        current = line.strip()[1:-1]
        sections.setdefault(current, [])
    else:
        sections[current].append(line.split())

paragraphs = []
for path in statements:
    text = open(path, encoding="utf-8", errors="replace").read()
    for chunk in re.split(r"\n\s*\n", text):
        # A paragraph, or each line of a text that puts one paragraph on a line.
        parts = [chunk] if len(chunk) < 700 else chunk.split("\n")
        paragraphs += [p.strip() for p in parts if 40 < len(p.strip()) < 700]

work = tempfile.mkdtemp()

def run(text, extra):
    with open(os.path.join(work, "t.txt"), "w") as f:
        f.write(text)
    cmd = [posext, "extract", "--format", "jsonl"]
    if extra:
        with open(os.path.join(work, "x.lex"), "w") as f:
            f.write(extra)
        cmd += ["--lexicon", os.path.join(work, "x.lex")]
    out = subprocess.run(cmd + [os.path.join(work, "t.txt")], capture_output=True, text=True).stdout
    return json.loads(out) if out else None

valued = {"addressees", "ordinal-markers", "ordinal-words", "reference-bodies", "speakers", "speaker-adjectives",
          "stance-cues", "abbreviations"}
for name, entries in sections.items():
    found = False
    tries = 0
    for fields in entries:
        if found or tries > 150:
            break
        if name == "abbreviations":
            phrase, line = fields[0], "Zork. " + fields[1]
            replacement = "Zork."
        elif name in valued:
            phrase, line = " ".join(fields[1:]), fields[0] + " zork"
            replacement = "zork"
        else:
            phrase, line = " ".join(fields), "zork"
            replacement = "zork"
        pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", re.IGNORECASE)
        for paragraph in paragraphs:
            if not pattern.search(paragraph):
                continue
            tries += 1
            text = pattern.sub(lambda m: replacement if m.group(0)[0].islower() else replacement.capitalize(),
                               paragraph) + "\n"
            without = run(text, None)
            with_word = run(text, "[%s]\n%s\n" % (name, line))
            if without is not None and with_word is not None and without != with_word:
                print("[%s]\n%s\n%s" % (name, line, text.rstrip("\n").replace("\n", "\\n")))
                found = True
                break
            if tries > 150:
                break
    if not found:
        print("# no case found for [%s]" % name, file=sys.stderr)
