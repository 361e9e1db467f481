"""Cues and sources found on real election coverage (statements.md §1.6): an oath, praise with 'extol',
data a medium reports, web pages and texts that speak, an agentless passive. Sentences invented."""

from __future__ import annotations

from conftest import row_with, statements_of


def test_an_oath_is_a_commissive_speech_act_and_a_swearing_in_is_not():
    t = statements_of("He swore to serve the people and protect the constitution. "
                      "The judge was sworn in as chief justice on Monday. She swore at the guards. "
                      "The river swore to flood the town.")
    assert list(zip(t.text, t.speaker, t.cue_lemma)) == [
        ("to serve the people and protect the constitution", "He", "swear")]


def test_extol_praises_like_laud():
    t = statements_of("Her rivals extolled the virtues of her long rule. They were extolling her record.")
    assert list(zip(t.text, t.speaker)) == [("the virtues of her long rule", "Her rivals"), ("her record", "They")]


def test_a_medium_reporting_data_states_them():
    # 'data' is what a report states (speech_nouns.csv, role object); 'reported a profit' still is not
    t = statements_of("The city radio reported exit poll data on the evening of the vote. "
                      "The company reported a profit of $3 billion.")
    assert list(zip(t.text, t.speaker)) == [("exit poll data", "The city radio")]


def test_a_web_page_and_a_text_speak_for_the_body_that_published_them():
    # 'page' and 'text' are documents: with no issuer of their own, the latest acting subject's
    # ('department' is an office word: 'the U.S. Department of …' is the US state)
    t = statements_of("The U.S. Department of Energy removed from its website the statement by former minister "
                      "Jane Doe about the referendum in Norland, Reuters has learned.\n\n"
                      'The page, where the statement was posted earlier, is no longer available and reads: '
                      '"Sorry, this page cannot be found." The text denouncing the referendum in Norland has been deleted.',
                      outlet="Reuters")
    page, text = row_with(t, "Sorry"), row_with(t, "the referendum in Norland")
    assert (page.speaker, page.actor_group) == ("The page", "western_government")
    assert (text.speaker, text.cue_lemma, text.actor_group) == ("The text", "denounce", "western_government")


def test_an_agentless_passives_subject_is_what_was_reported_not_who():
    # 'injuries have been reported' reports an event (statements.md §1): its subject is no speaker
    t = statements_of("Over fifty people have been held, injuries have been reported. "
                      "Demonstrations were reported in six towns.")
    assert t.empty
    # with a small clause the passive still reports a judgement, of nobody named (an empty speaker)
    t = statements_of('The town lost many voters, in what is being criticized as a "use it or lose it" approach.')
    assert list(zip(t.text, t.speaker.isna())) == [('as a "use it or lose it" approach', True)]


def test_a_possessors_opponents_do_not_share_its_group():
    # 'his aides' are the possessor's people (its group); 'his rivals', 'her critics' stand against it
    t = statements_of("Lukashenko spoke in Minsk. His rivals on the ballot praised his record. "
                      "His aides said the count was fair.")
    assert list(zip(t.speaker, t.actor_group.fillna(""))) == [("His rivals", ""), ("His aides", "belarus_government")]


def test_a_named_possessors_opponents_do_not_share_its_group():
    # as with 'his': the name before 's gives its opponents and critics no group; their own words still may
    t = statements_of("Lukashenko's opponents said the vote was rigged. Tsikhanouskaya's critics said she had fled. "
                      "Lukashenko's opposition rivals said the count was false. Lukashenko's supporters said it was fair.")
    assert list(zip(t.speaker, t.actor_group.fillna(""))) == [
        ("Lukashenko's opponents", ""), ("Tsikhanouskaya's critics", ""),
        ("Lukashenko's opposition rivals", "belarus_opposition"), ("Lukashenko's supporters", "belarus_government")]


def test_preliminary_information_and_data_are_the_election_commissions_like_preliminary_results():
    t = statements_of("According to the preliminary information, Jane Doe received 9.9% of the vote. "
                      "In the preliminary data, turnout stood at 84%. According to preliminary figures, "
                      "Anna Berg received 2%.")
    assert set(t.actor_id) == {"belarus_cec"} and len(t) == 2


def test_a_name_right_after_a_possessed_noun_speaks_with_its_own_group():
    # "Belarus's neighbour Poland" is Poland, not a body of Belarus; "X's spokesman Jan Doe" (a name in no
    # list) stays a person of the possessor
    t = statements_of("Belarus's neighbour Poland said the vote was rigged. Russia's ally Belarus said it was fair. "
                      "Lukashenko's spokesman Jan Doe said it was fine.")
    assert list(t.actor_group) == ["western_government", "belarus_government", "belarus_government"]


def test_publishing_speech_makes_it_known_and_these_data_published_by_x_report_the_sentence_before():
    # 'publish' is a cue only with a speech object (like 'announce results'); a demonstrative subject with
    # a speech noun, passive with an agent, reports the sentence before it (as 'This was stated by X', §1.4);
    # a colon after the object opens what was made known
    t = statements_of("The incumbent received 80.2% of votes in the election. These preliminary data were published "
                      "on May 10 by the head of the commission, Jane Doe. The board published a book on its history. "
                      "The board published data on the first day: 7.8% of voters came to the polls.")
    assert list(zip(t.text, t.speaker, t.cue_lemma)) == [
        ("The incumbent received 80.2% of votes in the election", "the head of the commission, Jane Doe", "publish"),
        ("data on the first day: 7.8% of voters came to the polls", "The board", "publish")]
