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


def test_a_relative_lexicon_folder_is_the_folder_it_names_from_the_working_directory(tmp_path, monkeypatch):
    # the folder is resolved only when its files are read: the cache must still tell two folders with the same
    # relative name and the same contents apart (their versions hold the resolved paths)
    import shutil

    from belarus_analysis import config

    for side in ("a", "b"):
        shutil.copytree(config.LEXICONS, tmp_path / side / "lex")
    found = {}
    for side in ("a", "b", "a"):
        monkeypatch.chdir(tmp_path / side)
        lex = load_lexicons("lex")
        assert lex.folder == (tmp_path / side / "lex").resolve()
        assert lex.folder.is_absolute()
        found.setdefault(side, lex)
        assert lex is found[side]  # read once per folder and version, not per look-up
    assert found["a"] is not found["b"]
    assert found["a"].terms == found["b"].terms


def test_an_edit_of_the_speech_nouns_file_is_seen_by_the_next_load(tmp_path):
    # _load reads speech_nouns.csv (speech nouns and documents): its version is part of the cache key, so an
    # edit gives new lexicons, as an edit of any marker lexicon file does
    import shutil

    from belarus_analysis import config
    from belarus_analysis.extract.statements import NOUNS_FILE

    folder = tmp_path / "lex"
    shutil.copytree(config.LEXICONS, folder)
    before = load_lexicons(folder)
    assert "memorandum" not in before.documents
    with open(folder / NOUNS_FILE, "a", encoding="utf-8") as f:
        f.write("memorandum,document,state,,a text that speaks (a row of this test),this test\n")
    after = load_lexicons(folder)
    assert "memorandum" in after.documents and "memorandum" in after.speaking_nouns
