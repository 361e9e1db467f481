"""Statements: speaker expressions -> actor ids (names, descriptions, pronouns, documents,
coordinated speakers)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from .. import spans
from ..actors import load_actors
from .context import Ctx, Speaker, _in_quote, _verbal
from .lexicon import COORDINATION, GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS
from .speakers import _speaker_of


@dataclass
class Mention:
    start: int
    end: int
    head: Token | None
    actor: str | None
    person: bool | None
    plural: bool


class Resolver:
    """Speaker expressions -> actor ids, with the document's earlier subjects as
    antecedents for pronouns and descriptions."""

    WINDOW = 4  # sentences an antecedent may lie back

    def __init__(self, ctx: Ctx, subjects: Iterable[Speaker]):
        self.ctx = ctx
        actors = load_actors()
        self.kind = dict(zip(actors["actor_id"], actors["kind"]))
        self.collective = {}
        for aid, kind, group in zip(actors["actor_id"], actors["kind"], actors["group"]):
            if kind == "collective":
                self.collective.setdefault(group, aid)
        self.gender: dict[str, str] = {}
        self.sent_starts = ctx.view.sentence_starts
        self.memo: dict[tuple[int, int], tuple[str | None, str]] = {}
        self.mentions: list[Mention] = []
        seen: set[int] = set()
        for sp in sorted(subjects, key=lambda s: s.start):
            if sp.start not in seen and not _in_quote(ctx, sp.start):
                seen.add(sp.start)
                self.mentions.append(self._mention(sp))
        self.statements: list[tuple[int, str, str | None]] = []  # (position, cue lemma, actor)
        self.documents: dict[str, list[Token]] = {}  # document nouns of the text, by lemma
        for t in ctx.doc:
            if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.lex.documents:
                self.documents.setdefault(t.lemma_.lower(), []).append(t)

    def _mention(self, sp: Speaker) -> Mention:
        """An antecedent candidate: its actor, whether it is a person, whether plural."""
        actor, _ = self._resolve(sp, documents=False)
        h = sp.head
        plural = h is not None and (h.tag_ in ("NNS", "NNPS") or h.lower_ in GROUP_PRONOUNS
                                    or any(c.dep_ == "conj" for c in h.children))
        if actor is not None:
            person = self.kind.get(actor) == "person" and not plural
        elif h is not None and (h.ent_type_ == "PERSON" or h.lower_ in PERSON_PRONOUNS):
            person = not plural
        elif plural or (h is not None and h.ent_type_ in ("ORG", "GPE", "NORP")):
            person = False
        else:
            person = None
        return Mention(sp.start, sp.end, h, actor, person, plural)

    def resolve(self, sp: Speaker, on_behalf: str | None = None) -> tuple[str | None, str]:
        """(actor_id, how) for a speaker: how is name | description | pronoun | none."""
        key = (sp.start, sp.end)
        if key not in self.memo:
            self.memo[key] = (on_behalf, "name") if on_behalf else self._resolve(sp)
        return self.memo[key]

    def _resolve(self, sp: Speaker, documents: bool = True) -> tuple[str | None, str]:
        text = self.ctx.text[sp.start:sp.end].strip()
        low = text.lower()
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or low in THING_PRONOUNS:
            return self._antecedent(sp.start, low)
        h = sp.head
        aid = self._coordination(text)
        if aid:
            return aid, "name"
        idx = self.ctx.idx
        aid = idx.resolve(text)
        if aid:
            named = any(kind == "name" for *_, kind in idx.mentions(text))
            return aid, "name" if named else "description"
        if documents and h is not None and h.lemma_.lower() in self.ctx.lex.documents:
            return self._document(h, sp.start)
        if h is not None and h.pos_ == "NOUN" and any(c.lower_ in ("the", "this", "that") for c in h.children):
            return self._description(h, sp.start)
        return None, "none"

    def _coordination(self, text: str) -> str | None:
        """Several speakers ('Canada, the EU and Britain'): their common actor if all are
        one, else the collective actor of the group most of the known ones belong to
        (the first collective row of that group in actors.csv)."""
        idx = self.ctx.idx
        if not re.search(r"\s(?:and|or|as well as|&)\s", text) or any(
                e - s >= 0.9 * len(text) for s, e, *_ in idx.mentions(text)):
            return None
        parts = [p for p in COORDINATION.split(text) if p.strip()]
        known = [a for p in parts if (a := idx.resolve(p))]
        if not known:
            return None
        if len(set(known)) == 1 and len(known) == len(parts):
            return known[0]
        groups = Counter(idx.group(a) for a in known)
        ranked = sorted(groups, key=lambda g: (-groups[g], g not in self.collective))
        return self.collective.get(ranked[0])

    def _sentence(self, char: int) -> int:
        return spans.sentence_of(self.sent_starts, char)

    def _antecedent(self, pos: int, pronoun: str) -> tuple[str | None, str]:
        """The nearest earlier subject compatible with the pronoun: a person for
        he/she (not one already called by the other pronoun), a group or institution
        for they/we/some…, an institution for it. Beyond the window: unresolved."""
        gender = PERSON_PRONOUNS.get(pronoun)
        limit = self._sentence(pos) - self.WINDOW
        for m in reversed(self.mentions):
            if m.start >= pos:
                continue
            if self._sentence(m.start) < limit:
                break
            if gender:
                other = m.head is not None and PERSON_PRONOUNS.get(m.head.lower_, gender) != gender
                if m.person and not other and (not m.actor or self.gender.setdefault(m.actor, gender) == gender):
                    return m.actor, "pronoun"
            elif pronoun in THING_PRONOUNS:
                if m.person is False and not m.plural and m.actor:
                    return m.actor, "pronoun"
            elif m.plural or m.person is False:
                return m.actor, "pronoun"
        return None, "none"

    def _document(self, h: Token, pos: int) -> tuple[str | None, str]:
        """'The joint statement', 'This announcement', 'an independent report': the
        issuer of the same document mentioned before (or named after), or the speaker
        of the latest statement made with the matching verb."""
        lemma = h.lemma_.lower()
        verb = self.ctx.lex.documents.get(lemma, "")
        best: tuple[int, str] | None = None
        for t in self.documents.get(lemma, ()):
            if t.i == h.i:
                continue
            owner = self._owner(t)
            if owner and t.idx < pos:
                best = (t.idx, owner)
            elif owner and best is None and t.idx > pos:
                best = (-1, owner)
                break
        for where, cue_lemma, actor in self.statements:
            if verb and cue_lemma == verb and where < pos and actor and (best is None or where > best[0]):
                best = (where, actor)
        return (best[1], "description") if best else (None, "none")

    def _owner(self, t: Token) -> str | None:
        """Who issued the document noun ``t``: a name inside its NP, else the subject
        of the verb it is the object of ('X issued a joint statement')."""
        lo = t.left_edge.i
        own = self.ctx.idx.resolve(t.doc[lo:t.i + 1].text)
        if own:
            return own
        v = t.head.head if t.dep_ == "pobj" else t.head  # 'X issued a statement', 'X said in a statement'
        in_speech = t.dep_ == "pobj" and t.head.lower_ == "in" and v.lemma_.lower() in self.ctx.lex.single
        if (t.dep_ == "dobj" or in_speech) and _verbal(v):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self.resolve(_speaker_of(self.ctx, subj, v))[0]
        return None

    def _description(self, h: Token, pos: int) -> tuple[str | None, str]:
        """'the ministry' -> the nearest earlier subject whose expression has that noun."""
        word = h.lemma_.lower()
        for m in reversed(self.mentions):
            if m.start < pos and m.actor and word in self.ctx.text[m.start:m.end].lower():
                return m.actor, "description"
        return None, "none"


def _on_behalf(sp: Speaker, ctx: Ctx) -> str | None:
    """'X and Y issued a declaration on behalf of the EU' -> the EU."""
    kids = sp.verb.children if sp.verb is not None else ()
    objs = [o for c in kids if c.dep_ == "prep" and c.lower_ == "on" for b in c.children if b.lower_ == "behalf"
            for of in b.children for o in of.children if o.dep_ == "pobj"]
    return ctx.idx.resolve(ctx.doc[objs[0].left_edge.i:objs[0].right_edge.i + 1].text) if objs else None

