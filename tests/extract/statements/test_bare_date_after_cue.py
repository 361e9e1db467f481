"""Content form (issue 12; PolNeAR dev 'called Friday for releasing …'): a bare weekday between the cue and
its content ('called Friday for a recount') which the parser made the verb's object is no object; the
content is what was called for. A date inside the object stays ('announced Sunday's results').
Every sentence is invented."""

from __future__ import annotations

import pytest

from conftest import statements_of


@pytest.mark.parametrize("text, content, lemma", [
    ("Berg called Friday for a recount.", "a recount", "call for"),
    ("Marek called Sunday for fresh talks.", "fresh talks", "call for"),
    ("Kalve called Thursday for a full inquiry.", "a full inquiry", "call for"),
    ("The board announced Sunday's results.", "Sunday's results", "announce"),
])
def test_a_bare_date_is_no_object(text, content, lemma):
    t = statements_of(text)
    assert list(zip(t.text, t.cue_lemma)) == [(content, lemma)]
