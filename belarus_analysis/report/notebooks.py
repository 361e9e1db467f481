"""Execute the numbered notebooks, on the bundled example or on a user's tables folder.

A notebook reads its tables with :func:`belarus_analysis.store.notebook_tables`, which follows
the environment variable ``BELARUS_ANALYSIS_TABLES``; :func:`run` sets it in the kernel's
environment, so the same committed notebook runs on any corpus without being edited
(``belarus-analysis notebooks --tables OUT --out DIR``). An environment variable rather than
papermill's injected parameters cell: the committed notebooks stay exactly what strict nbval
compares, a researcher can set the variable before starting Jupyter, and no dependency is added.

>>> [p.name for p in analysis_notebooks()][:2]
['01_corpus_overview.ipynb', '02_who_speaks.ipynb']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from .. import config
from ..errors import NotebookError
from ..store import ENV_REPORTS, ENV_TABLES

# Notebooks 01-06 analyse a corpus; 07 is the tutorial that makes its own.
ANALYSIS = [f"{n:02d}_" for n in range(1, 7)]


def analysis_notebooks(folder: Path | str | None = None) -> list[Path]:
    """Notebooks 01-06 of ``folder`` (default: the project's ``notebooks/``), in order."""
    folder = Path(folder or config.NOTEBOOKS)
    return sorted(p for p in folder.glob("*.ipynb") if p.name[:3] in ANALYSIS)


def run(paths: Iterable[Path], out: Path | None, *, tables: Path | None = None, timeout: int = 600) -> list[Path]:
    """Execute each notebook (working directory: its own folder) and write it to ``out``
    (None: in place). With ``tables``, the notebooks analyse that tables folder and save
    any chart or table into ``out/reports``; returns the executed notebooks' paths.

    Raises
    ------
    NotebookError
        A cell failed; the notebook, executed up to that cell, is written to ``out`` first.
    """
    env = dict(os.environ)
    if tables is not None:
        env[ENV_TABLES] = str(Path(tables).resolve())
        env[ENV_REPORTS] = str((Path(out or tables) / "reports").resolve())
    written = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        target = path if out is None else Path(out) / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            client.execute(env=env)
        except CellExecutionError as e:
            nbformat.write(nb, target)  # with the failing cell's traceback, to look at
            raise NotebookError(f"{path.name}: a cell failed ({e.ename}: {e.evalue}); the notebook as far as it ran "
                                f"is in {target}") from None
        nbformat.write(nb, target)
        written.append(target)
    return written
