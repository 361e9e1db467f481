"""Persons introduced by a description (resolve.Resolver._introduced): a later mention of the same
person keeps the description's group; a different person who shares only the surname must not.
Sentences invented."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import row_with, statements_of

INTRO = 'Latvian analyst Maria Gutsalo criticised the vote. '


def test_the_surname_alone_keeps_the_introduced_persons_group():
    t = statements_of(INTRO + '"It was fine," Gutsalo said.')
    assert row_with(t, "It was fine").actor_group == "analyst"


@pytest.mark.parametrize("said", ['"It was fine," Ivan Gutsalo said.',
                                  '"It was a sham," Ivan Gutsalo, a farmer, said later.'])
def test_another_first_name_with_the_same_surname_is_another_person(said):
    row = row_with(statements_of(INTRO + said), "It was")
    assert row.speaker == "Ivan Gutsalo" and pd.isna(row.actor_group)


def test_an_honorific_with_the_surname_is_the_introduced_person():
    row = row_with(statements_of(INTRO + '"It was fine," Ms Gutsalo said.'), "It was fine")
    assert row.actor_group == "analyst"
