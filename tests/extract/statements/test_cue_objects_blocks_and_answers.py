"""Error kinds of the real coverage of set F (issue 12, eleventh round: ``data/gold/dev_set_f/``, opened as
development material). Every person, outlet and sentence is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import row_with, statements_of


# --- 1. cues whose object completes a small clause: 'warn X against Y', 'refer to X as Y' -----------------

@pytest.mark.parametrize("text, content, lemma", [
    ("Opposition leaders warn voters against casting their ballots early.",
     "voters against casting their ballots early", "warn"),
    ("The embassy warned its citizens against travelling to the border, officials said.",
     "its citizens against travelling to the border", "warn"),
    ("Local reports say the police visited activists, warning them against joining any protests.",
     "them against joining any protests", "warn"),
    ("Critics refer to the vote as a farce.", "the vote as a farce", "refer to"),
    ("In his speech, Berg referred to the president as \"a dictator\".", "the president as \"a dictator\"",
     "refer to"),
    ("During the talks, the two leaders referred to the count as rigged.", "the count as rigged", "refer to"),
])
def test_an_object_completed_by_a_preposition_is_a_small_clause(text, content, lemma):
    t = statements_of(text)
    assert list(t[t.text == content].cue_lemma) == [lemma]


@pytest.mark.parametrize("text", [
    "Kalve referred to the talks in her speech.",          # no 'as': a topic, no proposition
    "The embassy warned its citizens on Monday.",          # no content at all
    "He praised the count and referred to her \"secret deal.\"",
    "\"We remain open to talks,\" Vell said, referring to the ministry. \"Sadly, they refused.\"",
])
def test_the_cue_without_its_preposition_reports_nothing(text):
    t = statements_of(text)
    assert not set(t.cue_lemma) & {"refer to", "warn"}


# --- 2. 'castigate' condemns -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("The ruling party has castigated the ongoing strikes.", "the ongoing strikes"),
    ("In response, the authorities castigated the rallies and demanded that they stop.", "the rallies"),
    ("Vell castigated the commission for its silence.", "the commission for its silence"),
])
def test_castigate_takes_its_object_as_content(text, content):
    row = row_with(statements_of(text), content)
    assert row.cue_lemma == "castigate" and row.text == content


# --- 3. 'who' after a person's name the parser hung on a noun further left -------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Berg declined to comment on remarks by former candidate Svetlana Tikhanovskaya who said that the "
     "opposition was ready to talk.", "the opposition was ready to talk", "Svetlana Tikhanovskaya"),
    ("Kalve welcomed a letter from the activist Piotr Marek who wrote that the prisoners would be freed.",
     "the prisoners would be freed", "Piotr Marek"),
    ("The ministry dismissed the claims of opposition figure Anna Vell, who said that the count was rigged.",
     "the count was rigged", "Anna Vell"),
])
def test_who_stands_for_the_name_before_it(text, content, speaker):
    t = statements_of(text)
    assert t[t.text == content].iloc[0].speaker.endswith(speaker)


# --- 4. a person's spokesman or press secretary is not that person ---------------------------------------

@pytest.mark.parametrize("text, group", [
    ("A spokesman for the Russian president said that the protocols do not require this.", "russian_government"),
    ("The press secretary of the Belarusian leader said that the count was fair.", "belarus_government"),
    ("A spokeswoman for Tsikhanouskaya said that the count was rigged.", "belarus_opposition"),
])
def test_a_persons_spokesman_speaks_as_the_group_only(text, group):
    row = statements_of(text).iloc[0]
    assert pd.isna(row.actor_id) and row.actor_group == group


def test_a_title_over_a_country_still_names_its_holder():
    row = statements_of("The President of Lithuania said that the count was rigged.").iloc[0]
    assert not pd.isna(row.actor_id)


@pytest.mark.parametrize("text, actor", [
    # the name after another object of the title's preposition is the speaker's own
    ("Spokesman for the Kremlin Dmitry Peskov said the result was clear.", "peskov"),
    ("The chairwoman of the commission, Lidia Yermoshina, said the vote was valid.", "yermoshina"),
    # a title of an institution, then the person's name (the parser may take the title for a proper noun)
    ("Chairman of the Central Election Commission Igor Karpenko said the turnout was high.", "karpenka"),
    ("Spokeswoman for the Russian Foreign Ministry Maria Zakharova said the West was meddling.", "zakharova"),
])
def test_a_name_after_the_titles_institution_is_the_speaker(text, actor):
    assert statements_of(text, "2020-08-12").iloc[0].actor_id == actor


@pytest.mark.parametrize("text", [
    "A spokesman for Lukashenko said the vote was fair.",  # the name is the preposition's whole object
    "Chairman of the CEC Jane Roe said the turnout was high.",  # an unknown name: the commission's group only
    "U.S. Secretary of State Jane Doe said the vote was not free.",  # the role's holder is not the one named
])
def test_no_other_person_is_taken_for_the_speaker(text):
    row = statements_of(text, "2020-08-12").iloc[0]
    assert pd.isna(row.actor_id) and not pd.isna(row.actor_group)


# --- 5. 'X issued the following statement:' announces a text that runs on -------------------------------

@pytest.mark.parametrize("intro", [
    "Minister Jane Vell issued the following statement today on the situation in Ruritania:",
    "The Foreign Office published the following statement (12 May):",
    "Senator Berg, chair of the Foreign Affairs Committee, issued the following statement:",
])
def test_an_announced_statement_keeps_its_narrating_paragraphs(intro):
    paras = ["With the daily rise in arrests, the leadership is isolating itself.",
             "They are demanding no more than an open dialogue with their government.",
             "The council has repeatedly made clear that its goal is a peaceful solution.",
             "We will not fail to react to violations."]
    t = statements_of("\n\n".join([intro, *paras]))
    assert sorted(t.text) == sorted(paras) and set(t.kind) == {"direct"}


def test_a_plain_said_block_still_ends_at_narration():
    t = statements_of("Vell said:\n\nWe will not accept the result.\n\nThe minister left the room on Monday.")
    assert list(t.text) == ["We will not accept the result."]


# --- 6. a lower-case quotation that is a sentence of its own after 'X said,' ---------------------------

@pytest.mark.parametrize("text, quote", [
    ("Commenting on the plans, Berg noted, \"this confirms the strength of our ties.\"",
     "this confirms the strength of our ties."),
    ("Asked about the vote, Vell said, \"we do not accept it.\"", "we do not accept it."),
    ("Kalve added, \"nobody will recognise this count.\"", "nobody will recognise this count."),
])
def test_a_lower_case_sentence_in_marks_is_direct(text, quote):
    t = statements_of(text)
    assert list(t.kind) == ["direct"] and list(t.text) == [quote]


@pytest.mark.parametrize("text", [
    "Kalve said, \"a farce.\"",
    "Kalve called the vote, \"a farce nobody believes.\"",
    "Kalve described it as \"a vote that was stolen.\"",
])
def test_a_lower_case_fragment_stays_partial(text):
    assert "direct" not in set(statements_of(text).kind)


# --- 7. the object's preposition on the last of three coordinated objects --------------------------------

@pytest.mark.parametrize("text, content", [
    ("Kalve praised the United States, the European Union and 37 other nations for refusing to recognize the "
     "results.", "the United States, the European Union and 37 other nations for refusing to recognize the results"),
    ("Vell praised Germany, the United Kingdom and 20 other countries for refusing to recognize the count.",
     "Germany, the United Kingdom and 20 other countries for refusing to recognize the count"),
    ("Kalve condemned Russia, the Belarusian regime and its allies for backing the crackdown.",
     "Russia, the Belarusian regime and its allies for backing the crackdown"),
])
def test_a_preposition_on_the_last_conjunct_completes_the_object(text, content):
    assert list(statements_of(text).text) == [content]


@pytest.mark.parametrize("text", ["Berg praised the observers and the monitors.",
                                  "Kalve criticised Minsk, Moscow and Beijing."])
def test_coordinated_targets_alone_are_no_content(text):
    assert statements_of(text).empty


# --- 8. 'which' answering a reported clause: the relative clause's cue reports that clause ----------------

@pytest.mark.parametrize("text, clause, speaker", [
    ("Rights groups said two people were killed — which the police denied — and dozens were injured.",
     "two people were killed", "the police"),
    ("The opposition says the vote was rigged, which the authorities deny.", "the vote was rigged", "the authorities"),
    ("Kalve said the count had been falsified, which the commission denied on Monday.",
     "the count had been falsified", "the commission"),
    ("Berg said the talks would resume, which Moscow welcomed.", "the talks would resume", "Moscow"),
])
def test_a_cue_on_which_reports_the_clause_it_answers(text, clause, speaker):
    t = statements_of(text)
    assert clause in set(t[t.speaker == speaker].text)


def test_which_on_a_noun_reports_nothing():
    assert set(statements_of("The ministry issued a statement, which the embassy denied.").cue_lemma) <= {"issue"}


# --- 9. speakers of set F in data/actors.csv ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The vote shows the right course, Dmitry Mezentsev, state secretary of the Union State, said.",
    "Mezentsev said that the two countries would stay close.",
    "State Secretary Dmitri Mezentsev told reporters that ties would strengthen.",
])
def test_the_union_states_secretary_is_an_actor(text):
    assert list(statements_of(text).actor_id) == ["mezentsev"]
