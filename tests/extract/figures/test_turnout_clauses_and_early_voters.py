"""Result figures of the kinds development set F showed (issue 13, session 11): a turnout in brackets after
a clause of taking part or of early voters, and a candidate named in a transliteration the seed articles
lack. Invented sentences, each row checked for kind, subject, compared stage and deviation as in
``test_invented_result_battery.py``."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one
from test_invented_result_battery import _check

BATTERY = [
    # a share in brackets after an attendance clause is that clause's turnout (regional: not compared)
    ("The fewest people came to the polling stations in the Grodno region (22.3%).", "22.3%", "2020-08-08", "2020",
     "turnout", "", None, None),
    ("In the city of Brest most residents went to the polls on Sunday morning (61 percent).", "61 percent",
     "2020-08-10", "2020", "turnout", "", None, None),
    ("Fewer voters turned out in the Vitebsk region than anywhere else (48.2%).", "48.2%", "2020-08-10", "2020",
     "turnout", "", None, None),
    ("The most active voters were in the Mogilev region (91.5 percent).", "91.5 percent", "2020-08-10", "2020",
     "turnout", "", None, None),
    # early voters' share: an early-voting turnout, never compared with the national turnout
    ("The residents of the Gomel region were the keenest early voters (40.1%).", "40.1%", "2020-08-08", "2020",
     "turnout", "", None, None),
    ("So far the early voters make up a third of the electorate (31.2 percent), the commission said.",
     "31.2 percent", "2020-08-08", "2020", "turnout", "", None, None),
    ("Early voters accounted for 29.9% of all registered voters by Friday.", "29.9%", "2020-08-08", "2020",
     "turnout", "", None, None),
    # a bracketed share after a winning or voting-for clause stays a vote share
    ("Lukashenko won comfortably, officials said (80.1 percent).", "80.1 percent", "2020-08-20", "2020",
     "vote_share", "lukashenko", "final", 0.0),
    ("Most people who took part voted for Lukashenko (80.1%).", "80.1%", "2020-08-20", "2020", "vote_share",
     "lukashenko", "final", 0.0),
    # the y-transliteration of a candidate's surname (Russian й as y)
    ("Oleg Gaydukevich came in third with 2.02%.", "2.02%", "2025-01-27", "2025", "vote_share", "gaidukevich",
     "preliminary", 0.0),
    ("Gaydukevich took 2.02 percent of the vote.", "2.02 percent", "2025-01-27", "2025", "vote_share",
     "gaidukevich", "preliminary", 0.0),
    ("Gaydukevich's share was 2.02 percent, preliminary results show.", "2.02 percent", "2025-01-27", "2025",
     "vote_share", "gaidukevich", "preliminary", 0.0),
]


@pytest.mark.parametrize("text, span, published, election, kind, subject, stage, deviation", BATTERY)
def test_set_f_kinds_of_result_sentences(text, span, published, election, kind, subject, stage, deviation):
    row = one(figures_of(text, published=published, election=election), span)
    assert not _check(row, kind, subject, stage, deviation), (text, span, _check(row, kind, subject, stage, deviation))
