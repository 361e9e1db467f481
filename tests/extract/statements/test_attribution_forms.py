"""Attribution forms of election coverage (wires, state media, government statements, independent
media) that the extractor missed, each a general form (issue 12, seventh round, third part).
Sentences invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_an_attribution_set_off_by_dashes_inside_a_clause_is_one_row_for_the_whole_clause(dash):
    # as with commas ('The museum, X said, would …'): em dash, en dash and a spaced hyphen, whichever
    # of the subject, the cue or the predicate the parser made the root
    t = statements_of(f"The tally {dash} the monitors said {dash} was altered from the start.\n"
                      f"The count was {dash} the board said {dash} entirely honest.", "2024-03-20")
    assert list(zip(t.kind, t.text, t.speaker)) == [
        ("indirect", f"The tally {dash} the monitors said {dash} was altered from the start", "the monitors"),
        ("indirect", f"The count was {dash} the board said {dash} entirely honest", "the board")]


def test_a_single_dash_before_the_attribution_still_ends_the_clause():
    # no closing dash: the attribution follows the clause, which ends before the dash
    t = statements_of("The count was a farce — the monitors said.", "2024-03-20")
    assert list(zip(t.text, t.speaker)) == [("The count was a farce", "the monitors")]


def test_a_participle_cue_on_a_verbless_sentences_root_noun_is_its_finite_verb():
    # the parser reads 'X's office reported on Y that …' as a noun phrase with a reduced relative
    # ('the office [that was] reported'); with no other verb left, the participle is the verb
    t = statements_of("Kell's press office reported on Telegram that the clerk had cast his ballot.", "2024-03-20")
    assert list(zip(t.kind, t.text, t.speaker, t.cue_lemma)) == [
        ("indirect", "the clerk had cast his ballot", "Kell's press office", "report")]


def test_a_reduced_passive_participle_stays_passive():
    # a participle modifying a subject that has its own verb, or one with no that-clause, is no speech
    t = statements_of("The results announced on Monday showed that turnout was high.\n"
                      "The results announced on Monday.", "2024-03-20")
    assert list(zip(t.text, t.speaker, t.cue_lemma)) == [("turnout was high", "The results", "show")]


def test_a_relative_clause_answering_the_reported_clause_ends_it():
    # '…, which the authorities deny' hangs on the reported clause's verb: the antecedent is the whole
    # clause, and another speaker's answer to it is no part of what was said; it is a speech act of its
    # own about that clause (set F, issue 12 eleventh round)
    t = statements_of("The party says the tally was altered, which the board denies.", "2024-03-20")
    assert sorted(zip(t.text, t.speaker)) == [("the tally was altered", "The party"),
                                              ("the tally was altered", "the board")]


def test_a_relative_clause_on_a_noun_inside_the_reported_clause_stays_in_it():
    # 'inmates, whom X qualify as …' modifies a noun of the content: it stays, and is a row of its own
    t = statements_of("Kell said the inmates, whom the monitors describe as prisoners of conscience, were "
                      "criminals.", "2024-03-20")
    assert list(zip(t.text, t.speaker)) == [
        ("the inmates, whom the monitors describe as prisoners of conscience, were criminals", "Kell"),
        ("as prisoners of conscience", "the monitors")]


def test_a_participle_cue_with_an_object_in_a_verbless_sentence_speaks_for_its_root_noun():
    # 'The party — which boycotted the vote — called the result a farce': the parser hangs 'called' on
    # 'vote' as a participle; a participle with a direct object is no passive, and the sentence has no
    # other verb, so its subject is the sentence's root noun, not the noun it was hung on
    t = statements_of("The party — which boycotted the ballot — called the result a farce.", "2024-03-20")
    assert list(zip(t.text, t.speaker, t.cue_lemma)) == [("the result a farce", "The party", "call")]


def test_a_quote_after_a_persons_label_is_that_persons():
    # 'Name: “…”' opening a sentence is the direct quote's attribution (as 'Name said: “…”'), the cue empty;
    # a label naming no one ('The verdict: “…”') leaves the quote unattributed
    t = statements_of("Anna Kell: “The count was not honest.”\nThe verdict: “It was rigged.”", "2024-03-20")
    assert list(zip(t.kind, t.text, t.speaker.fillna(""))) == [
        ("direct", "The count was not honest.", "Anna Kell"), ("direct", "It was rigged.", "")]


def test_a_labels_speaker_ends_at_its_colon():
    # review, session 7: the parser hangs a short quotation on the label's name ('Kallas: “no”'); the
    # speaker is the label, never the label with the quotation's opening mark and words
    text = "Kallas: “no”\nTsikhanouskaya: “we won”"
    t = statements_of(text, "2024-03-20")
    assert list(zip(t.text, t.speaker, t.actor_id)) == [
        ("no", "Kallas", "kallas"), ("we won", "Tsikhanouskaya", "tsikhanouskaya")]
    assert all(text[a:b] == s for a, b, s in zip(t.speaker_start, t.speaker_end, t.speaker))


def test_voicing_an_attitude_takes_its_clause_like_expressing_it():
    # 'voiced concern that …' is 'expressed concern that …' (lexicon rows 'voice concern' …): the clause
    # is the content, the noun belongs to the cue; 'voiced concern about NP' keeps the NP
    t = statements_of("The board voiced concern that the count had been altered.\n"
                      "The clerk voiced concern about the delays.", "2024-03-20")
    assert list(zip(t.text, t.cue_lemma)) == [("the count had been altered", "voice concern"),
                                              ("concern about the delays", "voice")]


def test_a_short_quotation_with_its_attribution_is_no_headline():
    # a very short paragraph ending in a period is read as a heading when its words are capitalised
    # ('All Bets Are Off.'); a quoted sentence with words after it ('“Free Kell!” Berg said.') is speech
    t = statements_of("“Long live Arland!” Berg said.\n\nAll Bets Are Off.\n\nThe count went on.", "2024-03-20")
    assert list(zip(t.kind, t.text, t.speaker)) == [("direct", "Long live Arland!", "Berg")]


def test_a_conclusion_that_is_a_nominal_cue_like_a_claim_that():
    # 'X's conclusion that …' (speech_nouns.csv: conclusion, verb conclude) reports X's clause; a
    # conclusion with no clause reports nothing
    t = statements_of("The monitors' conclusion that the tally fell short of standards angered the board.\n"
                      "The conclusion of the report was clear.", "2024-03-20")
    assert list(zip(t.text, t.cue_lemma)) == [("the tally fell short of standards", "conclusion")]
