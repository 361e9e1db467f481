"""Documentation points at files that exist (issue 11: docs referred to a DESIGN.md that was not
in the repository)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted(p for p in [ROOT / "README.md", *ROOT.glob("docs/**/*.md"), *ROOT.glob("data/**/*.md")]
              if "processed" not in p.parts)
# Markdown links and code spans that look like repository paths (a folder and a file with an extension).
LINK = re.compile(r"\]\(([^)#\s]+)\)")
CODE_PATH = re.compile(r"`((?:belarus_analysis|data|docs|notebooks|scripts|seeds|tests)/[\w./-]+\.\w+)`")


def _targets(doc: Path) -> list[tuple[str, Path]]:
    text = doc.read_text(encoding="utf-8")
    out = [(m, doc.parent / m) for m in LINK.findall(text) if "://" not in m and not m.startswith("mailto:")]
    out += [(m, ROOT / m) for m in CODE_PATH.findall(text)]
    return out


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_referenced_file_exists(doc):
    missing = [ref for ref, path in _targets(doc) if not path.exists() and "*" not in ref]
    assert not missing, f"{doc.relative_to(ROOT)} refers to missing files: {missing}"


def test_no_reference_to_files_outside_the_repository():
    for p in [*DOCS, *ROOT.glob("belarus_analysis/**/*.py")]:
        assert "DESIGN.md" not in p.read_text(encoding="utf-8"), p
