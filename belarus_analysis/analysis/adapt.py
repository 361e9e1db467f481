"""Adapting the analysis to your own corpus: an example corpus folder, editable copies
of the data files, and markers found with your own lexicons.

The example articles are invented for teaching; they quote no real person.

>>> import tempfile
>>> folder = write_example_corpus(Path(tempfile.mkdtemp()))
>>> sorted(p.name for p in folder.iterdir())
['a1.txt', 'a2.txt', 'a3.txt', 'articles.csv']
>>> import belarus_analysis as ba
>>> ba.load_corpus(write_example_table(Path(tempfile.mkdtemp()) / "my_articles.csv"), text="body", id="url")["outlet"][0]
'Example State Daily'
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .. import config, pipeline
from ..resources import read_rows

EXAMPLE_TEXTS = {
    "a1": ("The incumbent president won a landslide victory in Sunday's election, officials said. "
           "Turnout reached 84 percent. “The vote was free and fair,” a government spokesman told reporters. "
           "Western critics claimed the count was a sham, but officials dismissed the claim."),
    "a2": ("The foreign minister said the election was neither free nor fair. “We cannot recognise the result "
           "of this stage-managed vote,” she said. The ministry condemned the arrests of peaceful protesters "
           "and called on the regime to release all political prisoners."),
    "a3": ("Observers from the Civic Ballot Monitor described the election as stage-managed. According to the "
           "Civic Ballot Monitor, independent candidates were barred from the ballot. The authorities insisted "
           "that the vote was legitimate."),
}
EXAMPLE_METADATA = pd.DataFrame({
    "article_id": ["a1", "a2", "a3"],
    "source_file": ["a1.txt", "a2.txt", "a3.txt"],
    "outlet": ["Example State Daily", "Example Ministry Newsroom", "Example Review"],
    "outlet_type": ["invented state newspaper", "invented government press office", "invented independent magazine"],
    "alignment": ["state_aligned", "western_government", "independent"],
    "election": [2025, 2025, 2025],
    "published": ["2025-01-27", "2025-01-28", "2025-01-29"],
    "title": ["A landslide, officials say", "Minister rejects the result", "Monitors report barred candidates"],
})


def write_example_corpus(folder: Path | str) -> Path:
    """Write the example articles (``.txt``) and their ``articles.csv`` into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for aid, text in EXAMPLE_TEXTS.items():
        (folder / f"{aid}.txt").write_text(text + "\n", encoding="utf-8")
    EXAMPLE_METADATA.to_csv(folder / config.CORPUS_METADATA, index=False)
    return folder


def write_example_table(path: Path | str) -> Path:
    """Write the example articles as one CSV file, the way a news database exports them:
    a ``url`` column (the id), a ``body`` column (the text) and the metadata columns."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = EXAMPLE_METADATA.drop(columns=["source_file"]).rename(columns={"article_id": "url"})
    table.insert(1, "body", [EXAMPLE_TEXTS[a] for a in EXAMPLE_METADATA["article_id"]])
    table["url"] = "https://news.example/" + table["url"]
    table.to_csv(path, index=False)
    return path


def copy_data(name: str, folder: Path | str) -> Path:
    """Copy the data file or folder ``name`` of ``data/`` (``"lexicons"``, ``"actors.csv"``)
    into ``folder``, to edit without touching the project's own vocabulary."""
    source, target = config.DATA / name, Path(folder) / name
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return target


def add_row(path: Path | str, row: Mapping[str, object]) -> None:
    """Append ``row`` to the CSV at ``path`` (``#`` comment lines allowed) in the order of
    its columns; columns ``row`` leaves out stay empty.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = p.write_text("# comment\\npattern,match,note\\nsham,lemma,\\n")
    >>> add_row(p, {"pattern": "farce", "match": "lemma"})
    >>> p.read_text().splitlines()[-1]
    'farce,lemma,'
    """
    path = Path(path)
    header = next(csv.reader(line for line in path.read_text(encoding="utf-8").splitlines()
                             if not line.startswith("#")))
    unknown = sorted(set(row) - set(header))
    if unknown:
        raise ValueError(f"{path}: no column(s) {unknown}; columns are {header}")
    line = io.StringIO()
    csv.writer(line, lineterminator="\n").writerow(["" if row.get(c) is None else row[c] for c in header])
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + line.getvalue(), encoding="utf-8")


def markers(articles: pd.DataFrame, lexicons: Path | str) -> pd.DataFrame:
    """The markers table of ``articles`` found with the lexicon folder ``lexicons`` (a copy
    of ``data/lexicons/`` with your rows), instead of the project's own lexicons."""
    with config.override(LEXICONS=lexicons):
        return pipeline.build(articles, ["markers"])["markers"]


def rows_of(path: Path | str) -> pd.DataFrame:
    """The rows of a data CSV (``#`` comment lines skipped), to check an edit.

    >>> rows_of(config.LEXICONS / "legitimacy.csv").columns[:3].tolist()
    ['pattern', 'match', 'category']
    """
    return pd.DataFrame(read_rows(Path(path)))
