"""Sources inside the clause they report and relative clauses the parser misplaces (statements.md §1.6).
Sentences invented."""

from __future__ import annotations

from conftest import row_with, statements_of


def test_an_according_to_phrase_after_the_subject_reports_the_whole_clause():
    # the parser hangs the phrase on the subject noun (or reads 'turnout' as a verb with the predicate
    # its conjunct): the content is the clause from subject to predicate, not the bare subject
    t = statements_of("The voter turnout, according to the board, made 71.3%. "
                      "Their shares of the ballot, according to official exit polls, were 3.1%, 2.2% and 1.4%.")
    assert list(zip(t.text, t.speaker)) == [
        ("The voter turnout, according to the board, made 71.3%", "the board"),
        ("Their shares of the ballot, according to official exit polls, were 3.1%, 2.2% and 1.4%",
         "official exit polls")]


def test_a_relative_clause_hung_on_the_reporting_verb_is_no_content_and_its_pronoun_is_the_object():
    # 'that' tagged as a relative pronoun is the subject of a clause on 'exit poll data', not a
    # complementizer: the report's content is the data, and the data 'declared' the winner
    t = statements_of("The state news agency Norpress reported exit poll data on the evening of 12 March that "
                      'predictably declared Jan Novak the winner of the sham "vote" with over 80% of the ballots.')
    reported = row_with(t, "exit poll data")
    assert (reported.speaker, reported.cue_lemma) == ("Norpress", "report")
    declared = t[t.cue_lemma == "declare"]
    assert not declared.empty and set(declared.speaker) == {"exit poll data"}
    assert "predictably" not in set(t.text)


def test_a_cue_coordinated_inside_a_reported_clause_shares_the_reporters_subject():
    # 'the strength of a state' cannot urge anyone: the speaker who expressed the belief urges
    t = statements_of("Prime Minister Jane Doe has expressed her belief that the strength of a state comes "
                      "from its people and is urging the citizens of Norland to start talks.")
    urging = row_with(t, "the citizens of Norland")
    assert (urging.speaker, urging.cue_lemma) == ("Prime Minister Jane Doe", "urge")
    assert "urging" not in row_with(t, "strength").text


def test_a_small_clauses_predicate_hung_on_a_date_after_the_object_completes_it():
    # 'declaring X on 12 October a farce': the parser makes 'a farce' an apposition of the date; the
    # content is the whole small clause, the date inside (as the coders cut it), not the bare quoted word
    t = statements_of('The foreign ministers issued a joint statement declaring the Norland presidential "vote" '
                      'on 12 October a farce.')
    assert list(zip(t.kind, t.text)) == [("indirect", 'the Norland presidential "vote" on 12 October a farce'),
                                         ("partial", "vote")]


def test_a_clause_read_as_the_object_and_its_gapped_conjunct_are_the_content():
    # 'reported 40 remain in jail': the parser makes 'remain' the object; '… and 12 missing' has a subject
    # and no verb of its own (it shares 'remain'), so it continues the clause; a conjunct with its own verb
    # after a bare clause is narration. 'media' speak as the media.
    t = statements_of("Over 900 marchers were held according to police figures, and local media have reported "
                      "40 remain in jail and 12 missing.")
    reported = row_with(t, "remain in jail")
    assert (reported.text, reported.speaker, reported.actor_group) == (
        "40 remain in jail and 12 missing", "local media", "media")


def test_an_interrupting_source_attributes_its_clause_not_the_next_one_with_its_own_subject():
    # the source phrase inside a clause reports that clause: a clause after it with a subject of its own
    # ('and the opposition rejected it', 'but observers disputed it', 'while …') is not the source's; a
    # predicate sharing the subject ('and then fell') still is
    for text, content in (
            ("The turnout, according to the commission, reached 84 percent, and the opposition rejected it.",
             "The turnout, according to the commission, reached 84 percent"),
            ("His share, according to the commission, was 80%, but observers disputed it.",
             "His share, according to the commission, was 80%"),
            ("Turnout, according to the commission, was 84 percent, while the opposition counted 40 percent.",
             "Turnout, according to the commission, was 84 percent"),
            ("Their shares, according to the commission, were 2 percent and 1 percent, and the opposition rejected them.",
             "Their shares, according to the commission, were 2 percent and 1 percent"),
            ("The turnout, according to the commission, reached 84 percent and then fell.",
             "The turnout, according to the commission, reached 84 percent and then fell")):
        t = statements_of(text, outlet="Daily Chronicle")
        assert list(zip(t.text, t.speaker)) == [(content, "the commission")], text
