"""Settings are read when used: ``config.override`` changes every data file and output folder
(issue 11, defects a and b), and an edited data file is never served stale."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import config
from belarus_analysis.corpus.cleaning import clean
from belarus_analysis.report import catalogue, charts
from belarus_analysis.report.tables import export_table

TEXT = ("The chairperson of the commission said turnout was 84.1 percent. "
        "Lukashenko won 80.1 percent of the vote, the commission said. "
        "The dictator celebrated.")
META = [{"article_id": "a", "published": "2020-08-15", "election": "2020", "outlet": "Example",
         "alignment": "state_aligned"}]


def _actors_with_a_new_dictator(tmp_path):
    """A copy of the actors file in which "the incumbent" (what an unattached "dictator" label
    refers to, data/lexicons/actor_labels.csv) describes an invented actor."""
    df = pd.read_csv(config.ACTORS, dtype="string", keep_default_na=False)
    extra = {c: "" for c in df.columns} | {"actor_id": "invented_ruler", "canonical_name": "Invented Ruler",
                                           "variants": "Invented Ruler", "aliases": "the incumbent",
                                           "group": "belarus_government"}
    df["aliases"] = df["aliases"].str.replace(r"(^|\|)\s*the incumbent\s*(?=\||$)", r"\1", regex=True)
    path = tmp_path / "actors.csv"
    pd.concat([df, pd.DataFrame([extra])]).to_csv(path, index=False)
    return path


def test_marker_targets_follow_an_actors_override(tmp_path):
    """(a) the markers' target_actor_id used a cache that ignored the actors file."""
    arts = ba.from_texts({"a": TEXT}, META)
    before = ba.markers(arts)
    label = before[before["text"] == "dictator"]
    assert len(label) == 1 and label["target_actor_id"].iloc[0] != "invented_ruler"
    with config.override(ACTORS=_actors_with_a_new_dictator(tmp_path)):
        after = ba.markers(arts)
    assert after.loc[after["text"] == "dictator", "target_actor_id"].tolist() == ["invented_ruler"]


def test_reference_override_and_edits_reach_the_figures(tmp_path):
    """(b) ``override(REFERENCE=...)`` had no effect and an edited file stayed cached."""
    arts = ba.from_texts({"a": TEXT}, META)
    share = lambda fig: fig.loc[fig["text"].str.startswith("80.1"), "reference_value"].iloc[0]  # noqa: E731
    official = share(ba.figures(arts))
    folder = tmp_path / "reference"
    shutil.copytree(config.REFERENCE, folder)
    ref = pd.read_csv(folder / "official_results.csv", dtype="string", keep_default_na=False)
    ref.loc[(ref["election"] == "2020") & (ref["actor_id"] == "lukashenko"), "value"] = "50.5"
    ref.to_csv(folder / "official_results.csv", index=False)
    with config.override(REFERENCE=folder):
        assert share(ba.figures(arts)) == 50.5
        ref.loc[(ref["election"] == "2020") & (ref["actor_id"] == "lukashenko"), "value"] = "60.5"
        ref.to_csv(folder / "official_results.csv", index=False)  # edited in place
        assert share(ba.figures(arts)) == 60.5
    assert share(ba.figures(arts)) == official


def test_cleaning_rules_override_applies(tmp_path):
    """(b) ``override(CLEANING_RULES=...)`` had no effect (default bound at import)."""
    text = "SEE ALSO: Something else\nThe vote was held."
    assert "SEE ALSO" not in clean(text).text
    rules = tmp_path / "cleaning.toml"
    rules.write_text(config.CLEANING_RULES.read_text(encoding="utf-8").replace("SEE ALSO", "NO SUCH PROMO"),
                     encoding="utf-8")
    with config.override(CLEANING_RULES=rules):
        assert "SEE ALSO" in clean(text).text


def test_output_folders_follow_override(tmp_path):
    """(b) default output folders were bound at import and ignored ``override(FIGURES=/TABLES=/REPORTS=)``."""
    df = pd.DataFrame({"a": [1]})
    fig = charts.plt.figure()
    with config.override(TABLES=tmp_path / "t", FIGURES=tmp_path / "f", REPORTS=tmp_path / "r"):
        assert {p.parent for p in export_table(df, "demo")} == {tmp_path / "t"}
        assert {p.parent for p in charts.save_figure(fig, "demo", formats=("png",))} == {tmp_path / "f"}
        paths = catalogue.export_all(ba.build(ba.from_texts({"a": TEXT}, META)))
    assert paths and all(tmp_path / "r" in p.parents for p in paths)
    charts.plt.close(fig)


def test_unknown_setting_is_an_error():
    with pytest.raises(KeyError, match="not a path setting"):
        with config.override(LEXICON="x"):
            pass


def test_data_files_that_are_not_utf8_or_hold_a_bad_value_name_file_and_line(tmp_path):
    """Issue 18: a non-UTF-8 actors file and a bad reference value ended in tracebacks."""
    from belarus_analysis.errors import DataFileError
    from belarus_analysis.extract import actors
    from belarus_analysis.extract.figures import reference
    latin = tmp_path / "actors.csv"
    latin.write_bytes(config.ACTORS.read_bytes() + "x,Łukaszenka,Łukaszenka,,belarus_government,,,\n".encode("cp1250"))
    with pytest.raises(DataFileError, match=r"actors\.csv: not UTF-8"):
        actors.load_actors(latin)
    bad = tmp_path / "official_results.csv"
    lines = config.REFERENCE.joinpath("official_results.csv").read_text(encoding="utf-8").splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith("2020,"))
    lines[k] = lines[k].replace("80.23", "80.23%")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"official_results\.csv:{k + 1}: value='80.23%'"):
        reference.load_reference(bad)
