"""Speaker descriptions in no row of actors.csv -> group through data/speaker_groups.csv (issue 12,
fourth round: media and European descriptions of the development sets). Invented phrases."""

from __future__ import annotations

import pytest

from belarus_analysis.extract.actors import actor_index


@pytest.mark.parametrize(("surface", "group"), [
    ("The publication", "media"),  # an outlet named by what it is ('The publication reported …')
    ("the news outlet", "media"),
    ("the agency's correspondent", "media"),
    ("European politicians", "western_government"),
    ("Eyewitnesses", "citizen"),  # bystanders reporting what they saw, not election observers
    ("independent observers", "election_observers"),  # like 'European leaders', not the EU institutions
    ("the Central Election Commission website", "belarus_government"),  # the site is the commission's: no 'website' term
])
def test_a_description_gives_its_group(surface, group):
    assert actor_index().lookup(surface, on="2025-01-27").group == group
