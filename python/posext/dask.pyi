"""posext on a Dask cluster: the statements are read and extracted on the workers."""
import os
from typing import Any, Iterable, List, Optional, Sequence, Union

__all__ = ["positions"]

def _files_positions(paths: List[str], issues: Union[str, Sequence[str], None]) -> Any: ...
def positions(paths: Union[str, os.PathLike[str], Iterable[Union[str, os.PathLike[str]]]], client: Optional[Any] = ...,
              issues: Union[str, Sequence[str], None] = ..., files_per_partition: int = ...) -> Any: ...
