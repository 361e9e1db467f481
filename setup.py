"""Build hook: the wheel carries the default data files and the bundled example corpus.

An installed package has no checkout beside it, so ``data/`` (actors, lexicons, reference
results, cleaning rules, labels, palette, seed metadata, gold; not ``processed/``) and
``seeds/`` are copied into the built package as ``belarus_analysis/_bundled/``; :mod:`belarus_analysis.config` uses that copy
when there is no checkout. All metadata lives in ``pyproject.toml``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ["data", "seeds"]  # every data file (new ones included), not the processed outputs


class BuildWithData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout itself
        target = Path(self.build_lib) / "belarus_analysis" / "_bundled"
        for rel in BUNDLED:
            shutil.copytree(HERE / rel, target / rel, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("processed", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
