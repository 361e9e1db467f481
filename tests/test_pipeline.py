"""Build: one parse per article, cache and processes give identical tables."""

from __future__ import annotations

import dataclasses
import os

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import belarus_analysis as ba
from belarus_analysis import pipeline
from belarus_analysis.cache import DocCache, RecordCache
from belarus_analysis.errors import CacheWarning

EXTRACTED = [t for t in ba.extract.REGISTRY if t != "readability"]


@pytest.fixture(scope="module")
def reference(articles, nlp):
    return ba.build(articles, nlp=nlp)


def test_every_registered_table_is_built(reference):
    assert EXTRACTED, "no extractor registered"
    assert set(reference) == {"articles", "readability", *EXTRACTED}
    for name in EXTRACTED:
        ba.schema.check(reference[name], name)
        assert reference[name].attrs["model"]["model"] == "en_core_web_sm"


def test_one_parse_per_article(articles, nlp, monkeypatch):
    calls = []
    real = nlp.make_doc

    def counting(text):
        calls.append(text)
        return real(text)

    # Every parse, in nlp() or nlp.pipe(), starts by tokenising the text once.
    monkeypatch.setattr(nlp, "make_doc", counting)
    ba.build(articles, nlp=nlp)
    assert sorted(calls) == sorted(articles["text"])


def test_cached_build_is_identical_and_skips_parsing(articles, nlp, reference, tmp_path, monkeypatch):
    cold = ba.build(articles, nlp=nlp, cache=tmp_path)
    files = list(tmp_path.rglob("*.spacy"))
    assert len(files) == len(articles)

    def no_parse(*a, **k):
        raise AssertionError("parsed although every doc is cached")
        yield  # pragma: no cover

    monkeypatch.setattr(type(nlp), "pipe", no_parse)
    warm = ba.build(articles, nlp=nlp, cache=tmp_path)
    for name in EXTRACTED:
        assert_frame_equal(cold[name], reference[name])
        assert_frame_equal(warm[name], reference[name])


def test_cache_misses_when_text_changes(articles, nlp, tmp_path):
    cache = DocCache(nlp, tmp_path)
    doc = nlp(articles.loc[0, "text"])
    cache.put(doc)
    assert cache.get(doc.text).to_json() == doc.to_json()
    assert cache.get(doc.text + " Edited.") is None


def test_two_processes_give_the_same_tables(articles, nlp, reference):
    parallel = ba.build(articles, nlp=nlp, n_process=2)
    for name in EXTRACTED:
        assert_frame_equal(parallel[name], reference[name])


def test_rows_follow_article_order_and_ids_are_unique(articles, reference):
    order = {a: i for i, a in enumerate(articles["article_id"])}
    for name in EXTRACTED:
        df = reference[name]
        pos = df["article_id"].map(order)
        assert pos.is_monotonic_increasing
        assert df.iloc[:, 0].is_unique


def test_offset_invariant_is_enforced():
    with pytest.raises(pipeline.OffsetError):
        pipeline._finish([{"char_start": 0, "char_end": 3, "text": "xyz", "sentence_id": 0}], "figures", "a", "abc")


def test_unknown_table_is_a_clear_error(articles):
    with pytest.raises(ba.errors.PipelineError, match="no extractor for table 'nonsense'"):
        ba.build(articles, ["nonsense"])


def test_progress_bar_only_when_asked(articles, nlp, capsys):
    ba.build(articles, ["readability", *EXTRACTED[:1]], nlp=nlp)
    assert "parsing" not in capsys.readouterr().err
    ba.build(articles, EXTRACTED[:1], nlp=nlp, progress=True)
    assert "word" in capsys.readouterr().err


def test_warm_cache_skips_extraction_and_rejects_foreign_record_files(articles, nlp, reference, tmp_path,
                                                                      monkeypatch):
    ba.build(articles, nlp=nlp, cache=tmp_path)
    records = sorted(tmp_path.rglob("*.json"))
    assert len(records) == len(articles)
    monkeypatch.setattr(pipeline, "extract_article", lambda *a: (_ for _ in ()).throw(AssertionError("re-ran")))
    warm = ba.build(articles, nlp=nlp, cache=tmp_path)
    for name in [*EXTRACTED, "readability"]:
        assert_frame_equal(warm[name], reference[name])
    records[1].write_bytes(records[0].read_bytes())  # a valid file, but another article's rows
    monkeypatch.undo()
    with pytest.warns(CacheWarning, match="does not match its hash"):
        again = ba.build(articles, nlp=nlp, cache=tmp_path)
    for name in [*EXTRACTED, "readability"]:
        assert_frame_equal(again[name], reference[name])


def test_record_cache_misses_when_a_data_file_changes(articles, nlp, tmp_path, monkeypatch):
    from belarus_analysis import cache as cache_mod
    ba.build(articles.iloc[:1], nlp=nlp, cache=tmp_path)
    monkeypatch.setattr(cache_mod, "data_fingerprint", lambda: "edited lexicon")
    ba.build(articles.iloc[:1], nlp=nlp, cache=tmp_path)
    assert len(list(tmp_path.rglob("*.json"))) == 2


def test_pipeline_lacking_what_an_extractor_needs_is_refused_before_parsing(articles, monkeypatch):
    """(c) a blank pipeline crashed inside the figures extractor with spaCy's E030."""
    import spacy
    blank = spacy.blank("en")
    monkeypatch.setattr(blank, "make_doc", lambda text: pytest.fail("parsed before checking requirements"))
    with pytest.raises(ba.errors.PipelineError, match=r"figures extractor needs .*doc\.ents"):
        ba.build(articles, ["figures"], nlp=blank)
    with pytest.raises(ba.errors.PipelineError, match=r"readability extractor needs .*doc\.sents"):
        ba.build(articles, ["readability"], nlp=blank)  # its counts come from the parse


def test_user_extractor_registered_without_touching_the_core(articles, monkeypatch):
    """The registry is extensible: a user's extractor for a declared table runs after what it requires."""
    import spacy

    from belarus_analysis import extract, schema
    from belarus_analysis.extract.base import Extractor
    monkeypatch.setitem(schema.TABLES, "exclamations", {"exclamation_id": "string", **schema.SPAN, "text": "string"})

    def exclamations(view, article, done):
        for i, ch in enumerate(view.text):
            if ch == "!":
                yield {"sentence_id": 0, "char_start": i, "char_end": i + 1, "text": "!"}

    try:
        extract.register(Extractor("exclamations", exclamations))
        arts = ba.from_texts({"x": "We won! They lost."})
        # It needs no parse: any pipeline will do, and nothing is parsed.
        blank = spacy.blank("en")
        monkeypatch.setattr(blank, "make_doc", lambda text: pytest.fail("parsed although nothing needs it"))
        out = ba.build(arts, ["exclamations"], nlp=blank)["exclamations"]
    finally:
        extract.REGISTRY.pop("exclamations", None)
    assert out["text"].tolist() == ["!"] and out["exclamation_id"].tolist() == ["x:E000"]
    with pytest.raises(ba.errors.PipelineError, match="not declared"):
        extract.register(Extractor("nonsense", exclamations))
def test_n_process_auto_uses_the_available_cores_only_for_large_corpora(articles, nlp, reference, monkeypatch):
    seen = []
    real = ba.nlp.parse

    def recording(todo, nlp, *, n_process, **kw):
        seen.append(n_process)
        return real(todo, nlp, n_process=1, **kw)

    monkeypatch.setattr(ba.nlp, "parse", recording)
    monkeypatch.setattr(pipeline, "available_cores", lambda: 3)
    words = int(articles["n_words"].sum())
    monkeypatch.setattr(pipeline, "AUTO_PROCESS_MIN_WORDS", words + 1)
    small = ba.build(articles, nlp=nlp, n_process="auto")
    monkeypatch.setattr(pipeline, "AUTO_PROCESS_MIN_WORDS", words)
    ba.build(articles, nlp=nlp, n_process="auto")
    assert seen == [1, 3]
    for name in EXTRACTED:
        assert_frame_equal(small[name], reference[name])


def test_available_cores_is_the_affinity_mask():
    assert pipeline.available_cores() == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("bad", [0, -1, "2", "all", True, 1.5])
def test_bad_n_process_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="positive integer or 'auto'"):
        pipeline.resolve_n_process(bad, 10)


def test_stream_yields_parts_as_articles_finish_and_they_join_to_the_build(articles, nlp, reference, monkeypatch):
    extracted = []
    real = pipeline.article_records
    monkeypatch.setattr(pipeline, "article_records", lambda doc, article, tables: (
        extracted.append(article["article_id"]), real(doc, article, tables))[1])
    parts = []
    for i, part in pipeline.stream(articles, nlp=nlp, part_words=1_000):
        # Each part comes before the next articles are extracted: rows are not held to the end.
        assert extracted == articles["article_id"].tolist()[:len(extracted)]
        assert extracted[-1] == part["articles"]["article_id"].iloc[-1]
        parts.append((i, part))
    assert [i for i, _ in parts] == list(range(len(parts))) and 1 < len(parts) < len(articles) + 1
    for name in reference:
        joined = pd.concat([p[name] for _, p in parts], ignore_index=True)
        assert_frame_equal(joined, reference[name], obj=name)
        assert all(p[name].attrs["model"] == reference[name].attrs["model"] for _, p in parts)


def test_stream_resumes_from_the_record_cache_and_rereads_damaged_entries(articles, nlp, reference, tmp_path,
                                                                         monkeypatch):
    first = articles.iloc[:2]
    ba.build(first, nlp=nlp, cache=tmp_path)  # as if a build was stopped after two articles
    # Damage one stored entry: it is parsed again (alone), the other is read.
    records = next(tmp_path.glob("*-records"))
    damaged = RecordCache(DocCache(nlp, tmp_path)).path(first.to_dict("records")[0], list(reference)[1:])
    damaged.write_text("{}")
    extracted = []
    real = pipeline.article_records
    monkeypatch.setattr(pipeline, "article_records", lambda doc, article, tables: (
        extracted.append(article["article_id"]), real(doc, article, tables))[1])
    with pytest.warns(CacheWarning, match="does not match its hash"):
        parts = list(pipeline.stream(articles, nlp=nlp, cache=tmp_path))
    assert records.is_dir()
    assert extracted == [articles["article_id"].iloc[0], *articles["article_id"].iloc[2:]]
    for name in reference:
        assert_frame_equal(pd.concat([p[name] for _, p in parts], ignore_index=True), reference[name], obj=name)


def test_extraction_pauses_the_garbage_collector_and_restores_the_callers_setting(monkeypatch):
    import dataclasses
    import gc

    from belarus_analysis import pipeline

    seen = []
    monkeypatch.setitem(pipeline.REGISTRY, "readability", dataclasses.replace(
        pipeline.REGISTRY["readability"], func=lambda view, article, done: seen.append(gc.isenabled()) or []))
    article = {"article_id": "a", "text": "The vote was held."}
    assert gc.isenabled()
    pipeline.extract_article(None, article, ["readability"])
    assert seen == [False] and gc.isenabled()  # paused while extracting, then on again
    gc.disable()
    try:
        pipeline.extract_article(None, article, ["readability"])
        assert not gc.isenabled()  # a collector the caller turned off stays off
    finally:
        gc.enable()


def test_extraction_makes_no_reference_cycles(articles, nlp):
    """Everything an article's extraction makes is freed by reference counting: a cycle (a closure
    holding its owner, a recursive closure) keeps the article's view alive until a collection, which
    then walks all of it."""
    import gc

    docs = list(nlp.pipe(articles["text"]))
    rows = articles.to_dict("records")
    pipeline.extract_article(docs[0], rows[0], list(ba.extract.REGISTRY))  # data files read first
    gc.collect()
    gc.disable()
    try:
        found = [pipeline.extract_article(doc, row, list(ba.extract.REGISTRY)) for doc, row in zip(docs, rows)]
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert sum(len(recs) for done in found for recs in done.values()) > 100
    assert unreachable == 0


def test_the_view_is_freed_before_the_collector_resumes(monkeypatch):
    import dataclasses
    import gc
    import weakref

    views, alive = [], []
    monkeypatch.setitem(pipeline.REGISTRY, "readability", dataclasses.replace(
        pipeline.REGISTRY["readability"], func=lambda view, article, done: views.append(weakref.ref(view)) or []))
    enable = gc.enable
    monkeypatch.setattr(gc, "enable", lambda: alive.append(views[-1]() is not None) or enable())
    pipeline.extract_article(None, {"article_id": "a", "text": "The vote was held."}, ["readability"])
    assert alive == [False] and gc.isenabled()


def test_warm_up_runs_the_extractors_on_the_data_files_of_the_current_settings(nlp, tmp_path):
    import shutil

    from belarus_analysis import config
    from belarus_analysis.errors import DataFileError

    folder = tmp_path / "lexicons"
    shutil.copytree(config.LEXICONS, folder)
    with open(folder / "legitimacy.csv", "a", encoding="utf-8") as f:
        f.write("sham,phrase,delegitimising,not-a-number,a bad row,test,\n")
    pipeline.warm_up(nlp)  # the package's own files: fine
    with config.override(LEXICONS=folder), pytest.raises(DataFileError, match="legitimacy.csv"):
        pipeline.warm_up(nlp)  # the user's copy is read, and its bad row found, before any article


def test_an_extractor_bug_names_the_article_and_the_table(nlp, monkeypatch):
    from belarus_analysis.errors import ExtractionError

    def broken(view, article, done):
        if "second" in article["text"]:
            raise RecursionError("maximum recursion depth exceeded")
        return []
    arts = ba.from_texts({"one": "The first text.", "two": "The second text."})
    monkeypatch.setitem(ba.extract.REGISTRY, "figures", dataclasses.replace(ba.extract.REGISTRY["figures"], func=broken))
    with pytest.raises(ExtractionError, match=r"article 'two': the figures extractor failed \(RecursionError") as err:
        pipeline.build(arts, ["figures"], nlp=nlp, cache=False)
    assert isinstance(err.value.__cause__, RecursionError)


def test_a_build_checks_the_data_files_once_for_all_its_articles(articles, nlp, tmp_path, monkeypatch):
    # An extractor that edits a data file after every article: the build's later articles still read the
    # version of the first (the files are checked once per build, not once per article), the next build
    # reads the edit.
    from belarus_analysis import resources

    data = tmp_path / "terms.csv"
    data.write_text("term\nfraud\n")
    seen = []

    def extract(view, article, done):
        seen.append(resources.version(data))
        data.write_text(data.read_text() + "rigged\n")
        return []

    monkeypatch.setitem(pipeline.REGISTRY, "readability", dataclasses.replace(pipeline.REGISTRY["readability"],
                                                                              func=extract))
    ba.build(articles, ["readability"], nlp=nlp)
    assert len(seen) == len(articles) > 1 and len(set(seen)) == 1
    ba.build(articles.head(1), ["readability"], nlp=nlp)
    assert seen[-1] != seen[0]
    # outside a build, each article's extraction checks the files again
    pipeline.extract_article(nlp("Turnout was 84%."), {"article_id": "x", "text": "Turnout was 84%."}, ["readability"])
    assert seen[-1] != seen[-2]
