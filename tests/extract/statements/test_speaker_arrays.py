"""Speakers read off the view's arrays (issue 17, speed): the relative pronoun's antecedent found on the
head array agrees with spaCy's own tree walk, and a cue's written span is found once. Every sentence
is invented."""

from __future__ import annotations

from belarus_analysis import nlp
from belarus_analysis.extract.statements.context import _context, _is_headline
from belarus_analysis.extract.statements.cues import _find_cues
from belarus_analysis.extract.statements.lexicon import SUBJECT_DEPS
from belarus_analysis.extract.statements.speakers import _np_span, _speaker_at
from belarus_analysis.extract.syntax import RELATIVES
from belarus_analysis.extract.view import ArticleView

TEXT = ("The observers, who said the count was open, left on Monday. The mission that monitored the vote, which "
        "critics say was rigged, reported no fraud. Jane Doe, who had warned that the commission would add "
        "votes, told reporters it did. Voters who were asked to stay said nothing.")


def _ctx(text):
    return _context(ArticleView(nlp.load_pipeline()(text)))


def test_a_relative_pronoun_speaks_for_the_noun_its_clause_modifies_as_spacys_tree_walk_says():
    ctx = _ctx(TEXT)
    doc = ctx.doc
    relatives = [t for t in doc if t.dep_ in SUBJECT_DEPS and t.lower_ in RELATIVES and t.tag_ in ("WP", "WDT")]
    assert len(relatives) >= 3  # the test reads the rule, not an empty loop
    for t in relatives:
        verb = t.head
        rel = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
        expected = rel.head if rel is not None else t
        sp = _speaker_at(ctx, t.i, verb.i)
        assert sp.head.i == expected.i and sp.verb.i == verb.i
        assert (sp.start, sp.end) == _np_span(expected.i, ctx)
        assert _speaker_at(ctx, t.i, verb.i) is sp  # found once per word and verb


def test_a_speaker_without_a_verb_has_none():
    ctx = _ctx("According to Jane Doe, the count was open.")
    jane = next(t for t in ctx.doc if t.text == "Doe")
    sp = _speaker_at(ctx, jane.i, -1)
    assert sp.verb is None and ctx.text[sp.start:sp.end] == "Jane Doe"


def test_a_cues_written_span_is_its_words_as_in_the_text():
    text = "The minister called for calm. In the mission's words, the vote was free."
    ctx = _ctx(text)
    spans = {text[slice(*c.text_span)] for c in _find_cues(ctx)}
    assert {"called for", "words"} <= spans


def test_a_title_case_line_of_twelve_words_can_be_a_heading_but_not_one_of_thirteen():
    words = "Observers Say The Vote In The Capital Was Neither Free Nor Fair Today".split()
    assert len(words) == 13
    assert _is_headline(" ".join(words[:12]))
    assert not _is_headline(" ".join(words))
    assert not _is_headline(" ".join(words) + ".")
