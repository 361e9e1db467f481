"""Polar markers (issue 13): rows built from the OSCE/ODIHR assessment criteria (genuine,
competitive, pluralistic, inclusive, transparent), the level playing field and the validity threshold
(data/lexicons/README.md). Every example is invented."""

from __future__ import annotations

import pytest

from test_context import markers as markers_frame, polar


@pytest.mark.parametrize("text, expected", [
    # praise with the assessment criteria, as paired praising predicates
    ("Observers said the elections were inclusive and transparent.", [("inclusive and transparent", 1)]),
    ("The electoral process was open and fully accessible, he said.", [("open and fully accessible", 1)]),
    # a criterion denied, alone or two at once
    ("The statement said the election was not genuine.", [("was not genuine", -1)]),
    ("The vote was neither genuine nor competitive.", [("neither genuine nor competitive", -1)]),
    # unequal conditions of the contest
    ("The vote took place without a level playing field.", [("without a level playing field", -1)]),
    ("The campaign was held on an uneven playing field.", [("uneven playing field", -1)]),
    # a belief in the infinitive form of the verdict
    ("Opposition leaders consider the vote to be forged.", [("forged", -1)]),
    # turnout above the legal threshold makes the election valid
    ("More than half of the voters took part, making the election valid.", [("valid", 1)]),
])
def test_assessment_criteria(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text", [
    "A turnout above half would make the election valid.",  # a condition, not a verdict
    "The documents were considered to be forged.",  # no election
    "The new rules make the passport valid for ten years.",  # no election
    "The playing field of the stadium was level.",  # no formula
])
def test_no_verdict_without_the_judged_vote(text):
    assert polar(text) == []


@pytest.mark.parametrize("text, expected", [
    # popular endorsement as the winner's authority
    ("Your victory testifies to the people's unwavering support for your course.",
     [("victory", 1), ("unwavering support", 1)]),
    ("The president enjoys firm support of the Belarusian people.", [("firm support", 1)]),
    # the voters' free choice denied in its verb form
    ("Belarusians did not get to choose a president.", [("did not get to choose a president", -1)]),
    ("Voters could not freely elect their representatives.", [("could not freely elect their representatives", -1)]),
])
def test_popular_support_and_the_denied_choice(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text", [
    "The EU has strong support for sanctions among its members.",  # not the people's support of the winner
    "The party won strong public support from the unions.",
    "Belarusians must be able to choose their president.",  # a demand, not a verdict
    "The jury could not choose a winner.",
])
def test_no_support_or_choice_formula_elsewhere(text):
    assert polar(text) == []


@pytest.mark.parametrize("text, span", [
    # the term of states that do not recognise the office-holder, only its own words
    ("We urge the de-facto Belarusian authorities to release the prisoners.", "de-facto"),
    ("The de facto president of Belarus spoke on Sunday.", "de facto"),
    ("Belarus has become Russia's puppet state.", "puppet state"),
])
def test_non_recognition_and_client_state_labels(text, span):
    m = markers_frame(text)
    assert list(m.loc[m["category"] == "pejorative_label", "text"]) == [span]


@pytest.mark.parametrize("text", ["The ruling was de facto a ban.", "The puppet show in Minsk was closed.",
                                  "Anna Sidorova became the de facto leader of the protest movement."])
def test_no_label_without_its_noun(text):
    assert not (markers_frame(text)["category"] == "pejorative_label").any()


@pytest.mark.parametrize("text, expected", [
    # an intensifier is left out of the span of a single verdict (markers.md §3.4)
    ("The minister said the election was fully legitimate.", [("legitimate", 1)]),
    # manipulation as a synonym of falsification, of the vote or its result
    ("Critics accused the government of electoral manipulation.", [("electoral manipulation", -1)]),
    ("The authorities manipulated the results, critics say.", [("manipulated the results", -1)]),
    # an election the incumbent controls
    ("Petrov won a tightly controlled election.", [("tightly controlled election", -1)]),
    # the passive and prepositional forms of 'found no violations': the negative subject is the formula's own
    ("No serious violations were recorded during the vote.", [("No serious violations were recorded", 1)]),
    ("The vote was held without any violations, the commission said.", [("held without any violations", 1)]),
])
def test_verdict_forms(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text", [
    "The campaign manipulated public opinion.",  # not the vote or its result
    "State media are tightly controlled.",  # not an election
    "Nobody believes the election was legitimate.",  # a negative subject outside the match still negates
])
def test_no_verdict_form_elsewhere(text):
    assert polar(text) == []


@pytest.mark.parametrize("text, expected", [
    # the observers' finding verb takes the verdict like 'declared' or 'deemed'
    ("The observers found the elections legitimate.", [("legitimate", 1)]),
    # popular trust as the winner's authority
    ("Ivan Petrov won the trust of the people.", [("trust of the people", 1)]),
])
def test_finding_and_trust(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text", [
    "Ivan Petrov lost the trust of the people.",  # the converse is no legitimation
    "She has the confidence of the board.",  # not the people
    "The police found the documents free of errors.",  # no election
])
def test_no_finding_or_trust_elsewhere(text):
    assert polar(text) == []
