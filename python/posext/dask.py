"""posext on a Dask cluster: the statements are read and extracted on the workers.

    from distributed import Client
    import posext.dask
    client = Client("tcp://scheduler:8786")
    table = posext.dask.positions(["corpus/ungdc"], client=client).compute()
"""
from __future__ import annotations

import os
from typing import Any, Iterable, List, Optional, Sequence, Union

import posext

__all__ = ["positions"]


def _files_positions(paths: List[str], issues: Union[str, Sequence[str], None]) -> Any:
    """The positions of some files, as one pandas DataFrame: run on a worker."""
    lexicon = posext.lexicon_with_issues(issues) if issues is not None else None
    docs = []
    for path in paths:
        with open(path, "rb") as handle:
            docs.append(posext.extract(handle.read(), source_name=path, lexicon=lexicon))
    return posext.positions(docs)


def positions(paths: Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]], client: Optional[Any] = None,
              issues: Union[str, Sequence[str], None] = None, files_per_partition: int = 64) -> Any:
    """A Dask DataFrame with the rows of `posext positions` over the files (folders stand for the *.txt
    below them, in name order), read and extracted on the workers, `files_per_partition` files to a
    partition (a task per file would cost more in scheduling than in reading). With a `client`, the
    frame is persisted on its cluster; without one, it runs where it is computed."""
    import dask.dataframe as dd
    from dask import delayed

    if files_per_partition < 1:
        raise ValueError("files_per_partition must be at least 1")
    files = list(posext._statements(paths))
    meta = posext._frame([], posext.POSITION_COLUMNS)
    batches = [files[i:i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    parts = [delayed(_files_positions)(batch, issues) for batch in batches]
    frame = dd.from_delayed(parts, meta=meta, verify_meta=False) if parts else dd.from_pandas(meta, npartitions=1)
    if client is not None:
        frame = client.persist(frame)
    return frame
