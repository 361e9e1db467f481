"""The viewer screenshot in README.md: one article of an alignment group, drawn by Debian's chromium.

``make viewer-figure`` runs this; it uses the same browser path as the browser tests
(``belarus_analysis.report.browser``) and needs ``/usr/bin/chromium``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import belarus_analysis as ba
from belarus_analysis.report import browser, viewer

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--alignment", default="state_aligned", help="alignment group of the article shown")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "figures" / "viewer.png")
    args = p.parse_args(argv)
    tables = ba.load_tables()
    article_id = viewer.one_per_group(tables["articles"], column="alignment")[args.alignment]
    with tempfile.TemporaryDirectory() as tmp:
        page = ba.view(tables, article_id).save(Path(tmp) / "page.html")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        browser.screenshot(page, args.out, profile=Path(tmp) / "profile")
    print(f"{args.out}: viewer page of {article_id} ({args.alignment})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
