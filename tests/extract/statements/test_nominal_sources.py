"""Speech nouns with a named source and a that-clause (issue 12, session 9 round 2: kind pooled from
the PolNeAR dev split's misses: 'warnings from X that', 'a Times report that', 'X's declaration that',
'X's repeated emphasis that'). The nouns are lexicon rows (speech_nouns.csv, role cue); the source
is the possessor, a 'by'/'from' phrase or a name before the noun (statements.md §1, X's claim that …).
Sentences invented."""

from __future__ import annotations

import pytest
from conftest import statements_of


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The mayor seized on a Daily Ledger report that the council had hidden the audit.", "Daily Ledger",
     "report", "the council had hidden the audit"),
    ("Asked about the governor's declaration that the vote was rigged, Berg said nothing.", "the governor's",
     "declaration", "the vote was rigged"),
    ("Novak's repeated emphasis that only a few clerks were involved angered the committee.", "Novak's",
     "emphasis", "only a few clerks were involved"),
    # the parser hangs the that-clause on 'went' when the source phrase stands between
    ("The vote went ahead despite repeated warnings from her lawyer that the hearing was pointless.",
     "her lawyer", "warning", "the hearing was pointless"),
])
def test_a_speech_noun_with_a_source_reports_its_that_clause(text, speaker, cue, content):
    t = statements_of(text, "2024-03-20")
    assert list(zip(t.kind, t.speaker, t.cue_lemma, t.text)) == [("indirect", speaker, cue, content)]


@pytest.mark.parametrize("text", [
    "The vote went ahead despite warnings that the hearing was pointless.",  # nobody named: no speaker
    "The board met despite the report that the minister published.",  # 'that' is a relative pronoun
    "The senator has been dogged by charges that he misused campaign funds.",  # no source
])
def test_a_speech_noun_without_a_source_or_content_clause_reports_nothing(text):
    assert statements_of(text, "2024-03-20").empty


def test_a_speech_noun_in_the_verbs_adjunct_does_not_take_the_verbs_clause():
    # the that-clause is the verb's; the statement it names is where it was said, no second speech act
    t = statements_of("The ministry stressed in its statement that the vote had been fair.", "2024-03-20")
    assert list(zip(t.speaker, t.cue_lemma, t.text)) == [("The ministry", "stress", "the vote had been fair")]
