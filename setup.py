"""Build hook: the wheel carries the default data files and the bundled example corpus.

An installed package has no checkout beside it, so ``data/`` (actors, lexicons, reference
results, cleaning rules, seed metadata, gold) and ``seeds/`` are copied into the built
package as ``belarus_analysis/_bundled/``; :mod:`belarus_analysis.config` uses that copy
when there is no checkout. All metadata lives in ``pyproject.toml``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ["data/actors.csv", "data/alignments.csv", "data/articles.csv", "data/cleaning.toml", "data/README.md",
           "data/lexicons", "data/reference", "data/gold", "seeds"]


class BuildWithData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout itself
        target = Path(self.build_lib) / "belarus_analysis" / "_bundled"
        for rel in BUNDLED:
            src, dst = HERE / rel, target / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("processed", "*.pyc"))
            else:
                shutil.copy2(src, dst)


setup(cmdclass={"build_py": BuildWithData})
