"""Stage (issue 13, figures kind 3): a report is compared only with a result already announced."""

from __future__ import annotations

from figure_helpers import figures_of, one

import pandas as pd

from belarus_analysis import config
from belarus_analysis.extract.figures import reference


def test_reference_published_on_or_before_the_article():
    ref = reference.load_reference()
    assert reference.lookup(ref, 2020, pd.Timestamp("2020-08-12"), "vote_share", "lukashenko") == (80.23, "preliminary")
    assert reference.lookup(ref, 2020, pd.Timestamp("2020-08-14"), "vote_share", "lukashenko") == (80.10, "final")
    assert reference.lookup(ref, 2020, pd.Timestamp("2020-08-08"), "turnout") is None  # before any result
    assert reference.lookup(ref, 2020, pd.Timestamp("2020-08-12"), "voters") is None  # only in the final result


def test_preliminary_report_is_not_compared_with_the_final_count():
    t = figures_of("In all, 5,818,955 people voted.", published="2020-08-12")
    assert pd.isna(one(t, "5,818,955")["reference_value"])
    t = figures_of("In all, 5,818,955 people voted.", published="2020-09-01")
    assert one(t, "5,818,955")[["reference_value", "reference_stage"]].tolist() == [5818955.0, "final"]


def test_reference_follows_config_override(tmp_path):
    folder = tmp_path / "reference"
    folder.mkdir()
    src = config.REFERENCE / reference.RESULTS_FILE
    rows = src.read_text(encoding="utf-8").replace("2020,final,2020-08-14,turnout,,84.28", "2020,final,2020-08-14,turnout,,99.99")
    (folder / reference.RESULTS_FILE).write_text(rows, encoding="utf-8")
    with config.override(REFERENCE=folder):
        assert reference.lookup(reference.load_reference(), 2020, None, "turnout") == (99.99, "final")


def test_a_candidates_number_of_votes_is_compared_with_a_votes_row(tmp_path):
    # the reference has no 'votes' rows yet (they need a source): a file with one is read like the others
    folder = tmp_path / "reference"
    folder.mkdir()
    src = config.REFERENCE / reference.RESULTS_FILE
    rows = src.read_text(encoding="utf-8").rstrip("\n") + "\n2020,final,2020-08-14,votes,lukashenko,1234567,test row,\n"
    (folder / reference.RESULTS_FILE).write_text(rows, encoding="utf-8")
    (folder / reference.ELECTIONS_FILE).write_text((config.REFERENCE / reference.ELECTIONS_FILE).read_text(
        encoding="utf-8"), encoding="utf-8")
    with config.override(REFERENCE=folder):
        r = one(figures_of("Lukashenko garnered 1,234,567 votes.", published="2020-09-01"), "1,234,567")
    assert (r["kind"], r["unit"], r["reference_value"], r["reference_stage"]) == ("vote_share", "votes", 1234567.0, "final")
