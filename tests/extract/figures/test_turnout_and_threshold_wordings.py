"""Result figures on unseen coverage (issue 13): early-voting turnouts, a share named as
turnout, participation wordings, a validity threshold reported as passed, an election named by the
year after it, and the day results were announced. Invented examples."""

from __future__ import annotations

from figure_helpers import figures_of, one

import pandas as pd
import pytest


def _missing(value) -> bool:
    return value is None or pd.isna(value)


@pytest.mark.parametrize("text, span", [
    ("Voters showed a high turnout, with 39.5 % of registered voters casting their ballots early.", "39.5 %"),
    ("The commission said 22.4 percent of eligible voters have cast their ballots after two days of early voting.",
     "22.4 percent"),
    ('From Tuesday to Saturday the country held so-called early "voting," with 38.2% of voters allegedly '
     "participating.", "38.2%"),
])
def test_an_early_voting_share_is_a_turnout_not_compared(text, span):
    r = one(figures_of(text, published="2020-08-20"), span)
    assert r["kind"] == "turnout" and "early_voting figure: not compared" in r["note"]
    assert _missing(r["reference_value"]) and _missing(r["deviation"])


def test_a_share_received_in_early_voting_stays_a_vote_share():
    r = one(figures_of("Lukashenko received 90 percent in early voting.", published="2020-08-20"), "90 percent")
    assert (r["kind"], r["subject"]) == ("vote_share", "lukashenko")


def test_turnout_including_early_voting_is_the_national_turnout():
    r = one(figures_of("Turnout, including early voting, was 84.28 percent.", published="2020-08-20"),
            "84.28 percent")
    assert (r["kind"], r["reference_stage"], r["deviation"]) == ("turnout", "final", 0.0)


def test_a_share_named_as_turnout_is_turnout_after_a_placing_cue():
    r = one(figures_of("The Vitebsk region is leading with 17.2% of turnout.", published="2020-08-20"), "17.2%")
    assert r["kind"] == "turnout" and _missing(r["subject"])


@pytest.mark.parametrize("text, span", [
    ("Over 61% of voters have taken part in the election, the chairwoman said.", "61%"),
    ("Some 70 percent of voters came to the polls.", "70 percent"),
    ("About 64 percent of voters are participating, officials said.", "64 percent"),
])
def test_taking_part_wordings_make_turnout(text, span):
    assert one(figures_of(text, published="2020-08-20"), span)["kind"] == "turnout"


@pytest.mark.parametrize("text, span", [
    ("More than 50 percent of voters have taken part by noon, thus making it valid.", "50 percent"),
    ("More than 50% of voters have cast their ballots, meaning it has been declared valid.", "50%"),
])
def test_a_validity_threshold_reported_as_passed_is_a_threshold(text, span):
    r = one(figures_of(text, published="2020-08-09"), span)
    assert r["kind"] == "threshold" and _missing(r["reference_value"])


def test_an_election_named_by_the_year_after_it_is_the_one_compared():
    t = figures_of("The last time Belarus staged a presidential election in 2020, Lukashenko was declared the "
                   "winner with 80% of the vote.", published="2025-01-24", election="2025")
    r = one(t, "80%")
    assert (r["subject"], r["reference_stage"], r["reference_value"]) == ("lukashenko", "final", 80.1)
    assert "result of the 2020 election" in r["note"]


@pytest.mark.parametrize("text, stage, reference", [
    # the sentence dates the announcement: compared with what was announced that day, not by the article's date
    ("Clashes erupted after the authorities declared election results on August 10 which saw Lukashenko "
     "gaining over 80 percent of the votes.", "preliminary", 80.23),
    # a date that announces nothing leaves the article's date in charge
    ("Lukashenko, who voted on August 9, won over 80 percent of the votes.", "final", 80.1),
])
def test_the_day_results_were_announced_dates_the_comparison(text, stage, reference):
    r = one(figures_of(text, published="2020-08-25"), "80 percent")
    assert (r["kind"], r["reference_stage"], r["reference_value"]) == ("vote_share", stage, reference)


def test_an_announcement_day_outside_the_election_changes_nothing():
    # "August 20" in a text of 12 August reads back to 2019: it announced nothing of the 2020 vote
    text = "The commission announced the results on August 20, giving Lukashenko 80 percent."
    r = one(figures_of(text, published="2020-08-12"), "80 percent")
    assert (r["reference_stage"], r["reference_value"]) == ("preliminary", 80.23)


@pytest.mark.parametrize("text", [
    'Petrov won 86.8% of the vote, while 3.6% of ballots reportedly voted "against all."',
    "Petrov won 86.8% of the vote, while 3.6 percent of the votes were cast against all candidates.",
])
def test_a_share_of_ballots_against_all_is_the_against_all_share(text):
    t = figures_of(text, published="2025-01-28", election="2025")
    r = t[t["value"] == 3.6].iloc[0]
    assert (r["kind"], r["reference_value"]) == ("against_all", 3.6)


def test_people_taking_part_in_a_march_are_a_count_voters_taking_part_a_turnout():
    t = figures_of("Reporters estimated that 150,000 people took part. Officials said 5,818,955 voters took part.",
                   published="2020-08-20")
    assert (one(t, "150,000")["kind"], one(t, "5,818,955")["kind"]) == ("count", "turnout")
    assert one(t, "5,818,955")["reference_value"] == 5818955


@pytest.mark.parametrize("text", [
    "Lukashenko and Tsikhanouskaya won 80.1 and 10.12 percent respectively.",
    "Lukashenko and Tsikhanouskaya received 80.1% and 10.12%.",
])
def test_coordinated_shares_go_to_coordinated_owners_in_order(text):
    t = figures_of(text, published="2020-08-20")
    shares = t[t["kind"] == "vote_share"]
    assert list(zip(shares["value"], shares["unit"], shares["subject"])) == [
        (80.1, "percent", "lukashenko"), (10.12, "percent", "tsikhanouskaya")]
    assert shares["deviation"].tolist() == [0.0, 0.0]


def test_a_list_of_shares_after_one_owner_keeps_each_members_owner():
    t = figures_of("Lukashenko took 80.1%, Tsikhanouskaya 10.12% and Kanopatskaya 1.68%.", published="2020-08-20")
    assert t.loc[t["kind"] == "vote_share", "subject"].tolist() == ["lukashenko", "tsikhanouskaya", "kanopatskaya"]


def test_a_fronted_share_belongs_to_the_subject_after_it():
    r = one(figures_of("With 80.1 percent of the vote, Lukashenko extended his rule.", published="2020-08-20"),
            "80.1 percent")
    assert (r["kind"], r["subject"], r["deviation"]) == ("vote_share", "lukashenko", 0.0)


@pytest.mark.parametrize("text, span, subject", [
    ("The incumbent's share was 80.1 percent.", "80.1 percent", "lukashenko"),
    ("Tsikhanouskaya's official result of 10.12 percent was rejected by her supporters.", "10.12 percent",
     "tsikhanouskaya"),
])
def test_a_share_or_official_result_with_its_copula_is_a_vote_share(text, span, subject):
    r = one(figures_of(text, published="2020-08-20"), span)
    assert (r["kind"], r["subject"], r["deviation"]) == ("vote_share", subject, 0.0)


def test_a_result_that_is_no_official_tally_is_no_share():
    assert one(figures_of("The result was a 5 percent rise in prices.", published="2020-08-20"), "5 percent")["kind"] \
        == "other"


@pytest.mark.parametrize("text, span, subject", [
    ("Lukashenko's 80.1 percent was announced on Friday.", "80.1 percent", "lukashenko"),
    ("Lukashenko said his 80.1 percent was a fair result.", "80.1 percent", "lukashenko"),
])
def test_a_percent_a_person_owns_is_their_vote_share(text, span, subject):
    r = one(figures_of(text, published="2020-08-20"), span)
    assert (r["kind"], r["subject"], r["deviation"]) == ("vote_share", subject, 0.0)


@pytest.mark.parametrize("text", ["The country's 2 percent growth slowed.", "Belarus's 2 percent growth slowed.",
                                  # the person owns the increase the percent modifies, not a percent
                                  "Lukashenko's 2 percent pension increase was announced in July."])
def test_a_percent_no_person_owns_is_no_share(text):
    assert one(figures_of(text, published="2020-08-20"), "2 percent")["kind"] == "other"


def test_a_regional_centres_possessive_turnout_is_regional():
    r = one(figures_of("Minsk's 66 percent turnout was the lowest.", published="2020-08-20"), "66 percent")
    assert r["kind"] == "turnout" and pd.isna(r["reference_value"])
