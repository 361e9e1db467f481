"""A document as the subject of a reporting verb, with the words that name (or do not name) its issuer
inside the subject's noun phrase. Sentences invented."""

from __future__ import annotations

import pandas as pd
from conftest import row_with, statements_of


def test_the_target_of_a_document_is_not_its_speaker():
    # the parser makes the participle's object a second subject of 'said'
    row = row_with(statements_of("A statement criticising Lukashenko said the vote was rigged."), "the vote")
    assert row.speaker == "A statement" and pd.isna(row.actor_id)
    row = row_with(statements_of("A statement issued by the OSCE said the vote was rigged."), "the vote")
    assert row.actor_id == "osce"  # a participle naming the issuer still names it


def test_a_document_by_an_actor_speaks_for_it():
    assert row_with(statements_of("A report by the OSCE said the vote was flawed."), "the vote").actor_id == "osce"
    assert row_with(statements_of("A statement from the OSCE said the vote was flawed."), "the vote").actor_id == "osce"


def test_a_document_about_someone_names_no_speaker():
    row = row_with(statements_of("A report about Tsikhanouskaya said the vote was rigged."), "the vote")
    assert pd.isna(row.actor_id)
