"""Voice constructions found in development set L (issue 13, session 12): published figures as the subject of a
verb of saying ('an exit poll said X was re-elected': quoted, unlike 'the results show'), the controller of a
gerund after 'for' ('commended the Government for describing the inauguration as fraudulent': the Government's
verdict) and a fronted naming participle the parser cuts off as a sentence of its own ('Dubbed Europe's last
dictator, X …'). Every sentence is invented; each case lists every polar row as (span, lexicon, polarity,
voice)."""

from __future__ import annotations

import pytest
from test_invented_marker_battery import _polar_rows

L, A = "legitimacy", "actor_label"

BATTERY = [
    # --- published figures as the subject of a verb of saying speak; of a verb of showing, they are evidence
    ("A state TV exit poll said Petrov was re-elected.", [("re-elected", L, 1, "quoted")]),
    ("Protesters gathered after the official exit poll claimed the vote was free and fair.",
     [("free and fair", L, 1, "quoted")]),
    ("An independent exit poll said the election had been rigged.", [("rigged", L, -1, "quoted")]),
    ("State television's exit poll said the election was transparent.", [("transparent", L, 1, "quoted")]),
    ("The preliminary results show that Petrov was re-elected.", [("re-elected", L, 1, "outlet")]),
    # --- the controller of a gerund after 'for' or 'of' is who gives the verdict
    ("I particularly commend the Government for rightly describing the inauguration as fraudulent.",
     [("fraudulent", L, -1, "quoted")]),
    ("We thank the Lithuanian Government for describing the vote as rigged.", [("rigged", L, -1, "quoted")]),
    ("Tsikhanouskaya praised Poland for rightly calling the vote rigged.", [("rigged", L, -1, "quoted")]),
    ("Lithuania was praised for branding the election a farce.", [("farce", L, -1, "quoted")]),
    # --- a fronted naming participle, also when the parser ends a sentence at the label
    ("Dubbed Europe's last dictator, Lukashenko has been in power since 1994.", [("dictator", A, -1, "quoted")]),
    ("Dubbed Europe's last dictator, Lukashenka has been in power for three decades.", [("dictator", A, -1, "quoted")]),
    ("Dubbed Europe's last dictator, Alexander Lukashenko won a seventh term.",
     [("dictator", A, -1, "quoted"), ("won", L, 1, "outlet")]),
    ("Widely dubbed Europe's last dictator, Petrov has ruled for decades.", [("dictator", A, -1, "quoted")]),
    # a label closing its own sentence is no participle clause of naming
    ("Dubbed a dictator. Petrov has ruled since 1994.", [("dictator", A, -1, "outlet")]),
]


@pytest.mark.parametrize("text, expected", BATTERY)
def test_voice_of_figures_gerunds_and_fronted_naming(text, expected):
    assert _polar_rows(text) == expected
