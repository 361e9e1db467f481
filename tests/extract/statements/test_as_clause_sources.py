"""'as'-clause attributions the parser breaks up (issue 12, session 9 round 2: kind pooled from the
PolNeAR dev split's misses, three instances, and set A's 'as reported by'): the clause the 'as'
clause modifies is the speaker's (statements.md §1.2, `as X put it`). Sentences invented."""

from __future__ import annotations

import pytest
import spacy
from conftest import statements_of
from spacy.tokens import Doc

from belarus_analysis.extract.statements import content


@pytest.mark.parametrize("text, speaker", [
    # the parser hangs 'as' on the subject ('as' + object) and makes the cue the sentence's verb
    ("The harbour, as one of the governor's advisers pointed out, rarely freezes in March.",
     "one of the governor's advisers"),
    # ... or hangs 'as' on the cue and makes the speaker a second subject of it
    ("Norway, as one of Mr. Berg's energy advisers pointed out, normally does not get two storms in a row.",
     "one of Mr. Berg's energy advisers"),
])
def test_an_as_clause_the_parser_made_the_sentences_verb_still_interrupts_the_clause(text, speaker):
    t = statements_of(text, "2024-03-20")
    assert list(zip(t.kind, t.speaker, t.cue_lemma, t.text)) == [
        ("indirect", speaker, "point out", text.rstrip("."))]


def _parsed(words, heads, deps):
    # a hand-made parse: the shape is what the rule reads, whatever a model gives for these words
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_an_as_phrase_hung_with_its_object_on_the_cue_names_the_speaker():
    # the third shape the parser gives (seen after a sentence before it): 'as' + object on the cue
    words = ["Norway", ",", "as", "one", "of", "the", "advisers", "pointed", "out", ",", "rarely", "gets",
             "storms", "."]
    heads = [7, 7, 7, 2, 3, 6, 4, 7, 7, 7, 11, 7, 11, 7]
    deps = ["nsubj", "punct", "prep", "pobj", "prep", "det", "pobj", "ROOT", "prt", "punct", "advmod", "advcl",
            "dobj", "punct"]
    doc = _parsed(words, heads, deps)
    assert content.subject_as_source(doc[7]).text == "one"
    # with a comma before the cue the 'as' phrase is an apposition of the subject: no attribution
    words[7:7] = [","]
    doc = _parsed(words, [h + (h >= 7) for h in heads[:7]] + [8] + [h + 1 for h in heads[7:]],
                  deps[:7] + ["punct"] + deps[7:])
    assert content.subject_as_source(doc[8]) is None


def test_an_apposition_with_as_before_the_cue_is_no_attribution():
    # 'as a lawyer' describes the speaker (a comma before the cue): the senator speaks, the clause after
    t = statements_of("The senator, as a lawyer, said the law was clear.", "2024-03-20")
    assert list(zip(t.speaker, t.text)) == [("The senator", "the law was clear")]


@pytest.mark.parametrize("text, speaker, content", [
    ("As noted in the ministry's report, the reservoir is nearly empty.", "the ministry's report",
     "the reservoir is nearly empty"),
    ("As stated in Berg's commentary, there are many questions about the grant.", "Berg's commentary",
     "there are many questions about the grant"),
])
def test_an_agentless_as_clause_naming_a_document_is_that_documents_statement(text, speaker, content):
    t = statements_of(text, "2024-03-20")
    assert list(zip(t.kind, t.speaker, t.text)) == [("indirect", speaker, content)]


def test_an_agentless_as_clause_naming_no_document_reports_nothing():
    # 'as noted' with no source names nobody; 'in March' is no document
    assert statements_of("As noted, the reservoir is nearly empty.", "2024-03-20").empty
    assert statements_of("As noted in March, the reservoir is nearly empty.", "2024-03-20").empty
