"""A battery of invented polar-marker sentences (issue 13, session 9 round 2) in the phrasings a state
agency, a Western government release, a wire and an opposition statement use: (de)legitimising verdicts on
the vote, the count, the winner and the campaign, observers' verdicts, recognition and its refusal,
congratulations and labels, each in several frames (predicate, attributive, nominal, negated, passive,
coordinated, intensified, quoted, trailing attribution, ``according to``, relative clause, headline, colon),
and neutral controls (homographs, claims, other countries' votes, sport, business) that must give no polar
row. Each case lists every expected polar row as (span, lexicon, polarity, voice) per ``data/gold/markers.md``
(§3.1 voice, §3.4 span, §4.1-4.3); ``None`` as voice leaves it unchecked. Kinds still missed are marked
``xfail(strict=True)`` with the reason, so a fix shows up as an unexpected pass. Every sentence is invented."""

from __future__ import annotations

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import pipeline

L, R, A = "legitimacy", "recognition", "actor_label"


def _left(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


BATTERY = [
    # --- state agency / friendly observers: legitimising verdicts
    ("The presidential election was held in full compliance with the Electoral Code, the Central Election "
     "Commission said.", [("in full compliance with the Electoral Code", L, 1, "quoted")]),
    ("The elections were free, fair and transparent, the head of the CIS mission said.",
     [("free, fair and transparent", L, 1, "quoted")]),
    ("The vote took place in a calm atmosphere, according to the mission.", [("calm atmosphere", L, 1, "quoted")]),
    ("Belarusians freely expressed their will at the polls, the ambassador stressed.",
     [("freely expressed their will", L, 1, "quoted")]),
    # turnout as evidence of trust, with a possessive before the noun
    ("The high turnout is evidence of the people's trust in the head of state, the speaker said.",
     [("high turnout is evidence of the people's trust", L, 1, "quoted")]),
    ("The people of Belarus have made their choice, the speaker of parliament said.",
     [("made their choice", L, 1, "quoted")]),
    ("The Belarusian people have made their sovereign choice, the Kremlin said.",
     [("made their sovereign choice", L, 1, "quoted")]),
    ("Observers from the CIS said the vote was open, transparent and competitive.",
     [("open, transparent and competitive", L, 1, "quoted")]),
    # coordinated praise is one span (§3.4)
    # the observers' mission as the subject of the finding
    ("The mission did not register any violations that could cast doubt on the results.",
     [("mission did not register any violations", L, 1, "outlet")]),
    ("Observers noted that the vote was well organised and transparent.",
     [("well organised and transparent", L, 1, "quoted")]),
    ("The CIS mission concluded that the election complied with democratic standards.",
     [("complied with democratic standards", L, 1, "quoted")]),
    ("The head of the CIS mission told reporters the vote had been open and transparent.",
     [("open and transparent", L, 1, "quoted")]),
    ("According to the foreign ministry, the vote was held in full compliance with the law.",
     [("in full compliance with the law", L, 1, "quoted")]),
    ("Western capitals dismissed the election as fraudulent, while Moscow hailed it as free and fair.",
     [("fraudulent", L, -1, "quoted"), ("free and fair", L, 1, "quoted")]),
    # --- wire: the outlet's own report of the win
    ("Petrov won a convincing victory, securing 86 percent of the vote.", [("convincing victory", L, 1, "outlet")]),
    ("Petrov was re-elected for a seventh term.", [("re-elected", L, 1, "outlet")]),
    ("The legitimately elected president took the oath on Tuesday.", [("legitimately elected", L, 1, "outlet")]),
    ("Petrov secured a landslide victory, official results showed.", [("landslide victory", L, 1, "outlet")]),
    ("Petrov, who won a landslide victory on Sunday, thanked voters.", [("landslide victory", L, 1, "outlet")]),
    # the praising adjective with its noun is one span (§3.4 'landslide victory')
    ("Petrov's landslide re-election was welcomed by Moscow.",
     [("landslide re-election", L, 1, "outlet"), ("welcomed", R, 1, "outlet")]),
    ("The results confirmed Petrov's convincing win.", [("convincing win", L, 1, "outlet")]),
    # --- recognition and congratulations
    ("The Kremlin congratulated Petrov on his re-election.",
     [("congratulated", R, 1, "outlet"), ("re-election", L, 1, "outlet")]),
    ("Russia recognised the results of the election.", [("recognised", R, 1, "outlet")]),
    ("Moscow and Beijing quickly recognised Petrov's victory.",
     [("recognised", R, 1, "outlet"), ("victory", L, 1, "outlet")]),
    ("The EU does not recognise the results of the fraudulent election.",
     [("does not recognise", R, -1, "outlet"), ("fraudulent", L, -1, "outlet")]),
    ("The United Kingdom does not accept the results of this fraudulent election.",
     [("does not accept", R, -1, "outlet"), ("fraudulent", L, -1, "outlet")]),
    ("Petrov, whose re-election the West has refused to recognise, was sworn in.",
     [("refused to recognise", R, -1, "outlet")]),
    ("Lithuania refuses to recognise Petrov as the legitimate president.", [("refuses to recognise", R, -1, "outlet")]),
    ("Canada will not recognize the results.", [("will not recognize", R, -1, "outlet")]),
    ("Non-recognition of the vote by the EU angered Minsk.", [("Non-recognition", R, -1, "outlet")]),
    ("Brussels has refused to recognize the outcome of the vote.", [("refused to recognize", R, -1, "outlet")]),
    # the synonym of refusing, the perfect and the ended recognition: non-recognition, not a +1 on the object
    ("The EU declined to recognise the result.", [("declined to recognise", R, -1, "outlet")]),
    ("The EU has not recognised the results since 2020.", [("has not recognised", R, -1, "outlet")]),
    ("The EU no longer recognises Petrov as the legitimate president.", [("no longer recognises", R, -1, "outlet")]),
    ("The club no longer accepts new members.", []),
    ("Moscow accepted the results of the vote.", [("accepted the results", R, 1, "outlet")]),
    ("Canada rejects the results of the fraudulent election.",
     [("rejects the results", R, -1, "outlet"), ("fraudulent", L, -1, "outlet")]),
    # a list of denied criteria with its last 'nor' is one span
    ("The election was neither free, fair nor transparent.", [("neither free, fair nor transparent", L, -1, "outlet")]),
    # the refusal in the passive, with the vote or its result as subject
    ("The ministry said the vote had been massively falsified and the results could not be recognised.",
     [("falsified", L, -1, "quoted"), ("could not be recognised", R, -1, "quoted")]),
    ("The election results cannot be recognised as legitimate, the ministry said.",
     [("cannot be recognised", R, -1, "quoted")]),
    ("The result will not be recognized by the European Union.", [("will not be recognized", R, -1, "outlet")]),
    ("The vote was not recognised by the West.", [("was not recognised", R, -1, "outlet")]),
    # --- Western release / wire: delegitimising verdicts in many frames
    ("Western governments said the election was neither free nor fair.", [("neither free nor fair", L, -1, "quoted")]),
    ("The vote was neither free nor fair, according to the European Union.",
     [("neither free nor fair", L, -1, "quoted")]),
    ("According to the EU, the election was neither free nor fair.", [("neither free nor fair", L, -1, "quoted")]),
    ("As the EU put it, the vote was neither free nor fair.", [("neither free nor fair", L, -1, "quoted")]),
    ("In the EU's view, the election was neither free nor fair.", [("neither free nor fair", L, -1, "quoted")]),
    ("The EU said the election was “neither free nor fair” and announced new sanctions.",
     [("neither free nor fair", L, -1, "quoted")]),
    ("In a statement, the State Department said the election was not free and fair.",
     [("was not free and fair", L, -1, "quoted")]),
    ("The OSCE said the election fell short of democratic standards.",
     [("fell short of democratic standards", L, -1, "quoted")]),
    ("The so-called election was a farce, the opposition leader said.", [("farce", L, -1, "quoted")]),
    ("Opposition leaders denounced the vote as rigged.", [("rigged", L, -1, "quoted")]),
    ("The election, which critics called a sham, extended Petrov's rule.", [("sham", L, -1, "quoted")]),
    # a speaker between the noun and its predicate: 'a vote the opposition says was stolen'
    ("Petrov claimed a landslide in a vote the opposition says was stolen.", [("stolen", L, -1, "quoted")]),
    ("Petrov claimed victory in a vote that the opposition says was rigged.", [("rigged", L, -1, "quoted")]),
    ("The opposition insists the election was stolen from Tsikhanouskaya.", [("stolen", L, -1, "quoted")]),
    ("We reject the falsified results and will not recognise Petrov as president, the minister said.",
     [("reject", R, -1, "quoted"), ("falsified", L, -1, "quoted"), ("will not recognise", R, -1, "quoted")]),
    ("Petrov is not the legitimate president of Belarus, the foreign minister said.",
     [("is not the legitimate president", L, -1, "quoted")]),
    ("The election was illegitimate, she said.", [("illegitimate", L, -1, "quoted")]),
    ("The Foreign Ministry called the vote a blatant falsification.", [("falsification", L, -1, "quoted")]),
    ("The vote was unfair and undemocratic, the statement said.", [("unfair and undemocratic", L, -1, "quoted")]),
    ("The vote was rigged from start to finish, opposition leader Tsikhanouskaya said on Monday.",
     [("rigged", L, -1, "quoted")]),
    ("Kallas said that the election, which she called a sham, would not be recognised.",
     [("sham", L, -1, "quoted"), ("would not be recognised", R, -1, "quoted")]),
    ("The vote, Kallas said, was a sham.", [("sham", L, -1, "quoted")]),
    ("The election was “a farce”, Tsikhanouskaya told reporters.", [("farce", L, -1, "quoted")]),
    ("Tsikhanouskaya wrote on X that the election was rigged.", [("rigged", L, -1, "quoted")]),
    ("The EU, in a statement on Monday, said the vote was fraudulent.", [("fraudulent", L, -1, "quoted")]),
    ("The ballot was, in the words of one diplomat, a farce.", [("farce", L, -1, "quoted")]),
    ("The outcome has been widely condemned as fraudulent.", [("fraudulent", L, -1, "quoted")]),
    # partial quotes inside the outlet's sentence
    ("Petrov won what the EU called a “sham election” with 87 percent.", [("sham", L, -1, "quoted")]),
    ("Petrov's opponents dismissed the result as a “farce” staged by the authorities.", [("farce", L, -1, "quoted")]),
    # the outlet's own verdicts: predicate, adverb, passive, nominal, attributive
    ("The election was blatantly rigged.", [("rigged", L, -1, "outlet")]),
    ("The results were falsified by the commission.", [("falsified", L, -1, "outlet")]),
    ("The falsification of the results sparked protests.", [("falsification", L, -1, "outlet")]),
    ("Petrov won a deeply flawed election.", [("flawed", L, -1, "outlet")]),
    ("The deeply flawed vote was condemned by Western governments.", [("flawed", L, -1, "outlet")]),
    # --- headlines
    ("EU: Belarus vote neither free nor fair", [("neither free nor fair", L, -1, "quoted")]),
    ("Kallas: Belarus election a sham", [("sham", L, -1, "quoted")]),
    ("Belarus vote a 'sham', says EU", [("sham", L, -1, "quoted")]),
    ("Belarus election neither free nor fair – EU", [("neither free nor fair", L, -1, "quoted")]),
    ("Belarus vote was rigged, claims opposition", [("rigged", L, -1, "quoted")]),
    # the present tense of headlines and praise as a partial quotation
    ("Observers call Belarus vote transparent", [("transparent", L, 1, "quoted")]),
    ("The vote was \"free and fair\", according to CIS observers.", [("free and fair", L, 1, "quoted")]),
    ("The vote was “free and democratic,” the observers said.", [("free and democratic", L, 1, "quoted")]),
    ("The elections were “transparent and open”, the mission said.", [("transparent and open", L, 1, "quoted")]),
    ("Observers praised the \"transparent and open\" vote.", [("transparent and open", L, 1, "quoted")]),
    ("Protesters renewed their call for free and fair elections.", []),
    ("The opposition called the free world to help.", []),
    # a headline's judging verb the parser reads as a noun still gives its 'as' verdict to the subject
    ("Observers hail Belarus election as transparent", [("hail", R, 1, "outlet"), ("transparent", L, 1, "quoted")]),
    ("EU slams Belarus vote as sham", [("sham", L, -1, "quoted")]),
    pytest.param("CIS observers: Belarus election open and democratic", [("open and democratic", L, 1, "quoted")],
                 marks=_left("a verbless headline verdict: the praise rows need a verb of being or declaring")),
    # --- across a colon after a speech act or a speech noun: what follows is the content
    ("The statement was blunt: the election was neither free nor fair.", [("neither free nor fair", L, -1, "quoted")]),
    ("Tsikhanouskaya had a clear message: the vote was stolen.", [("stolen", L, -1, "quoted")]),
    ("The EU's message was clear: the vote was rigged.", [("rigged", L, -1, "quoted")]),
    ("The OSCE report was damning: the vote was neither free nor fair.", [("neither free nor fair", L, -1, "quoted")]),
    ("Petrov's message to the West was clear: the election was free and fair.", [("free and fair", L, 1, "quoted")]),
    # ... but published figures and a reason of the outlet's own are no speech
    ("The reason is simple: the election was rigged.", [("rigged", L, -1, "outlet")]),
    ("The results were clear: Petrov won the election.", [("won", L, 1, "outlet")]),
    # a relative clause without 'that' whose reporting verb the parser leaves without its content clause
    ("Petrov was sworn in after a vote the OSCE said fell far short of democratic standards.",
     [("fell far short of democratic standards", L, -1, "quoted")]),
    ("Petrov was sworn in after a vote the EU said was neither free nor fair.",
     [("neither free nor fair", L, -1, "quoted")]),
    # ... and a relative clause of a verb that reports nothing stays the outlet's
    ("The election Kallas attended was rigged.", [("rigged", L, -1, "outlet")]),
    # --- labels
    ("The sham vote handed the dictator a seventh term.",
     [("sham", L, -1, "outlet"), ("dictator", A, -1, "outlet")]),
    ("The dictator, in power since 1994, claimed a seventh term.", [("dictator", A, -1, "outlet")]),
    ("Europe's last dictator won another term.", [("dictator", A, -1, "outlet")]),
    ("The authoritarian leader was sworn in on Thursday.", [("authoritarian leader", A, -1, "outlet")]),
    ("The regime jailed thousands of protesters.", [("regime", A, -1, "outlet")]),
    ("“Petrov is a dictator,” Tsikhanouskaya said.", [("dictator", A, -1, "quoted")]),
    ("The West calls Petrov an illegitimate dictator.",
     [("illegitimate", L, -1, "quoted"), ("dictator", A, -1, "quoted")]),
    # a predicative label before a trailing attribution is the speaker's, not an apposition of the speaker's name
    ("Petrov is a dictator, Tsikhanouskaya said.", [("dictator", A, -1, "quoted")]),
    ("Petrov is an impostor, Tsikhanouskaya said.", [("impostor", A, -1, "quoted")]),
    ("The usurper, Lukashenko, was sworn in, Tsikhanouskaya said.", [("usurper", A, -1, "outlet")]),
    # a speaker phrase that ends in a noun of figures but names people speaks
    ("Opposition figures said the vote was a farce.", [("farce", L, -1, "quoted")]),
    ("Opposition figures said the vote was a \"farce\" and called for a boycott.", [("farce", L, -1, "quoted")]),
    ("According to the Central Election Commission’s official results, Petrov won 87 percent.",
     [("won", L, 1, "outlet")]),
    # the self-declared winner is not asserted; power taken without authority
    ("The self-declared winner was sworn in.", []),
    ("The self-declared president was sworn in.", [("self-declared president", A, -1, "outlet")]),
    ("Petrov usurped power in 2020.", [("usurped power", L, -1, "outlet")]),
    ("Petrov illegally seized power.", [("illegally seized power", L, -1, "outlet")]),
    ("The army seized power in a coup.", []),
    # --- synonyms and variants the sources attest
    ("The results were fabricated.", [("fabricated", L, -1, "outlet")]),
    ("The official results were doctored, the opposition said.", [("doctored", L, -1, "quoted")]),
    ("The fabricated results were announced at night.", [("fabricated", L, -1, "outlet")]),
    ("We do not recognise the so-called inauguration.", [("do not recognise", R, -1, "outlet")]),
    ("The presidential election took place in a free and democratic manner, the observers concluded.",
     [("in a free and democratic manner", L, 1, "quoted")]),
    ("The elections were held in a democratic way.", [("in a democratic way", L, 1, "outlet")]),
    # ... but the manner of an act someone is asked to do is a demand
    ("The ministers urged the authorities to conduct the vote in a free and fair manner.", []),
    ("The EU called on Minsk to hold the elections in a transparent manner.", []),
    ("The authorities allowed citizens to freely express their will.", [("freely express their will", L, 1, "outlet")]),
    ("The CEC invited foreign observers to monitor the transparent elections.",
     [("transparent elections", L, 1, "outlet")]),
    ("The mission found the elections to be free and fair.", [("free and fair", L, 1, "quoted")]),
    ("Petrov won overwhelmingly, taking 87 percent.", [("won overwhelmingly", L, 1, "outlet")]),
    ("In the presidential election, Petrov won decisively.", [("won decisively", L, 1, "outlet")]),
    ("The vote was a triumph of democracy, the state news agency said.", [("triumph", L, 1, "quoted")]),
    ("Observers hailed the elections as a model of democracy.",
     [("hailed", R, 1, "outlet"), ("model", L, 1, "quoted")]),
    pytest.param("Petrov's supporters hailed the election as a triumph.",
                 [("hailed", R, 1, "outlet"), ("triumph", L, 1, "quoted")],
                 marks=_left("a bare praising noun after 'hail X as': only '… of democracy' is a row")),
    # --- neutral controls: no polar row
    ("The football club won the championship for the third time.", []),
    ("Ivan Petrov won the chess tournament in Minsk.", []),
    ("The company recognised revenue of 3 million dollars.", []),
    ("Macron was re-elected president of France in 2022.", []),
    ("Poland held free and fair parliamentary elections in October.", []),
    ("The referee's decision was fair.", []),
    ("The company's annual report was transparent about its debts.", []),
    ("The opposition demands a free and fair election.", []),
    ("Petrov claimed victory.", []),
    ("The team won decisively in the final.", []),
    ("The tennis player won comfortably.", []),
    ("Greece is the cradle and a model of democracy.", []),
    ("The doctored photo spread online.", []),
    # a capitalised praise word before a lower-case word is a party name in running text
    ("The governor described Democratic presidential nominee Jane Doe as a disgrace.", []),
    ("The mission called the vote \"Free and fair\".", [("Free and fair", L, 1, "quoted")]),
    # a financial or business fraud is no verdict on a vote
    ("The banker was convicted of securities fraud.", []),
    ("Prosecutors described a massive tax-fraud scheme.", []),
    ("He opened fraudulent bank accounts in three countries.", []),
    ("The election was fraudulent.", [("fraudulent", L, -1, "outlet")]),
    ("Observers documented fraudulent ballots in Gomel.", [("fraudulent", L, -1, "outlet")]),
    pytest.param("Shares fell sharply amid fraud allegations at the bank.", [],
                 marks=_left("bare 'fraud' is coded without an election in its sentence (business fraud)")),
    pytest.param("The tennis player was declared the winner after her rival retired.", [],
                 marks=_left("'declared the winner' of a sports match: only 'winner of <contest>' is excluded")),
    pytest.param("The regime of the river changed after the dam was built.", [],
                 marks=_left("technical 'regime of …' (river, flow): only sanctions/visa regimes are excluded")),
    # a claim verb with the perfect infinitive of the win distances it (markers.md §4.1, issue 13 kind 1)
    ("Petrov claims to have won 80 percent.", []),
    ("Petrov claimed to have been re-elected with 87 percent.", []),
    pytest.param("The commission will announce the winner on Monday.", [],
                 marks=_left("'the winner' as the object of a future announcement: the prospect rule reads small clauses")),
    pytest.param("The film was a farce.", [], marks=_left("bare 'farce' is coded of any subject")),
    pytest.param("The tender was rigged in favour of a friend's company.", [],
                 marks=_left("bare 'rigged' is coded of any subject (a tender, a match)")),
]


def _polar_rows(text: str) -> list[tuple[str, str, int, str]]:
    m = pipeline.build(ba.from_texts({"t": text}), ["markers"])["markers"]
    m = m[m["polarity"].fillna(0) != 0]
    return [(t, lx, int(p), v) for t, lx, p, v in zip(m["text"], m["lexicon"], m["polarity"], m["voice"])]


@pytest.mark.parametrize("text, expected", BATTERY)
def test_invented_marker_battery(text, expected):
    got = _polar_rows(text)
    unchecked = {e[0] for e in expected if e[3] is None}
    assert [g if g[0] not in unchecked else (*g[:3], None) for g in got] == expected, pd.DataFrame(got)
