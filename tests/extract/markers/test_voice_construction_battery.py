"""A battery of invented sentences per construction of attribution (issue 13, session 10): the grammar real
news uses to put a polar word in a speaker's voice or keep it in the outlet's (markers.md §3.1). Indirect
speech, naming and denouncing verbs, fronted content with the cue at the end, ``according to``, headlines,
colons, parentheticals ('as X put it', 'X said' inside the clause), a press release's first person, a
multi-sentence quotation, noun-complement clauses, cue nouns and reporting participles. Each case lists every
polar row as (span, lexicon, polarity, voice). Constructions still missed are ``xfail(strict=True)`` with the
reason, so a fix shows as an unexpected pass. Every sentence is invented; names are made up or listed actors."""

from __future__ import annotations

import pytest
from test_invented_marker_battery import _polar_rows

L, A = "legitimacy", "actor_label"


def _left(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


BATTERY = [
    # --- indirect speech: a content clause, with and without 'that', told to someone
    ("Ivanova said the vote was rigged.", [("rigged", L, -1, "quoted")]),
    ("Ivanova told reporters the vote had been rigged.", [("rigged", L, -1, "quoted")]),
    ("Senator Brown told the BBC that the election was a farce.", [("farce", L, -1, "quoted")]),
    ("Sokolov insisted that the vote had been fully transparent.", [("transparent", L, 1, "quoted")]),
    ("Ivanova warned that the election would be rigged.", [("rigged", L, -1, "quoted")]),
    ("The commission announced that the vote had been fair and transparent.",
     [("fair and transparent", L, 1, "quoted")]),
    ("Ivanova, speaking in Vilnius, said the vote was a farce.", [("farce", L, -1, "quoted")]),
    # two speakers, two clauses
    ("Critics say the election was rigged, while the government maintains it was transparent.",
     [("rigged", L, -1, "quoted")]),
    # --- naming, branding, accusing: the predicate is the speaker's, the object the outlet's
    ("The opposition leader called the vote a sham.", [("sham", L, -1, "quoted")]),
    ("The foreign minister branded the election a travesty.", [("travesty", L, -1, "quoted")]),
    ("Ivanova labelled the vote a fraud.", [("fraud", L, -1, "quoted")]),
    ("Ivanova accused the commission of falsifying the results.", [("falsifying", L, -1, "quoted")]),
    ("The vote, branded a farce by the opposition, gave Petrov 80 percent.", [("farce", L, -1, "quoted")]),
    ("The election was described as rigged by Western observers.", [("rigged", L, -1, "quoted")]),
    ("EU leaders have condemned what they called a fraudulent election.", [("fraudulent", L, -1, "quoted")]),
    ("Observers from the CIS praised what they described as a well-organised vote.",
     [("well-organised vote", L, 1, "quoted")]),
    # a denouncing verb's noun-phrase object is the outlet's description; in quotation marks it is the speaker's
    ("The EU denounced the sham vote.", [("sham", L, -1, "outlet")]),
    ("Western diplomats denounced the 'sham' vote.", [("sham", L, -1, "quoted")]),
    ("The opposition dismissed the \"rigged\" count.", [("rigged", L, -1, "quoted")]),
    pytest.param("Opposition rejects 'fraudulent' vote", [("fraudulent", L, -1, "quoted")],
                 marks=_left("a headline's 'rejects' with a scare-quoted object: 'slams'/'denounced' work")),
    # --- fronted content, the cue at the end (also inverted, also inside the clause)
    ("The vote was rigged and the count was falsified, Ivanova said.",
     [("rigged", L, -1, "quoted"), ("falsified", L, -1, "quoted")]),
    ("The count was rigged from the start, the observers concluded on Monday.", [("rigged", L, -1, "quoted")]),
    ("The election was a sham, declared Ivanova.", [("sham", L, -1, "quoted")]),
    ("The result was falsified, argues the opposition.", [("falsified", L, -1, "quoted")]),
    ("The result, the opposition argues, was falsified.", [("falsified", L, -1, "quoted")]),
    ("The election was, Ivanova said, rigged from the outset.", [("rigged", L, -1, "quoted")]),
    ("The sham election, Ivanova wrote, was a disgrace.", [("sham", L, -1, "quoted")]),
    ("Petrov won a sham election, Ivanova wrote on Telegram.", [("sham", L, -1, "quoted")]),
    # --- parentheticals
    # a noun predicate the 'as' clause interrupts is the speaker's too, not a noun-phrase object of the cue
    ("The election was, as the opposition put it, a travesty.", [("travesty", L, -1, "quoted")]),
    ("The presidential election was, as Kallas put it, a travesty.", [("travesty", L, -1, "quoted")]),
    ("The election was, as the observers concluded, a farce.", [("farce", L, -1, "quoted")]),
    pytest.param("The ballot was, as the EU put it, a charade.", [("charade", L, -1, "quoted")],
                 marks=_left("the statement row takes 'The ballot was' as the content (parse of a short subject)")),
    ("The poll was, as one diplomat noted, a sham.", [("sham", L, -1, "quoted")]),
    ("The vote was a farce, as the opposition said.", [("farce", L, -1, "quoted")]),
    ("The election was, in Ivanova's words, a farce.", [("farce", L, -1, "quoted")]),
    ("The vote - a \"farce\", in the words of the opposition - ended on Sunday.", [("farce", L, -1, "quoted")]),
    ("The vote (which the opposition called a farce) ended on Sunday.", [("farce", L, -1, "quoted")]),
    ("In her view, the election was rigged.", [("rigged", L, -1, "quoted")]),
    pytest.param("The vote was, as Senator Brown said, a farce.", [("farce", L, -1, "quoted")],
                 marks=_left("an 'as X said' parenthetical with a titled name gives no statement row")),
    # --- according to: the predicate is the source's, the outlet's epithets stay the outlet's
    ("According to the opposition, the ballot was marred by widespread fraud.",
     [("marred", L, -1, "quoted"), ("fraud", L, -1, "quoted")]),
    ("According to the dictator's own commission, the vote was fair.",
     [("dictator", A, -1, "outlet"), ("fair", L, 1, "quoted")]),
    # --- headlines and colons
    pytest.param(
        "Senator Brown: Belarus vote a sham", [("sham", L, -1, "quoted")],
        marks=_left("a headline 'X: …' whose X is a person not in actors.csv")),
    pytest.param("Ivanova: the election was stolen", [("stolen", L, -1, "quoted")],
                 marks=_left("a headline 'X: …' whose X is a person not in actors.csv")),
    # --- a press release in the first person is the outlet speaking (no attribution)
    ("We condemn the fraudulent election and stand with the people of Belarus.", [("fraudulent", L, -1, "outlet")]),
    # --- a quotation of several sentences stays the speaker's in every sentence
    ("\"The vote was not free. It was rigged from start to finish,\" Ivanova said.", [("rigged", L, -1, "quoted")]),
    ("\"The vote was a farce. The results were falsified. We will not recognise them,\" the senator said.",
     [("farce", L, -1, "quoted"), ("falsified", L, -1, "quoted")]),
    # ... and so does reported speech continued by a pronoun in the next sentence
    ("Ivanova claimed that the election had been rigged. She said the results were falsified.",
     [("rigged", L, -1, "quoted"), ("falsified", L, -1, "quoted")]),
    ("The statement said the vote was neither free nor fair. It called the results fraudulent.",
     [("neither free nor fair", L, -1, "quoted"), ("fraudulent", L, -1, "quoted")]),
    # --- noun-complement clauses and cue nouns
    ("Her assertion that the election was rigged drew applause.", [("rigged", L, -1, "quoted")]),
    ("The opposition's charge that the vote was rigged was dismissed by Minsk.", [("rigged", L, -1, "quoted")]),
    ("The claim that the election was rigged was dismissed by the CEC.", [("rigged", L, -1, "quoted")]),
    ("The observers' conclusion that the election was free and fair surprised no one.",
     [("free and fair", L, 1, "quoted")]),
    ("The EU issued a declaration that the vote was fraudulent.", [("fraudulent", L, -1, "quoted")]),
    ("The ministry issued a statement calling the vote fraudulent.", [("fraudulent", L, -1, "quoted")]),
    ("In a statement calling the election a sham, the EU announced sanctions.", [("sham", L, -1, "quoted")]),
    ("The EU, in a statement branding the election a sham, imposed sanctions.", [("sham", L, -1, "quoted")]),
    pytest.param("The senator's description of the vote as a sham angered Minsk.", [("sham", L, -1, "quoted")],
                 marks=_left("a cue noun of naming ('description of X as Y') is no statement")),
    # --- reporting verbs as participles
    ("Ivanova posted a video describing the vote as rigged.", [("rigged", L, -1, "quoted")]),
    ("Describing the vote as rigged, Ivanova urged protests.", [("rigged", L, -1, "quoted")]),
    ("The senator, describing the election as a sham, called for sanctions.", [("sham", L, -1, "quoted")]),
    ("Ivanova, claiming the vote was rigged, called for protests.", [("rigged", L, -1, "quoted")]),
    ("Washington issued a statement describing the vote as neither free nor fair.",
     [("neither free nor fair", L, -1, "quoted")]),
    # --- relative clauses on the speaker
    ("Ivanova, who says the election was stolen, fled to Vilnius.", [("stolen", L, -1, "quoted")]),
    ("Ivanova, who called the vote a farce, fled to Vilnius.", [("farce", L, -1, "quoted")]),
    # --- the outlet's own verdicts next to speech
    ("It is clear that the election was rigged.", [("rigged", L, -1, "outlet")]),
    ("The election was rigged, and Ivanova fled the country.", [("rigged", L, -1, "outlet")]),
]


@pytest.mark.parametrize("text, expected", BATTERY)
def test_voice_construction_battery(text, expected):
    assert _polar_rows(text) == expected
