"""Tables folders. An output folder is a transaction: never mixed, never a user's file
overwritten, nothing stale; its manifest says which corpus and data files it was built from;
load_tables(folder) reads what build wrote and never rebuilds one corpus's folder into another's.

The kill and concurrency loops write small tables (readability only: these tests are
about I/O, not extraction) from child processes.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import random
import signal
import time
import warnings

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import cli, config, outputs, pipeline, store
from belarus_analysis.analysis import adapt
from belarus_analysis.errors import CorpusError, OutputError

BODY = "The commission said the vote was fair. Observers disagreed. " * 400


def _corpora() -> dict[str, dict]:
    """Corpus "a" (3 articles) and "b" (4 articles), readability only."""
    blank = ba.nlp.load_pipeline()
    return {tag: pipeline.build(ba.from_texts({f"{tag}{i}": f"{BODY} {tag} {i}." for i in range(k)}),
                                ["readability"], nlp=blank) for tag, k in (("a", 3), ("b", 4))}


def _writer(out, tables: list[dict], n: int) -> multiprocessing.Process:
    """A forked process (no re-import: starts in milliseconds) writing ``tables`` in turn ``n`` times."""
    def run():
        for i in range(n):
            store.write_tables(tables[i % len(tables)], out)
    p = multiprocessing.get_context("fork").Process(target=run, daemon=True)
    p.start()
    return p


def _consistent(out) -> str | None:
    """The corpus ("a" or "b") the folder holds, None if it is refused as incomplete; fails if mixed."""
    try:
        t = store.read_tables(out)
    except OutputError:
        return None
    tags = {aid[0] for name in t for aid in t[name]["article_id"]}
    assert len(tags) == 1, f"mixed folder: {tags}"
    assert list(t["readability"]["article_id"]) == list(t["articles"]["article_id"])
    return tags.pop()


def _small(tag="a", n=2, **meta):
    blank = ba.nlp.load_pipeline()
    arts = ba.from_texts({f"{tag}{i}": f"The vote in {tag} was held. Item {i}." for i in range(n)},
                         [{"article_id": f"{tag}{i}", **meta} for i in range(n)])
    return pipeline.build(arts, ["readability"], nlp=blank)


def test_killed_builds_never_leave_a_mixed_folder(tmp_path):
    out = tmp_path / "out"
    corpora = _corpora()
    store.write_tables(corpora["a"], out)
    rng = random.Random(18)
    states = []
    for _ in range(20):  # a writer that fails (a folder it no longer recognises as its own) ends early: caught
        p = _writer(out, [corpora["b"], corpora["a"]], 1000)
        time.sleep(rng.uniform(0.02, 0.5))
        assert p.is_alive(), f"writer ended early (exit code {p.exitcode})"
        os.kill(p.pid, signal.SIGKILL)
        p.join(timeout=30)
        states.append(_consistent(out))
    assert set(states) <= {"a", "b", None}
    # The next build takes the folder over without --force and leaves no staging or temp files behind.
    store.write_tables(corpora["b"], out)
    assert _consistent(out) == "b"
    assert not list(out.glob(f"{outputs.STAGING}*")) and not list(out.glob(".*.tmp"))


def test_concurrent_builds_of_different_corpora_are_serialised(tmp_path):
    out = tmp_path / "out"
    corpora = _corpora()
    for _ in range(3):
        procs = [_writer(out, [corpora[tag]], 8) for tag in "ab"]
        deadline = time.monotonic() + 120
        while any(p.is_alive() for p in procs) and time.monotonic() < deadline:
            if (out / "manifest.json").exists():
                _consistent(out)  # a reader never sees a mix
        for p in procs:
            p.join(timeout=120)
            assert p.exitcode == 0
        assert _consistent(out) in {"a", "b"}


def test_full_disk_keeps_the_previous_folder(tmp_path, monkeypatch):
    out = tmp_path / "out"
    store.write_tables(_small("a"), out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    calls = []

    def full(df, path):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        df.to_parquet(path)

    monkeypatch.setitem(outputs.WRITERS, "parquet", full)
    with pytest.raises(OSError, match="No space left"):
        store.write_tables(_small("b", 4), out)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert _consistent(out) == "a" and not list(out.glob(f"{outputs.STAGING}*"))


def test_full_disk_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    tables = _small("a")
    monkeypatch.setattr(cli.corpus, "load_corpus", lambda *a, **k: tables["articles"])
    monkeypatch.setattr(cli.pipeline, "stream", lambda articles, **k: iter([(0, tables)]))

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "articles.csv"))

    monkeypatch.setattr(cli.store, "write_parts", full)
    assert cli.main(["build", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and "Traceback" not in err


def test_a_mixed_or_edited_folder_is_refused_on_load(tmp_path):
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    store.write_tables(_small("a"), out_a)
    store.write_tables(_small("b", 4), out_b)
    (out_a / "articles.parquet").write_bytes((out_b / "articles.parquet").read_bytes())
    with pytest.raises(OutputError, match="articles.parquet: does not match"):
        store.read_tables(out_a)
    (out_b / "manifest.json").unlink()
    with pytest.raises(OutputError, match="no readable manifest"):
        store.read_tables(out_b)


def test_manifest_covers_the_metadata(tmp_path, monkeypatch):
    tables = _small("a", alignment="independent", published="2025-01-27")
    store.write_tables(tables, tmp_path)
    arts = tables["articles"]
    info = store.read_manifest(tmp_path)
    assert store.fresh(info, arts)
    edited = arts.copy()
    edited["alignment"] = "state_aligned"
    assert not store.fresh(info, edited)
    redated = arts.copy()
    redated["published"] = pd.to_datetime(["2020-08-15"] * len(arts))
    assert not store.fresh(info, redated)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["corpus"]["metadata_sha256"] == store.manifest(arts, {"articles": len(arts)})["corpus"]["metadata_sha256"]
    assert set(manifest["files"]) == {"articles.csv", "articles.parquet", "readability.csv", "readability.parquet",
                                      "datapackage.json"}


def test_users_files_are_never_overwritten_unless_forced(tmp_path):
    (tmp_path / "articles.csv").write_text("article_id,source_file\nmine,mine.txt\n")
    (tmp_path / "notes.txt").write_text("my notes")
    with pytest.raises(OutputError, match="would overwrite articles.csv, not written by an earlier run.*--force"):
        store.write_tables(_small("a"), tmp_path)
    assert (tmp_path / "articles.csv").read_text().startswith("article_id,source_file\nmine")
    assert not (tmp_path / "manifest.json").exists()
    store.write_tables(_small("a"), tmp_path, force=True)
    assert "a0" in (tmp_path / "articles.csv").read_text()
    store.write_tables(_small("b"), tmp_path)  # its own files: no --force needed
    assert (tmp_path / "notes.txt").read_text() == "my notes"  # never touched


def test_hand_edited_output_is_not_overwritten(tmp_path):
    store.write_tables(_small("a"), tmp_path)
    with open(tmp_path / "articles.csv", "a") as fh:
        fh.write("my own row\n")
    with pytest.raises(OutputError, match="articles.csv"):
        store.write_tables(_small("b"), tmp_path)


def test_stale_skipped_and_temp_files_are_removed(tmp_path):
    tables = _small("a")
    tables["articles"].attrs["skipped"] = [{"article_id": "x", "source_file": "x.txt", "reason": "empty article"}]
    store.write_tables(tables, tmp_path)
    assert pd.read_csv(tmp_path / "skipped.csv")["article_id"].tolist() == ["x"]
    (tmp_path / ".articles.csv.ab12cd_z.tmp").write_bytes(b"")  # left by a killed older version
    store.write_tables(_small("a"), tmp_path)
    assert not (tmp_path / "skipped.csv").exists()
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("where", ["corpus", "inside", "data", "root"])
def test_out_that_is_or_holds_an_input_is_refused(tmp_path, capsys, where):
    corpus = tmp_path / "C"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The vote was held.")
    meta = "article_id,source_file\na,a.txt\n"
    (corpus / "articles.csv").write_text(meta)
    out = {"corpus": corpus, "inside": tmp_path, "data": config.DATA, "root": config.ROOT}[where]
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is or contains an input" in err and err.count("\n") == 1
    assert (corpus / "articles.csv").read_text() == meta and not (corpus / "manifest.json").exists()


def test_file_or_unwritable_out_is_one_line(tmp_path, capsys):
    (tmp_path / "f").write_text("x")
    for out in (tmp_path / "f", "/proc/belarus-analysis-out"):
        assert cli.main(["build", "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("belarus-analysis: error: ") and err.count("\n") == 1


def test_duplicate_ids_are_an_error_everywhere():
    with pytest.raises(CorpusError, match=r"duplicate article_id\(s\) \['1'\]"):
        ba.from_texts({1: "The vote was held.", "1": "The vote was rigged."})
    arts = ba.from_texts({"a": "The vote was held."})
    with pytest.raises(CorpusError, match=r"duplicate article_id\(s\) \['a'\]"):
        ba.build(pd.concat([arts, arts], ignore_index=True), ["readability"])
    mixed = pd.concat([arts, arts.assign(article_id=[1])], ignore_index=True).astype({"article_id": object})
    mixed.loc[1, "article_id"] = "a"
    with pytest.raises(CorpusError, match="duplicate"):
        ba.build(mixed, ["readability"])


def test_csv_cells_that_start_a_formula_are_neutralised(tmp_path):
    evil = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "plain"]
    blank = ba.nlp.load_pipeline()
    arts = ba.from_texts({f"a{i}": "The vote was held." for i in range(len(evil))},
                         [{"article_id": f"a{i}", "outlet": e} for i, e in enumerate(evil)])
    store.write_tables(pipeline.build(arts, ["readability"], nlp=blank), tmp_path)
    csv = pd.read_csv(tmp_path / "articles.csv", keep_default_na=False)
    assert csv["outlet"].tolist() == ["'" + e for e in evil[:-1]] + ["plain"]
    assert pd.read_parquet(tmp_path / "articles.parquet")["outlet"].tolist() == evil  # exact values kept
    assert (csv["n_words"] >= 0).all()  # numbers untouched


def test_datapackage_describes_and_validates_the_csvs(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    tables = _small("a", published="2025-01-27", election="2025", outlet="=cmd")
    tables["articles"].loc[1, "outlet"] = pd.NA
    store.write_tables(tables, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(tmp_path / "datapackage.json"))
    fields = {f.name: f.type for f in package.get_resource("articles").schema.fields}
    assert fields["published"] == "date" and fields["election"] == "integer" and fields["n_words"] == "integer"
    rows = package.get_resource("articles").read_rows()
    assert rows[1]["outlet"] is None and rows[0]["election"] == 2025
    assert package.get_resource("readability").schema.foreign_keys[0]["reference"]["resource"] == "articles"


def test_the_projects_own_folder_from_before_manifests_is_taken_over(tmp_path, monkeypatch):
    old = tmp_path / "processed"
    old.mkdir()
    (old / "articles.csv").write_text("written by an older version\n")
    (old / "manifest.json").write_text(json.dumps({"tables": {"articles": 1}}))
    with pytest.raises(OutputError, match="would overwrite articles.csv"):
        store.write_tables(_small("a"), old)  # any other folder: not ours
    monkeypatch.setattr(config, "PROCESSED", old)
    store.write_tables(_small("a"), old)
    assert _consistent(old) == "a"


def _parts(n: int) -> list[pd.DataFrame]:
    return [pd.DataFrame({"article_id": pd.array([f"a{i}"], dtype="string"), "n": pd.array([i], dtype="Int64")})
            for i in range(n)]


def test_partitioned_dataset_is_written_with_the_tables_and_replaced_whole(tmp_path):
    from pandas.testing import assert_frame_equal
    arts = ba.from_texts({f"a{i}": f"Text number {i}." for i in range(12)})
    whole = pd.concat(_parts(12), ignore_index=True)
    parts = [(i, {"t": df}) for i, df in reversed(list(enumerate(_parts(12))))]  # finished out of order
    store.write_parts(arts, parts, tmp_path)
    assert_frame_equal(pd.read_parquet(tmp_path / "parts" / "t"), whole)  # article order, dtypes kept
    store.write_parts(arts, [(0, {"t": _parts(1)[0]})], tmp_path)
    assert sorted(p.name for p in (tmp_path / "parts" / "t").iterdir()) == ["part.00000.parquet"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and p.is_dir()]  # no staging left
    store.read_tables(tmp_path)  # the manifest covers the parts too


def test_write_parts_writes_each_part_as_it_comes_and_the_same_folder_as_write_tables(tmp_path):
    """The streaming writer: part k is on disk (staged) before part k+1 is made, and the
    folder equals the in-memory writer's: same CSV bytes, same tables, same descriptor."""
    texts = {f"a{i}": f"The vote {i} was “a farce”, the opposition said. Turnout was {40 + i}%." for i in range(5)}
    arts = ba.from_texts(texts, [{"article_id": k, "title": "=1+1" if k == "a0" else k} for k in texts])
    tables = pipeline.build(arts)
    assert all(len(df) for df in tables.values())
    whole, streamed = tmp_path / "whole", tmp_path / "streamed"
    store.write_tables(tables, whole)

    def parts():
        for k in range(len(arts)):
            if k:
                staged = list(streamed.glob(f".staging-*/parts/statements/part.{k - 1:05d}.parquet"))
                assert len(staged) == 1 and not (streamed / "statements.parquet").exists()
            part = arts.iloc[k:k + 1]
            yield k, {name: (part if name == "articles" else df[df["article_id"] == part["article_id"].iloc[0]]
                             .reset_index(drop=True)) for name, df in tables.items()}

    info = store.write_parts(arts, parts(), streamed)
    assert info["tables"] == {name: len(df) for name, df in tables.items()}
    got = store.read_tables(streamed)
    for name, df in tables.items():
        pd.testing.assert_frame_equal(got[name], df, obj=name)
        assert got[name].attrs == df.attrs
        assert (streamed / f"{name}.csv").read_bytes() == (whole / f"{name}.csv").read_bytes(), name
        assert len(list((streamed / "parts" / name).glob("part.*.parquet"))) == len(arts)
    assert (streamed / "datapackage.json").read_text() == (whole / "datapackage.json").read_text()
    assert "'=1+1" in (streamed / "articles.csv").read_text()  # the CSV guard holds when streaming too


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A one-file corpus built through the command line into its own folder."""
    root = tmp_path_factory.mktemp("own")
    corpus = adapt.write_example_table(root / "my.csv")
    out = root / "out"
    assert cli.main(["build", "--corpus", str(corpus), "--text-column", "body", "--id-column", "url",
                     "--out", str(out)]) == 0
    return corpus, out


def test_manifest_names_the_corpus_and_every_data_file(built):
    corpus, out = built
    info = json.loads((out / "manifest.json").read_text())
    assert info["corpus"]["source"] == str(corpus.resolve())
    assert info["corpus"]["format"] == "csv" and info["corpus"]["text"] == "body" and not info["corpus"]["bundled"]
    assert len(info["corpus"]["metadata_sha256"]) == len(info["corpus"]["raw_sha256"]) == 64
    files = info["data_files"]
    assert str(config.ACTORS.resolve()) in files and str(config.ALIGNMENTS.resolve()) in files
    assert str((config.LEXICONS / "legitimacy.csv").resolve()) in files
    assert str(config.METADATA.resolve()) not in files  # the example's metadata is not this corpus's
    assert all(len(h) == 64 for h in files.values())
    assert info["settings"]["ACTORS"] == str(config.ACTORS.resolve())


def test_load_tables_reads_what_build_wrote(built):
    _, out = built
    for folder in (out, str(out)):  # a str is a folder too
        tables = ba.load_tables(folder)
        assert set(tables["articles"]["outlet"]) == set(adapt.EXAMPLE_METADATA["outlet"])
    written = pd.read_parquet(out / "statements.parquet")
    pd.testing.assert_frame_equal(tables["statements"], written)


def test_another_corpus_never_rebuilds_into_the_folder(built, articles):
    corpus, out = built
    before = (out / "manifest.json").read_bytes()
    with pytest.raises(CorpusError, match=f"{out}: holds the tables of {corpus.resolve()}, not of this corpus"):
        ba.load_tables(out, articles=articles)
    assert (out / "manifest.json").read_bytes() == before
    with pytest.raises(TypeError, match="pass a corpus as articles="):
        ba.load_tables(articles)
    other = adapt.write_example_corpus(out.parent / "other")
    assert cli.main(["build", "--corpus", str(other), "--out", str(out)]) == 2
    assert (out / "manifest.json").read_bytes() == before


def test_same_corpus_is_read_when_fresh(built):
    corpus, out = built
    arts = ba.load_corpus(corpus, text="body", id="url")
    mtime = (out / "manifest.json").stat().st_mtime_ns
    ba.load_tables(out, articles=arts)
    assert (out / "manifest.json").stat().st_mtime_ns == mtime


def test_a_folder_without_manifest_is_a_clear_error(tmp_path, capsys):
    with pytest.raises(CorpusError, match="no manifest.json: not a folder written by `belarus-analysis build"):
        ba.load_tables(tmp_path)
    assert cli.main(["report", "--tables", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"--tables {tmp_path}: no manifest.json" in err and err.count("\n") == 1


def test_stale_folder_warns_with_the_command_that_rebuilds_it(built, tmp_path):
    corpus, out = built
    info = json.loads((out / "manifest.json").read_text())
    copy = tmp_path / "copy"
    for name in info["files"]:  # every file the manifest lists (it checks their hashes on load), parts included
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes((out / name).read_bytes())
    info["data_files"][str(config.ACTORS.resolve())] = "0" * 64  # as if actors.csv changed since
    (copy / "manifest.json").write_text(json.dumps(info))
    with pytest.warns(ba.errors.BelarusAnalysisWarning,
                      match=f"actors.csv changed; rebuild them with `belarus-analysis build --corpus {corpus.resolve()} "
                            f"--text-column body --id-column url --out {copy}`"):
        ba.load_tables(copy)


def test_default_is_the_bundled_example(tmp_path, monkeypatch):
    monkeypatch.delenv(store.ENV_TABLES, raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tables = ba.notebook_tables()
    assert len(tables["articles"]) == 5
    assert json.loads((config.PROCESSED / "manifest.json").read_text())["corpus"]["bundled"]


def test_notebook_tables_follow_the_environment(built, monkeypatch):
    _, out = built
    monkeypatch.setenv(store.ENV_TABLES, str(out))
    monkeypatch.delenv(store.ENV_REPORTS, raising=False)
    for key in (*store.SETTINGS, "REPORTS", "FIGURES", "TABLES"):
        monkeypatch.setattr(config, key, getattr(config, key))  # restored after the test
    tables = ba.notebook_tables()
    assert len(tables["articles"]) == 3
    # Charts a notebook saves on a user's corpus go to that corpus's folder, not the project's reports/.
    assert config.FIGURES == out / "reports" / "figures" and config.TABLES == out / "reports" / "tables"
