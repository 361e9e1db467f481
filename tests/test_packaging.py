"""The built wheel is a complete package: every subpackage, the chart style and the default
vocabularies, usable from any folder without the checkout (issue 11)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["belarus_analysis/extract/statements/__init__.py", "belarus_analysis/extract/figures/__init__.py",
            "belarus_analysis/analysis/compare.py", "belarus_analysis/report/paper.mplstyle",
            "belarus_analysis/corpus/cleaning.py",
            "belarus_analysis/_bundled/data/lexicons/legitimacy.csv",
            "belarus_analysis/_bundled/data/actors.csv", "belarus_analysis/_bundled/data/cleaning.toml",
            "belarus_analysis/_bundled/data/reference/official_results.csv",
            "belarus_analysis/_bundled/seeds/SHA256SUMS"]

SCRIPT = """
import belarus_analysis as ba
from belarus_analysis import config
import sys
assert ba.__file__.startswith(sys.prefix) and "_bundled" in str(config.LEXICONS), (ba.__file__, config.LEXICONS)
t = ba.build(ba.from_texts({"a": "“The vote was rigged,” Berg said. Turnout was 85.7 percent."},
                           [{"article_id": "a", "election": "2025", "published": "2025-01-27"}]))
print(len(t["statements"]), len(t["figures"]), len(t["markers"]), len(ba.load_corpus()))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    # Build from a copy: an in-tree build would leave build/ and *.egg-info in the checkout.
    src = out / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".tmp", "build", "*.egg-info", "reports", "processed", "__pycache__", ".*_cache", ".hypothesis"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(src)], check=True, cwd=out, timeout=300)
    (path,) = out.glob("belarus_analysis-*.whl")
    return path


def test_wheel_contains_every_subpackage_and_the_default_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [p for p in PACKAGES if p not in names]
    assert not missing, missing


def test_installed_wheel_builds_tables_from_another_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = next((venv / "lib").glob("python3*/site-packages"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
                    str(wheel)], check=True, timeout=300)
    # Dependencies (spaCy, pandas, the model) from the test environment, appended after the
    # fresh venv's own site-packages so the wheel's copy of the package is the one imported.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BELARUS_ANALYSIS"))}
    env["BELARUS_ANALYSIS_HOME"] = str(tmp_path / "home")
    work = tmp_path / "elsewhere"
    work.mkdir()
    done = subprocess.run([str(venv / "bin" / "python"), "-c", SCRIPT], cwd=work, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    statements, figures, markers, seeds = map(int, done.stdout.split())
    assert statements == 1 and figures >= 1 and markers >= 1 and seeds == 5
    assert not list(work.iterdir())  # nothing written where it ran
