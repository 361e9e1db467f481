"""Kinds of result figures (issue 13, figures kinds 1, 2, 4, 7): each invented example of the issue."""

from __future__ import annotations

from figure_helpers import figures_of, one

import pandas as pd
import pytest


def test_people_or_percent_voted_for_is_a_vote_share():
    """Kind 1: not turnout with a false -4.0 deviation."""
    t = figures_of("In total, 4,100,000 people, or 80.23 percent, voted for Lukashenko, the commission said.")
    share = one(t, "80.23 percent")
    assert (share["kind"], share["subject"], share["deviation"]) == ("vote_share", "lukashenko", 0.0)
    votes = one(t, "4,100,000")
    assert (votes["kind"], votes["unit"], votes["subject"]) == ("vote_share", "votes", "lukashenko")


def test_exit_poll_is_flagged_and_not_compared():
    """Kind 2: an exit poll's figure carries source_kind and no official reference."""
    r = one(figures_of("Lukashenko won 79.7 percent, according to a state exit poll."), "79.7 percent")
    assert r["kind"] == "vote_share" and r["source_kind"] == "exit_poll"
    assert pd.isna(r["reference_value"]) and pd.isna(r["deviation"])


def test_official_source_is_compared():
    r = one(figures_of("Lukashenko won 80.1 percent, the Central Election Commission said."), "80.1 percent")
    assert r["source_kind"] == "official" and r["reference_value"] == 80.23


@pytest.mark.parametrize("text, span", [
    ("A candidate must win more than 50 percent of the votes to avoid a runoff.", "50 percent"),
    ("The law sets a turnout threshold of 50 percent.", "50 percent"),
])
def test_thresholds_are_not_vote_shares(text, span):
    """Kind 4."""
    r = one(figures_of(text), span)
    assert r["kind"] == "threshold" and pd.isna(r["reference_value"])


def test_percent_support_is_a_vote_share_and_observers_are_counted():
    """Kind 7."""
    t = figures_of("Lukashenko has 86.8 percent support. There were 40 observers.", published="2025-02-10",
                   election="2025")
    support = one(t, "86.8 percent")
    assert (support["kind"], support["subject"], support["reference_value"]) == ("vote_share", "lukashenko", 86.82)
    observers = one(t, "40")
    assert (observers["kind"], observers["unit"], observers["counted"]) == ("count", "people", "observers")
