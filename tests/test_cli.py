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
