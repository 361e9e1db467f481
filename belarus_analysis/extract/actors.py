"""Who is who: the actor list in ``data/actors.csv`` and name resolution.

``variants`` are names (every spelling and transliteration); ``aliases`` are
descriptions ("the Belarusian leader", "CEC Chairman") that identify an actor
when no name is present. Both are ``|``-separated so a student can add one
without touching code. ``valid_from``/``valid_to`` (ISO dates, optional) bound the
time an actor holds the role its aliases describe: "Secretary of State" is resolved
with the article's ``published`` date, and a role with no holder on that date gives
the group only, never a wrong person. A speaker that is in no row still gets a group
from its description (``data/speaker_groups.csv``: country words, official and
institution words), see :meth:`ActorIndex.lookup`.

>>> idx = actor_index()
>>> idx.resolve("Canadian Foreign Minister Melanie Joly"), idx.resolve("Lukashenka’s")
('joly', 'lukashenko')
>>> idx.group("joly")
'western_government'
>>> idx.lookup("Secretary of State", on="2020-08-10").actor_id
'pompeo'
>>> idx.lookup("the Russian Foreign Ministry spokeswoman", on="2020-08-10")
Lookup(actor_id='zakharova', group='russian_government', how='description')
>>> idx.lookup("a Russian senator")
Lookup(actor_id=None, group='russian_government', how='group-only')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .. import config
from ..errors import DataFileError
from ..resources import per_block, read_frame, version
from .trie import alternation, fold_case

COLUMNS = ["actor_id", "canonical_name", "variants", "aliases", "group", "country", "kind", "note", "valid_from",
           "valid_to", "source", "pronoun"]
# The ``pronoun`` a person's row may give (empty: unknown, learned from the text); 'he'/'she' rule out
# the other pronoun as a reference to the person, 'they' rules out neither.
PRONOUNS = ("", "he", "she", "they")
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
CROWD = "citizen"  # the group of ordinary people speaking ('people', 'voters', 'Belarusians'; data/README.md)
_THE = re.compile(r"^the ")
_PLACE = re.compile(r"\S\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)  # '… embassy in ', after other words
# Characters whose case-insensitive matching in ``re`` is not equality after :func:`~.trie.fold_case`: the
# letters ``re`` gives extra cases ('µ' is 'μ', 'ς' is 'σ', 'в' is 'ᲀ', 'ṡ' is 'ẛ', 'ﬅ' is 'ﬆ'; 'ſ' and 'ı',
# which fold_case maps, apart), with the whole Greek and Cyrillic blocks (str.lower reads a final sigma
# by its context). Names holding one are matched with the case-insensitive pattern only. (A text needs
# no such test: its letters can match a name's only through lower case or the extra cases, and a name
# without these characters has no extra cases but those fold_case maps.)
_UNFOLDED = re.compile("[\u00b5\u0345\u0370-\u03ff\u0400-\u052f\u1c80-\u1c8f\u1e61\u1e9b\u1f00-\u1fff"
                       "\ua640-\ua69f\ufb05\ufb06]")


class Holder(NamedTuple):
    """An actor holding a role description from ``start`` to ``end`` (ISO dates; '' = open)."""

    actor_id: str
    start: str
    end: str

    def holds(self, on: str) -> bool:
        return (not self.start or self.start <= on) and (not self.end or on <= self.end)


class Lookup(NamedTuple):
    """How a speaker expression resolved: ``how`` is name | description | role+date |
    group-only | None (nothing found)."""

    actor_id: str | None
    group: str | None
    how: str | None


def _current(path: Path | None) -> tuple[Path, str]:
    """The actors file to use (``config.ACTORS`` unless given) and its content version,
    so that caches follow a user who points ``config.ACTORS`` elsewhere or edits the file."""
    path = Path(path or config.ACTORS)
    if not path.is_file():
        raise DataFileError(f"{path}: actors file not found")
    return path, version(path, Path(config.SPEAKER_GROUPS))


def load_actors(path: Path | None = None) -> pd.DataFrame:
    """The actor table (default ``config.ACTORS``), validated: required columns, unique non-empty ids."""
    return _load_actors(*_current(path))


@lru_cache(maxsize=8)
def _load_actors(path: Path, stamp: str) -> pd.DataFrame:
    df = read_frame(path).astype("string")  # a file that is not UTF-8 is a DataFileError naming it
    missing = [c for c in ("actor_id", "canonical_name", "variants", "group") if c not in df.columns]
    if missing:
        raise DataFileError(f"{path}:1: missing column(s) {missing}")
    for i, aid in enumerate(df["actor_id"]):
        if not aid:
            raise DataFileError(f"{path}:{i + 2}: empty actor_id")
    dup = df["actor_id"][df["actor_id"].duplicated()]
    if len(dup):
        raise DataFileError(f"{path}: duplicate actor_id(s) {sorted(set(dup))}")
    for col in ("aliases", "pronoun", "valid_from", "valid_to"):  # optional columns (older files have none)
        df[col] = df[col].fillna("") if col in df.columns else ""
    for i, pronoun in enumerate(df["pronoun"]):
        if pronoun not in PRONOUNS:
            raise DataFileError(f"{path}:{i + 2}: pronoun must be one of {PRONOUNS[1:]} or empty, got {pronoun!r}")
    for i, (start, end) in enumerate(zip(df["valid_from"], df["valid_to"])):
        try:
            _periods(start, end)
        except ValueError as e:
            raise DataFileError(f"{path}:{i + 2}: {e}") from None
    return df


def _periods(start: str, end: str) -> list[tuple[str, str]]:
    """The periods of ``valid_from``/``valid_to`` cells: ISO dates, several periods
    ``|``-separated in the same order ('2017-01-20|2025-01-20', '2021-01-20|'); an empty
    end is open."""
    starts, ends = start.split("|"), end.split("|")
    if len(starts) != len(ends):
        raise ValueError(f"valid_from has {len(starts)} period(s), valid_to {len(ends)}")
    for v in (*starts, *ends):
        if v and not _iso(v):
            raise ValueError(f"{v!r} is not an ISO date (YYYY-MM-DD)")
    for a, b in zip(starts, ends):
        if a and b and a > b:
            raise ValueError(f"valid_from {a} is after valid_to {b}")
    return list(zip(starts, ends))


def _iso(v: str) -> bool:
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return len(v) == 10


def _norm(s: str) -> str:
    s = " ".join(s.replace("’", "'").split())
    s = _POSSESSIVE.sub("", s) if s.endswith(("'s", "'")) else s
    return s.casefold()


@dataclass
class SpeakerWords:
    """The description table (``data/speaker_groups.csv``): country words -> group,
    official words (an official of that country speaks for its state), bodies with a
    group of their own ('MEP', 'observer mission')."""

    countries: dict[str, str] = field(default_factory=dict)
    officials: frozenset[str] = frozenset()  # persons' titles and institutions (kinds official and office)
    bodies: dict[str, str] = field(default_factory=dict)
    pattern: re.Pattern | None = None
    offices: frozenset[str] = frozenset()  # the institutions among ``officials``
    # words that only refer back ('the agency', 'the partners'): no group of their own, never matched in a
    # description; a definite speaker headed by one is an earlier institution (resolve.Resolver._description)
    anaphors: frozenset[str] = frozenset()
    # anonymous sources ('people familiar with', 'a person close to'): matched like any term, so that a
    # shorter body inside them ('people' -> citizen) does not apply; they give no group
    anonymous: frozenset[str] = frozenset()

    @cached_property
    def _person_titles(self) -> frozenset[str]:
        return self.officials - self.offices

    def titles(self, surface: str) -> bool:
        """Does ``surface`` end in a person's title ('the Russian top diplomat', 'the
        White House press secretary'), not an institution ('the Russian ministry')?"""
        key, titles = _norm(surface), self._person_titles
        # a title ends the key after a space or is all of it: look up those few endings, not every title
        if key in titles:
            return True
        space = key.find(" ")
        while space >= 0:
            if key[space + 1:] in titles:
                return True
            space = key.find(" ", space + 1)
        return False

    def body_at(self, surface: str, pos: int, inside: tuple[int, int] = (0, 0)) -> str | None:
        """The group of the body term of ``surface`` that covers character ``pos`` and the span
        ``inside`` ('EU countries' at 'countries', holding the name 'EU'), or None."""
        if self.pattern is None:
            return None
        lo, hi = inside
        return next((self.bodies[k] for m in self.pattern.finditer(surface)
                     if m.start() <= min(pos, lo) and max(pos + 1, hi) <= m.end()
                     and (k := _norm(m.group(0))) in self.bodies), None)

    def anonymous_in(self, surface: str) -> bool:
        """Does ``surface`` hold an anonymous source's words ('people familiar with', 'a person close to')?"""
        return bool(self.anonymous) and self.pattern is not None and any(
            _norm(m.group(0)) in self.anonymous for m in self.pattern.finditer(surface))

    @cached_property
    def anonymous_heads(self) -> frozenset[str]:
        """The words anonymous sources' phrases start with ('people', 'person'; kind anonymous)."""
        return frozenset(t.split()[0] for t in self.anonymous)

    def anonymous_at(self, text: str) -> bool:
        """Does ``text`` start with an anonymous source's words ('people with knowledge of the talks …')?"""
        m = self.pattern.match(text) if self.anonymous and self.pattern is not None else None
        return m is not None and _norm(m.group(0)) in self.anonymous

    def group(self, surface: str) -> str | None:
        """The group a description implies, or None: a body's own group first, then a
        country word with an official word ('Russian Foreign Ministry spokeswoman', 'China's
        foreign ministry'), or a bare country or capital ('Beijing')."""
        if self.pattern is None:
            return None
        matches = [m.group(0) for m in self.pattern.finditer(surface)]
        words = [_norm(m) for m in matches]
        if not self.anonymous.isdisjoint(words):
            return None
        for w, m in zip(words, matches):
            # a crowd in the possessive owns another body or title, which speaks ('the people's deputies',
            # "the People's Republic of China", "the All-Belarusian People's Assembly"): not the crowd
            if w in self.bodies and not (self.bodies[w] == CROWD and _POSSESSIVE.search(m)):
                return self.bodies[w]
        country = next((self.countries[w] for w in words if w in self.countries), None)
        if country is None:
            return None
        bare = _THE.sub("", _norm(surface))
        if bare in self.countries or any(w in self.officials for w in words):
            return country
        return None


LOOKUP_CACHE_SIZE = 1 << 16
# ActorIndex._scan remembers the matches of texts up to LONG_TEXT characters (speaker phrases, a
# window after a title), at most SCAN_CACHE_SIZE of them; of longer texts (articles) the last one.
LONG_TEXT = 200
SCAN_CACHE_SIZE = 1 << 12


@dataclass
class ActorIndex:
    """Look-ups from surface forms to actor ids, built from the actor table."""

    names: dict[str, str]
    descriptions: dict[str, tuple[Holder, ...]]
    groups: dict[str, str]
    pattern: re.Pattern
    words: SpeakerWords = field(default_factory=SpeakerWords)
    # :attr:`pattern` over the fold_case'd forms, case-sensitive, for fold_case'd texts (see _scan); None
    # when a form holds a character of _UNFOLDED
    folded: re.Pattern | None = None
    countries: dict[str, str] = field(default_factory=dict)  # actor_id -> country code, where given
    pronouns: dict[str, str] = field(default_factory=dict)  # actor_id -> he | she | they, where given
    kinds: dict[str, str] = field(default_factory=dict)  # actor_id -> kind (person, institution, media, …)
    persons: frozenset[str] = frozenset()  # the actor_ids of kind person
    # (surface, date) -> Lookup: speaker expressions recur within and across articles, and each look-up
    # runs the actor alternation over the expression. The index is rebuilt when actors.csv changes.
    _lookups: dict[tuple[str, str | None], Lookup] = field(default_factory=dict, repr=False, compare=False)
    # text -> the pattern's matches in it (see _scan); the last long text apart
    _scans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict, repr=False, compare=False)
    _long_scan: list = field(default_factory=lambda: [None, None], repr=False, compare=False)

    def group(self, actor_id: str | None) -> str | None:
        return self.groups.get(actor_id) if actor_id else None

    def _holder(self, key: str, on: str | None) -> str | None:
        """The actor holding the role ``key`` describes on date ``on``; with no date, the
        only actor ever listed for it, if there is one (never a guess between holders)."""
        holders = self.descriptions[key]
        if on:
            return next((h.actor_id for h in holders if h.holds(on)), None)
        ids = {h.actor_id for h in holders}  # undated: only a role with one holder ever names a person
        return ids.pop() if len(ids) == 1 else None

    def _role_group(self, key: str) -> str | None:
        """The group all holders of a role share (the institution's group), else None."""
        groups = {self.groups[h.actor_id] for h in self.descriptions[key]}
        return groups.pop() if len(groups) == 1 else None

    def mentions(self, text: str, *, on: str | None = None) -> list[tuple[int, int, str | None, str]]:
        """Every name or description in ``text``: ``(start, end, actor_id, kind)``.

        Longest match wins; ``kind`` is ``name`` or ``description``; a role description
        with no holder on date ``on`` has ``actor_id`` None.
        """
        out = []
        for start, end, key in self._scan(text):
            if key in self.names:
                out.append((start, end, self.names[key], "name"))
            elif key in self.descriptions:
                out.append((start, end, self._holder(key, on), "description"))
        return out

    def _scan(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, normalised form)`` of every match of :attr:`pattern` in ``text``, remembered:
        the extractors ask about the same speaker phrases again and again, and about the whole
        article twice (the figures' persons, the statements' names). Texts up to :data:`LONG_TEXT`
        characters are kept (emptied at :data:`SCAN_CACHE_SIZE`), of longer ones the last."""
        long = len(text) > LONG_TEXT
        if long and self._long_scan[0] == text:
            return self._long_scan[1]
        found = None if long else self._scans.get(text)
        if found is None:
            if self.folded is not None:
                # the same matches at the same offsets (fold_case keeps every character's place and kind): a
                # case-sensitive pattern lets ``re`` pass over the branches that cannot start at a
                # character, which case-insensitive matching enters one by one (half the cost of an article)
                found = [(m.start(), m.end(), _norm(text[m.start():m.end()])) for m in self.folded.finditer(fold_case(text))]
            else:
                found = [(m.start(), m.end(), _norm(m.group(0))) for m in self.pattern.finditer(text)]
            if long:
                self._long_scan[:] = [text, found]
            else:
                if len(self._scans) >= SCAN_CACHE_SIZE:
                    self._scans.clear()
                self._scans[text] = found
        return found

    def resolve(self, surface: str, *, on: str | None = None) -> str | None:
        """The actor a speaker expression refers to, or None (see :meth:`lookup`)."""
        return self.lookup(surface, on=on).actor_id

    def lookup(self, surface: str, *, on: str | None = None) -> Lookup:
        """How a speaker expression resolves on date ``on`` (ISO; the article's ``published``).

        The whole expression as a name, then as a description ("the opposition
        leader"), then a name inside it (the last one: "Canadian Foreign Minister
        Melanie Joly" -> joly), then a description inside it. A dated role ("Secretary
        of State") resolves to its holder on ``on`` (``how`` = role+date) or, with no
        holder, to the group of the institution only. Failing all that, the description
        table gives a group ("Russian Foreign Ministry spokeswoman" -> russian_government).
        """
        if (hit := self._lookups.get((surface, on))) is None:
            if len(self._lookups) >= LOOKUP_CACHE_SIZE:  # bounded: a corpus has few distinct speakers
                self._lookups.clear()
            hit = self._lookups[surface, on] = self._lookup(surface, on)
        return hit

    def _lookup(self, surface: str, on: str | None) -> Lookup:
        key = _norm(surface)
        bare = _THE.sub("", key)
        for k in (key, bare):
            if k in self.names:
                return Lookup(self.names[k], self.group(self.names[k]), "name")
        for k in (key, bare):
            if k in self.descriptions:
                return self._role(k, on)
        # An anonymous source is no name it mentions ('a person familiar with Lukashenko's plans', 'two people
        # close to the commission'): no actor and no group
        if self.words.anonymous_in(surface):
            return Lookup(None, None, None)
        # A name in a place adjunct is not the speaker ('the Polish embassy in Minsk').
        hits = [_norm(m.group(0)) for m in self.pattern.finditer(surface) if not _PLACE.search(surface[:m.start()])]
        named = [k for k in hits if k in self.names]
        if named:
            aid = self.names[named[-1]]
            return Lookup(aid, self.group(aid), "name")
        described = [k for k in hits if k in self.descriptions]
        if described:
            return self._role(described[-1], on)
        group = self.words.group(surface)
        return Lookup(None, group, "group-only" if group else None)

    def _role(self, key: str, on: str | None) -> Lookup:
        aid = self._holder(key, on)
        # role+date: the date chose between several holders; one holder ever is a description.
        dated = len({h.actor_id for h in self.descriptions[key]}) > 1
        if aid:
            return Lookup(aid, self.group(aid), "role+date" if dated else "description")
        group = self._role_group(key)
        return Lookup(None, group, "group-only" if group else None)

    def is_agent_word(self, lemma: str) -> bool:
        """Is ``lemma`` an official or institution word ('minister', 'ministry', 'spokesman')?"""
        return _norm(lemma) in self.words.officials or _norm(lemma) in self.words.bodies


def outlet_actor(article: Mapping, idx: ActorIndex | None = None) -> str | None:
    """The actor an outlet itself is, if any (a government's press office): the
    ``outlet_actor_id`` metadata column, else the outlet's name (before any
    parenthesis; of a joint byline 'A / B', the first name that is an actor) as an actor
    name. Its first-person 'we' is the outlet speaking. A news medium in the actor list
    (TASS, Reuters) is no such actor by name: a newspaper's own 'we' is its voice, not a
    statement (data/gold/statements.md §1).

    >>> outlet_actor({"outlet": "GOV.UK (Foreign Office press release)"}), outlet_actor({"outlet": "RT"})
    ('uk_government', None)
    >>> outlet_actor({"outlet": "TASS"}), outlet_actor({"outlet": "Global Affairs Canada (press release)"})
    (None, 'global_affairs_canada')
    >>> outlet_actor({"outlet": "GOV.UK joint statement (Norway, UK)"}), outlet_actor({"outlet": "Kyiv Post"})
    ('uk_government', None)
    """
    given = article.get("outlet_actor_id")
    if isinstance(given, str) and given:
        return given
    outlet = article.get("outlet")
    if not isinstance(outlet, str):
        return None
    idx = idx or actor_index()
    # 'EEAS / Council of the EU (Declaration …)': a joint byline names its publishers in turn; 'GOV.UK joint
    # statement': a name followed by what it published, in lower case, is that name
    for name in outlet.split(" (")[0].split(" / "):
        aid = idx.names.get(_norm(name)) or idx.names.get(_norm(_DESCRIBED.sub("", name)))
        if aid is not None:
            return None if idx.kinds.get(aid) == "media" else aid
    return None


_DESCRIBED = re.compile(r"(?:\s+[a-z][a-z-]*)+$")  # lower-case words closing an outlet's name


def _split(cell: str) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def actor_index(path: Path | None = None) -> ActorIndex:
    """The :class:`ActorIndex` of ``path`` (default ``config.ACTORS``), built once per file version.

    Every extractor resolves names through this, so setting ``belarus_analysis.config.ACTORS``
    to your own actors file changes what the whole pipeline recognises.
    """
    # once per resources.frozen block (one per build in a build): it is asked for thousands of times per article
    return per_block(("actor_index", path, config.ACTORS, config.SPEAKER_GROUPS),
                     lambda: _actor_index(*_current(path)))


@lru_cache(maxsize=8)
def _actor_index(path: Path, stamp: str) -> ActorIndex:
    df = _load_actors(path, stamp)
    names: dict[str, str] = {}
    descriptions: dict[str, list[Holder]] = {}
    for row in df.itertuples(index=False):
        for v in [row.canonical_name, *_split(row.variants)]:
            names.setdefault(_norm(v), row.actor_id)
        for v in _split(getattr(row, "aliases", "")):
            for start, end in _periods(row.valid_from, row.valid_to):
                descriptions.setdefault(_norm(v), []).append(Holder(row.actor_id, start, end))
    groups = dict(zip(df["actor_id"], df["group"]))
    words_path = Path(config.SPEAKER_GROUPS)
    words = _speaker_words(words_path, version(words_path)) if words_path.exists() else SpeakerWords()
    countries = dict(zip(df["actor_id"], df["country"].fillna(""))) if "country" in df.columns else {}
    kinds = dict(zip(df["actor_id"], df["kind"].fillna(""))) if "kind" in df.columns else {}
    forms = [*names, *descriptions]
    folded = None if any(_UNFOLDED.search(f) for f in forms) else _surface_regex(list(map(fold_case, forms)), fold=True)
    return ActorIndex(names, {k: tuple(v) for k, v in descriptions.items()}, groups, _surface_regex(forms),
                      words, folded=folded, countries={a: c for a, c in countries.items() if c},
                      pronouns={a: p for a, p in zip(df["actor_id"], df["pronoun"]) if p},
                      kinds=kinds, persons=frozenset(a for a, k in kinds.items() if k == "person"))


def _surface_regex(forms: list[str], *, fold: bool = False) -> re.Pattern:
    r"""Case-insensitive, word-bounded alternation of ``forms`` (the longest matching form wins),
    optional possessive. With ``fold``, case-sensitive: for fold_case'd forms and texts (see
    :meth:`ActorIndex._scan`).

    The alternation is a trie (one branch per next character), so each position of a text is
    tried against the few forms that can start there, not against every form in turn; the
    shorter form of a branch is tried after the longer ones, as a longest-first list would.

    >>> print(_surface_regex(["cec", "cec chair", "the kremlin"]).pattern)
    (?<![\w-])(?:cec(?:\s+chair|)|the\s+kremlin)(?:['’]s?)?(?![\w-])
    >>> [m.group(0) for m in _surface_regex(["eu", "eu council"]).finditer("EU  Council and the EU's")]
    ['EU  Council', "EU's"]
    """
    body = alternation(forms, lambda ch: r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch))
    return re.compile(rf"(?<![\w-]){body}(?:['’]s?)?(?![\w-])", 0 if fold else re.IGNORECASE)


@lru_cache(maxsize=8)
def _speaker_words(path: Path, stamp: str) -> SpeakerWords:
    table = read_frame(path)
    missing = {"term", "kind", "group"} - set(table.columns)
    if missing:
        raise DataFileError(f"{path}:1: missing column(s) {sorted(missing)}")
    countries, officials, bodies, offices, anaphors, anonymous = {}, set(), {}, set(), set(), set()
    for n, row in enumerate(table.to_dict("records"), 2):
        term, kind, group = _norm(row["term"]), row["kind"].strip(), row["group"].strip()
        if kind == "country" and group:
            countries[term] = group
        elif kind in ("official", "office"):
            officials.add(term)
            if kind == "office":
                offices.add(term)
        elif kind == "body" and group:
            bodies[term] = group
        elif kind == "anaphor" and not group:
            anaphors.add(term)
        elif kind == "anonymous" and not group:
            anonymous.add(term)
        else:
            raise DataFileError(f"{path}: row {n - 1} ({row['term']!r}): kind must be country|official|office|body|"
                                "anaphor|anonymous, with a group for country and body and none for anaphor and "
                                "anonymous")
    return SpeakerWords(countries, frozenset(officials), bodies,
                        _surface_regex([*countries, *officials, *bodies, *anonymous]),
                        frozenset(offices), frozenset(anaphors), frozenset(anonymous))
