"""A document's possessor or institution-word modifier names its issuer (resolve.Resolver._document):
'the ministry's statement' after 'Ukraine's Foreign Ministry …' is the ministry's, not the latest
subject's; 'the commission data' are the election commission's. Sentences invented."""

from __future__ import annotations

from conftest import row_with, statements_of


def test_the_possessor_of_a_statement_is_its_issuer():
    t = statements_of("Ukraine's Foreign Ministry condemned the vote on Monday. Berg won a seventh term "
                      'in an election denounced abroad. "It is hard to call such elections fair," '
                      "the ministry's statement read.", published="2025-01-27")
    row = row_with(t, "It is hard to call")
    assert (row.actor_id, row.actor_group) == ("ukraine_mfa", "other_government")


def test_an_institution_word_before_data_names_the_issuer():
    t = statements_of("More than half of voters took part, the chairwoman of the Central Election Commission said. "
                      "The precise turnout is 54.57 percent, according to the commission data.")
    assert row_with(t, "54.57").actor_group == "belarus_government"


def test_a_document_with_no_owner_still_takes_the_latest_speaker():
    t = statements_of("The OSCE published its conclusions on Monday. The report said the count was flawed.")
    assert row_with(t, "the count was flawed").actor_group == "international_organisation"
