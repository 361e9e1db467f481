"""The length of a ruler's tenure belongs to the ruler (gold guide §10) also when the tenure is told by 'has
led', 'dominance' or a term right after the duration ('a new five-year term'): development sets C, E and H had
these rows without their owner (issue 13, session 10). Invented sentences; a duration of something else
keeps no owner."""

from __future__ import annotations

import pytest
from figure_helpers import figures_of, one


@pytest.mark.parametrize("text, span, owner", [
    ("The candidates were all loyal to Lukashenko, who has led Belarus for almost 31 years.", "31 years",
     "lukashenko"),
    ("The vote cemented Lukashenko's 30-year dominance of the country.", "30-year", "lukashenko"),
    ("Lukashenko is expected to win a new five-year term.", "five-year", "lukashenko"),
    ("Lukashenko began a seven-year presidential term.", "seven-year", "lukashenko"),
])
def test_a_tenure_belongs_to_its_ruler(text, span, owner):
    assert one(figures_of(text, published="2025-01-20", election="2025"), span)["subject"] == owner


@pytest.mark.parametrize("text, span", [
    ("Lukashenko visited a factory that has operated for 60 years.", "60 years"),
    ("Tsikhanouskaya's husband was sentenced to 18 years.", "18 years"),
])
def test_another_duration_has_no_owner(text, span):
    assert pd_na(one(figures_of(text, published="2025-01-20", election="2025"), span)["subject"])


def pd_na(value) -> bool:
    return not isinstance(value, str) or value == ""
