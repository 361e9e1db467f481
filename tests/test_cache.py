"""Caches are verified, never trusted blindly: a damaged, edited or foreign entry is a cache
miss with one warning (never a traceback, never used), and rows computed with stale data
are never stored under a new fingerprint."""

from __future__ import annotations

import json
import os
import warnings

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import belarus_analysis as ba
from belarus_analysis import cache, config
from belarus_analysis.cache import DocCache
from belarus_analysis.errors import CacheWarning

TEXTS = {
    "a": "“The vote was rigged,” Tsikhanouskaya said. Lukashenko won 80.1 percent, the commission said.",
    "b": "The EU said the election was neither free nor fair. Turnout was 84.2 percent, officials said.",
}
TABLES = ["statements", "figures", "markers"]


@pytest.fixture(scope="module")
def arts():
    return ba.from_texts(TEXTS, [{"article_id": k, "election": "2020"} for k in TEXTS])


@pytest.fixture(scope="module")
def fresh(arts):
    return ba.build(arts, TABLES)


def _records(folder):
    return sorted(p for p in folder.rglob("*.json"))


def _rebuilt_equals_fresh(arts, fresh, folder, match):
    with pytest.warns(CacheWarning, match=match) as caught:
        again = ba.build(arts, TABLES, cache=folder)
    assert len([w for w in caught if issubclass(w.category, CacheWarning)]) == 1  # one warning per bad entry
    for t in TABLES:
        assert_frame_equal(again[t], fresh[t])


def _edit(path, change):
    stored = json.loads(path.read_text())
    change(stored["tables"])
    path.write_text(json.dumps(stored))


@pytest.mark.parametrize("change", [
    lambda t: [r.update(value=99.9) for r in t.get("figures", [])],  # poisoned values
    lambda t: [r.update(speaker="POISONED") for r in t.get("statements", [])],
    lambda t: t.update(markers=[]),  # deleted rows
], ids=["values", "speakers", "deleted_rows"])
def test_edited_record_files_are_not_used(arts, fresh, tmp_path, change):
    ba.build(arts, TABLES, cache=tmp_path)
    _edit(_records(tmp_path)[0], change)
    _rebuilt_equals_fresh(arts, fresh, tmp_path, "does not match its hash in the cache index")


def test_shifted_offsets_are_rechecked_even_when_the_index_agrees(arts, fresh, tmp_path):
    ba.build(arts, TABLES, cache=tmp_path)
    path = _records(tmp_path)[0]
    _edit(path, lambda t: [r.update(char_start=r["char_start"] + 1, char_end=r["char_end"] + 1)
                           for r in t["markers"]])
    records_index = cache.Index(path.parent.parent)
    records_index.add(path.stem, cache.hashlib.sha256(path.read_bytes()).hexdigest())  # a consistent forgery
    _rebuilt_equals_fresh(arts, fresh, tmp_path, "markers row whose offsets do not select its text")


@pytest.mark.parametrize("damage", ["empty", "truncated", "foreign", "garbage"])
def test_damaged_record_and_doc_files_are_misses(arts, fresh, nlp, tmp_path, damage):
    ba.build(arts, TABLES, cache=tmp_path)
    docs = DocCache(nlp, tmp_path)
    records = cache.RecordCache(docs)
    rows = arts.to_dict("records")
    # The record and the doc of the first article; "foreign" puts the second article's files there.
    for own, other in ((records.path(rows[0], TABLES), records.path(rows[1], TABLES)),
                       (docs.path(rows[0]["text"]), docs.path(rows[1]["text"]))):
        data = own.read_bytes()
        own.write_bytes({"empty": b"", "truncated": data[: len(data) // 2], "foreign": other.read_bytes(),
                         "garbage": b"\x00\xff garbage"}[damage])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        again = ba.build(arts, TABLES, cache=tmp_path)
    bad = [w for w in caught if issubclass(w.category, CacheWarning)]
    assert len(bad) == 2 and all("ignored and rebuilt" in str(w.message) for w in bad)
    for t in TABLES:
        assert_frame_equal(again[t], fresh[t])
    assert records.get(rows[0], TABLES) is not None and docs.get(rows[0]["text"]) is not None  # written again


def test_docbin_with_changed_annotations_but_same_text_is_not_used(nlp, tmp_path):
    docs = DocCache(nlp, tmp_path)
    text = "Lukashenko won the vote in Minsk."
    docs.put(nlp(text))
    forged = nlp(text)
    forged.ents = []  # same text, other annotations
    path = docs.path(text)
    path.write_bytes(ba.nlp.spacy.tokens.DocBin(docs=[forged]).to_bytes())
    with pytest.warns(CacheWarning, match="does not match its hash"):
        assert docs.get(text) is None


def test_a_doc_file_not_in_the_index_is_foreign(nlp, tmp_path):
    docs = DocCache(nlp, tmp_path)
    path = docs.put(nlp("The vote was held."))
    (docs.dir / "index.jsonl").unlink()
    docs.index.entries.clear()
    with pytest.warns(CacheWarning, match="not in the cache index"):
        assert docs.get("The vote was held.") is None
    assert path.exists()


def test_rows_computed_with_stale_data_are_not_cached(tmp_path, monkeypatch):
    """A data file edited in place keeps its mtime (``cp -p``, ``rsync -t``): in-process copies keyed on
    mtime go stale. Rows computed then must not be stored under the new fingerprint."""
    monkeypatch.setattr(cache, "_SEEN", {})
    actors = tmp_path / "actors.csv"
    actors.write_bytes(config.ACTORS.read_bytes())
    arts = ba.from_texts({"x": "“We will not give up,” Tsikhanouskaya said."})
    with config.override(ACTORS=actors):
        first = ba.build(arts, ["statements"], cache=tmp_path / "c")
        assert first["statements"].loc[0, "actor_id"] == "tsikhanouskaya"
        stamp = actors.stat().st_mtime_ns
        df = pd.read_csv(actors, dtype=str, keep_default_na=False)
        df.loc[df["actor_id"] == "tsikhanouskaya", "actor_id"] = "renamed"
        df.to_csv(actors, index=False)
        os.utime(actors, ns=(stamp, stamp))
        n_before = len(_records(tmp_path / "c"))
        with pytest.warns(CacheWarning, match="new rows are not cached"):
            ba.build(arts, ["statements"], cache=tmp_path / "c")
        assert len(_records(tmp_path / "c")) == n_before  # nothing written under the new fingerprint
