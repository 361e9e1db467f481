"""The command line: build writes every table atomically; user errors exit 2 in one line."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from belarus_analysis import cli, config


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
