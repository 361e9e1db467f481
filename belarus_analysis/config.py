"""Where things live. Every path the package uses is defined here, once.

The project root is the folder that holds ``data/`` and ``seeds/``; set the
environment variable ``BELARUS_ANALYSIS_ROOT`` to point the package at another
checkout (for example when it is installed as a wheel).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("BELARUS_ANALYSIS_ROOT", PACKAGE_DIR.parent)).resolve()

DATA = ROOT / "data"
SEEDS = ROOT / "seeds"
METADATA = DATA / "articles.csv"
ACTORS = DATA / "actors.csv"
ALIGNMENTS = DATA / "alignments.csv"
LEXICONS = DATA / "lexicons"
REFERENCE = DATA / "reference"
GOLD = DATA / "gold"
CLEANING_RULES = DATA / "cleaning.toml"
PROCESSED = DATA / "processed"
CACHE = PROCESSED / "cache"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
TABLES = REPORTS / "tables"
NOTEBOOKS = ROOT / "notebooks"



@contextmanager
def override(**paths: Path | str) -> Iterator[None]:
    """Use other data paths (e.g. ``LEXICONS``, ``ACTORS``) inside a ``with`` block.

    Extractors read these settings when they run, so a user's copy of the lexicons
    or actors applies to a whole build:

    >>> from belarus_analysis import config
    >>> with config.override(LEXICONS="/tmp/my_lexicons"):
    ...     config.LEXICONS.name
    'my_lexicons'
    >>> config.LEXICONS.name
    'lexicons'
    """
    module = globals()
    unknown = [k for k in paths if k not in module or not isinstance(module[k], Path)]
    if unknown:
        raise KeyError(f"not a path setting: {unknown}")
    old = {k: module[k] for k in paths}
    module.update({k: Path(v) for k, v in paths.items()})
    try:
        yield
    finally:
        module.update(old)


# The checksum file that sits beside the raw texts of a corpus (sha256sum format).
CHECKSUMS = "SHA256SUMS"
# The metadata file expected inside a user's corpus folder.
CORPUS_METADATA = "articles.csv"
