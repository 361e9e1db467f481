"""Actor list, name resolution and outlet actors (names live in data/actors.csv only)."""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belarus_analysis.errors import DataFileError
from belarus_analysis.extract.actors import _UNFOLDED, SpeakerWords, _norm, actor_index, load_actors, outlet_actor
from belarus_analysis.extract.trie import fold_case


@pytest.mark.parametrize("surface, actor", [
    ("Lukashenka’s", "lukashenko"),                       # Belarusian form, possessive
    ("Aleksandr Lukashenko", "lukashenko"),               # Russian form
    ("Svetlana Tikhanovskaya", "tsikhanouskaya"),
    ("Canadian Foreign Minister Melanie Joly", "joly"),   # a name inside a title
    ("The opposition leader", "tsikhanouskaya"),          # a whole description beats a name inside it
    ("the Kremlin", "russia_government"),
    ("Minsk", "belarus_government"),
    ("he", None),                                          # pronouns are the extractors' job
])
def test_resolve(surface, actor):
    assert actor_index().resolve(surface) == actor


def test_every_actor_has_a_known_group_and_unique_variants():
    df = load_actors()
    groups = {"belarus_government", "belarus_candidate", "belarus_opposition", "russian_government",
              "western_government", "other_government", "eu_institution", "international_organisation",
              "election_observers", "ngo", "analyst", "media", "citizen"}
    assert set(df["group"]) <= groups
    idx = actor_index()
    assert idx.group("joly") == "western_government"
    # A spelling listed for two actors would make resolution depend on file order.
    seen: dict[str, str] = {}
    for aid, variants in zip(df["actor_id"], df["variants"]):
        for v in filter(None, (x.strip().casefold() for x in variants.split("|"))):
            assert seen.setdefault(v, aid) == aid, f"{v!r} is a variant of {seen[v]} and {aid}"


def test_mentions_are_offsets_into_the_text():
    text = "Lukashenko’s regime and Alyaksandr Lukashenka met Putin."
    found = actor_index().mentions(text)
    assert [(text[s:e], a) for s, e, a, _ in found] == [
        ("Lukashenko’s", "lukashenko"), ("Alyaksandr Lukashenka", "lukashenko"), ("Putin", "putin")]


def test_malformed_actor_file_names_the_line(tmp_path):
    p = tmp_path / "actors.csv"
    p.write_text("actor_id,canonical_name,variants,group\nx,X,X,ngo\n,Y,Y,ngo\n")
    with pytest.raises(DataFileError, match=r"actors.csv:3: empty actor_id"):
        load_actors(p)


def test_pipeline_uses_a_users_own_actors_file(tmp_path, monkeypatch):
    import shutil

    import belarus_analysis as ba
    from belarus_analysis import cache, config

    mine = tmp_path / "actors.csv"
    shutil.copy(config.ACTORS, mine)
    before = cache.data_fingerprint()
    text = "“The count was honest,” said Ivana Testova, the regional election chief."
    monkeypatch.setattr(config, "ACTORS", mine)
    assert ba.statements(ba.from_texts({"a": text})).loc[0, "actor_id"] is pd.NA
    with open(mine, "a", encoding="utf-8") as fh:
        fh.write("testova,Ivana Testova,Ivana Testova|Testova,,belarus_government,BY,person,invented for a test\n")
    row = ba.statements(ba.from_texts({"a": text})).iloc[0]
    assert (row["actor_id"], row["actor_group"]) == ("testova", "belarus_government")
    assert cache.data_fingerprint() != before  # cached tables follow the edited file


def test_a_bad_pronoun_names_the_line(tmp_path):
    p = tmp_path / "actors.csv"
    p.write_text("actor_id,canonical_name,variants,group,kind,pronoun\nx,X,X,ngo,person,she\ny,Y,Y,ngo,person,it\n")
    with pytest.raises(DataFileError, match=r"actors.csv:3: pronoun must be one of"):
        load_actors(p)


def test_every_person_of_the_shipped_list_has_a_pronoun_and_nobody_else_has_one():
    df = load_actors()
    assert (df.loc[df["kind"] == "person", "pronoun"] != "").all()
    assert (df.loc[df["kind"] != "person", "pronoun"] == "").all()


def test_a_joint_byline_gives_the_first_publisher_that_is_an_actor():
    assert outlet_actor({"outlet": "EEAS / Council of the EU (Declaration on behalf of the EU)"}) == "eeas"
    assert outlet_actor({"outlet": "Molvanian Herald / EEAS"}) == "eeas"


def test_a_joint_byline_of_media_or_unknown_names_is_no_actor():
    assert outlet_actor({"outlet": "Reuters / AFP"}) is None
    assert outlet_actor({"outlet": "Molvanian Herald / Ruritanian Times"}) is None


@pytest.mark.parametrize(("surface", "title"), [
    ("press secretary", True),  # the whole phrase is a title
    ("the White House  press secretary's", True),  # a multi-word title ending it (spacing, possessive normalised)
    ("Russian top diplomat", True),
    ("the press secretary of the ministry", False),  # the title does not end the phrase
    ("impress secretary", False),  # a title's words glued to another word are no title
    ("the Russian ministry", False),  # an institution, not a person's title
    ("", False),
])
def test_titles_end_the_phrase_at_a_word_boundary(surface, title):
    words = SpeakerWords(officials=frozenset({"press secretary", "top diplomat", "ministry"}),
                         offices=frozenset({"ministry"}))
    assert words.titles(surface) is title


# ----------------------------------------------------------------------- the folded scan (ActorIndex._scan)

def _case_insensitive(idx, text):
    """What ``_scan`` finds, by the case-insensitive pattern it stands for."""
    return [(m.start(), m.end(), _norm(m.group(0))) for m in idx.pattern.finditer(text)]


def _fresh(idx):
    return dataclasses.replace(idx, _lookups={}, _scans={}, _long_scan=[None, None])


# names of the shipped list, letters re folds beyond lower case (long s, dotless and dotted i, Kelvin and
# Angstrom signs), a Greek and a Cyrillic word, apostrophes, hyphens and blanks of several kinds
PIECES = ["Lukashenko", "LUKASHENKA", "lukashenka’s", "Tsikhanouskaya", "Putin", "CEC", "the Kremlin",
          "ſ", "ı", "İ", "K", "Å", "ß", "Σ", "ς", "в", "ᲀ", "µ", "’", "'", "-", "—", " ", "\n", "\u00a0", "x", "9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_folded_scan_finds_what_the_case_insensitive_pattern_finds(text):
    idx = _fresh(actor_index())
    assert idx.folded is not None  # (the shipped names hold no character of _UNFOLDED)
    assert idx._scan(text) == _case_insensitive(idx, text)


@pytest.fixture(scope="module")
def folding_names(tmp_path_factory):
    """An index of invented names with letters that fold beyond ASCII case: a dotless i, a long s, a
    sharp s, a title-case digraph, a Kelvin sign (casefolded to 'k')."""
    p = tmp_path_factory.mktemp("actors") / "actors.csv"
    p.write_text("actor_id,canonical_name,variants,group\nisik,Işık Koç,Işık Koç|Isik Koc,ngo\n"
                 "strasse,Hans Straße,Hans Straße,ngo\ndzemal,Ǆemal Kaſić,Ǆemal Kaſić,ngo\nkelvin,\u212aelvin Vale,"
                 "\u212aelvin Vale,ngo\n", encoding="utf-8")
    return actor_index(p)


OTHER_PIECES = ["IŞIK KOÇ", "işık koç", "İşık", "ISIK", "ısık", "Koc", "HANS STRASSE", "hans straße", "Hans Strasse",
                "ǅemal", "ǆemal kaſić", "DŽEMAL KASIĆ", "KELVIN vale", "\u212aelvin VALE", "’s", "-", " ", "\n", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(OTHER_PIECES), max_size=12).map("".join))
def test_the_folded_scan_of_names_with_folding_letters(folding_names, text):
    idx = _fresh(folding_names)
    assert idx.folded is not None
    assert idx._scan(text) == _case_insensitive(idx, text)


def test_fold_case_keeps_every_characters_place_and_kind():
    # The folded scan reads fold_case(text) at the text's offsets with the pattern's word-boundary and
    # blank classes: every character stays one character, a word character (or '-') stays one, a blank
    # stays one, and (outside _UNFOLDED, where names are folded) matches itself folded case-insensitively.
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    text = "".join(chars)
    folded = fold_case(text)
    assert len(folded) == len(text)
    for cls in (r"[\w-]", r"\s"):
        assert [m.start() for m in re.finditer(cls, text)] == [m.start() for m in re.finditer(cls, folded)]
    cased = [c for c in chars if (c.lower() != c or c.upper() != c) and not _UNFOLDED.match(c)]
    assert all(re.fullmatch(re.escape(fold_case(c)), c, re.IGNORECASE) for c in cased)


def test_unfolded_holds_every_extra_case_of_re():
    # re matches some letters case-insensitively beyond lower case ('µ' and 'μ', 'ς' and 'σ', 'в' and 'ᲀ'):
    # all of them, but 'ſ' and 'ı' (which fold_case maps to 's' and 'i'), keep a name out of the folded pattern
    casefix = pytest.importorskip("re._casefix")
    extra = {chr(c) for c, others in casefix._EXTRA_CASES.items() for c in (c, *others)} - set("sſiı")
    assert all(_UNFOLDED.match(c) for c in extra)


def test_names_or_texts_with_other_case_rules_use_the_case_insensitive_pattern(tmp_path):
    p = tmp_path / "actors.csv"
    p.write_text("actor_id,canonical_name,variants,group\nsokrates,Σωκράτης,Σωκράτης,ngo\nberg,Anna Berg,Anna Berg,ngo\n",
                 encoding="utf-8")
    idx = actor_index(p)
    assert idx.folded is None
    text = "ΣΩΚΡΆΤΗΣ and ANNA BERG said"
    assert [(text[s:e], a) for s, e, a, _ in idx.mentions(text)] == [("ΣΩΚΡΆΤΗΣ", "sokrates"), ("ANNA BERG", "berg")]
    shipped = _fresh(actor_index())
    greek = "Lukashenko met ΣΩΚΡΆΤΗΣ (µ) and the KREMLIN’s envoy"
    assert shipped._scan(greek) == _case_insensitive(shipped, greek) and shipped._scan(greek)


@pytest.mark.parametrize("surface, group", [
    # the public posting online is no press, an academic department no state's department
    ("Belarusian social media users", "citizen"),
    ("the Warsaw University Department of Political Science", "analyst"),
    ("a Polish professor", "analyst"),
    # ... while the press and a state's department keep their groups
    ("independent media", "media"),
    ("Belarusian state TV", "media"),
    ("the Polish Department of Foreign Affairs", "western_government"),
])
def test_description_groups_of_look_alike_speakers(surface, group):
    assert actor_index().lookup(surface).group == group
