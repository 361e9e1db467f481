"""Speaker -> actor group for speakers that are not in ``data/actors.csv``: the rules of
``data/speaker_groups.csv`` (country words and possessives, institution words, international
bodies, opposition descriptions) and coreference in a statement table (pronouns, short
names, 'the ministry'). Every person here is invented; real actors live only in
``data/actors.csv``.

The two tables below are the in-sample measure of actor-group resolution reported for
issue 12 (``test_in_sample_group_accuracy`` prints it): invented examples written before
the rules were changed, so a rule that breaks shows up as a failing row.
"""

from __future__ import annotations

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import pipeline
from belarus_analysis.extract.actors import actor_index

# surface form of a speaker -> expected group (None: no group may be guessed)
DESCRIPTIONS = [
    ("Russia's foreign ministry", "russian_government"),
    ("the Kremlin", "russian_government"),
    ("Moscow", "russian_government"),
    ("Washington", "western_government"),
    ("Beijing", "other_government"),
    ("the State Department", "western_government"),
    ("a State Department spokeswoman", "western_government"),
    ("the White House", "western_government"),
    ("the Foreign Office", "western_government"),
    ("a spokesperson for the German embassy", "western_government"),
    ("the Polish embassy in Minsk", "western_government"),
    ("a Lithuanian MEP", "eu_institution"),
    ("a Russian senator", "russian_government"),
    ("a Duma deputy", "russian_government"),
    ("a deputy of the State Duma", "russian_government"),
    ("the Federation Council", "russian_government"),
    ("ODIHR observers", "international_organisation"),
    ("the UN human rights office", "international_organisation"),
    ("United Nations experts", "international_organisation"),
    ("a NATO spokesman", "international_organisation"),
    ("the CIS observer mission", "election_observers"),
    ("the exiled opposition leader", "belarus_opposition"),
    ("a jailed activist", "belarus_opposition"),
    ("opposition activists", "belarus_opposition"),
    ("a human-rights group", "ngo"),
    ("a Russian tourist", None),
    ("the weather service", None),
]


@pytest.mark.parametrize(("surface", "group"), DESCRIPTIONS)
def test_a_description_gives_its_group(surface, group):
    assert actor_index().lookup(surface, on="2020-08-10").group == group


# one invented article: (speaker as written, expected group, expected speaker_resolution)
ARTICLE = (
    "Lithuanian Foreign Minister Rasa Vell said the vote was rigged. Vell added that sanctions would follow. "
    "She also said the count was a farce.\n\n"
    "Kazakhstan's foreign ministry said the vote was fair. The ministry added that observers saw no fraud.\n\n"
    "Anna Kalve, a Latvian MEP, said the result was false.\n\n"
    "The State Department said the election was not free.\n\n"
    "Moscow said the West was meddling."
)
SPEAKERS = [
    ("Lithuanian Foreign Minister Rasa Vell", "western_government", "group-only"),
    ("Vell", "western_government", "previous"),
    ("She", "western_government", "pronoun"),
    ("Kazakhstan's foreign ministry", "other_government", "group-only"),
    ("The ministry", "other_government", "description"),
    ("Anna Kalve", "eu_institution", "group-only"),
    ("The State Department", "western_government", "name"),  # a row of actors.csv
    ("Moscow", "russian_government", "name"),
]


@pytest.fixture(scope="module")
def table():
    arts = ba.from_texts({"a": ARTICLE}, [{"article_id": "a", "published": "2020-08-12"}])
    return pipeline.build(arts, ["statements"])["statements"]


@pytest.mark.parametrize(("speaker", "group", "how"), SPEAKERS)
def test_speakers_of_an_article_resolve_to_their_group(table, speaker, group, how):
    row = table[table.speaker == speaker]
    assert len(row) == 1, table[["speaker", "text"]]
    assert (row.actor_group.iloc[0], row.speaker_resolution.iloc[0]) == (group, how)


def test_in_sample_group_accuracy(table, capsys):
    """The small in-sample measure for the report: share of invented speakers whose group is right."""
    idx = actor_index()
    right = sum(idx.lookup(s, on="2020-08-10").group == g for s, g in DESCRIPTIONS)
    by_speaker = dict(zip(table.speaker, table.actor_group))
    right_article = sum(by_speaker.get(s) == g for s, g, _ in SPEAKERS)
    with capsys.disabled():
        print(f"\nactor groups, invented descriptions: {right}/{len(DESCRIPTIONS)}; "
              f"invented article speakers: {right_article}/{len(SPEAKERS)}")
    assert right == len(DESCRIPTIONS) and right_article == len(SPEAKERS)
    assert pd.notna(table.actor_group).sum() >= len(SPEAKERS)
