"""Content form (issue 12, set L): in a relative clause with its object gapped ('the action he is calling
for today') the parser takes the date word after the cue for its object. A lone date word reports nothing.
Every sentence is invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text", [
    "As he said, the allies have backed the kind of action he is calling for today.",
    "We support the steps the ministers called for yesterday.",
    "It is the kind of inquiry the monitors have been calling for today.",
])
def test_a_lone_date_word_is_no_content(text):
    t = statements_of(text)
    assert not t.text.str.fullmatch(r"today|yesterday").any(), list(t.text)


def test_a_content_with_a_date_in_it_stays():
    t = statements_of("The board announced the results today. Vell called for a recount on Monday.")
    assert list(t.text) == ["the results", "a recount"]
