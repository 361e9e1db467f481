"""The compiled marker vocabulary: each match id of the phrase matchers names its row once."""

from __future__ import annotations

from belarus_analysis.extract.markers.context import _raw_hits
from belarus_analysis.extract.view import ArticleView
from belarus_analysis.extract.markers.lexicons import NameForm, lemma_words, load_lexicons


def test_every_match_id_names_its_row_and_parts_of_speech(nlp):
    lex = load_lexicons()
    words, lemmas = lex.matchers(nlp.vocab)
    matched = lex.matched(nlp.vocab)
    assert len(matched) == len(words) + len(lemmas)  # one entry per key of either matcher
    strings = nlp.vocab.strings
    for i, term in enumerate(lex.terms):
        if term.match in ("phrase", "lemma"):
            entry, parts = matched[strings[f"t{i}"]]
            assert entry is term
            assert parts == (tuple(lemma_words(term.pattern)[1]) if term.match == "lemma" else ())
    for i, name in enumerate(lex.names):
        assert matched[strings[f"n{i}"]] == (name, ()) and isinstance(name, NameForm)
    assert lex.matched(nlp.vocab) is matched  # compiled once per vocabulary


def test_a_lemma_row_with_a_part_of_speech_matches_only_that_part(nlp):
    # 'claim/NOUN' (hedges.csv): the row matches the noun, not the verb (other rows may)
    lex = load_lexicons()
    assert any(t.pattern == "claim/NOUN" for t in lex.terms)

    def row_hits(text: str) -> list[str]:
        return [text[h.start:h.end] for h in _raw_hits(ArticleView(nlp(text)), lex) if h.pattern == "claim/NOUN"]

    assert row_hits("His claim of a landslide surprised no one.") == ["claim"]
    assert row_hits("They claim a landslide.") == []
