"""Exporting every chart and table for papers, and the ``report`` command."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import belarus_analysis as ba  # noqa: E402
from belarus_analysis import cli, pipeline
from belarus_analysis.analysis import summaries
from belarus_analysis.report import catalogue  # noqa: E402

FIGURE_FORMATS = ("pdf", "svg", "png")
TABLE_FORMATS = ("csv", "tex")


def expected_files(out: Path, charts=catalogue.CHARTS, tables=catalogue.TABLES) -> set[Path]:
    return ({out / "figures" / f"{name}.{fmt}" for name in charts for fmt in FIGURE_FORMATS}
            | {out / "figures" / "captions.md"}
            | {out / "tables" / f"{name}.{fmt}" for name in tables for fmt in TABLE_FORMATS})


@pytest.fixture(scope="module")
def seed_tables(articles):
    return pipeline.build(articles)


@pytest.fixture(scope="module")
def exported(seed_tables, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    return out, catalogue.export_all(seed_tables, out)


def test_every_chart_and_table_is_written(exported):
    out, paths = exported
    expected = expected_files(out)
    assert set(paths) == expected and len(paths) == len(expected)
    for p in expected:
        assert p.stat().st_size > 0, p
    assert {p for p in out.rglob("*") if p.is_file()} == expected  # no temporary or stray files


def test_tables_read_back_with_their_rows(exported, seed_tables):
    out, _ = exported
    corpus = pd.read_csv(out / "tables" / "corpus.csv")
    assert corpus["article_id"].tolist() == seed_tables["articles"]["article_id"].tolist()
    for name in catalogue.TABLES:
        assert len(pd.read_csv(out / "tables" / f"{name}.csv")), name
        assert r"\bottomrule" in (out / "tables" / f"{name}.tex").read_text(), name


def test_validation_is_a_table_not_a_chart(exported):
    out, _ = exported
    assert "validation_scores" not in catalogue.CHARTS
    scores = pd.read_csv(out / "tables" / "validation_scores.csv")
    assert {"precision", "recall", "f1", "n_gold"} <= set(scores.columns)


def test_a_corpus_without_gold_data_or_a_contrast_skips_those_outputs(tmp_path):
    texts = {
        "x": "“The vote was rigged,” Tsikhanouskaya said. Lukashenko won 80 percent, officials said.",
        "y": "The regime jailed protesters, the EU said. Lukashenka called the protests a coup.",
    }
    meta = [{"article_id": "x", "outlet": "A", "alignment": "independent", "election": "2020"},
            {"article_id": "y", "outlet": "B", "alignment": "independent", "election": "2020"}]
    paths = catalogue.export_all(pipeline.build(ba.from_texts(texts, meta)), tmp_path)
    skipped_tables = {"validation_scores", "validation_attributes", "keyness_state_vs_western", "legitimacy_contrast"}
    tables = {n: t for n, t in catalogue.TABLES.items() if n not in skipped_tables}
    assert set(paths) == expected_files(tmp_path, catalogue.CHARTS, tables)


def test_captions_name_every_figure_and_what_n_counts(exported, seed_tables):
    out, _ = exported
    text = (out / "figures" / "captions.md").read_text()
    for name in catalogue.CHARTS:
        assert f"## {name}\n" in text, name
    sizes = seed_tables["articles"]["alignment"].value_counts()
    assert f"State-aligned {sizes['state_aligned']}" in text
    assert text.count("n = ") >= 5


def test_validation_scores_cover_every_extracted_table(seed_tables):
    scores = summaries.validation(seed_tables)
    assert scores["table"].unique().tolist() == ["statements", "figures", "markers"]
    overall = scores[scores["kind"] == "all"]
    assert overall["n_gold"].gt(0).all() and overall["f1"].between(0, 1).all()


def test_report_command_prints_where_the_files_are(monkeypatch, tmp_path, capsys):
    written = [tmp_path / "figures" / "markers_by_alignment.pdf", tmp_path / "tables" / "corpus.csv"]
    monkeypatch.setattr(cli.store, "load_tables", lambda: {})
    monkeypatch.setattr(cli.catalogue, "export_all", lambda tables, out: written)
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'figures'}/  1 figures (PDF/SVG/PNG): markers_by_alignment" in out
    assert f"{tmp_path / 'tables'}/  1 tables (CSV/LaTeX): corpus" in out


def test_report_command_has_help(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["report", "--help"])
    assert e.value.code == 0 and "--out" in capsys.readouterr().out
