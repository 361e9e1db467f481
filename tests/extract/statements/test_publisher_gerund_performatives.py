"""Speaker form (issue 12, set L; statements.md §1 exception): a government page's first-person
performative carried by a gerund ('We stand united in condemning …', 'We join X in calling for …': the
present tense is on the verb the gerund's preposition hangs on), and a publisher named with what it
published ('GOV.UK joint statement (…)'). Sentences and outlets invented."""

from __future__ import annotations

import pytest

from conftest import statements_of

GOVERNMENT = "Foreign Ministry of Norway (regjeringen.no)"


@pytest.mark.parametrize("text, content, lemma", [
    ("We stand united in condemning the ongoing arrests of journalists.", "the ongoing arrests of journalists",
     "condemn"),
    ("We join our partners in condemning the violence against peaceful protesters.",
     "the violence against peaceful protesters", "condemn"),
    ("Today we are united in calling for the release of every political prisoner.",
     "the release of every political prisoner", "call for"),
])
def test_a_gerund_performative_of_a_government_page_is_its_statement(text, content, lemma):
    t = statements_of(text, outlet=GOVERNMENT)
    assert list(zip(t.text, t.cue_lemma, t.speaker_resolution)) == [(content, lemma, "outlet")]


@pytest.mark.parametrize("text, outlet", [
    ("We stood united in condemning the arrests last year.", GOVERNMENT),           # narrated: past tense
    ("We stand united in condemning the ongoing arrests of journalists.", "The Evening Chronicle"),  # a paper's we
])
def test_a_narrated_gerund_or_a_newspapers_we_is_no_statement(text, outlet):
    assert statements_of(text, outlet=outlet).empty


@pytest.mark.parametrize("outlet, actor", [
    ("GOV.UK joint statement (Norway, Chile and the UK; via Wire Digest)", "uk_government"),
    ("GOV.UK press release", "uk_government"),
    ("Global Affairs Canada news release (canada.ca)", "global_affairs_canada"),
])
def test_a_publisher_named_with_what_it_published_speaks_in_its_we(outlet, actor):
    t = statements_of("We call for the immediate release of all detained protesters.", outlet=outlet)
    assert list(zip(t.actor_id, t.speaker_resolution)) == [(actor, "outlet")]
