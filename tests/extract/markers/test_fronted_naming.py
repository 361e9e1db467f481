"""A fronted naming participle read on the view's arrays: its sentence is the one ``Span.sent`` gives (that of the
hit's first token, also for a hit across a full stop)."""

from __future__ import annotations

import pytest

from belarus_analysis.extract.markers.lexicons import Hit
from belarus_analysis.extract.markers.speech import NAMING_PARTICIPLES, fronted_naming
from belarus_analysis.extract.view import ArticleView

TEXTS = [
    "Dubbed the last dictator of Europe, Ivan Petrov won again.",
    "“Often called a sham, the ballot ended early,” he said. Labelled a farce, the vote went ahead.",
    "The vote. Branded a farce by the West, the election, which many called rigged, went ahead",
    "Called a sham. The ballot, a farce, ended early.",
    "Widely dubbed rigged , the vote went ahead; critics, however, called it a sham.",
]


def by_sentence_of_span(hit: Hit, view: ArticleView) -> bool:
    # the rule on Token objects and Span.sent, as it read before the arrays (the oracle of the test)
    span = view.span(hit.start, hit.end)
    doc, sent = view.doc, span.sent
    i = sent.start
    while i < sent.end and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i < sent.end - 1 and (doc[i].pos_ == "ADV" or doc[i].lower_.endswith("ly")):
        i += 1
    if i >= sent.end or doc[i].lower_ not in NAMING_PARTICIPLES:
        return False
    comma = next((t.i for t in doc[i + 1:sent.end] if t.text == ","), None)
    return comma is not None and i < span.start and span.end <= comma


@pytest.mark.parametrize("text", TEXTS)
def test_every_span_of_tokens_is_judged_as_on_its_span_sentence(nlp, text):
    # every span of up to four tokens, those across a sentence boundary too
    view = ArticleView(nlp(text))
    got = []
    for a in range(len(view.doc)):
        for b in range(a + 1, min(a + 5, len(view.doc) + 1)):
            hit = Hit(view.token_starts[a], view.end(b - 1), "actor_label", "pejorative_label", -1, "")
            assert fronted_naming(hit, view) == by_sentence_of_span(hit, view), (text, view.doc[a:b].text)
            got.append(fronted_naming(hit, view))
    assert any(got) == (text != TEXTS[3])  # 'Called a sham.' has no comma in its sentence
