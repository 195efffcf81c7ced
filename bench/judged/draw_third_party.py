#!/usr/bin/env python3
"""Draws stances that posext gives to a third party, for judging whether a third party holds them.

    build/bin/posext extract --format jsonl --jobs 2 $(find CORPUS -name '*.txt' | sort) > all.jsonl
    python3 bench/judged/draw_third_party.py all.jsonl bench/dev-statements.txt --seed 11 --count 40 > draw.tsv

Reads posext's JSON Lines (each document's source.name is the path it was read from), leaves out the
statements that LIST_FILE names (the dev gold's), and prints COUNT stances with a third-party holder,
drawn with SEED, as tab-separated rows: id, file (from 'corpus/' on), type, cue, holder, sentence.
"""
import argparse
import json
import random
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("exclude")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    try:
        with open(args.exclude, encoding="utf-8") as f:
            left_out = {line.strip() for line in f if line.strip() and not line.startswith("#")}
        rows = []
        with open(args.jsonl, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                path = doc["source"]["name"]
                if path.split("/")[-1] in left_out:
                    continue
                with open(path, "rb") as text:
                    raw = text.read()
                for s in doc["stances"]:
                    if s["holder"]["kind"] != "third_party":
                        continue
                    sentence = doc["sentences"][s["sentence"]]
                    words = raw[sentence["begin"]:sentence["end"]].decode("utf-8", "replace")
                    rows.append((path.split("corpus/")[-1], s["type"], s["cue"]["text"], s["holder"].get("text") or "-",
                                 " ".join(words.split())))
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"draw_third_party: {error}")
    random.seed(args.seed)
    print("id\tfile\ttype\tcue\tholder\tsentence")
    for i, row in enumerate(random.sample(rows, min(args.count, len(rows))), 1):
        print("\t".join([str(i), *row]))


if __name__ == "__main__":
    main()
