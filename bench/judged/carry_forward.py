#!/usr/bin/env python3
"""Carries hand judgments of a stance sample over to a new draw of it.

    python3 bench/judged/carry_forward.py JUDGED.tsv DRAW.tsv > NEW_JUDGED.tsv

JUDGED.tsv is a judged sample (the columns of posext-sample, then real, holder_right, target_right,
note); DRAW.tsv is posext-sample's output at a later revision with the same seed and count. Each
row of the draw whose columns after the id all equal a judged row's takes that row's judgment;
the others are printed with empty judgment columns, to be judged by hand. posext-sample draws each
stance from its own key, so a revision that changes a few stances leaves most rows as they were.
Prints on stderr how many rows carried over and lists those to judge; exits 1 when some are left.
"""
import sys

JUDGMENT = ["real", "holder_right", "target_right", "note"]


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    except OSError as e:
        sys.exit(f"carry_forward: {path}: {e.strerror}")
    if not rows or rows[0][0] != "id":
        sys.exit(f"carry_forward: {path}: not a posext-sample table (no header row starting with 'id')")
    return rows[0], rows[1:]


def main(argv):
    if len(argv) != 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr if len(argv) != 2 else sys.stdout)
        return 0 if len(argv) == 2 and argv[1] in ("-h", "--help") else 2
    judged_header, judged = read(argv[1])
    draw_header, draw = read(argv[2])
    if judged_header[-len(JUDGMENT):] != JUDGMENT or judged_header[: len(draw_header)] != draw_header:
        sys.exit(f"carry_forward: {argv[1]} does not hold the columns of {argv[2]} followed by {', '.join(JUDGMENT)}")
    width = len(draw_header)
    known = {tuple(row[1:width]): row[width:] for row in judged}
    out, left = [], []
    for row in draw:
        judgment = known.get(tuple(row[1:width]))
        if judgment is None:
            left.append(row)
            judgment = [""] * len(JUDGMENT)
        out.append(row + (judgment + [""] * len(JUDGMENT))[: len(JUDGMENT)])
    print("\t".join(draw_header + JUDGMENT))
    for row in out:
        print("\t".join(row))
    print(f"carry_forward: {len(draw) - len(left)} of {len(draw)} rows carried over", file=sys.stderr)
    for row in left:
        print(f"  to judge: row {row[0]}: {row[1]}:{row[2]}: {row[6]!r} ({row[3]})", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
