"""A later short mention inherits what the first full mention said about the speaker
(resolve.Resolver: _titled, _description_of, _description). Sentences invented."""

from __future__ import annotations

import pandas as pd
from conftest import row_with, statements_of


def test_he_after_a_title_headed_speaker_is_that_person():
    # 'the CSTO chief' names no one in actors.csv, but a singular title is a person: 'he' is him
    t = statements_of('The vote was calm, the CSTO chief said on Monday. '
                      '"We saw no violations at all," he added.')
    assert row_with(t, "We saw no violations").actor_group == "international_organisation"


def test_he_does_not_refer_to_a_plural_title():
    # 'the Foreign Ministers of …' (a plural title) is no antecedent for 'he'; the Latvian analyst is
    t = statements_of('Latvian analyst Maria Gutsalo said the count was slow. '
                      'The Foreign Ministers of Italy and Spain said the vote was unfair. '
                      '"It was slow," she added.')
    assert row_with(t, "It was slow").actor_group == "analyst"


def test_a_surname_takes_the_group_of_a_possessive_description():
    # 'the mission's head, Ivan Petrenko': the phrase names no group, its possessor does (the
    # monitoring mission named before); 'mission' is not the word 'commission' of the sentence
    t = statements_of('An election monitoring mission of the CIS has begun work in Minsk, the statement said. '
                      "The chairwoman of the Central Election Commission, Anna Berg, met the mission's head, "
                      "Ivan Petrenko, on Friday. The mission has observed every vote since 2001, Petrenko said.")
    assert row_with(t, "observed every vote").actor_group == "election_observers"


def test_an_unrelated_surname_gets_no_group():
    t = statements_of('An election monitoring mission of the CIS has begun work in Minsk. '
                      "Anna Berg met the mission's head, Ivan Petrenko, on Friday. "
                      'The vote was fair, Ivan Kowalski said.')
    assert pd.isna(row_with(t, "The vote was fair").actor_group)


def test_he_after_a_name_with_a_role_apposition_is_that_person():
    # the parser may tag a foreign name as an organisation; its apposition 'an observer from Brazil'
    # (a person's role) makes it a person, and 'he' is him
    t = statements_of('Lucas Leiros de Almeida, an observer from Brazil, emphasized that the process was open. '
                      '"We had access to all the polling stations," he noted.')
    assert row_with(t, "We had access").actor_group == "election_observers"


def test_he_after_the_observer_is_that_observer():
    t = statements_of('Polling went smoothly, the observer from Spain said. "I hope the turnout will be high," he added.')
    assert row_with(t, "I hope the turnout").actor_group == "election_observers"


def test_a_plural_possessor_finds_its_earlier_mention():
    # 'The three countries'' (plural) refers back to 'The countries of the Weimar Triangle …'
    t = statements_of("The countries of the Weimar Triangle, Poland, France and Germany, met on Friday. "
                      "The three countries' foreign ministers said the vote must be free.")
    assert row_with(t, "must be free").actor_group == "western_government"


def test_a_surname_far_after_the_full_name_keeps_its_group():
    # beyond the pronoun window (four sentences), and with a name the tagger takes for an
    # organisation (so no person entity introduces it): the surname is still the observer named before
    filler = "The vote took place on Sunday. Polling stations closed at eight. " * 3
    t = statements_of("Lucas Leiros de Almeida, an observer from Brazil, said the process was open. " + filler
                      + "The count was transparent, Almeida added.")
    assert row_with(t, "The count was transparent").actor_group == "election_observers"


def test_a_bare_title_never_refers_to_a_person_inside_its_own_statement():
    # the candidate is what the chairwoman talked about, not who she is
    t = statements_of("Tikhanovskaya received 10 percent, the commission chairwoman said.")
    assert pd.isna(row_with(t, "Tikhanovskaya received").actor_id)
