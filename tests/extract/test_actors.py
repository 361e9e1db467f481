"""Actor list, name resolution and outlet actors (names live in data/actors.csv only)."""

from __future__ import annotations

import pandas as pd
import pytest

from belarus_analysis.errors import DataFileError
from belarus_analysis.extract.actors import SpeakerWords, actor_index, load_actors, outlet_actor


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
