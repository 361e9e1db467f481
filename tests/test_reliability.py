"""Reliability: no network, atomic outputs, no unsafe loading."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import cli, config

PACKAGE = Path(ba.__file__).parent


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during a build")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_whole_build_runs_with_sockets_blocked(no_network, tmp_path):
    assert cli.main(["build", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "manifest.json").exists()


def test_interrupted_write_leaves_previous_outputs_intact(tmp_path):
    out = tmp_path / "processed"
    assert cli.main(["build", "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    # A second build dies (hard exit, no cleanup) in the middle of writing its first table.
    crash = textwrap.dedent(f"""
        import os, pandas as pd
        from belarus_analysis import cli
        real = pd.DataFrame.to_csv
        def dying(self, path, *a, **k):
            with open(path, "w") as fh:
                fh.write("article_id,trunc")
            os._exit(9)
        pd.DataFrame.to_csv = dying
        cli.main(["build", "--out", {str(out)!r}])
    """)
    proc = subprocess.run([sys.executable, "-c", crash], capture_output=True)
    assert proc.returncode == 9
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert after == before
    for name in ("articles", "readability"):
        assert len(pd.read_csv(out / f"{name}.csv")) == 5


def test_no_pickle_or_eval_of_user_data():
    source = "\n".join(p.read_text() for p in PACKAGE.glob("*.py"))
    for unsafe in ("import pickle", "pickle.load", "eval(", "exec(", "yaml.load(", "allow_pickle=True"):
        assert unsafe not in source, unsafe
    assert config.CLEANING_RULES.suffix == ".toml"  # data files are parsed, never executed
