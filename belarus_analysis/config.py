"""Where things live. Every path the package uses is defined here, once, and read when used.

Code reads these settings at call time (``config.LEXICONS``, never a default argument bound
at import), so :func:`override` changes every data file and output folder of a whole build.
The project root is the folder that holds ``data/`` and ``seeds/`` (a checkout, or the copy
inside an installed wheel); ``BELARUS_ANALYSIS_ROOT`` points the package at another one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _root() -> tuple[Path, Path]:
    """(where the default data files are, where the bundled example's outputs go).

    A checkout (``data/`` and ``seeds/`` beside the package) is both. An installed wheel
    reads the copies built into it (``_bundled``, see ``setup.py``) and writes the bundled
    example's outputs under ``BELARUS_ANALYSIS_HOME`` (default ``~/.belarus_analysis``),
    never into site-packages.
    """
    if "BELARUS_ANALYSIS_ROOT" in os.environ:
        root = Path(os.environ["BELARUS_ANALYSIS_ROOT"]).resolve()
        return root, root
    checkout = PACKAGE_DIR.parent
    if (checkout / "data").is_dir() and (checkout / "seeds").is_dir():
        return checkout, checkout
    home = Path(os.environ.get("BELARUS_ANALYSIS_HOME", Path.home() / ".belarus_analysis"))
    return PACKAGE_DIR / "_bundled", home.resolve()


ROOT, WORK = _root()

DATA = ROOT / "data"
SEEDS = ROOT / "seeds"
METADATA = DATA / "articles.csv"
ACTORS = DATA / "actors.csv"
SPEAKER_GROUPS = DATA / "speaker_groups.csv"  # description words -> group, for speakers not in ACTORS
ALIGNMENTS = DATA / "alignments.csv"
LEXICONS = DATA / "lexicons"
REFERENCE = DATA / "reference"
GOLD = DATA / "gold"
CLEANING_RULES = DATA / "cleaning.toml"
PROCESSED = WORK / "data" / "processed"
CACHE = PROCESSED / "cache"
REPORTS = WORK / "reports"
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
