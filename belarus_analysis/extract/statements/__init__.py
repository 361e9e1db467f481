"""Statements: who says what, with exact character offsets.

Three kinds, as defined by the coding guide ``data/gold/statements.md``: ``direct``
quotations (quotation marks, ``X said:`` blocks, embedded posts), ``partial`` quoted
fragments inside the reporter's sentence, and ``indirect`` reported content
(``X said (that) …``, ``according to X``, ``X called for …``).

How it works, after the Gender Gap Tracker (Asr et al. 2021, PLoS ONE 16(1)):

1. quotation marks are paired from the characters (:func:`find_quotes`), so odd or
   mismatched marks never break anything and apostrophes are not quotes;
2. a reporting cue (``data/lexicons/attribution_verbs.csv``) gives, through the
   dependency parse, its speaker (subject, ``by``-agent, possessor, antecedent of
   ``who``/``which``, or the subject it shares with a verb it is coordinated with)
   and its content (clause, noun phrase, ``X to …``/``X as Y`` small clause);
3. a quote is attributed to the cue whose content it is, else to a cue next to it in
   its sentence, else it continues the previous quote (same paragraph: same cue;
   next paragraph: empty cue), else it is an orphan with no speaker;
4. speakers are resolved to ``data/actors.csv``: names and descriptions by the
   actor index, pronouns and "the ministry"-style descriptions to the nearest
   compatible earlier subject, documents ("the joint statement") to their issuer,
   coordinated speakers to a collective actor.

Vocabulary lives in ``data/lexicons/`` and names in ``data/actors.csv``; the rules
here are general English and never raise on odd text.

>>> import belarus_analysis as ba
>>> from belarus_analysis import pipeline
>>> arts = ba.from_texts({"a": '"We won," Lukashenko said. He added that the vote was fair.'})
>>> rows = pipeline.build(arts, ["statements"])["statements"]
>>> rows[["kind", "text", "speaker", "actor_id", "cue_lemma"]].values.tolist()
[['direct', 'We won,', 'Lukashenko', 'lukashenko', 'say'], ['indirect', 'the vote was fair', 'He', 'lukashenko', 'add']]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..base import Extractor
from ..view import ArticleView
from .assemble import _nest, _record, _statements
from .context import Found, _context
from .lexicon import NOUNS_FILE, VERBS_FILE, lexicon

__all__ = ["EXTRACTOR", "NOUNS_FILE", "VERBS_FILE", "extract", "lexicon"]


def extract(view: ArticleView, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """Statement records of one parsed article (see the module docstring)."""
    text = view.text
    if not text.strip():
        return
    starts = view.sentence_starts
    title = article.get("title")
    ctx = _context(view, title if isinstance(title, str) else None)
    seen = set()
    kept: list[Found] = []
    for f in _statements(ctx, article):
        key = (f.kind, f.start, f.end, f.speaker.start if f.speaker else None)
        if key not in seen and f.end > f.start:
            seen.add(key)
            kept.append(f)
    index = {id(f): n for n, f in enumerate(kept)}
    pieces = {n: index.get(id(f.part_of)) for n, f in enumerate(kept) if f.part_of is not None}
    rows = [_record(text, starts, f, ctx.idx) for f in kept]
    yield from _nest(rows, str(article["article_id"]), pieces)


EXTRACTOR = Extractor("statements", extract, needs=("token.tag", "token.dep", "token.lemma", "doc.ents"))

