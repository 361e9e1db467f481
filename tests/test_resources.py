"""Reading the data files a student edits (belarus_analysis.resources)."""

from __future__ import annotations

import pytest

from belarus_analysis import config
from belarus_analysis.errors import DataFileError
from belarus_analysis.resources import read_frame, read_numbered, version


def test_a_row_with_an_unquoted_comma_is_refused_with_its_line(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("# a comment line\nterm,note\nfree and fair,fine\nsham,a note, with a comma\n", encoding="utf-8")
    for read in (read_numbered, read_frame):
        with pytest.raises(DataFileError, match=r"terms\.csv:4: 3 cells, but the header has 2"):
            read(path)


def test_left_out_trailing_cells_are_empty(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("term,note,source\n# comment\nsham\n", encoding="utf-8")
    assert read_numbered(path) == [(3, {"term": "sham", "note": "", "source": ""})]
    assert read_frame(path).to_dict("records") == [{"term": "sham", "note": "", "source": ""}]


@pytest.mark.parametrize("path", sorted(p for p in config.DATA.rglob("*.csv") if "gold" not in p.parts),
                         ids=lambda p: str(p.relative_to(config.DATA)))
def test_every_shipped_data_file_reads(path):
    assert read_numbered(path), f"{path} has no rows"


def test_version_follows_a_link_to_another_file_and_keeps_the_resolved_name(tmp_path, monkeypatch):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("x,y\n1,2\n")
    b.write_text("x,y\n3,4\n")
    link = tmp_path / "lexicon.csv"
    link.symlink_to(a)
    first = version(link)
    assert version(link) == first == version(a)  # the link is its target: one version
    link.unlink()
    link.symlink_to(b)  # the same name now leads to another file
    assert version(link) == version(b) != first
    monkeypatch.chdir(tmp_path)
    assert version("lexicon.csv") == version(b)  # relative to the working directory
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "lexicon.csv").write_text("other\n")
    monkeypatch.chdir(tmp_path / "sub")
    assert version("lexicon.csv") != version(b)  # the same relative name in another directory
    link.unlink()
    monkeypatch.chdir(tmp_path)
    assert version("lexicon.csv") != version(b)  # gone: counted as absent
