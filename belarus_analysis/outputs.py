"""Writing outputs atomically: a reader never sees a half-written file.

Every writer goes to a temporary file in the target folder, then ``os.replace``s
it into place, which is atomic on POSIX; an interrupted run leaves the previous
output intact.

>>> import tempfile, pandas as pd
>>> d = tempfile.mkdtemp()
>>> write_table(pd.DataFrame({"a": [1]}), Path(d) / "t", formats=("csv",))[0].name
't.csv'
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

import pandas as pd


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside ``target``; move it onto ``target`` on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    # mkstemp creates 0600; outputs get the usual permissions (0666 minus the umask).
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_atomic(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` and move the result onto ``target``."""
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)


WRITERS: dict[str, Callable[[pd.DataFrame, Path], None]] = {
    "csv": lambda df, p: df.to_csv(p, index=False),
    "parquet": lambda df, p: df.to_parquet(p, index=False),
}


def write_table(df: pd.DataFrame, stem: Path, formats: Iterable[str] = ("csv", "parquet")) -> list[Path]:
    """Write ``df`` as ``stem.<format>`` for each format, atomically."""
    return [write_atomic(Path(f"{stem}.{fmt}"), lambda p, fmt=fmt: WRITERS[fmt](df, p)) for fmt in formats]


def write_json(obj, target: Path) -> Path:
    """Write ``obj`` as pretty, key-sorted JSON, atomically."""
    return write_atomic(target, lambda p: p.write_text(json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n"))
