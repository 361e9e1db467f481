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


@pytest.mark.parametrize("text", [
    "Belarus's 2020 vote was followed by mass protests.",
    "The fraudulent 2020 vote sparked protests.",
    "Since the disputed 2020 presidential vote, 1,000 people have been jailed.",
])
def test_a_year_before_a_singular_vote_is_a_date_not_a_vote_count(text):
    """A year that names the event ('the 2020 vote') is a date, never 2,020 votes for nobody."""
    r = one(figures_of(text), "2020")
    assert (r["kind"], r["unit"], r["iso_date"]) == ("date", "date", "2020")


def test_a_plural_count_with_the_value_of_a_year_stays_a_count():
    r = one(figures_of("In the district, 2020 voters cast their ballots for Lukashenko."), "2020")
    assert (r["kind"], r["unit"]) == ("vote_share", "votes")


def test_regional_turnouts_listed_without_a_repeated_cue():
    """Each regional turnout is a turnout, none is compared with the national result; the national
    one before the list still is."""
    t = figures_of("Turnout was 84.05 percent: in the Gomel region it was 89.81 percent, in Mogilev 90.44 "
                   "percent, in Minsk 66.1 percent.")
    national = one(t, "84.05 percent")
    assert national["kind"] == "turnout" and national["reference_value"] == 84.23
    for span in ("89.81 percent", "90.44 percent", "66.1 percent"):
        r = one(t, span)
        assert r["kind"] == "turnout" and pd.isna(r["reference_value"]) and pd.isna(r["deviation"]), span
        assert "regional" in r["note"]


def test_regional_turnout_after_its_figure():
    t = figures_of("The turnout in the Brest region stood at 30.66 percent, 27.47 percent in the Vitebsk region, "
                   "the CEC said.")
    assert t.loc[t["unit"] == "percent", "kind"].tolist() == ["turnout", "turnout"]
    assert t["deviation"].isna().all()


def test_a_vote_share_list_continues_to_candidates_not_in_the_actor_list():
    t = figures_of("Lukashenko gained 80.1% of the vote, Ivan Petrov 3.32% and Pavel Sidorov 1.67%.")
    assert t.loc[t["unit"] == "percent", "kind"].tolist() == ["vote_share"] * 3
    assert one(t, "1.67%")["subject"] is pd.NA and pd.isna(one(t, "1.67%")["deviation"])


def test_an_early_voting_share_is_its_own_turnout_not_the_lists():
    # a turnout of the early days (the held-out coders' kind), with its own cue: not compared with the
    # national turnout the list opened with
    t = figures_of("Turnout was 84 percent, and 41.7 percent voted early.")
    early = one(t, "41.7 percent")
    assert (early["kind"], early["note"]) == ("turnout", "early_voting figure: not compared with the national result")
    assert pd.isna(early["reference_value"]) and one(t, "84 percent")["reference_value"] == 84.23


def test_a_validity_condition_is_a_threshold():
    r = one(figures_of("The elections are valid if more than half of registered voters take part."), "half")
    assert r["kind"] == "threshold" and pd.isna(r["deviation"])


def test_a_rule_about_a_generic_candidate_is_a_threshold():
    text = "Under Belarusian law, a presidential candidate who secures more than 50 percent of the vote is declared the winner."
    assert one(figures_of(text), "50 percent")["kind"] == "threshold"


def test_a_count_that_puts_a_candidate_at_a_share_is_a_vote_share():
    t = figures_of("Officials said the vote count put Mr. Lukashenko, the country's long-serving leader, at 80.1 percent.")
    r = one(t, "80.1 percent")
    assert (r["kind"], r["subject"], r["reference_value"]) == ("vote_share", "lukashenko", 80.23)


def test_a_result_of_another_election_is_compared_with_that_election():
    """Stage and election: a figure whose clause names an earlier election is not measured against
    the article's election (a false deviation); it takes that election's result when there is one."""
    t = figures_of("Lukashenko won 80 percent in 2020 and 86.8 percent in 2025.", published="2025-02-03",
                   election="2025")
    assert (one(t, "80 percent")["reference_value"], one(t, "86.8 percent")["reference_value"]) == (80.1, 86.82)
    assert one(t, "86.8 percent")["subject"] == "lukashenko"
    r = one(figures_of("In the 2015 election, Lukashenko won 83.5 percent of the vote."), "83.5 percent")
    assert r["kind"] == "vote_share" and pd.isna(r["reference_value"]) and "2015 election" in r["note"]


def test_a_share_put_at_a_value_by_a_poll_is_a_flagged_vote_share():
    r = one(figures_of("A poll by Chatham House showed support for Lukashenko at 30 percent."), "30 percent")
    assert (r["kind"], r["subject"], r["source_kind"]) == ("vote_share", "lukashenko", "opinion_poll")
    assert pd.isna(r["deviation"])
    r = one(figures_of("Observers said Tikhanovskaya led, with Golos estimating her share at 56 percent."), "56 percent")
    assert (r["kind"], r["source_kind"]) == ("vote_share", "independent_count") and pd.isna(r["deviation"])


def test_people_watching_or_casting_early_votes_are_counted_people_not_turnout():
    t = figures_of("Then 608 people monitored the early voting at 191 polling stations, and 41 percent voted early.")
    assert (one(t, "608")["kind"], one(t, "608")["unit"]) == ("count", "people")
    assert (one(t, "191")["kind"], one(t, "191")["unit"]) == ("count", "items")
    assert one(t, "41 percent")["kind"] == "turnout" and pd.isna(one(t, "41 percent")["deviation"])  # early: not compared


def test_the_nearest_source_names_each_figure():
    t = figures_of("Exit polls posted by state media showed Lukashenko winning about 80% of the vote, while "
                   "independent polls suggested Tikhanovskaya won 71%.")
    assert (one(t, "80%")["source_kind"], one(t, "71%")["source_kind"]) == ("exit_poll", "independent_count")


def test_votes_in_parentheses_after_a_share_are_that_candidates_votes():
    t = figures_of("Kanopatskaya got 1.68% (97,926 votes), Cherechen 1.13% (65,078).")
    for span, subject in (("97,926", "kanopatskaya"), ("65,078", "cherechen")):
        r = one(t, span)
        assert (r["kind"], r["unit"], r["subject"]) == ("vote_share", "votes", subject), span


def test_voters_who_supported_an_unknown_name_are_nobodys_votes_not_the_previous_persons():
    t = figures_of("Some 4,652,000 citizens voted for Lukashenko, while 574,312 other voters supported Ivan Petrov.")
    assert one(t, "4,652,000")["subject"] == "lukashenko"
    r = one(t, "574,312")
    assert (r["kind"], r["unit"]) == ("vote_share", "votes") and r["subject"] is pd.NA


def test_polling_stations_do_not_make_the_national_turnout_regional():
    t = figures_of("Some 5,790,000 Belarussians cast their votes in 5,767 polling stations, so voter turnout was at "
                   "84.23%.", published="2020-08-10")
    assert (one(t, "5,790,000")["kind"], one(t, "5,790,000")["unit"]) == ("turnout", "people")
    assert one(t, "84.23%")["reference_value"] == 84.23


@pytest.mark.parametrize("text, span, subject", [
    ("About 80% of voters backed Lukashenko.", "80%", "lukashenko"),
    ("Lukashenko was backed by 80.1% of voters.", "80.1%", "lukashenko"),
    ("Tikhanovskaya came second with 10.12 percent.", "10.12 percent", "tsikhanouskaya"),
    ("Lukashenko was re-elected with 80.1 percent against 10.12 percent for Tikhanovskaya.", "80.1 percent",
     "lukashenko"),
])
def test_more_ways_to_state_a_vote_share_and_its_owner(text, span, subject):
    r = one(figures_of(text), span)
    assert (r["kind"], r["subject"]) == ("vote_share", subject)


def test_a_list_led_with_a_share_continues_to_the_runner_up():
    t = figures_of("Lukashenko led with 80.1%, ahead of Tikhanovskaya at 10.12%.")
    assert [(one(t, s)["kind"], one(t, s)["subject"]) for s in ("80.1%", "10.12%")] == [
        ("vote_share", "lukashenko"), ("vote_share", "tsikhanouskaya")]


def test_gaining_a_share_of_the_total_votes_is_a_vote_share():
    r = one(figures_of("Lukashenko secured a sixth term after gaining over 80 percent of the total votes polled.",
                       published="2020-08-15"), "80 percent")
    assert (r["kind"], r["subject"], r["deviation"]) == ("vote_share", "lukashenko", pytest.approx(-0.1))


# --- review of session 2: fronted years, regional lists, hours of polling day, campaign claims -------

@pytest.mark.parametrize("text", [
    "In 2015, Lukashenko won 83.5 percent.",
    "Back in 2015, Lukashenko was credited with 83.5 percent of the vote.",
    "Five years earlier, in 2015, Lukashenko won 83.5 percent.",
])
def test_fronted_year_before_a_comma_names_the_election_of_the_figure(text):
    """'In 2015, X won 83.5 percent' in a 2020 article is the 2015 result (no reference row), not a
    +3.27 deviation from the 2020 one."""
    row = one(figures_of(text), "83.5 percent")
    assert pd.isna(row["reference_value"]) and pd.isna(row["deviation"])
    assert "result of the 2015 election" in row["note"]


def test_a_fronted_year_of_the_article_election_keeps_the_comparison():
    row = one(figures_of("In 2020, Lukashenko won 80.1 percent."), "80.1 percent")
    assert row["reference_value"] == 80.23


def test_regional_turnout_list_without_preposition_is_not_compared_with_national_result():
    """'Regional turnout: Brest 92.1%, …, Minsk city 66.1%': every member of the list is regional."""
    t = figures_of("Regional turnout: Brest 92.1%, Vitebsk 90.4%, Grodno 88.9%, Minsk city 66.1%.")
    for text in ("92.1%", "90.4%", "88.9%", "66.1%"):
        row = one(t, text)
        assert row["kind"] == "turnout"
        assert pd.isna(row["reference_value"]), (text, row["deviation"])


def test_a_national_turnout_before_a_regional_one_stays_compared():
    t = figures_of("Turnout was 84.28 percent, while regional turnout in Brest was 92.1 percent.",
                   published="2020-09-01")
    assert one(t, "84.28 percent")["reference_value"] == 84.28
    assert pd.isna(one(t, "92.1 percent")["reference_value"])


@pytest.mark.parametrize("text", ["By 2 p.m. turnout was 65 percent.", "As of 14:00, turnout stood at 65 percent."])
def test_intermediate_turnout_at_a_clock_time_is_not_compared_with_final_turnout(text):
    """A turnout at an hour of polling day is a partial figure, not the national result."""
    row = one(figures_of(text), "65 percent")
    assert row["kind"] == "turnout" and pd.isna(row["reference_value"]), row["deviation"]
    assert "intermediate figure" in row["note"]


def test_turnout_when_polls_closed_at_an_hour_is_the_final_turnout():
    row = one(figures_of("Turnout was 84.28 percent when polls closed at 8 p.m.", published="2020-09-01"),
              "84.28 percent")
    assert row["reference_value"] == 84.28


def test_a_campaign_claim_is_not_an_official_result():
    """'her campaign claimed she won at least 60 percent' is the campaign's, not compared with the CEC's
    figure; the official 10.1 percent in the other clause keeps its comparison."""
    t = figures_of("Tsikhanouskaya received 10.1 percent, while her campaign claimed she won at least 60 percent.")
    claim = one(t, "60 percent")
    assert claim["source_kind"] == "campaign" and pd.isna(claim["deviation"])
    official = one(t, "10.1 percent")
    assert pd.isna(official["source_kind"]) and official["reference_value"] == 9.9  # the preliminary result of 12 August


def test_a_year_in_a_relative_clause_before_the_figure_names_no_election():
    """'X, who first came to power in 1994, won 87 percent': the comma closes the relative clause."""
    row = one(figures_of("According to preliminary results, Lukashenko, who first came to power in 1994, won "
                         "almost 87 percent of all ballots cast.", published="2025-01-27", election="2025"),
              "87 percent")
    assert row["reference_value"] == 86.82


def test_source_cues_of_a_segment_are_every_cues_matches(nlp, articles):
    # the cues are searched only where their words occur: what is found is what searching all of them finds
    import re

    from belarus_analysis.extract.figures.classify import Context
    from belarus_analysis.extract.view import ArticleView

    texts = [*articles["text"], "Exit polls showed 80%; an independent count (Golos) gave 71 percent.\nCEC: final."]
    found = 0
    for text in texts:
        ctx = Context.build(ArticleView(nlp(text)), {})
        for m in re.finditer(r"[^.\n;]+", text):
            got = ctx.source_matches(m.start(), m.end())
            assert got == [(order, c.start(), c.end()) for order, src in enumerate(ctx.sources)
                           for c in src.pattern.finditer(text, m.start(), m.end())]
            found += len(got)
    assert found > 10
