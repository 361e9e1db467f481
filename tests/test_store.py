"""Tables folders: the manifest says which corpus and data files; load_tables(folder) reads what
build wrote and never rebuilds one corpus's folder into another's."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import cli, config, store
from belarus_analysis.analysis import adapt
from belarus_analysis.corpus import CorpusError


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
    copy.mkdir()
    for p in out.glob("*.parquet"):
        (copy / p.name).write_bytes(p.read_bytes())
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
