"""Cue form and speaker groups (issue 12, set L). A trailing attribution 'CLAUSE, X report.' whose verb
the tagger read as a singular noun ('report' NN with a nominal subject before it) is still the cue; rights
watchdogs and human rights activists are rights groups. Every sentence is invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text, content", [
    ("Many observers are being prevented from entering polling stations throughout the region, human rights "
     "watchdogs report.", "Many observers are being prevented from entering polling stations throughout the region"),
    ("Many journalists are being prevented from entering polling stations throughout the region, human rights "
     "watchdogs report.", "Many journalists are being prevented from entering polling stations throughout the region"),
    ("Many observers are being prevented from entering counting rooms throughout the country, human rights "
     "watchdogs report.", "Many observers are being prevented from entering counting rooms throughout the country"),
    ("Many monitors are being stopped from entering polling stations throughout the country, human rights "
     "watchdogs report.", "Many monitors are being stopped from entering polling stations throughout the country"),
])
def test_a_trailing_cue_tagged_as_a_noun_reports_the_clause_before_it(text, content):
    t = statements_of(text)
    assert list(zip(t.text, t.cue_lemma, t.speaker, t.actor_group)) == [
        (content, "report", "human rights watchdogs", "ngo")]


def test_a_noun_with_no_subject_before_it_is_no_cue():
    # 'the report' names a document: no subject of its own, nothing reported by it
    t = statements_of("Officials read the report. The count was slow, the report of the board said.")
    assert "report" not in set(t.cue_lemma)


@pytest.mark.parametrize("speaker, actor, group", [
    ("Human rights activists", "rights_groups", "ngo"),
    ("A local rights watchdog", None, "ngo"),
    ("Two human rights watchdogs", None, "ngo"),
    ("Opposition activists", "belarus_opposition", "belarus_opposition"),   # activists alone: the opposition
])
def test_rights_watchdogs_and_human_rights_activists_are_rights_groups(speaker, actor, group):
    row = statements_of(f"{speaker} said that two people died in the crush.").iloc[0]
    assert (row.actor_id if isinstance(row.actor_id, str) else None, row.actor_group) == (actor, group)
