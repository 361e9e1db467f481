"""Corpora as one CSV / JSONL / Parquet file or a DataFrame, and the metadata checks every
format shares (alignment codes, election years, missing columns, delimiters, hints)."""

from __future__ import annotations

import json
import shutil
import warnings

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import cli, config
from belarus_analysis.analysis import adapt
from belarus_analysis.corpus import CorpusError, record_checksums

ROWS = [
    {"url": "u1", "body": "The minister said the vote was fair.", "outlet": "A", "alignment": "state_aligned",
     "election": 2025, "published": "2025-01-27"},
    {"url": "u2", "body": "“It was a sham,” the opposition said.\nNothing changed.", "outlet": "B",
     "alignment": "independent", "election": 2025, "published": "2025-01-28"},
]


def _write(tmp_path, fmt, rows=ROWS):
    path = tmp_path / f"corpus.{fmt}"
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    elif fmt == "csv":
        pd.DataFrame(rows).to_csv(path, index=False)
    else:
        pd.DataFrame(rows).to_parquet(path)
    return path


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_one_file_corpus_loads_like_from_frame(tmp_path, fmt):
    arts = ba.load_corpus(_write(tmp_path, fmt), text="body", id="url")
    same = ba.from_frame(pd.DataFrame(ROWS), text="body", id="url")
    cols = ["article_id", "outlet", "alignment", "election", "published", "text", "sha256", "n_words"]
    pd.testing.assert_frame_equal(arts[cols], same[cols])
    assert arts["election"].tolist() == [2025, 2025] and arts.loc[1, "text"] == ROWS[1]["body"]
    assert arts.loc[0, "sha256"] == ba.corpus.sha256(ROWS[0]["body"].encode())
    # Where each text came from: file and line (JSONL, CSV) or row (Parquet).
    assert arts.loc[1, "source_file"] == {"csv": "corpus.csv:3", "jsonl": "corpus.jsonl:2",
                                          "parquet": "corpus.parquet: row 2"}[fmt]
    assert arts.attrs["corpus"]["format"] == fmt


def test_csv_line_numbers_count_multiline_texts(tmp_path):
    rows = [{**ROWS[1], "url": "first"}, {**ROWS[0], "url": "second", "body": ""}]
    path = _write(tmp_path, "csv", rows)  # the first text spans two physical lines
    with pytest.raises(CorpusError, match=r"corpus.csv:4: empty text \(column 'body'\)"):
        ba.load_corpus(path, text="body", id="url")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_bad_rows_name_file_and_row(tmp_path, fmt):
    where = {"csv": "corpus.{}:3", "jsonl": "corpus.{}:2", "parquet": r"corpus.{}: row 2"}[fmt].format(fmt)
    empty = _write(tmp_path, fmt, [ROWS[0], {**ROWS[1], "body": "   "}])
    with pytest.raises(CorpusError, match=f"{where}: empty text"):
        ba.load_corpus(empty, text="body", id="url")
    with pytest.warns(UserWarning, match="skipped"):
        kept = ba.load_corpus(empty, text="body", id="url", strict=False)
    assert kept["article_id"].tolist() == ["u1"] and kept.attrs["skipped"][0]["article_id"] == "u2"
    dup = _write(tmp_path, fmt, [ROWS[0], {**ROWS[1], "url": "u1"}])
    with pytest.raises(CorpusError, match=f"{where}: duplicate id 'u1' \\(column 'url'\\), first at .*corpus.{fmt}"):
        ba.load_corpus(dup, text="body", id="url", strict=False)  # never skipped
    with pytest.raises(CorpusError, match=r"no column 'text' \(the text column\); columns are \['url', 'body'.*"
                                          r"text=\.\.\. \(--text-column\)"):
        ba.load_corpus(_write(tmp_path, fmt), id="url")


def test_missing_text_and_non_text_values_are_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n{"id": "b", "text": null}\n{"id": "c", "text": 42}\n')
    with pytest.raises(CorpusError, match=r"c.jsonl:2: text \(column 'text'\) is missing"):
        ba.load_corpus(path, id="id")
    path.write_text('{"id": "a", "text": "Fine."}\n{"id": "c", "text": 42}\n')
    with pytest.raises(CorpusError, match=r"c.jsonl:2: text \(column 'text'\) is a int, not a string"):
        ba.load_corpus(path, id="id")


def test_bad_encoding_and_bad_json_name_the_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(CorpusError, match=r"c.jsonl:2: not valid utf-8"):
        ba.load_corpus(path, id="id")
    assert ba.load_corpus(path, id="id", encoding="latin-1")["text"].tolist()[1] == "café"
    path.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": }\n')
    with pytest.raises(CorpusError, match=r"c.jsonl:2: not valid JSON"):
        ba.load_corpus(path, id="id")
    other = tmp_path / "c.xlsx"
    other.write_bytes(b"PK")
    with pytest.raises(CorpusError, match=r"c.xlsx: not a corpus file; .*\.csv, \.jsonl, \.ndjson, \.parquet"):
        ba.load_corpus(other)


def test_semicolon_separated_csv_is_named(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False, sep=";")
    with pytest.raises(CorpusError, match=r"separated by semicolons \(';'\), not commas"):
        ba.load_corpus(path, text="body", id="url")
    folder = tmp_path / "folder"
    adapt.write_example_corpus(folder)
    meta = pd.read_csv(folder / "articles.csv")
    meta.to_csv(folder / "articles.csv", index=False, sep=";")
    with pytest.raises(CorpusError, match=r"articles.csv:1: missing required column.*separated by semicolons"):
        ba.load_corpus(folder)


def test_unknown_alignment_code_lists_the_valid_ones(tmp_path):
    rows = [ROWS[0], {**ROWS[1], "alignment": "Western government"}]
    with pytest.raises(CorpusError, match=r"corpus.csv:3: alignment='Western government' is not an alignment code; "
                                          r"valid codes: state_aligned, western_government, independent, other "
                                          r"\(add a row to .*alignments.csv"):
        ba.load_corpus(_write(tmp_path, "csv", rows), text="body", id="url")
    folder = adapt.write_example_corpus(tmp_path / "folder")
    meta = pd.read_csv(folder / "articles.csv")
    meta.loc[1, "alignment"] = "western"
    meta.to_csv(folder / "articles.csv", index=False)
    with pytest.raises(CorpusError, match=r"articles.csv:3: alignment='western' is not an alignment code"):
        ba.load_corpus(folder)
    with pytest.raises(CorpusError, match=r"metadata row 0: alignment='x'"):
        ba.from_texts({"a": "Text."}, [{"article_id": "a", "alignment": "x"}])


def test_election_years_are_checked_against_the_reference_results(tmp_path):
    rows = [ROWS[0], {**ROWS[1], "election": 2015}]
    with pytest.warns(ba.errors.BelarusAnalysisWarning,
                      match=r"corpus.csv: election 2015 not in .*official_results.csv \(has 2020, 2025\)"):
        ba.load_corpus(_write(tmp_path, "csv", rows), text="body", id="url")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ba.load_corpus(_write(tmp_path, "jsonl"), text="body", id="url")  # known years: no warning


def test_only_text_and_id_says_which_comparisons_stay_empty(tmp_path, capsys):
    path = tmp_path / "bare.csv"
    pd.DataFrame({"article_id": ["a"], "text": ["The minister said the vote was fair."]}).to_csv(path, index=False)
    assert cli.main(["build", "--corpus", str(path), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err.splitlines()
    expected = (f"belarus-analysis: warning: {path}: no outlet, alignment, election, published given, so these "
                "will be empty: per-outlet charts and tables; comparisons by alignment group; reported results "
                "next to the official ones; the official stage a figure is compared with and year-less dates")
    assert err == [expected]


def test_mistyped_source_file_names_the_missing_file_and_the_flag(tmp_path, capsys):
    folder = adapt.write_example_corpus(tmp_path / "c")
    meta = pd.read_csv(folder / "articles.csv")
    meta.loc[1, "source_file"] = "a2.text"
    meta.to_csv(folder / "articles.csv", index=False)
    assert cli.main(["build", "--corpus", str(folder), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'a2.text'}: file not found (source_file of {folder / 'articles.csv'}:3); did you mean 'a2.txt'?" in err
    meta.loc[1, "source_file"] = "a2.txt"
    meta.drop(index=2).to_csv(folder / "articles.csv", index=False)
    assert cli.main(["build", "--corpus", str(folder), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "no metadata row for a3.txt" in err and "--allow-unlisted" in err


def test_rehash_hint_names_the_corpus_folder(tmp_path):
    folder = adapt.write_example_corpus(tmp_path / "c")
    record_checksums(folder)
    (folder / "a1.txt").write_text("Edited.\n")
    with pytest.raises(CorpusError, match=f"run `belarus-analysis rehash {folder}` if the change is intended"):
        ba.load_corpus(folder)


def test_cli_flags_are_checked_by_name(tmp_path, capsys):
    corpus = _write(tmp_path, "csv")
    for flag in ("--actors", "--lexicons", "--alignments", "--reference"):
        assert cli.main(["build", "--corpus", str(corpus), "--text-column", "body", "--id-column", "url",
                         "--out", str(tmp_path / "o"), flag, str(tmp_path / "nope")]) == 2
        assert capsys.readouterr().err.startswith(f"belarus-analysis: error: {flag} {tmp_path / 'nope'}: ")
    other = tmp_path / "results.csv"
    shutil.copy(config.REFERENCE / "official_results.csv", other)
    assert cli.main(["build", "--corpus", str(corpus), "--text-column", "body", "--id-column", "url",
                     "--out", str(tmp_path / "o"), "--reference", str(other)]) == 2
    assert "--reference" in capsys.readouterr().err


def test_a_users_corpus_needs_its_own_out_folder(tmp_path, capsys):
    corpus = _write(tmp_path, "csv")
    assert cli.main(["build", "--corpus", str(corpus), "--text-column", "body", "--id-column", "url"]) == 2
    assert "--out is required with --corpus" in capsys.readouterr().err


@pytest.mark.parametrize("column", ["sha256", "cleaning", "source_file"])
def test_one_file_corpus_refuses_columns_the_loader_would_overwrite(tmp_path, column):
    """Issue 18 for one-file corpora: a user's column named like a computed one was overwritten silently."""
    path = tmp_path / "mine.csv"
    path.write_text(f"article_id,text,{column}\na,The vote was held.,mine\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"column name\(s\) \['{column}'\] are reserved"):
        ba.load_corpus(path)
    with pytest.raises(CorpusError, match="reserved"):
        ba.from_frame(pd.DataFrame({"article_id": ["a"], "text": ["The vote was held."], column: ["mine"]}))
