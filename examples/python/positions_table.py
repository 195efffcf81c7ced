"""Who holds what on which issue, from Python: the positions of some statements as a pandas DataFrame,
a pivot of the net positions, and the evidence of one cell.

    PYTHONPATH=build/python /usr/bin/python3 examples/python/positions_table.py examples/data/*.txt
"""
import sys

import posext


def main(paths):
    docs = []
    for path in paths:
        with open(path, "rb") as handle:
            docs.append(posext.extract(handle.read(), source_name=path))
    table = posext.positions(docs)
    print(f"{len(docs)} statements, {len(table)} positions")
    # One row per position; an issue column of lists becomes one row per issue.
    by_issue = table.explode("issues").dropna(subset=["issues"])
    print(by_issue.groupby(["actor", "issues"]).size().sort_values(ascending=False).head(10).to_string())
    cells = posext.matrix(docs)
    print(cells.pivot(index="actor", columns="issue", values="net").fillna(0).astype(int).to_string())
    # The evidence of the fullest cell: its sentences, each with its cue.
    top = cells.sort_values("evidence", ascending=False).iloc[0]
    rows = by_issue[(by_issue["actor"] == top["actor"]) & (by_issue["issues"] == top["issue"])]
    print(f"\n{top['actor']} on {top['label']}:")
    for _, row in rows.iterrows():
        print(f"  [{row['type'] or row['choice']}] {row['cue']}: {row['sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
