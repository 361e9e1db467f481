"""The publisher's own voice (statements.md §1, §1.1, §1.6): a government page's first-person
performatives are its statements, a newspaper's or a republisher's own words and credit lines are not.
Sentences and outlets invented."""

from __future__ import annotations

from conftest import statements_of

RELEASE = ("I call on the authorities to free every detained protester. "
           "I encourage all sides to sit down at one table. "
           "I said last week that the count was flawed.")


def test_a_government_pages_first_person_performatives_are_its_statements():
    # a publisher in no row of actors.csv whose name holds an office or a title and a country speaks as
    # that country's group; 'I said last week' narrates, only the present-tense speech acts are coded
    t = statements_of(RELEASE, outlet="Office of the Prime Minister of Finland (vnk.fi)")
    assert list(zip(t.text, t.speaker, t.cue_lemma, t.actor_group, t.speaker_resolution)) == [
        ("the authorities to free every detained protester", "I", "call on", "western_government", "outlet"),
        ("all sides to sit down at one table", "I", "encourage", "western_government", "outlet")]


def test_a_newspapers_first_person_is_its_own_voice():
    assert statements_of(RELEASE, outlet="The Evening Chronicle").empty


def test_a_publishers_we_speaks_in_present_performatives_only():
    # 'we continue to call for' (the aspectual verb carries the tense) is a request; 'we had already
    # expressed' narrates an earlier speech act; the body the delegation speaks to is not its publisher
    t = statements_of("We had already expressed our concern about the count. "
                      "We continue to call for a fresh and fair election. "
                      "We call on the board to publish every protocol.",
                      outlet="Finnish Delegation to the OSCE (via Wire Digest)")
    assert list(zip(t.text, t.speaker, t.actor_group)) == [
        ("a fresh and fair election", "We", "western_government"),
        ("the board to publish every protocol", "We", "western_government")]


def test_a_content_cut_down_to_auxiliaries_is_none():
    # glued sentences ('May 3.We had …') make the second clause the first cue's complement; cut where the
    # next cue starts, only 'had' is left: no row
    t = statements_of("We remind you of the statement by the foreign ministers of the Lublin Triangle "
                      "(Poland-Lithuania-Ukraine) on May 3.We had already expressed our concern over the count.",
                      outlet="Ministry of Foreign Affairs of Finland (um.fi)")
    assert "had" not in set(t.text)


def test_a_republishers_credit_line_is_no_statement():
    # 'X reports citing Y' names the page's republisher (the outlet's 'via X'); with another outlet the
    # same words are a medium's report
    text = ("In the presence of guests, the leader, placing his hand on the constitution, took the oath "
            "in the capital, Daily.Az reports citing Norpress.")
    assert statements_of(text, outlet="Norpress (via Daily.Az)").empty
    assert list(statements_of(text, outlet="Norpress").cue_lemma) == ["report"]


def test_the_outlets_own_credit_after_a_source_sentence_is_no_statement():
    text = ("The turnout was 71%, the board said. "
            "This follows from a notice posted on the board's website, Norland News Agency reports.")
    assert list(statements_of(text, outlet="Norland News Agency (nna.example)").speaker) == ["the board"]
    assert list(statements_of(text, outlet="Daily Chronicle").speaker) == ["the board", "Norland News Agency"]


def test_a_request_coordinated_with_a_passive_keeps_the_publishers_we():
    # the parser hangs 'We' on the auxiliary 'were': the shared subject is 'We', never the by-agent
    # ('the violence'); the bare 'call' coordinated with no 'to' or modal is present tense, a
    # performative; 'will … and call' is a plan
    t = statements_of("We were also concerned by the violence inflicted on Norland citizens who went out to march "
                      "after the polls had closed, and call for the utmost restraint. "
                      "We will meet the envoys and call for talks.",
                      outlet="Ministry of Foreign Affairs of Finland (um.fi)")
    assert list(zip(t.text, t.speaker, t.actor_group)) == [("the utmost restraint", "We", "western_government")]


def test_a_newspaper_named_with_a_body_word_or_a_place_keeps_its_voice_and_its_place():
    # 'Observer' is a body word but names no state: the paper's 'We call on' is its editorial voice; a
    # speaker that is a word of the outlet's name but names someone else ('Kyiv') is no credit line
    assert statements_of("We call on the board to publish every protocol.", outlet="The Daily Observer").empty
    t = statements_of("Kyiv said the vote was a farce.", outlet="The Kyiv Independent")
    assert list(zip(t.speaker, t.actor_group)) == [("Kyiv", "other_government")]


def test_a_speaker_that_is_only_a_word_of_the_outlets_name_is_the_outlet():
    # a parse that splits the outlet's name leaves one of its words as the speaker ('Herald' of 'Norland
    # Herald'): that credit line is the outlet's own voice, for the outlet and for its republisher's credit
    # alike; with another outlet the same words are a medium's report
    text = "The count was finished overnight, Herald reports."
    assert statements_of(text, outlet="Norland Herald").empty
    assert statements_of(text, outlet="Wire Digest (via Norland Herald)").empty
    assert list(statements_of(text, outlet="Daily Chronicle").speaker) == ["Herald"]


def test_a_publisher_named_by_a_country_and_a_body_word_is_no_state():
    # 'observer' is a person's word as well as a body's ('Pakistan Observer' is a newspaper), and a rights
    # group's name holds 'committee' or 'council' ('Norwegian Helsinki Committee'): their 'we' is their own
    # voice; a state's council still publishes as its state
    text = "We call on the authorities to release all political prisoners."
    for outlet in ("Pakistan Observer", "Norwegian Helsinki Committee", "Belarusian Helsinki Committee",
                   "Danish Refugee Council"):
        assert statements_of(text, outlet=outlet).empty, outlet
    assert list(statements_of(text, outlet="Security Council of Lithuania").actor_group) == ["western_government"]
    t = statements_of("The Norwegian Helsinki Committee said the vote was rigged.", outlet="Daily Chronicle")
    assert list(t.actor_group) == ["ngo"]


def test_an_outlets_name_inside_a_speakers_word_is_no_credit_line():
    # the outlet's name is a credit only as whole words: 'UNN' inside 'Dunn', 'TASS' inside 'Tassos'
    for text, outlet, speaker in (("Ambassador Julie Dunn said the vote was a farce.", "UNN (Ukrainian National News)",
                                   "Ambassador Julie Dunn"),
                                  ("Senator Tassos Kerr said the vote was a farce.", "TASS", "Senator Tassos Kerr")):
        assert list(statements_of(text, outlet=outlet).speaker) == [speaker], outlet
    assert statements_of("UNN's sources said the vote was a farce.", outlet="UNN (Ukrainian National News)").empty


def test_the_outlets_own_correspondent_is_its_voice():
    # 'our correspondent' is the outlet's reporter (a credit line in the text); 'our sources' are others
    t = statements_of("Our correspondent reports that 40 people were detained. "
                      "Our correspondent in Minsk said that the police used stun grenades. "
                      "Our sources said that 12 people were injured.", outlet="Daily Chronicle")
    assert list(zip(t.speaker, t.text)) == [("Our sources", "12 people were injured")]
