"""The command line: build writes every table atomically; user errors exit 2 in one line."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import belarus_analysis as ba
from belarus_analysis import cli, config, pipeline, store
from belarus_analysis.bench import synthetic_corpus, write_corpus
from belarus_analysis.errors import OutputError


def test_build_writes_tables_and_manifest(tmp_path, capsys):
    assert cli.main(["build", "--out", str(tmp_path)]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["model"]["model"] == "en_core_web_sm"
    assert set(manifest["articles"]) == set(pd.read_csv(config.METADATA)["article_id"])
    for name, rows in manifest["tables"].items():
        assert len(pd.read_parquet(tmp_path / f"{name}.parquet")) == rows
        assert len(pd.read_csv(tmp_path / f"{name}.csv")) == rows
    assert not list(tmp_path.glob(".*.tmp"))
    assert "built" in capsys.readouterr().out


def test_user_error_is_one_line_exit_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "articles.csv").write_text("article_id,source_file,outlet,alignment,election,published\n"
                                           "a,a.txt,X,independent,2025,2025-01-27\n")
    assert cli.main(["build", "--corpus", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("belarus-analysis: error: ") and "a.txt: empty article" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_debug_shows_the_traceback(tmp_path):
    with pytest.raises(Exception, match="corpus folder not found"):
        cli.main(["--debug", "build", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])


@pytest.mark.parametrize("command", [[], ["build"], ["rehash"]])
def test_help_for_every_command(command, capsys):
    with pytest.raises(SystemExit) as e:
        cli.main([*command, "--help"])
    assert e.value.code == 0
    assert "usage: belarus-analysis" in capsys.readouterr().out


def test_rehash_records_checksums(tmp_path, capsys):
    shutil.copy(next(config.SEEDS.glob("*.txt")), tmp_path / "x.txt")
    assert cli.main(["rehash", str(tmp_path)]) == 0
    assert (tmp_path / "SHA256SUMS").read_text().endswith("  x.txt\n")


def test_malformed_lexicon_is_one_line_naming_file_and_line(tmp_path, capsys):
    """(d) a malformed lexicon row gave the CLI a traceback and a data-row number."""
    folder = tmp_path / "lexicons"
    shutil.copytree(config.LEXICONS, folder)
    with open(folder / "legitimacy.csv", "a", encoding="utf-8") as f:
        f.write("rigged,fuzzy,fraud,-1,,\n")
    line = len((folder / "legitimacy.csv").read_text(encoding="utf-8").splitlines())
    with config.override(LEXICONS=folder):
        assert cli.main(["build", "--out", str(tmp_path / "out"), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"legitimacy.csv:{line}: match must be" in err


def test_n_process_zero_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["build", "--n-process", "0", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == "belarus-analysis: error: --n-process 0: give 1 or more worker processes\n"


def test_ctrl_c_prints_interrupted_and_exits_130(tmp_path, monkeypatch, capsys):
    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.corpus, "load_corpus", interrupted)
    assert cli.main(["build", "--out", str(tmp_path)]) == 130
    assert capsys.readouterr().err == "belarus-analysis: interrupted\n"
    with pytest.raises(KeyboardInterrupt):
        cli.main(["--debug", "build", "--out", str(tmp_path)])


def test_os_errors_are_one_line_and_debug_keeps_the_traceback(tmp_path, monkeypatch, capsys):
    def denied(*a, **k):
        raise PermissionError(13, "Permission denied", str(tmp_path / "x"))

    monkeypatch.setattr(cli.corpus, "load_corpus", denied)
    assert cli.main(["build", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"belarus-analysis: error: [Errno 13] Permission denied: '{tmp_path / 'x'}'\n"
    with pytest.raises(PermissionError):
        cli.main(["--debug", "build", "--out", str(tmp_path)])


def test_keep_going_skips_unknown_codecs(tmp_path, capsys):
    shutil.copy(next(config.SEEDS.glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "odd.txt").write_text("Odd text.")
    (tmp_path / "articles.csv").write_text("article_id,source_file,encoding\ng,good.txt,\no,odd.txt,klingon-8\n")
    out = tmp_path / "out"
    assert cli.main(["build", "--corpus", str(tmp_path), "--out", str(out), "--keep-going"]) == 0
    skipped = pd.read_csv(out / "skipped.csv")
    assert skipped["article_id"].tolist() == ["o"] and "unknown encoding 'klingon-8'" in skipped.loc[0, "reason"]
    assert pd.read_parquet(out / "articles.parquet")["article_id"].tolist() == ["g"]
    printed = capsys.readouterr()
    assert "skipped 1 article(s)" in printed.out
    assert "belarus-analysis: warning: skipped:" in printed.err  # one line per warning, from the CLI


@pytest.mark.parametrize("argv, message", [
    (["--n-process", "many"], "expected a positive integer or 'auto'"),
    (["--n-process", "2", "--dask", "local:2"], "not allowed with argument"),
])
def test_bad_build_options_exit_2_naming_the_flag(argv, message, capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["build", *argv])
    err = capsys.readouterr().err
    assert e.value.code == 2 and message in err and "--n-process" in err


def test_n_process_auto_and_dask_are_parsed():
    args = cli.parser().parse_args(["build", "--n-process", "auto"])
    assert (args.n_process, args.dask) == ("auto", None)
    assert cli.parser().parse_args(["build", "--dask", "local:2"]).dask == "local:2"


@pytest.mark.filterwarnings("ignore:.*no column")  # bench.write_corpus writes a minimal articles.csv
def test_build_killed_half_way_resumes_to_identical_tables(tmp_path, monkeypatch):
    """SIGKILL a CLI build once k of n articles are done (seen in its record cache), with parts
    already staged; the folder is left unreadable (never half-written); the same command then
    extracts only the rest and writes exactly the tables of an uninterrupted build."""
    src = write_corpus(synthetic_corpus(5_000), tmp_path / "corpus")
    n = len(ba.load_corpus(src))
    out = tmp_path / "out"
    argv = ["build", "--corpus", str(src), "--out", str(out), "--part-words", "1"]
    child = subprocess.Popen([sys.executable, "-m", "belarus_analysis.cli", *argv],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def done() -> int:
        index = list(out.glob("cache/*-records/index.jsonl"))
        return len(index[0].read_bytes().splitlines()) if index else 0

    try:
        deadline = time.monotonic() + 120
        while not (done() >= 3 and list(out.glob(".staging-*/parts/statements/part.00001.parquet"))):
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "the build made no progress"
            time.sleep(0.02)
        assert child.poll() is None  # parts are written while the build runs, not at its end
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    k = done()
    assert 3 <= k < n
    assert not (out / "manifest.json").exists() and not (out / "statements.parquet").exists()
    with pytest.raises(OutputError, match="interrupted"):
        store.read_tables(out)

    extracted = []
    real = pipeline.article_records
    monkeypatch.setattr(pipeline, "article_records", lambda doc, article, tables: (
        extracted.append(article["article_id"]), real(doc, article, tables))[1])
    assert cli.main(argv) == 0
    assert len(extracted) == n - k  # resumed: the k finished articles came from the cache
    monkeypatch.setattr(pipeline, "article_records", real)
    assert cli.main(["build", "--corpus", str(src), "--out", str(tmp_path / "whole"), "--no-cache"]) == 0
    resumed, whole = store.read_tables(out), store.read_tables(tmp_path / "whole")
    want = ba.build(ba.load_corpus(src))  # the in-memory, non-streaming build
    assert all(len(whole[name]) for name in whole)
    for name in whole:
        assert_frame_equal(resumed[name], whole[name], obj=name)
        assert_frame_equal(resumed[name], want[name], obj=name)
        assert (out / f"{name}.csv").read_bytes() == (tmp_path / "whole" / f"{name}.csv").read_bytes()
    assert not list(out.glob(".staging-*"))  # the killed build's staging folder is gone
