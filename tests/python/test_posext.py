"""The Python module against the command: the model, positions and the matrix on the test statements,
bad input, the GIL released, and positions on a two-worker Dask cluster."""
import json
import os
import subprocess
import threading
import time

import pytest

import posext

DATA = os.environ["POSEXT_TEST_DATA"]
CLI = os.environ["POSEXT_CLI"]


def statements():
    out = []
    for root, _, files in os.walk(os.path.join(DATA, "corpus")):
        out += [os.path.join(root, name) for name in files if name.endswith(".txt")]
    return sorted(out)


def command(*args):
    return subprocess.run([CLI, *args], check=True, capture_output=True).stdout.decode("utf-8")


def read(path):
    with open(path, "rb") as handle:
        return handle.read()


def test_the_model_is_the_commands_json():
    paths = statements()
    assert len(paths) >= 15
    lines = command("extract", "--format", "jsonl", *paths).splitlines()
    for path, line in zip(paths, lines):
        doc = posext.extract(read(path), source_name=path)
        assert doc.to_json() == line
        assert doc.to_dict() == json.loads(line)


def test_fields_are_attributes_and_spans_tuples_with_text():
    path = os.path.join(DATA, "CHN_OEWG_2021-12.txt")
    doc = posext.extract(read(path).decode("utf-8"), source_name="CHN_OEWG_2021-12.txt")
    assert doc.speaker.name == "China"
    sentence = doc.sentences[3]
    begin, end = sentence.span
    assert doc.text((begin, end)).startswith("I would also like")
    assert sentence.text.startswith("I would also like to take this opportunity")
    stance = doc.stances[0]
    assert stance.holder.text == "I"
    assert isinstance(stance.cue, tuple) and stance.cue.text == stance.to_dict()["cue"]["text"]
    assert stance.type in {"support", "oppose", "prescribe", "appeal", "commit", "welcome", "concern", "assess"}
    assert doc.arguments[0].marker.text
    assert all(isinstance(key, str) for s in doc.stances for key in s.issues)


def test_bad_input_gives_the_diagnostics_of_cpp():
    doc = posext.extract(b"We support it.\x00 And more.", source_name="nul.txt")
    assert doc.failed()
    assert doc.diagnostics[0].id == "input.binary"
    doc = posext.extract(b"We support \xff the text.")
    assert not doc.failed()
    assert doc.diagnostics[0].id == "input.invalid-utf8"
    with pytest.raises(TypeError):
        posext.extract(42)


def test_lexicon_files_and_their_errors(tmp_path):
    extra = tmp_path / "mine.lex"
    extra.write_text("[speakers]\nZRK Zorkland\n", encoding="utf-8")
    lexicon = posext.Lexicon()
    lexicon.add_file(str(extra))
    doc = posext.extract("Zorkland supports the draft resolution.\n", lexicon=lexicon)
    assert doc.speaker.name == "Zorkland"
    bad = tmp_path / "bad.lex"
    bad.write_text("[no-such-section]\nword\n", encoding="utf-8")
    with pytest.raises(posext.Error, match="bad.lex"):
        posext.Lexicon().add_file(str(bad))


def test_extract_lets_other_threads_run():
    text = read(os.path.join(DATA, "CHN_OEWG_2021-12.txt")) * 2500  # 17 MB: a few tenths of a second of work
    ticks = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    time.sleep(0.05)
    start = time.perf_counter()
    posext.extract(text)
    end = time.perf_counter()
    stop.set()
    counter.join()
    during = [t for t in ticks if start < t < end]
    assert end - start > 0.1
    assert len(during) >= 10  # the other thread ran while extract() worked


def test_positions_and_matrix_are_the_commands():
    paths = statements()
    docs = [posext.extract(read(p), source_name=p) for p in paths]
    table = posext.positions(docs)
    rows = [json.loads(line) for line in command("positions", "--format", "jsonl", *paths).splitlines()]
    assert list(table.columns) == list(rows[0].keys())
    assert len(table) == len(rows)
    for got, want in zip(table.to_dict("records"), rows):
        got = {k: (None if v is None or (isinstance(v, float) and v != v) or (v is not None and str(v) == "<NA>") else v)
               for k, v in got.items()}
        assert got["id"] == want["id"] and got["actor"] == want["actor"] and got["issues"] == want["issues"]
        assert got["begin"] == want["begin"] and got["sentence"] == want["sentence"]
    cells = posext.matrix(docs)
    want = [json.loads(line) for line in command("matrix", "--format", "jsonl", *paths).splitlines()]
    assert cells.to_dict("records") == want


def test_positions_with_another_issue_lexicon():
    path = os.path.join(DATA, "CHN_OEWG_2021-12.txt")
    doc = posext.extract(read(path), source_name=path)
    table = posext.positions(doc, issues="ict-oewg")
    keys = {key for issues in table["issues"] for key in issues}
    assert "ict-data-security" in keys and "cyber-security" not in keys
    rows = [json.loads(line) for line in command("positions", "--format", "jsonl", "--issues", "ict-oewg", path).splitlines()]
    assert list(table["issues"]) == [row["issues"] for row in rows]


def test_positions_on_a_two_worker_dask_cluster():
    distributed = pytest.importorskip("distributed")
    import posext.dask

    folder = os.path.join(DATA, "records", "UNSC_2014_SPV.7138")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            frame = posext.dask.positions([folder], client=client, files_per_partition=5)
            assert frame.npartitions == 5  # 21 files
            table = frame.compute()
    rows = [json.loads(line) for line in command("positions", "--format", "jsonl", folder).splitlines()]
    assert list(table["id"]) == [row["id"] for row in rows]
    assert list(table["actor"]) == [row["actor"] for row in rows]
