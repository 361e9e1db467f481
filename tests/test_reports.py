"""Exporting every chart and table for papers, and the ``report`` command."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import belarus_analysis as ba  # noqa: E402
from belarus_analysis import cli, outputs, pipeline
from belarus_analysis.analysis import summaries
from belarus_analysis.report import catalogue  # noqa: E402

FIGURE_FORMATS = ("pdf", "svg", "png")
TABLE_FORMATS = ("csv", "tex")


def expected_files(out: Path, charts=catalogue.CHARTS, tables=catalogue.TABLES) -> set[Path]:
    return ({out / "figures" / f"{name}.{fmt}" for name in charts for fmt in FIGURE_FORMATS}
            | {out / "figures" / "captions.md"}
            | {out / "tables" / f"{name}.{fmt}" for name in tables for fmt in TABLE_FORMATS}
            | {out / "tables" / "datapackage.json"})


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
    bookkeeping = {out / catalogue.REPORT_MANIFEST, out / outputs.LOCK}
    assert {p for p in out.rglob("*") if p.is_file()} == expected | bookkeeping  # no temporary or stray files


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
    monkeypatch.setattr(cli.catalogue, "export_all", lambda tables, out, force: written)
    assert cli.main(["report", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'figures'}/  1 figures (PDF/SVG/PNG): markers_by_alignment" in out
    assert f"{tmp_path / 'tables'}/  1 tables (CSV/LaTeX): corpus" in out


def test_report_command_has_help(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["report", "--help"])
    assert e.value.code == 0 and "--out" in capsys.readouterr().out


@pytest.fixture(scope="module")
def odd_tables():
    """Two articles whose outlets would be mathtext ($) and a spreadsheet formula (=)."""
    texts = {"x": "“The vote was rigged,” Tsikhanouskaya said. Lukashenko won 80 percent, officials said.",
             "y": "The regime jailed protesters, the EU said. Lukashenka called the protests a coup."}
    meta = [{"article_id": "x", "outlet": "Money$^$Daily", "alignment": "independent", "election": "2020"},
            {"article_id": "y", "outlet": "=HYPERLINK(1)", "alignment": "independent", "election": "2020"}]
    return pipeline.build(ba.from_texts(texts, meta))


def test_dollar_signs_in_labels_are_drawn_literally(odd_tables, tmp_path):
    paths = catalogue.export_all(odd_tables, tmp_path)  # mathtext raised ValueError here
    assert tmp_path / "figures" / "voices_by_outlet.png" in paths
    fig = catalogue.CHARTS["voices_by_outlet"](catalogue.with_scores(odd_tables))
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any(lab.startswith("Money\\$^\\$Daily") for lab in labels), labels


@pytest.fixture
def few_outputs(monkeypatch):
    """One chart and two tables: enough for tests about writing files."""
    monkeypatch.setattr(catalogue, "CHARTS", {"voices_by_outlet": catalogue.CHARTS["voices_by_outlet"]})
    monkeypatch.setattr(catalogue, "TABLES", {k: catalogue.TABLES[k] for k in ("corpus", "cues_by_outlet")})


def test_report_tables_neutralise_formulas_and_carry_a_datapackage(odd_tables, tmp_path, few_outputs):
    frictionless = pytest.importorskip("frictionless")
    catalogue.export_all(odd_tables, tmp_path)
    corpus = pd.read_csv(tmp_path / "tables" / "corpus.csv")
    assert "'=HYPERLINK(1)" in corpus.to_string() and "\n=HYPERLINK" not in (tmp_path / "tables" / "corpus.csv").read_text()
    report = frictionless.validate(str(tmp_path / "tables" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_report_never_overwrites_files_it_did_not_write(odd_tables, tmp_path, few_outputs):
    mine = tmp_path / "tables" / "corpus.csv"
    mine.parent.mkdir()
    mine.write_text("my own table\n")
    with pytest.raises(ba.errors.OutputError, match="would overwrite tables/corpus.csv"):
        catalogue.export_all(odd_tables, tmp_path)
    assert mine.read_text() == "my own table\n" and not (tmp_path / "figures").exists()
    catalogue.export_all(odd_tables, tmp_path, force=True)
    assert mine.read_text() != "my own table\n"
    catalogue.CHARTS.clear()  # a later report without that chart removes its stale files
    catalogue.export_all(odd_tables, tmp_path)  # its own files now: no force needed
    assert not list((tmp_path / "figures").glob("*"))
