"""A document that speaks ('the statement said', 'the message reads') speaks for whoever issued
it (issue 12, fourth round: error kinds shared by the development sets). Every sentence is
invented; institutions come from ``data/actors.csv`` and ``data/speaker_groups.csv``.
"""

from __future__ import annotations

import pandas as pd
from conftest import row_with, statements_of


def test_a_dateline_is_not_the_issuer_of_the_statement_the_lead_reports():
    # the parser reads 'MINSK' as a second subject of 'has released'; the mission issued the statement
    t = statements_of("MINSK, 3 February (Agency) – The Observation Mission from the Commonwealth of Independent "
                      "States has released a statement on the vote. The mission worked for a month.\n\n"
                      "“The vote was orderly and calm,” the statement said.", "2025-02-03")
    row = row_with(t, "The vote was orderly and calm")
    assert (row.actor_group, row.speaker_resolution) == ("election_observers", "group-only")


def test_a_medium_that_learned_of_a_message_did_not_issue_it():
    t = statements_of("The Russian Foreign Ministry has congratulated the commission on the vote, BelTA learned from "
                      "its press office.\n\n“We welcome the orderly vote,” the message reads.", "2025-02-03")
    assert row_with(t, "We welcome the orderly vote").actor_group == "russian_government"


def test_a_medium_that_said_something_issued_the_report_that_follows():
    t = statements_of("The president was sworn in on Wednesday, the news agency BelTA said.\n\n"
                      "The report said that several hundred officials attended the ceremony.", "2025-02-03")
    assert row_with(t, "several hundred officials attended").actor_group == "media"


def test_an_indefinite_document_is_not_the_latest_subjects():
    # 'an exit poll' is new to the text: the candidate named before did not issue it (her share is
    # its content); 'the exit poll' with no issuer of its own still takes the latest subject's
    before = "Opposition candidate Anna Petrova leads abroad. "
    content = "71% voting for her and 9% for the incumbent"
    new = row_with(statements_of(before + f"An exit poll among expatriate voters showed {content}.", "2025-01-27"),
                   content)
    assert (new.speaker, new.speaker_resolution) == ("An exit poll", "none")
    assert pd.isna(new.actor_id) and pd.isna(new.actor_group)
    same = row_with(statements_of(before + f"The exit poll among expatriate voters showed {content}.", "2025-01-27"),
                    content)
    assert (same.speaker, same.actor_group) == ("The exit poll", "belarus_opposition")
