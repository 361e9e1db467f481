"""Figures: the numbers, quantities and dates of an article (the ``figures`` table).

A figure is a span of the article text with its normalised ``value``, ``unit``,
``kind``, ``qualifier`` (and its class), ``subject`` (the actor it belongs to),
``iso_date`` for dates, and, for reported election results, the official
``reference_value`` and the ``deviation`` from it. Span, value, unit and kind
follow the gold coding guide ``data/gold/figures.md``; the vocabulary lives in
data: units and cue words in ``data/lexicons/figure_kinds.csv``, qualifiers in
``data/lexicons/qualifiers.csv``, official results in ``data/reference/``.

How a figure is found: regular expressions over the text find dates, then
numerals (digits, number words, ordinals, vague plurals such as "thousands",
fractions, ranks); the spaCy parse supplies sentences, the counted noun, parts of
speech (adverbial "first") and entity types (numbers inside names); the
lexicons then decide unit, kind and subject.

>>> import belarus_analysis as ba
>>> arts = ba.from_texts({"a": "Lukashenko won almost 87 percent of the vote on Jan. 26."},
...                      [{"article_id": "a", "published": "2025-01-27", "election": "2025"}])
>>> fig = ba.pipeline.build(arts, ["figures"])["figures"]
>>> fig[["text", "value", "qualifier", "kind", "subject", "reference_value"]].values.tolist()[0]
['87 percent', 87.0, 'almost', 'vote_share', 'lukashenko', 86.82]
>>> fig[["text", "iso_date"]].values.tolist()[1]
['Jan. 26', '2025-01-26']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ...resources import version

from .. import spans
from ..base import Extractor
from ..view import ArticleView
from . import dates, numbers, reference
from .classify import (Context, announcement_day, classify, continue_lists, coordinated_percents, headed_lists,
                       inherit_ranges, is_pronoun_one, parenthesised_votes, qualifier_of, respective_owners, result_stretches,
                       scope_lists, set_rooms, source_cue, stated_election)
from ..intervals import Disjoint
from .core import B, Figure, Starts, set_family
from .core import starts as scan_starts
from .dates import find_dates, resolve_date
from .lexicons import KINDS_FILE, QUALIFIERS_FILE, load_qualifiers, load_rules
from .numbers import attach_units, digits_value, find_numbers, words_value

__all__ = ["EXTRACTOR", "KINDS_FILE", "QUALIFIERS_FILE", "attach_units", "digits_value", "extract", "find_dates",
           "find_numbers", "load_qualifiers", "load_rules", "resolve_date", "words_value"]

EXCLUDED = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#]\w+")
# What every match of EXCLUDED holds: a scheme, 'www.', an at sign or a hash sign.
_EXCLUDED_MARKS = ("://", "www.", "@", "#")


def _excluded(text: str) -> Iterator[re.Match]:
    """``EXCLUDED.finditer(text)`` (links, e-mail addresses, handles and hashtags, which hold no figure).
    Every part of the pattern is non-space, so a match lies inside one word (a run of non-space
    characters): the pattern runs only on the words holding one of its marks, not at every position of
    the text (its ``\\S+@`` branch reads a whole word from each position).

    >>> [m.group() for m in _excluded("See www.x.org, mail a@b.com or #vote2020, 80%")]
    ['www.x.org,', 'a@b.com', '#vote2020']
    """
    words = set()
    for mark in _EXCLUDED_MARKS:
        at = text.find(mark)
        while at >= 0:
            start, end = at, at + len(mark)
            while start and not text[start - 1].isspace():
                start -= 1
            while end < len(text) and not text[end].isspace():
                end += 1
            words.add((start, end))
            at = text.find(mark, at + 1)
    for start, end in sorted(words):
        yield from EXCLUDED.finditer(text, start, end)


# Where numerals and dates may start (core.starts), in one scan of the text: the numerals' branches, then the
# dates' words. No text starts with both a number word and a date word, so neither hides a start of the other
# (tests/extract/figures/test_starts.py).
_STARTS = re.compile(rf"{B}(?:{numbers.START_BRANCHES}|{dates.WORD_STARTS})")


def _starts(text: str) -> tuple[Starts, Starts]:
    """Where numerals and where dates may start in ``text``: the starts :func:`find_numbers` and
    :func:`find_dates` scan for, found in one pass (each scan tries every position of the text)."""
    found = scan_starts(_STARTS, text)
    numerals = Starts(digit=found["digit"], word=found["word"])
    # a date's digit is a decimal digit (\d), not a vulgar fraction
    dated = Starts(digit=[p for p in found["digit"] if text[p].isdecimal()], initial=found["initial"],
                   rel=found["rel"], season=found["season"])
    return numerals, dated


@lru_cache(maxsize=256)
def _lookup(path: Path, stamp: str, election: int, published: date | None, measure: str,
            actor_id: str | None, stage: str | None) -> tuple[float, str] | None:
    # ``stamp`` (the file's content version) keeps an edited or overridden file from being served stale.
    return reference.lookup(reference.load_reference(path), election, published, measure, actor_id, stage=stage)


def _reference(ctx: Context, f: Figure, source: str | None, stage: str | None = None,
               as_of: date | None = None) -> tuple[float | None, str | None]:
    """The official value of the measure ``f`` reports, announced by the publication date; none for
    figures of another source (an exit poll is not the official count), of a region or city or of
    an hour of polling day (the final national result is not their reference). A figure whose clause names another election
    ("In the 2015 election, X won 83.5 percent") is compared with that election's result, if any; one whose
    sentence names a stage ("according to preliminary results") with that stage only; one whose sentence
    dates the announcement (``as_of``, :func:`~.classify.announcement_day`) with what was announced by then."""
    measure = reference.measure_of(f.kind, f.unit)
    if measure is None or (measure in ("vote_share", "votes") and not f.subject) or pd.isna(ctx.election) or source not in (
            None, "official"):
        return None, None
    if f.scope:
        f.notes.append(f"{f.scope} figure: not compared with the national result")
        return None, None
    election = stated_election(ctx, f) or int(ctx.election)
    if election != int(ctx.election):
        f.notes.append(f"result of the {election} election")
    path = reference.reference_path()
    if as_of is not None:
        f.notes.append(f"results announced on {as_of.isoformat()}: compared with the stage of that day")
    actor = f.subject if measure in ("vote_share", "votes") else None
    found = _lookup(path, version(path), election, as_of or ctx.published, measure, actor, stage or None)
    if stage and not found:
        f.notes.append(f"the {stage} result was not announced by the publication date: not compared")
    digits = reference.precision(ctx.text[f.start:f.end]) or 0
    if found and not stage and digits and round(f.value - found[0], digits) != 0:
        # an exact figure of an earlier announcement that the latest one changed ('officially won 80.23 percent'
        # after the final 80.10): the figure quotes that stage (figures.md §15, Stage)
        for earlier in sorted(set(reference.load_reference(path)["stage"]) - {found[1]}):
            quoted = _lookup(path, version(path), election, as_of or ctx.published, measure, actor, earlier)
            if quoted and round(f.value - quoted[0], digits) == 0:
                f.notes.append(f"the {earlier} figure, quoted after a later announcement")
                return quoted
    return found if found else (None, None)


def _record(ctx: Context, starts: list[int], f: Figure, qualifier: str | None,
            claimed: list[tuple[int, int]], announcing: list[Figure]) -> dict:
    cue = None if f.kind == "date" else source_cue(ctx, f, claimed=claimed)
    source = cue.kind if cue else None
    as_of = announcement_day(ctx, f, announcing) if reference.measure_of(f.kind, f.unit) else None
    ref_value, stage = _reference(ctx, f, source, cue.stage if cue else None, as_of)
    return spans.record(
        ctx.text, starts, f.start, f.end,
        value=None if f.kind == "date" else f.value, unit=f.unit, qualifier=qualifier,
        qualifier_class=ctx.qualifiers.classes.get(qualifier), kind=f.kind, subject=f.subject,
        iso_date=f.iso_date, reference_value=ref_value,
        deviation=None if ref_value is None else round(f.value - ref_value, 10),
        reference_stage=stage, source_kind=source, counted=f.counted, note="; ".join(f.notes) or None)


def extract(view: ArticleView, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """Yield one record per figure of the article (columns: the ``figures`` table of :mod:`schema`)."""
    ctx = Context.build(view, article)
    taken = Disjoint()
    for m in _excluded(ctx.text):
        taken.add(m.start(), m.end())
    numerals, dated = _starts(ctx.text)
    found = [*find_dates(ctx.text, taken, starts=dated), *find_numbers(ctx.text, taken, starts=numerals)]
    figures = sorted((set_family(f) for f in found if attach_units(ctx.text, f, ctx.rules)), key=lambda f: f.start)
    set_rooms(figures, len(ctx.text))
    kept = [f for f in figures if classify(ctx, f)]
    inherit_ranges(ctx, kept)
    coordinated_percents(ctx, kept)
    continue_lists(ctx, kept)
    parenthesised_votes(ctx, kept)
    respective_owners(ctx, kept)
    scope_lists(ctx, kept)
    headed_lists(ctx, kept)
    starts = view.sentence_starts
    claimed = result_stretches(ctx, kept)
    announcing = [f for f in kept if f.announces]
    for f in kept:
        qualifier = qualifier_of(ctx, f) if f.kind != "date" else None
        if not is_pronoun_one(ctx, f, qualifier):
            yield _record(ctx, starts, f, qualifier, claimed, announcing)


EXTRACTOR = Extractor("figures", extract, needs=("token.tag", "doc.sents", "doc.ents"))
