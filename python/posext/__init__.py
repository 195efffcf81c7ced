"""posext: positions, arguments, votes and references in diplomatic statements.

    import posext
    doc = posext.extract(open("statement.txt", encoding="utf-8").read(), source_name="statement.txt")
    doc.stances[0].holder.text, doc.sentences[3].text
    table = posext.positions([doc])          # a pandas DataFrame, the rows of `posext positions`

The model's fields are attributes named as in the C++ model and the posext/2 JSON; a span is a tuple
(begin, end) of byte offsets into the input, with its words as `.text`.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from . import _posext
from ._posext import Error, Lexicon

__all__ = ["Document", "Error", "Lexicon", "Node", "Span", "extract", "lexicon_with_issues", "matrix", "positions"]
__version__: str = _posext.version

POSITION_COLUMNS: List[str] = [
    "id", "file", "speaker", "actor", "position", "kind", "type", "polarity", "choice", "holder", "holder_text",
    "addressee", "target", "cue", "argument", "issues", "reference", "sentence", "begin", "end", "line", "posext",
    "lexicon",
]


class Span(tuple):
    """A span: the tuple (begin, end) of byte offsets into the input, with `.text` where the JSON has it."""

    text: Optional[str]

    def __new__(cls, begin: int, end: int, text: Optional[str] = None) -> "Span":
        span = super().__new__(cls, (begin, end))
        span.text = text
        return span

    @property
    def begin(self) -> int:
        return int(self[0])

    @property
    def end(self) -> int:
        return int(self[1])


def _wrap(value: Any, document: "Document") -> Any:
    if isinstance(value, dict):
        return Node(value, document)
    if isinstance(value, list):
        return [_wrap(item, document) for item in value]
    return value


class Node:
    """A part of the model: its JSON object's fields as attributes; `.span` is its (begin, end) and
    `.text` its words, for any part that has a span (a sentence, a stance, an argument)."""

    def __init__(self, fields: Dict[str, Any], document: "Document") -> None:
        self._fields = fields
        self._document = document

    def __getattr__(self, name: str) -> Any:
        fields = self.__dict__.get("_fields", {})
        spanned = "begin" in fields and "end" in fields
        if name == "span" and spanned:
            return Span(fields["begin"], fields["end"], self.text)
        if name == "text" and spanned and "text" not in fields:
            return self._document._native.normalized(fields["begin"], fields["end"])
        if name not in fields:
            raise AttributeError(name)
        value = fields[name]
        if isinstance(value, dict) and "begin" in value and "end" in value and set(value) <= {"begin", "end", "text"}:
            text = value.get("text")
            if text is None:
                text = self._document._native.normalized(value["begin"], value["end"])
            return Span(value["begin"], value["end"], text)
        return _wrap(value, self._document)

    def to_dict(self) -> Dict[str, Any]:
        return self._fields

    def __repr__(self) -> str:
        return f"Node({self._fields!r})"


class Document:
    """One statement's model. Fields are read from its posext/2 JSON the first time one is asked for."""

    def __init__(self, native: "_posext.NativeDocument") -> None:
        self._native = native
        self._node: Optional[Node] = None

    def to_json(self) -> str:
        """The posext/2 JSON, as `posext extract --format jsonl` writes it (without the line end)."""
        return self._native.to_json()

    def to_dict(self) -> Dict[str, Any]:
        return json.loads(self.to_json())

    @property
    def input(self) -> bytes:
        """The input as given."""
        return self._native.input()

    def text(self, span: Sequence[int]) -> str:
        """The input's bytes of a span, decoded."""
        return self.input[span[0]:span[1]].decode("utf-8", errors="replace")

    def failed(self) -> bool:
        """True when an error diagnostic stopped the extraction (not text, too large)."""
        return self._native.failed()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self.__dict__.get("_node") is None:
            self._node = Node(self.to_dict(), self)
        return getattr(self._node, name)


def extract(text: Union[str, bytes], *, source_name: Optional[str] = None, speaker: Optional[str] = None,
            lexicon: Optional[Lexicon] = None, stances: bool = True) -> Document:
    """Reads a statement (str, or UTF-8 bytes) and returns its Document. Bad input gives diagnostics,
    as in C++ (`doc.diagnostics`, `doc.failed()`); the GIL is released while the statement is read."""
    if not isinstance(text, (str, bytes)):
        raise TypeError(f"extract() takes str or bytes, not {type(text).__name__}")
    return Document(_posext.extract(text, source_name, speaker, lexicon, stances))


def lexicon_with_issues(issues: Union[str, Sequence[str]]) -> Lexicon:
    """The built-in lexicon with `issues` as its issue lexicons instead of the default: built-in names
    ('un-general', 'ict-oewg') or paths of files, as `posext --issues` takes them."""
    out = Lexicon()
    out.clear_issues()
    for name in [issues] if isinstance(issues, str) else issues:
        if name in ("un-general", "ict-oewg"):
            out.add_issue_pack(name)
        else:
            out.add_file(os.fspath(name))
    return out


def _documents(docs: Union[Document, Iterable[Document]]) -> List[Document]:
    return [docs] if isinstance(docs, Document) else list(docs)


def _frame(rows: List[Dict[str, Any]], columns: List[str]) -> "Any":
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=columns)
    if "argument" in frame:
        frame["argument"] = frame["argument"].astype("Int64")
        for name in ("begin", "end", "line"):
            frame[name] = frame[name].astype("int64")
    return frame


def _read_again(docs: Union[Document, Iterable[Document]], issues: Union[str, Sequence[str], None]) -> "tuple[List[Document], Optional[Lexicon]]":
    """The documents, read again with `issues` as their issue lexicons when it is given."""
    documents = _documents(docs)
    if issues is None:
        return documents, None
    lexicon = lexicon_with_issues(issues)
    return [Document(_posext.extract(d.input, d.source.name, None, lexicon, True)) for d in documents], lexicon


def positions(docs: Union[Document, Iterable[Document]], issues: Union[str, Sequence[str], None] = None) -> "Any":
    """The rows of `posext positions` for these documents, as a pandas DataFrame (its columns and names).
    With `issues`, the documents are read again with those issue lexicons."""
    documents, lexicon = _read_again(docs, issues)
    rows = [json.loads(line) for line in _posext.positions_jsonl([d._native for d in documents], lexicon)]
    return _frame(rows, POSITION_COLUMNS)


MATRIX_COLUMNS: List[str] = ["actor", "issue", "label", "statements", "stances", "votes", "net", "evidence"]


def matrix(docs: Union[Document, Iterable[Document]], issues: Union[str, Sequence[str], None] = None) -> "Any":
    """The cells of `posext matrix` for these documents, as a pandas DataFrame: one row per actor and
    issue, `stances` a dict of counts by type and polarity, `votes` one by choice."""
    documents, lexicon = _read_again(docs, issues)
    rows = [json.loads(line) for line in _posext.matrix_jsonl([d._native for d in documents], lexicon)]
    return _frame(rows, MATRIX_COLUMNS)


def _statements(paths: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]]) -> Iterator[str]:
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    for item in items:
        path = os.fspath(item)
        if os.path.isdir(path):
            for root, _, files in sorted(os.walk(path)):
                for name in sorted(files):
                    if name.endswith(".txt"):
                        yield os.path.join(root, name)
        else:
            yield path
