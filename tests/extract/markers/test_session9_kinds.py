"""Polar markers of issue 13, session 9: kinds seen in at least two development sets (refusals phrased as a
negated verb of belief, declared wins in a sentence that delegitimises the vote, state-media legitimation
vocabulary). Every example is invented."""

from __future__ import annotations

import pytest

from test_context import markers, polar


@pytest.mark.parametrize("text, expected", [
    # a government that denies the winner or the result legitimacy refuses to recognise it: the negated verb
    # is the span, and the legitimising words in its object are not coded
    ("The ministry said it did not consider Petrov the legitimate president of the country.",
     [("did not consider", -1)]),
    ("“We cannot consider Petrov the legitimately elected leader.”", [("cannot consider", -1)]),
    ("There was massive electoral fraud, so we cannot consider this election as legitimate.",
     [("electoral fraud", -1), ("cannot consider", -1)]),
    ("These facts do not allow us to consider the outcome of the vote as credible.",
     [("do not allow us to consider", -1)]),
])
def test_a_negated_verb_of_belief_denying_legitimacy_is_non_recognition(text, expected):
    assert polar(text) == expected
    m = markers(text)
    assert set(m.loc[m["lexicon"] == "recognition", "category"]) == {"non_recognition"}


@pytest.mark.parametrize("text, expected", [
    # a negated verdict on how the vote was run stays one delegitimising span of the legitimacy lexicon
    ("The ministry does not consider the vote free or fair.", [("does not consider the vote free or fair", -1)]),
    # a negated naming verb too (the development sets code it so)
    ("“We can not call Petrov legitimate,” the president said.", [("can not call Petrov legitimate", -1)]),
    # a legitimate concern is no verdict on the vote
    ("Analysts did not consider the delay a legitimate concern.", []),
])
def test_negated_verdicts_that_are_not_refusals(text, expected):
    assert polar(text) == expected
    assert "recognition" not in set(markers(text)["lexicon"])


@pytest.mark.parametrize("text", [
    "The opposition leader dismissed as fraudulent a presidential election that saw Petrov declared the winner.",
    "Petrov extended his rule after officials declared him the winner of an election that Western governments "
    "rejected as a sham.",
    "The move follows the declaration of Petrov as the winner, despite claims of unfair and unfree practices.",
])
def test_a_declared_win_in_a_sentence_that_delegitimises_the_vote_is_not_asserted(text):
    assert [p for _, p in polar(text)] and all(p < 0 for _, p in polar(text))


@pytest.mark.parametrize("text", [
    "The Central Election Commission named Petrov the winner.",
    "Petrov was declared the winner with 80 percent of the vote.",
])
def test_a_declared_win_without_delegitimation_is_coded(text):
    assert ("winner", 1) in polar(text)


@pytest.mark.parametrize("text, span", [
    # an official's intensified evaluation of turnout (plain 'turnout was high' is a figure report)
    ("“People are voting actively, and the turnout is quite high,” the official said.", "turnout is quite high"),
    # the observers' criteria said of how a country runs its elections
    ("“The country strives to be inclusive, democratic and transparent in its election process,” he said.",
     "inclusive, democratic and transparent"),
    # a single criterion said of the vote, behind a quotation mark
    ("An observer stressed that the voting process was “fully accessible.”", "fully accessible"),
    # conditions given to observers and voters
    ("The mission noted that all the necessary conditions were provided to the foreign observers.",
     "all the necessary conditions were provided to the foreign observers"),
    ("The authorities created the necessary conditions for voters, the mission said.",
     "the necessary conditions for voters"),
    # the quality of the process
    ("Observers praised the high quality of the electoral process.", "high quality"),
    ("The mission noted the excellent quality of the presidential elections.", "excellent quality"),
    # a booster of the winner's share
    ("Petrov won the presidential election, securing an impressive 86.8 percent of the vote.", "impressive"),
    # turnout as the voters' interest, in the sentence after the turnout
    ("“Turnout yesterday was 8 percent. This shows the interest of the voters,” the observer said.",
     "shows the interest of the voters"),
    # the same intensified evaluation of the voters' activity
    ("Voter activity was very high in all regions, the commission said.", "Voter activity was very high"),
    # the election administration praised
    ("The observers praised the professionalism of the election commissions.", "professionalism"),
    ("The elections were organised at the highest level, the mission said.", "at the highest level"),
    # a considered choice
    ("“Citizens come to the polls to make their deliberate choice,” she said.", "deliberate choice"),
])
def test_state_media_legitimation_vocabulary(text, span):
    assert (span, 1) in polar(text)


@pytest.mark.parametrize("text", [
    "Polls were fully open until 8 pm.",
    "The opposition wants the next elections to be free and fair.",
    "Turnout was 84 percent.",
    "The city created the necessary conditions for tourists.",
    "Measures ensure that the elections adhere to the highest standards of the electoral process.",
    "Economic activity was very high last year.",
    "Critics doubted the professionalism of the football club's staff.",
    # business and sport look-alikes (review of session 9): a booster of a share that is no share of the vote,
    # conditions for a list that is not the vote's beneficiaries, a crowd's interest shown by a stadium's turnout,
    # a considered choice to do something else
    "The bank posted an impressive 60 percent rise in profit.",
    "The striker converted a convincing 90 percent of his penalties this season.",
    "The company said the necessary conditions were created for investors and journalists.",
    "The turnout at the stadium was very high. This shows the interest of the fans.",
    "Shoppers made a conscious choice to buy local products.",
])
def test_state_media_rows_leave_neutral_wordings_alone(text):
    assert [p for _, p in polar(text) if p > 0] == []


@pytest.mark.parametrize("text", [
    # a negated verb of belief or naming with a bare 'credible'/'legitimate' whose object is no vote, result or
    # person denies nothing about the election (review of session 9; invented)
    "Investors do not view the bank's management as credible.",
    "Analysts do not consider the sanctions credible.",
    "The EU does not consider Minsk's concerns legitimate.",
    "You cannot call this a legitimate concern.",
    "Economists cannot call the new figures credible.",
])
def test_a_negated_verdict_on_another_object_is_no_marker(text):
    assert polar(text) == []


@pytest.mark.parametrize("text, expected", [
    ("We do not consider Petrov legitimate.", [("do not consider", -1)]),
    ("We do not consider him legitimate.", [("do not consider", -1)]),
    ("The EU does not regard the election as legitimate.", [("does not regard", -1)]),
    ("Critics cannot call the vote legitimate.", [("cannot call the vote legitimate", -1)]),
    ("We cannot call him a legitimate president.", [("cannot call him a legitimate", -1)]),
])
def test_a_negated_verdict_on_the_vote_or_its_winner_still_counts(text, expected):
    assert polar(text) == expected


@pytest.mark.parametrize("text, span", [
    # a verdict on the vote declared by its judges in a disputed sentence is theirs (quoted), not a reported win
    ("Critics said the vote was rigged, but observers declared the election free and fair.", "free and fair"),
    ("The opposition alleged fraud, while the CEC announced that the elections were valid.", "valid"),
])
def test_a_declared_verdict_in_a_disputed_sentence_is_still_coded(text, span):
    assert (span, 1) in polar(text)
