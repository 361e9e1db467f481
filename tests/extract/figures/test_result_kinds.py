"""Result figures on unseen coverage (issue 13, second round): the owner of a share, lists, regional and
abroad figures, other sources, and numbers that only look like shares. Invented examples."""

from __future__ import annotations

from figure_helpers import figures_of, one

import pandas as pd
import pytest


def test_the_owner_is_the_clause_subject_not_a_name_in_its_relative_clause():
    t = figures_of("Petrov, who is Lukashenko's closest ally, was declared the winner with 86.82% of the vote.",
                   published="2025-01-28", election="2025")
    assert one(t, "86.82%")["subject"] is pd.NA  # Petrov is not in actors.csv: nobody, never Lukashenko
    t = figures_of("Lukashenko, who is Vladimir Putin's closest ally, was declared the winner with 86.82% of the vote.",
                   published="2025-01-28", election="2025")
    r = one(t, "86.82%")
    assert (r["subject"], r["reference_stage"], r["deviation"]) == ("lukashenko", "preliminary", 0.0)


def test_the_recipient_owns_the_share_and_a_relative_clause_pronoun_does_not():
    t = figures_of("Official results handed Lukashenko, in power for more than a quarter of a century, an 80% share "
                   "of the vote, while Tsikhanouskaya, who became his main rival, took just 9.9%.",
                   published="2020-08-10")
    share = one(t, "80%")
    assert (share["kind"], share["subject"], share["reference_value"]) == ("vote_share", "lukashenko", 80.23)
    rival = one(t, "9.9%")
    assert (rival["subject"], rival["qualifier"], rival["reference_value"]) == ("tsikhanouskaya", "just", 9.9)
    period = one(t, "a quarter of a century")
    assert (period["kind"], period["unit"], period["value"]) == ("duration", "years", 25.0)


@pytest.mark.parametrize("text", [
    "Lukashenko received 80.1 %, Tsikhanouskaya 10.1 %; against all 4.6 %.",
    "Lukashenko got 80.1%, Tsikhanouskaya 10.1%, against all 4.6%.",
])
def test_lists_keep_each_members_owner_and_kind(text):
    t = figures_of(text, published="2020-08-20")
    assert list(zip(t["kind"], t["subject"].fillna(""))) == [
        ("vote_share", "lukashenko"), ("vote_share", "tsikhanouskaya"), ("against_all", "")]
    assert one(t, t["text"].iloc[2])["reference_value"] == 4.59  # the final against-all share


@pytest.mark.parametrize("text, span", [
    ("Among voters abroad, Tsikhanouskaya won 60 percent.", "60 percent"),
    ("At embassies, turnout was 90 percent.", "90 percent"),
    ("In the Gomel region Lukashenko won 90 percent.", "90 percent"),
])
def test_abroad_and_regional_figures_are_not_compared(text, span):
    r = one(figures_of(text, published="2020-08-20"), span)
    assert r["kind"] in ("vote_share", "turnout") and "not compared" in r["note"]
    assert pd.isna(r["reference_value"]) and pd.isna(r["deviation"])


def test_citizens_who_gave_their_voices_are_turnout_and_qualifiers_are_kept():
    t = figures_of("More than 60% of citizens gave their voices in Gomel. The turnout in Minsk is a little over 43%.",
                   published="2020-08-09")
    assert (one(t, "60%")["kind"], one(t, "60%")["qualifier"]) == ("turnout", "more than")
    assert (one(t, "43%")["kind"], one(t, "43%")["qualifier"]) == ("turnout", "a little over")


@pytest.mark.parametrize("text, source", [
    ("The Golos platform estimated that Tsikhanouskaya won at least 56 percent.", "independent_count"),
    ("According to an alternative count, Tsikhanouskaya received 60 percent.", "independent_count"),
    ("Lukashenko won 79.7 percent, according to an exit poll.", "exit_poll"),
])
def test_other_sources_are_flagged_and_not_compared(text, source):
    r = figures_of(text, published="2020-08-20").iloc[0]
    assert (r["kind"], r["source_kind"]) == ("vote_share", source)
    assert pd.isna(r["reference_value"])


@pytest.mark.parametrize("published, stage, reference", [
    ("2020-08-09", None, None),  # polling day: nothing announced yet
    ("2020-08-11", "preliminary", 80.23),
    ("2020-08-20", "final", 80.1),
])
def test_the_stage_compared_is_the_latest_announced_by_the_article_date(published, stage, reference):
    r = one(figures_of("The CEC announced that Lukashenko won 80.1 percent.", published=published), "80.1 percent")
    got = (None if pd.isna(r["reference_stage"]) else r["reference_stage"],
           None if pd.isna(r["reference_value"]) else r["reference_value"])
    assert got == (stage, reference)


@pytest.mark.parametrize("text, published, stage, reference", [
    # a stage the sentence names is the one compared, also after the final result was announced
    ("According to preliminary results, Lukashenko won 80.23 percent.", "2020-09-01", "preliminary", 80.23),
    ("Preliminary results gave Lukashenko 80.23 percent.", "2020-09-01", "preliminary", 80.23),
    ("According to final results, Lukashenko won 80.1 percent.", "2020-09-01", "final", 80.1),
    # a final result named before it was announced has nothing to be compared with
    ("According to final results, Lukashenko won 80.1 percent.", "2020-08-11", None, None),
])
def test_a_named_stage_is_the_stage_compared(text, published, stage, reference):
    r = figures_of(text, published=published).iloc[0]
    got = (None if pd.isna(r["reference_stage"]) else r["reference_stage"],
           None if pd.isna(r["reference_value"]) else r["reference_value"])
    assert got == (stage, reference) and r["source_kind"] == "official"


def test_a_margin_is_not_a_vote_share():
    r = figures_of("The margin between Lukashenko and Tsikhanouskaya was 70 percentage points.").iloc[0]
    assert r["kind"] != "vote_share" and pd.isna(r["reference_value"])


def test_a_runner_up_share_is_a_vote_share_though_an_against_all_label_follows():
    """Round 3: the cue right before a share ('was the runner-up with just') decides before an against-all
    label later in the sentence; the label that 'received' a share owns that one."""
    t = figures_of("Syrankou was the runner-up with just 3.21%, behind even the option “against all candidates,” "
                   "which received 3.6% of the vote.", published="2025-01-30", election="2025")
    runner = one(t, "3.21%")
    assert (runner["kind"], runner["subject"], runner["reference_stage"]) == ("vote_share", "syrankou", "preliminary")
    assert one(t, "3.6%")["kind"] == "against_all"


@pytest.mark.parametrize("text, span, subject", [
    ("Tsikhanouskaya has come in second with 9.9%.", "9.9%", "tsikhanouskaya"),
    ("Kanopatskaya reportedly landed 1.7%.", "1.7%", "kanopatskaya"),
])
def test_placing_and_landing_cues_make_vote_shares(text, span, subject):
    r = one(figures_of(text, published="2020-08-11"), span)
    assert (r["kind"], r["subject"]) == ("vote_share", subject)


def test_a_conditional_election_rule_is_a_threshold():
    t = figures_of("The candidate will be considered elected if more than half of the voters back him.")
    r = one(t, "half")
    assert (r["kind"], r["value"]) == ("threshold", 50.0) and pd.isna(r["reference_value"])


def test_the_final_turnout_at_closing_time_is_the_polling_night_result():
    """'The final turnout as of 8 p.m.' is no intermediate figure of polling day, and the turnout announced
    on polling night is compared on that night (the shares follow a day later)."""
    t = figures_of("The final voter turnout as of 8:00 p.m. was 85.7 percent, the commission said. Lukashenko "
                   "won 86.8 percent.", published="2025-01-26", election="2025")
    turnout = one(t, "85.7 percent")
    assert (turnout["kind"], turnout["reference_stage"], turnout["reference_value"]) == ("turnout", "preliminary", 85.7)
    assert pd.isna(one(t, "86.8 percent")["reference_stage"])  # the shares were not announced yet
    early = one(figures_of("As of 2 p.m. turnout was 60 percent.", published="2025-01-26", election="2025"), "60 percent")
    assert pd.isna(early["reference_stage"]) and "intermediate" in early["note"]


@pytest.mark.parametrize("text, subject", [
    # a share whose owner is named by a label or a description, not a name (round 3)
    ("The minister was surprised that only nearly 90 percent voted for the dictator.", "lukashenko"),
    ("About 80 percent voted for the incumbent.", "lukashenko"),
    ("About 80 percent voted for the opposition.", None),  # a group, not a candidate
    ("About 80 percent voted for the proposal.", None),
])
def test_a_share_for_a_described_candidate_is_that_candidates(text, subject):
    r = figures_of(text, published="2025-01-28", election="2025").iloc[0]
    assert r["kind"] == "vote_share"
    assert (r["subject"] if subject else pd.isna(r["subject"])) == (subject or True)


@pytest.mark.parametrize("text, span, kind", [
    # a generic candidate in the present tense states the rule (round 4) ...
    ("Under the law, a presidential candidate who receives more than 50 percent of the vote wins.", "50 percent",
     "threshold"),
    # ... a particular candidate who won is a result, whatever the article
    ("For a presidential candidate who allegedly won the election with over 80 percent of the vote, the secret "
     "inauguration seemed odd.", "80 percent", "vote_share"),
])
def test_a_generic_candidate_states_a_rule_a_past_win_a_result(text, span, kind):
    assert one(figures_of(text), span)["kind"] == kind


def test_according_to_the_poll_refers_back_to_the_poll_named_before():
    """'according to the poll' names the exit poll of the previous sentence: not compared (round 4)."""
    t = figures_of("Petrov won Sunday's election with 79.7%, according to an official exit poll.\n\n"
                   "Main challenger Tikhanovskaya came second with 6.8%, according to the poll.",
                   published="2020-08-10")
    r = one(t, "6.8%")
    assert (r["source_kind"], pd.isna(r["reference_stage"])) == ("exit_poll", True)


def test_a_poll_that_is_the_vote_is_no_source():
    """'won the poll' is the election itself, and with no poll named before the reference stays the
    official result."""
    t = figures_of("Lukashenko won the poll with 80.1 percent, the commission said. Tsikhanouskaya took 10.1 "
                   "percent, according to the poll.", published="2020-08-20")
    for span in ("80.1 percent", "10.1 percent"):
        r = one(t, span)
        assert (pd.isna(r["source_kind"]), r["reference_stage"]) == (True, "final")


def test_a_poll_list_voting_for_candidates_is_vote_shares_of_the_poll():
    """'a poll showed 78.5% voting for X and only 6% for Y': both are vote shares, and the list member
    without a cue of its own comes from the same poll (not compared with the official result)."""
    t = figures_of("An exit poll in Moscow showed 78.5% voting for Tikhanovskaya and only 6% for Lukashenko.",
                   published="2020-08-10")
    got = [tuple(one(t, s)[["kind", "subject", "source_kind"]]) for s in ("78.5%", "6%")]
    assert got == [("vote_share", "tsikhanouskaya", "exit_poll"), ("vote_share", "lukashenko", "exit_poll")]
    assert pd.isna(one(t, "6%")["reference_value"])
