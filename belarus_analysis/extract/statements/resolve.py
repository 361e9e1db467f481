"""Statements: speaker expressions -> actor ids (names, descriptions, pronouns, documents,
coordinated speakers)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Span, Token

from .. import spans
from ..actors import CROWD, Lookup
from ..intervals import Intervals
from .context import Ctx, Speaker, _end, _in_quote, _verbal
from .lexicon import ADVERSARIES, COORDINATION, GROUP_PRONOUNS, HONORIFICS, PERSON_PRONOUNS, QUANTITIES, THING_PRONOUNS
from .speakers import _explicit_subject, _speaker_of


@dataclass
class Mention:
    start: int
    end: int
    head: Token | None
    actor: str | None
    person: bool | None
    plural: bool
    group: str | None = None


NONE = Lookup(None, None, "none")
_JOINED = re.compile(r"\s(?:and|or|as well as|&)\s")  # several speakers: see _coordination
_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
_NOT_TITLE = frozenset({"VERB", "AUX", "SCONJ", "PRON"})  # words that end a title before a name (_description_of)


@lru_cache(maxsize=1024)
def _word_forms(word: str) -> re.Pattern:
    """``word`` or its plural as a whole word, any case (see :meth:`Resolver._phrase_group`)."""
    return re.compile(rf"\b{re.escape(word)}(?:s|es)?\b", re.IGNORECASE)


@dataclass
class _Holders:
    """The subjects (indices into :attr:`Resolver.mentions`) one test picks, with their starts,
    extended as subjects are added: a walk back over a long article becomes a bisection."""
    # on the resolver and a subject's index (a test that reads no Mention resolves none); the resolver
    # is an argument, not held in a closure: a cycle would keep the article's view alive until the next
    # garbage collection, which then walks all of it
    test: Callable[[Resolver, int], bool]
    starts: list[int] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)
    scanned: int = 0


@dataclass
class _Issued:
    """The document nouns of one lemma (in text order) and, of those asked about, the ones with an
    issuer (:meth:`Resolver._issued`)."""
    tokens: list[Token]
    asked: int = 0  # tokens[:asked] were asked about, except those in ``skipped``
    skipped: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # the issued nouns' starts, sorted,
    ids: list[int] = field(default_factory=list)  # their token indices
    owners: list[Lookup] = field(default_factory=list)  # and their issuers
    walking: bool = False  # a walk of Resolver._issued is asking about these nouns

    def around(self, pos: int, own: int) -> tuple[int | None, int | None]:
        """Indices (into :attr:`starts`) of the latest issued noun before ``pos`` and the first after
        it, other than token ``own`` (None where there is none)."""
        k = bisect_left(self.starts, pos)
        before = next((m for m in (k - 1, k - 2) if m >= 0 and self.ids[m] != own), None)
        # at most one noun starts at pos and one is ``own``: the first after is among the next three
        after = next((m for m in range(k, min(k + 3, len(self.starts)))
                      if self.starts[m] > pos and self.ids[m] != own), None)
        return before, after


def _surname(low: str) -> str | None:
    """The last word of a lower-cased name of two words or more, without a possessive or comma
    ('foreign minister rasa vell's' -> 'vell'); None for a single word."""
    words = low.split()
    return words[-1].rstrip("’'s,") if len(words) > 1 else None


def _another_person(words: list[str], name: Collection[str]) -> bool:
    """Do the lower-cased ``words`` of a name ending in a surname of ``name`` (the words of an
    earlier full name) hold another given name? 'Ivan Gutsalo' after 'Maria Gutsalo' is another
    person; 'Gutsalo' and 'Ms Gutsalo' are not."""
    return any(w not in name and w.rstrip(".") not in HONORIFICS and w[:1].isalpha() for w in words[:-1])


class Resolver:
    """Speaker expressions -> actor ids and groups, with the document's earlier subjects
    as antecedents for pronouns and descriptions, and dated roles resolved on ``on``
    (the article's ``published`` date, ISO)."""

    WINDOW = 4  # sentences an antecedent may lie back

    def __init__(self, ctx: Ctx, subjects: Iterable[Speaker], on: str | None = None, *,
                 contents: Iterable[tuple[int, int]] = (), outlet: Lookup | None = None, title: str | None = None):
        self.ctx = ctx
        self.on = on
        # Reported clauses: a subject inside one is what a speaker talked about, not a speaker, so a
        # later 'he'/'they' looks past it first ('X said that Y won. He added …': he is X).
        self.reported = Intervals((a, b) for a, b in contents)
        self.outlet = outlet
        self.title = title or ""
        # word -> (starts, actors) of the names in the text holding it (_name_with)
        self.names: dict[str, tuple[list[int], list[str]]] | None = None
        # person names (and surnames) in no row of actors.csv -> (group, words of the full name): _introduced
        self.introduced: dict[str, tuple[str, frozenset[str]]] | None = None
        self.owners: dict[int, Lookup | None] = {}  # document token -> its issuer (see _owner)
        self.lowered: list[str] = []  # the mentions' texts, lower-cased, in step with self.mentions
        # the actor index's dicts (built once per actors file), not the table's columns again per article
        self.kind = ctx.idx.kinds
        self.collective = {}
        for aid, kind in self.kind.items():
            if kind == "collective":
                self.collective.setdefault(ctx.idx.groups[aid], aid)
        # an actor's gender for he/she: from its row's pronoun, else learned from the first pronoun
        # that resolves to it (see _antecedent)
        self.gender: dict[str, str] = {aid: PERSON_PRONOUNS[p] for aid, p in ctx.idx.pronouns.items()
                                       if p in PERSON_PRONOUNS}
        self.sent_starts = ctx.view.sentence_starts
        self.memo: dict[tuple[int, int], Lookup] = {}
        self.holders: dict[tuple[str, str], _Holders] = {}  # (kind, word) -> subjects: _nearest
        # The subjects, resolved to mentions when first read (:meth:`_mention_at`): a walk back from a
        # speaker reads a few of them, and many subjects of an article are never read. None = not yet.
        self.subjects: list[Speaker] = []
        self.mentions: list[Mention | None] = []
        self.mention_starts: list[int] = []  # in step with self.mentions (sorted: _before bisects)
        seen: set[int] = set()
        for sp in sorted(subjects, key=lambda s: s.start):
            # a headline's subject is not what a pronoun of the body refers to
            if sp.start not in seen and not _in_quote(ctx, sp.start) and not ctx.is_headline(sp.start):
                seen.add(sp.start)
                self.subjects.append(sp)
                self.mentions.append(None)
                self.lowered.append(ctx.text[sp.start:sp.end].lower())
                self.mention_starts.append(sp.start)
        # A subject resolved through 'he' or 'she' ('he said', 'his aides said') teaches the resolver its
        # antecedent's gender (_antecedent_of), which later such pronouns read: those subjects are resolved
        # now, in text order, as every subject was before; the others read nothing that changes.
        for j, sp in enumerate(self.subjects):
            if self._teaches_gender(sp, self.lowered[j]):
                self._mention_at(j)
        self.statements: list[tuple[int, str, str | None]] = []  # (position, cue lemma, actor)
        # cue lemma -> (positions, actors) of self.statements[:self.indexed] with an actor (_stated)
        self.stated: dict[str, tuple[list[int], list[str]]] = {}
        self.indexed = 0
        self.issued: dict[str, _Issued] = {}  # document lemma -> its nouns and their issuers (_issued)

    def _mention_at(self, j: int) -> Mention:
        """Subject ``j`` as a :class:`Mention`, resolved once, when first read (the subjects before it
        are resolved as its own resolution reads them)."""
        m = self.mentions[j]
        if m is None:
            m = self.mentions[j] = self._mention(self.subjects[j])
        return m

    def _teaches_gender(self, sp: Speaker, low: str) -> bool:
        """May resolving subject ``sp`` (lower-cased text ``low``) look for the antecedent of a gendered
        pronoun: is it 'he', 'she' …, or a noun with such a possessor ('her aides': see :meth:`_resolve`)?"""
        if low.strip() in PERSON_PRONOUNS:
            return True
        v, h = self.ctx.view, sp.head
        return h is not None and v.pos[h.i] == "NOUN" and any(
            v.dep[c] == "poss" and v.lower[c] in PERSON_PRONOUNS for c in v.children[h.i])

    def _mention(self, sp: Speaker) -> Mention:
        """An antecedent candidate: its actor, whether it is a person, whether plural."""
        actor, group, _ = self._resolve(sp, documents=False)
        h = sp.head
        # (every subject of the article is a mention: read off the view's token arrays)
        v = self.ctx.view
        i = h.i if h is not None else -1
        kids, dep, lower, ent = (v.children[i], v.dep, v.lower, v.ent_type) if h is not None else ((), (), (), ())
        plural = h is not None and (v.tag[i] in ("NNS", "NNPS") or lower[i] in GROUP_PRONOUNS
                                    or any(dep[c] == "conj" for c in kids))
        named = h is not None and (ent[i] == "PERSON" or lower[i] in PERSON_PRONOUNS or any(
            dep[c] == "appos" and ent[c] == "PERSON" for c in kids)  # 'the press secretary, Jane Doe'
            # 'Jane Doe, an observer from Brazil' (a name the parser may take for an organisation): an
            # apposition headed by a person's title or role (speaker_groups.csv, kind official)
            or v.pos[i] == "PROPN" and any(dep[c] == "appos" and c > i and v.tag[c] == "NN"
                                           and self.ctx.idx.words.titles(lower[c]) for c in kids)
            # 'One of the demonstrators said …': one member of a group, a person for the next 'he'
            or lower[i] == "one" and any(dep[c] == "prep" and lower[c] == "of" for c in kids)
            or not plural and self._titled(sp, h))
        if actor is not None:
            # 'the secretary of the commission, Jane Doe' resolves to the commission but is a person: 'she' next
            person = (self.kind.get(actor) == "person" or named) and not plural
        elif named:
            person = not plural
        elif plural or (h is not None and ent[i] in ("ORG", "GPE", "NORP")):
            person = False
        else:
            person = None
        return Mention(sp.start, sp.end, h, actor, person, plural, group)

    def _titled(self, sp: Speaker, h: Token) -> bool:
        """Is the speaker phrase headed by a person's title in the singular (speaker_groups.csv, kind
        official: 'the SCO chief', 'Secretary-General of the organisation')? Such a phrase is a person,
        the antecedent of a later 'he'/'she'; 'the Foreign Ministers of …' (the title plus -s, which the
        parser may tag as a singular proper noun) is not."""
        start = self.ctx.view.token_starts[h.i]
        if not sp.start <= start:
            return False
        phrase = self.ctx.text[sp.start:self.ctx.view.end(h.i)]
        words = self.ctx.idx.words
        return words.titles(phrase) and not (self.ctx.view.lower[h.i].endswith("s") and words.titles(phrase[:-1]))

    def resolve(self, sp: Speaker, on_behalf: str | None = None, *,
                content: tuple[int, int] | None = None) -> Lookup:
        """(actor_id, group, how) for a speaker; how is name | description | role+date |
        pronoun | group-only | none (see ``schema.TABLES['statements']``). A pronoun's
        antecedent is never inside ``content``, the statement's own reported content
        ('Lukashenko, he added, was …': 'he' is not Lukashenko)."""
        key = (sp.start, sp.end)
        if key not in self.memo:
            self.memo[key] = Lookup(on_behalf, self.ctx.idx.group(on_behalf), "name") if on_behalf \
                else self._resolve(sp, content=content)
        return self.memo[key]

    def _lookup(self, h: Token | None, start: int, end: int) -> Lookup:
        """The actor index's answer for ``text[start:end]``, kept only if the name or
        description it matched covers the head word: in 'Lukashenko's spokesman' or
        'U.S. Secretary of State Jane Doe' the match is not the speaker, who then gets
        only the matched actor's group."""
        idx, text = self.ctx.idx, self.ctx.text[start:end]
        found = idx.lookup(text, on=self.on)
        if found.actor_id is None or h is None:
            return found
        if self.ctx.view.lemma_lower[h.i] in QUANTITIES:  # 'a number of EU countries': the countries speak
            h = next((g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), h)
        if not start <= h.idx < end or h.lemma_.lower() in self.ctx.lex.documents:  # 'The OSCE report': its issuer speaks
            return found
        rel = h.idx - start
        spans = [(s, e) for s, e, a, _ in idx.mentions(text, on=self.on) if a == found.actor_id]
        if spans and not any(s <= rel < e for s, e in spans):
            # 'EU countries', 'a number of EU member states': a body term holding the head word is
            # the speaker; the name only modifies it (speaker_groups.csv)
            body = next((b for span in spans if (b := idx.words.body_at(text, rel, span)) is not None), None)
            if body is not None:
                return Lookup(None, body, "group-only")
            # Only a name that is a possessor ('Lukashenko's spokesman', 'a spokesman for X') or a
            # title beside another person's name ('… Jane Doe') is not the speaker; 'the Freedom House
            # advocacy group' is Freedom House.
            owned = any(text[e:e + 2] in ("'s", "’s") or text[e - 2:e] in ("'s", "’s") for s, e in spans) \
                or self._staff_of(h, found.actor_id, start, spans)
            if owned or h.pos_ == "PROPN" and not self._titled_name(h, found, text, spans):
                return Lookup(None, found.group, "group-only")
        if found.how == "name" and h.pos_ == "NOUN" and not any(
                s <= rel < e and k == "name" for s, e, _, k in idx.mentions(text, on=self.on)):
            return found._replace(how="description")
        return found

    def _titled_name(self, h: Token, found: Lookup, text: str, spans: list[tuple[int, int]]) -> bool:
        """'Chairman of the Central Election Commission Jane Doe': a person's title (the head word, which
        the parser may take for a proper noun) whose phrase ends in that person's name: the name is the
        speaker, not a title beside someone else's name ('U.S. Secretary of State Jane Doe' matched by its
        role ends in no name of the role's holder)."""
        return found.actor_id in self.ctx.idx.persons and self.ctx.idx.words.titles(h.text) and any(
            e == len(text.rstrip()) for _, e in spans)

    def _staff_of(self, h: Token, actor_id: str, start: int, spans: list[tuple[int, int]]) -> bool:
        """'a spokesman for the Russian president', 'an adviser to X': a person's title whose
        of/for/to phrase is the person (``spans``, offsets from ``start``; 'to President X') is that person's staff, as
        'Lukashenko's spokesman' is (§1.1, a possessor's body): not the person named. A name after
        another object ('Spokesman for the Kremlin Dmitry Peskov', 'the chairwoman of the commission,
        Lidia Yermoshina') is the speaker's own."""
        if actor_id not in self.ctx.idx.persons or not self.ctx.idx.words.titles(h.doc[h.left_edge.i:h.i + 1].text):
            return False
        text, words = self.ctx.text, self.ctx.idx.words
        return any(c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
                   and ((gap := text[c.idx + len(c):start + s].strip()).lower() in ("", "the") or words.titles(gap))
                   for c in h.children for s, _ in spans)

    def _name_beside(self, h: Token) -> str | None:
        """The group of the name right after the head noun ``h`` (parsed as its apposition, no comma
        between: "Belarus's neighbour Poland", "Russia's ally Belarus"), which is who speaks (the possessor's
        group is not theirs); None when there is no such name or it gives no group."""
        name = next((c for c in h.children if c.dep_ == "appos" and c.i == h.i + 1 and c.pos_ == "PROPN"), None)
        if name is None:
            return None
        lo = min([c.i for c in name.children if c.dep_ == "compound" and c.i < name.i] + [name.i])
        return self.ctx.idx.lookup(name.doc[lo:name.i + 1].text, on=self.on).group

    def _resolve(self, sp: Speaker, documents: bool = True, content: tuple[int, int] | None = None) -> Lookup:
        text = self.ctx.text[sp.start:sp.end].strip()
        low = text.lower()
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or low in THING_PRONOUNS:
            return self._antecedent(sp.start, low, content)
        h = sp.head
        # 'People with knowledge of the talks said', 'people briefed on …': the speaker phrase leaves out the
        # words after its head that make it an anonymous source (speaker_groups.csv, kind anonymous): no group
        # (every speaker asks: only a phrase headed by such a source's first word can be one)
        if h is not None and self.ctx.view.lower[h.i] in self.ctx.idx.words.anonymous_heads and (
                self.ctx.idx.words.anonymous_at(self.ctx.text[h.idx:_end(h.right_edge)]) or self._insiders(h)):
            return NONE
        joint = self._coordination(text)
        if joint is not None:
            return joint
        adversary = next((c for c in h.children if c.dep_ == "poss"), None) \
            if h is not None and h.pos_ == "NOUN" and h.lemma_.lower() in ADVERSARIES else None
        # 'Lukashenko's opponents', 'Tsikhanouskaya's critics': the possessor's name gives them no group (as 'his
        # opponents' below); only the words after it may ('Lukashenko's opposition rivals')
        found = self._lookup(h, sp.start if adversary is None else max(sp.start, adversary.right_edge.idx
                                                                        + len(adversary.right_edge)), sp.end)
        # (every subject of the article is resolved: the head's words are read off the view's arrays)
        v = self.ctx.view
        i = h.i if h is not None else -1
        pos, kids, lower = (v.pos[i], v.children[i], v.lower) if h is not None else (None, (), ())
        if found.actor_id and found.how == "description" and pos == "NOUN" \
                and [lower[c] for c in kids] == ["the"]:
            # 'The president also said' after 'Lithuanian President X said': the bare title is the
            # person just introduced with it, not the actor the alias names by default
            titled = self._titled_before(h.lemma_.lower(), sp.start)
            if titled is not None:
                return titled
        if found.actor_id:
            return found
        beside = self._name_beside(h) if pos == "NOUN" else None
        if beside:
            return Lookup(None, beside, "group-only")
        if documents and h is not None and v.lemma_lower[i] in self.ctx.lex.documents:
            # 'reports of domestic observers', 'Belarusian exit polls': the document's own words name its
            # group, over the issuer of an earlier document of its kind or a news medium that reported it
            # ('the agency reported exit poll data': the medium relays them, guide §7)
            # ... unless the phrase names its author ('the official exit poll of the Kazakh government',
            # 'official exit polls conducted by opposition volunteers')
            sponsor = self._sponsor(h, preps=("by", "of"))
            if sponsor is not None:
                return sponsor
            return found if found.group else self._document(h, sp.start)
        # 'the ministry', 'The Ministry' (capitalised in a release: an institution word the parser reads as a name)
        # ('Lukashenko's opponents', 'her critics' stand against the possessor: no group of theirs, as below)
        if (pos == "NOUN" or pos == "PROPN" and self.ctx.idx.is_agent_word(h.lemma_)) and any(
                lower[c] in ("the", "this", "that") or v.dep[c] == "poss" for c in kids) and v.lemma_lower[i] not in ADVERSARIES:
            described = self._description(h, sp.start, text, content)
            if described.actor_id or described.group:
                return described
        if found.group and found.actor_id is None and h is not None and v.tag[i] == "NN" \
                and any(lower[c] == "the" for c in kids) and self.ctx.idx.words.titles(text):
            named = self._named_before(sp.start, found.group)
            if named.actor_id:
                return named
        if found.group:
            return found
        if pos == "PROPN":
            owned = self._of_owner(h, sp.start)
            if owned.group:
                return owned
            near = self._appositive(h) or self._short_name(h, sp.start)
            if near.group or near.actor_id:
                return near
            return self._introduced(text) or self._short_name(h, sp.start, anywhere=True)
        owner = next((c for c in h.children if c.dep_ == "poss" and (c.lower_ in PERSON_PRONOUNS or c.lower_ in GROUP_PRONOUNS)),
                     None) if h is not None and h.pos_ == "NOUN" and h.lemma_.lower() not in ADVERSARIES else None
        if owner is not None:
            # 'Her aides said', 'his campaign': people of the pronoun's antecedent, who share
            # its group but are not that actor ('his opponents', 'her critics' do not).
            group = self._antecedent(owner.idx, owner.lower_).group
            return Lookup(None, group, "group-only") if group else NONE
        return NONE

    def impersonal(self, pos: int) -> Lookup:
        """The source of an impersonal passive at ``pos`` ('It was noted that …'): the nearest
        subject with an actor or group in the same or the previous sentence, outside reported
        clauses ('The CIS mission issued its conclusions. It was noted that …'); else none."""
        here = self._sentence(pos)
        for m in self._recent(pos):
            if self._sentence(m.start) < here - 1:
                break
            if (m.actor or m.group) and not self.reported.overlaps(m.start, m.start + 1):
                return self._via(m)._replace(how="previous")
        return NONE

    def _insiders(self, h: Token) -> bool:
        """'Several people at the ministry', 'people in the president's entourage': the head word of an anonymous
        source (speaker_groups.csv kind anonymous: 'people', 'person') placed in an institution (an institution
        word, or words with a group other than the crowd's) is an insider, as 'people close to'; people in a place
        ('in Minsk') or at an event ('at the rally') are a crowd. (The caller asks for such head words only.)"""
        idx = self.ctx.idx
        for g in (g for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside", "within")
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC", "FAC")):
            if idx.is_agent_word(g.lemma_) or idx.lookup(
                    self.ctx.text[g.left_edge.idx:_end(g.right_edge)], on=self.on).group not in (None, CROWD):
                return True
        return False

    def _appositive(self, h: Token) -> Lookup | None:
        """'Anna Kalve, a Latvian MEP, said': a name in no row of actors.csv takes the group
        its apposition describes (never the actor a role in it names: that may be another person)."""
        for c in h.children:
            if c.dep_ == "appos":
                group = self.ctx.idx.lookup(self.ctx.text[c.left_edge.idx:c.right_edge.idx + len(c.right_edge)],
                                            on=self.on).group
                if group:
                    return Lookup(None, group, "group-only")
        return None

    def _introduced(self, text: str) -> Lookup | None:
        """'Gutsalo said' in an article that introduced 'Maria Gutsalo, an adviser to the CIS
        Executive Committee' or 'Latvian analyst Maria Gutsalo' anywhere (not only as a subject):
        a person in no row of actors.csv keeps the group of the description the text gave them
        (by full name or by surname), as a reader remembers who someone is."""
        if self.introduced is None:
            self.introduced = {}
            for ent in self.ctx.doc.ents:
                if ent.label_ != "PERSON" or self.ctx.idx.lookup(ent.text, on=self.on).group:
                    continue
                group = self._description_of(ent)
                if group:
                    for key in {ent.text.lower(), ent[-1].lower_}:
                        self.introduced.setdefault(key, (group, frozenset(ent.text.lower().split())))
        words = text.lower().split()
        found = self.introduced.get(" ".join(words)) or self.introduced.get(words[-1] if words else "")
        if not found or _another_person(words, found[1]):
            return None
        return Lookup(None, found[0], "group-only")

    def _description_of(self, ent: Span) -> str | None:
        """The group the words describing the person entity ``ent`` give: its apposition ('Maria
        Gutsalo, an adviser to …'), the noun it is in apposition to ('an adviser to …, Maria Gutsalo')
        or the title words before it in its noun phrase ('Latvian analyst Maria Gutsalo')."""
        root, doc = ent.root, ent.doc
        phrases = [doc[c.left_edge.i:c.right_edge.i + 1] for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            phrases.append(doc[root.head.left_edge.i:root.head.i + 1])
        if root.left_edge.i < ent.start:
            phrases.append(doc[root.left_edge.i:ent.start])
        # '…,” Chairman of the Foreign Affairs Committee of the Saeima (Parliament of Latvia) Janis Kalns said':
        # the parser may hang a long title before the name elsewhere; the words right before the name, back to
        # a punctuation mark other than a bracket or a verb, still describe them
        v, lo = self.ctx.view, ent.start
        while lo > max(0, ent.start - 15) and (not v.is_punct[lo - 1] or v.lower[lo - 1] in "()") \
                and v.pos[lo - 1] not in _NOT_TITLE:
            lo -= 1
        if lo < ent.start and (root.left_edge.i >= ent.start or lo < root.left_edge.i):
            phrases.append(doc[lo:ent.start])
        for phrase in phrases:
            # 'the mission's head, Viktor Doe': a phrase naming no group of its own takes its
            # possessor's ('the mission' = the observer mission named before)
            group = self.ctx.idx.lookup(phrase.text, on=self.on).group or self._of_owner(
                phrase.root, phrase.start_char).group
            if group:
                return group
        return None

    def _short_name(self, h: Token, pos: int, *, anywhere: bool = False) -> Lookup:
        """'Vell added …' after 'Foreign Minister Rasa Vell said …': a surname repeating an
        earlier speaker's name (its last word) within the window takes that speaker's actor and
        group (``previous``); with ``anywhere``, any earlier one (a reader remembers who a named
        person is paragraphs later too: the fallback when no description introduced the name)."""
        word = h.lower_
        named = [t.lower_ for t in h.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [word]
        for m, low in (self._nearest(("surname", word), pos) if anywhere else self._window(pos)):
            if m.actor is None and m.group is None:
                continue
            if _surname(low) == word and not _another_person(named, set(low.split())):
                return Lookup(m.actor, m.group or self.ctx.idx.group(m.actor), "previous")
        return NONE

    def _named_before(self, pos: int, group: str) -> Lookup:
        """'the Russian top diplomat added' after 'Russian Foreign Minister X said': the
        nearest earlier named person of the description's group within the window."""
        for m in self._recent(pos):
            if m.person and m.actor and self.ctx.idx.group(m.actor) == group:
                return Lookup(m.actor, group, "description")
        return NONE

    def _titled_before(self, word: str, pos: int) -> Lookup | None:
        """The nearest earlier person within the window whose expression holds the title
        ``word`` ('Lithuanian President X', 'the Lithuanian president'), if it is a known actor."""
        for m, low in self._window(pos):
            if m.person and m.actor and re.search(rf"\b{re.escape(word)}\b", low):
                return Lookup(m.actor, self.ctx.idx.group(m.actor), "description")
        return None

    def _recent(self, pos: int) -> Iterator[Mention]:
        """The subjects before ``pos`` within the window, nearest first."""
        return (m for m, _ in self._window(pos))

    def _window(self, pos: int) -> Iterator[tuple[Mention, str]]:
        """:meth:`_recent` with each subject's lower-cased text."""
        limit = self._sentence(pos) - self.WINDOW
        for m, low in self._before(pos):
            if self._sentence(m.start) < limit:
                break
            yield m, low

    def _before(self, pos: int) -> Iterator[tuple[Mention, str]]:
        """The subjects starting before ``pos`` with their lower-cased texts, nearest first (from a
        bisection: a long article holds many subjects, and every speaker asks)."""
        for j in range(bisect_left(self.mention_starts, pos) - 1, -1, -1):
            yield self._mention_at(j), self.lowered[j]

    def _nearest(self, key: tuple[str, str], pos: int) -> Iterator[tuple[Mention, str]]:
        """:meth:`_before`, only the subjects ``key`` picks: ``("noun", w)``, those with an actor or
        group whose expression holds the word w, singular or plural ('mission' is not in 'commission';
        'the country' is in 'the three countries'); ``("surname", w)``, those of two words or more
        ending in w. Each key's subjects are found once, so the walk back is linear in the article."""
        found = self.holders.get(key)
        if found is None:
            kind, word = key
            if kind == "noun":
                stem, plural = (word[:-1], "(?:y|ies)") if word.endswith("y") else (word, "(?:s|es)?")
                whole = re.compile(rf"\b{re.escape(stem)}{plural}\b")
                found = _Holders(lambda r, j: bool(whole.search(r.lowered[j]) and (
                    r._mention_at(j).actor or r._mention_at(j).group)))
            else:
                found = _Holders(lambda r, j: _surname(r.lowered[j]) == word)
            self.holders[key] = found
        # subjects before ``pos`` not looked at yet (only those: the test resolves the ones it reads)
        upto = bisect_left(self.mention_starts, pos)
        for j in range(found.scanned, upto):
            if found.test(self, j):
                found.starts.append(self.mention_starts[j])
                found.indices.append(j)
        found.scanned = max(found.scanned, upto)
        for k in range(bisect_left(found.starts, pos) - 1, -1, -1):
            j = found.indices[k]
            yield self._mention_at(j), self.lowered[j]

    def _coordination(self, text: str) -> Lookup | None:
        """Several speakers ('Canada, the EU and Britain'): their common actor if all are
        one, else the group most of the known ones belong to (on a tie, the first named's:
        'EU leaders and rights groups' speak first as EU leaders) with its collective actor
        (the first collective row of that group in actors.csv), or the group alone when it has none."""
        idx = self.ctx.idx
        if not _JOINED.search(text) or any(
                e - s >= 0.9 * len(text) for s, e, *_ in idx.mentions(text)):
            return None
        parts = [p for p in COORDINATION.split(text) if p.strip()]
        found = [idx.lookup(p, on=self.on) for p in parts]
        known = [f.actor_id for f in found if f.actor_id]
        if len(set(known)) == 1 and len(known) == len(parts):
            return Lookup(known[0], idx.group(known[0]), "name")
        # a part not in actors.csv still counts with the group its description gives ('Poland,
        # France and Germany', 'Heiko Maas (Germany)')
        groups = Counter(f.group or idx.group(f.actor_id) for f in found if f.group or f.actor_id)
        if not groups:
            return None
        top = max(groups, key=lambda g: groups[g])  # the first named among the most frequent (Counter keeps order)
        aid = self.collective.get(top)
        return Lookup(aid, top, "name") if aid else Lookup(None, top, "group-only")

    def _sentence(self, char: int) -> int:
        return spans.sentence_of(self.sent_starts, char)

    def _antecedent(self, pos: int, pronoun: str, content: tuple[int, int] | None = None) -> Lookup:
        """The nearest earlier subject compatible with the pronoun, outside the statement's own
        ``content``: a person for he/she (not one already called by the other pronoun), a group
        or institution for they/we/some…, an institution for it. Beyond the window: unresolved."""
        found = self._antecedent_of(pos, pronoun, content, skip_reported=True)
        if not (found.actor_id or found.group):
            found = self._antecedent_of(pos, pronoun, content)
        if not (found.actor_id or found.group) and content and pronoun in ("it", "they"):
            found = self._self_named(pronoun, content)
        return found

    def _self_named(self, pronoun: str, content: tuple[int, int]) -> Lookup:
        """'“The Ministry of Foreign Affairs of X expresses its disappointment …,” it said', '“The Nordic-Baltic
        countries continue to support …,” they wrote': with no antecedent before it, an institution's
        pronoun is the body its own words name as the subject of their first speech act (guide §1.1: an
        actor naming itself in the third person), if that subject is one (singular for 'it', plural for
        'they') with an actor or group; else none. ``content``: the statement's own span."""
        v, lex = self.ctx.view, self.ctx.lex.single
        for t in self.ctx.view.tokens(*content):
            if v.dep[t.i] != "nsubj" or v.pos[t.i] not in ("NOUN", "PROPN"):
                continue
            verb = v.heads[t.i]  # its verb, or the speech act after an aspectual one ('continue to support')
            acts = [verb, *(c for c in v.children[verb] if v.dep[c] == "xcomp")]
            if not any(v.lemma_lower[a] in lex for a in acts):
                return NONE  # the first subject names no speech act: it is what was said, not who says it
            if v.tag[verb] == "VBD" or any(v.tag[c] == "VBD" for c in v.children[verb] if v.dep[c] in ("aux", "auxpass")):
                # a body speaking of itself performs its act now ('expresses', 'has called', 'will continue to
                # support'); a past one ('“The EU said the vote was not fair,” it wrote') is reported by someone else
                return NONE
            # (the subject's whole phrase: inside a quotation the speaker rules leave out its modifiers)
            found = self._resolve(Speaker(t.left_edge.idx, _end(t.right_edge), t, self.ctx.doc[verb]), documents=False)
            plural = v.tag[t.i] in ("NNS", "NNPS") or any(v.dep[c] == "conj" for c in v.children[t.i])
            person = self.kind.get(found.actor_id) == "person" or v.ent_type[t.i] == "PERSON"
            if (found.actor_id or found.group) and not person and plural == (pronoun == "they"):
                return found._replace(how="pronoun")
            return NONE
        return NONE

    def _antecedent_of(self, pos: int, pronoun: str, content: tuple[int, int] | None,
                       skip_reported: bool = False) -> Lookup:
        gender = PERSON_PRONOUNS.get(pronoun)
        for m in self._recent(pos):
            if content and content[0] <= m.start < content[1]:
                continue  # the subject of the reported content is not its reporter
            if skip_reported and self.reported.overlaps(m.start, m.start + 1):
                continue
            if gender:
                other = m.head is not None and PERSON_PRONOUNS.get(m.head.lower_, gender) != gender
                if m.person and not other and (not m.actor or self.gender.setdefault(m.actor, gender) == gender):
                    return self._via(m)
            elif pronoun in THING_PRONOUNS:
                if m.person is False and not m.plural and (m.actor or m.group):
                    return self._via(m)
            elif m.plural or m.person is False:
                return self._via(m)
        return NONE

    def _via(self, m: Mention) -> Lookup:
        """A pronoun's resolution through its antecedent ``m``."""
        if m.actor is None and m.group is None:
            return NONE
        group = m.group or self.ctx.idx.group(m.actor)
        if m.person and self.kind.get(m.actor) != "person":  # 'she' is the body's secretary, not the body
            return Lookup(None, group, "pronoun")
        return Lookup(m.actor, group, "pronoun")

    def _document(self, h: Token, pos: int) -> Lookup:
        """'The joint statement', 'This announcement', 'an independent report': the
        issuer of the same document mentioned before (or named after), or the speaker
        of the latest statement made with the matching verb."""
        # 'the ministry's statement', 'the commission data': a possessor or an institution word before
        # the document noun names its issuer (an earlier name or description: 'the ministry' = the
        # Foreign Ministry of the lead)
        owner = next((c for c in h.children if c.i < h.i and c.pos_ in ("NOUN", "PROPN") and (
            c.dep_ == "poss" or c.dep_ == "compound" and self.ctx.idx.is_agent_word(c.lemma_))), None)
        if owner is not None:
            issued = self._lookup(owner, owner.left_edge.idx, owner.idx + len(owner.text))
            if not (issued.actor_id or issued.group):
                issued = self._description(owner, pos)
            if issued.actor_id or issued.group:
                return issued._replace(how="description" if issued.actor_id else "group-only")
        # 'the message published by the Kremlin press service says': the participle's agent issued it
        sponsor = self._sponsor(h)
        if sponsor is not None:
            return sponsor
        lemma = h.lemma_.lower()
        verb = self.ctx.lex.documents.get(lemma, "")
        best = self._issued(lemma, h, pos)
        stated = self._stated(verb, pos) if verb else None
        if stated is not None and (best is None or stated[0] > best[0]):
            best = (stated[0], Lookup(stated[1], self.ctx.idx.group(stated[1]), "description"))
        if best is None:
            # 'X published its conclusions. The document reads that …': with no issuer of its own,
            # the document is the latest speaking or acting subject's (not one inside a reported clause,
            # nor a relaying medium: see _relays). An indefinite one ('An exit poll showed …', 'a report
            # says') is new to the text: no earlier subject issued it.
            if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in h.children):
                return NONE
            near = next((m for m in self._recent(pos) if (m.actor or m.group) and not self._relays(m)
                         and not self.reported.overlaps(m.start, m.start + 1)), None)
            return self._via(near)._replace(how="description") if near is not None else NONE
        return best[1]._replace(how="description" if best[1].actor_id else "group-only")

    def _sponsor(self, h: Token, *, preps: tuple[str, ...] = ()) -> Lookup | None:
        """The author the document noun ``h`` names in its own phrase: the agent of a participle on it ('the
        message published by the Kremlin press service'), else the object of one of ``preps`` ('an exit poll by
        the Gallup Organization'), if it resolves to an actor or a group; else None."""
        agent = next((g for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                      if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None:
            issued = self.resolve(_speaker_of(self.ctx, agent, agent.head.head))
        else:
            # a prepositional author by its own words only: 'the results of the presidential election' name no
            # author, and resolving 'the Kazakh government' as a speaker would take the document's phrase that
            # holds it for an earlier subject holding the word 'government'
            agent = next((g for c in h.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                          if g.dep_ == "pobj"), None)
            if agent is None:
                return None
            author = _speaker_of(self.ctx, agent, agent.head.head)
            issued = self.ctx.idx.lookup(self.ctx.text[author.start:author.end], on=self.on)
        if issued.actor_id or issued.group:
            return issued._replace(how="description" if issued.actor_id else "group-only")
        return None

    def _issued(self, lemma: str, h: Token, pos: int) -> tuple[int, Lookup] | None:
        """Of the document nouns of ``lemma`` other than ``h``, the latest before ``pos`` with an
        issuer, as ``(start, issuer)``; else the first after it, as ``(-1, issuer)``; else None.

        The nouns are asked about (:meth:`_owner`, which resolves subjects) in text order, each once,
        up to the first issued one after ``pos`` when none is before (as a walk from the text's start
        would); the answer is a bisection over the issued ones: a long article holds many documents,
        and every document speaker asks."""
        docs = self.issued.get(lemma)
        if docs is None:
            docs = self.issued[lemma] = _Issued(self.documents.get(lemma, []))
        # Asking who issued a noun resolves its verb's subject, which may be a document of the same
        # lemma ('The report cited another report. The report said …'): that inner question is
        # answered from the nouns asked so far, never by a second walk over the same nouns.
        if not docs.walking:
            docs.walking = True
            waiting, docs.skipped = docs.skipped, []
            for n, j in enumerate(waiting):  # nouns passed over before (a speaker's own), then the unasked
                if not self._ask(docs, j, h, pos):
                    docs.skipped += waiting[n:]
                    break
            else:
                while docs.asked < len(docs.tokens) and self._ask(docs, docs.asked, h, pos):
                    docs.asked += 1
            docs.walking = False
        before, after = docs.around(pos, h.i)
        if before is not None:
            return docs.starts[before], docs.owners[before]
        return (-1, docs.owners[after]) if after is not None else None

    def _ask(self, docs: _Issued, j: int, h: Token, pos: int) -> bool:
        """Ask who issued document noun ``j`` of ``docs`` for speaker head ``h`` at ``pos`` (``h``
        itself is passed over and kept for later); False if the walk of :meth:`_issued` stops before it."""
        t = docs.tokens[j]
        if t.i == h.i:
            docs.skipped.append(j)
            return True
        before, after = docs.around(pos, h.i)
        if before is None and after is not None and docs.starts[after] < t.idx:
            return False
        owner = self._owner(t)
        if owner:
            k = bisect_left(docs.starts, t.idx)
            docs.starts.insert(k, t.idx)
            docs.ids.insert(k, t.i)
            docs.owners.insert(k, owner)
        return True

    def _stated(self, verb: str, pos: int) -> tuple[int, str] | None:
        """The latest statement before ``pos`` made with cue ``verb`` and resolved to an actor, as
        ``(position, actor)`` (of several at one position, the first made), or None. Statements are
        made in text order (assemble._resolve), so each verb's list is sorted: a bisection."""
        for where, cue_lemma, actor in self.statements[self.indexed:]:
            if actor:
                wheres, actors = self.stated.setdefault(cue_lemma, ([], []))
                wheres.append(where)
                actors.append(actor)
        self.indexed = len(self.statements)
        wheres, actors = self.stated.get(verb, ((), ()))
        j = bisect_left(wheres, pos) - 1
        if j < 0:
            return None
        j = bisect_left(wheres, wheres[j])
        return wheres[j], actors[j]

    def _relays(self, m: Mention) -> bool:
        """Is ``m`` a news medium that does not speak ('X congratulated Y, the Agency learned. The
        message reads …': the medium relays the document, X issued it)? A medium that said or
        reported something ('…, the agency said. The report said …') issued its report."""
        return (m.group or self.ctx.idx.group(m.actor)) == "media" and (
            m.head is None or m.head.head.lemma_.lower() not in self.ctx.lex.single)

    def _owner(self, t: Token) -> Lookup | None:
        """Who issued the document noun ``t`` (:meth:`_issuer`), once per token: every
        document speaker asks about all the earlier documents of its kind."""
        if t.i not in self.owners:
            self.owners[t.i] = self._issuer(t)
        return self.owners[t.i]

    def _issuer(self, t: Token) -> Lookup | None:
        """Who issued the document noun ``t``: a name inside its NP, else the subject of the
        verb it is the object of ('X issued a joint statement'; a coordinated verb shares its
        head's subject). An issuer in no row of actors.csv still gives its group."""
        lo = t.left_edge.i
        own = self.ctx.idx.resolve(t.doc[lo:t.i + 1].text, on=self.on)
        if own:
            return Lookup(own, self.ctx.idx.group(own), "description")
        v = t.head.head if t.dep_ == "pobj" else t.head  # 'X issued a statement', 'X said in a statement'
        in_speech = t.dep_ == "pobj" and t.head.lower_ == "in" and v.lemma_.lower() in self.ctx.lex.single
        if (t.dep_ == "dobj" or in_speech) and _verbal(v):
            # the speakers' own subject rule: a dateline the parser made a second subject ('MINSK, 3 May
            # (Agency) – The mission has released a statement') is not the issuer
            subj, _ = _explicit_subject(self.ctx, v)
            if subj is None and v.dep_ == "conj":
                subj, _ = _explicit_subject(self.ctx, v.head)
            if subj is not None:
                found = self.resolve(subj)
                return found if found.actor_id or found.group else None
        return None

    def _description(self, h: Token, pos: int, text: str = "", content: tuple[int, int] | None = None) -> Lookup:
        """An anaphoric description, resolved the way a reader does:

        - 'the ministry' -> the nearest earlier subject whose expression has that noun (its actor,
          or the group its description gave: 'Kazakhstan's foreign ministry'), else the nearest
          earlier name in the text holding it ('the commission' after 'the Central Election
          Commission', 'the office's spokeswoman' after 'the Office for Democratic Institutions');
        - 'the office's spokeswoman', 'the ministry's press service': the possessor's actor, as a
          group only (a person of that body, not the body);
        - 'The diplomat', 'the minister' (a person's title with no country of its own): the
          nearest earlier person who spoke or was a subject, within the window, never one inside
          ``content``, the statement's own reported content ('X won 10 percent, the chairwoman said':
          not X);
        - 'the Ministry' in a release its outlet publishes (outlet 'Polish Ministry of Foreign
          Affairs'): the outlet's actor.
        """
        owned = self._of_owner(h, pos)
        if owned.group:
            return owned
        word = h.lemma_.lower()
        nearest = next(self._nearest(("noun", word), pos), None)
        if nearest is not None:
            m = nearest[0]
            return Lookup(m.actor, m.group or self.ctx.idx.group(m.actor), "description")
        named = self._name_with(word, pos)
        if named is not None:
            return Lookup(named, self.ctx.idx.group(named), "description")
        if text and self.ctx.idx.words.titles(text) and not self.ctx.idx.words.group(text):
            for m in self._recent(pos):
                if m.person and (m.actor or m.group) and not (content and content[0] <= m.start < content[1]):
                    return Lookup(m.actor, m.group or self.ctx.idx.group(m.actor), "description")
        if self.outlet is not None and self.outlet.actor_id and word in self._outlet_words:
            return self.outlet._replace(how="description")
        # 'Kazakhstan's foreign ministry' earlier in the text (not as a subject), else in the
        # article's title ('Ukraine's Foreign Ministry calls the vote a show' over a body that
        # only says 'The Ministry of Foreign Affairs said'): the group of that phrase
        # (the text back to a few windows before: local like a reader's, and linear in long articles)
        lo = self.sent_starts[max(0, self._sentence(pos) - 3 * self.WINDOW)] if self.sent_starts else 0
        for where in (self.ctx.text[lo:pos], self.title):
            group = self._phrase_group(word, where)
            if group:
                return Lookup(None, group, "group-only")
        if word in self.ctx.idx.words.anaphors or self.ctx.view.lower[h.i] in self.ctx.idx.words.anaphors:
            return self._referent(h, pos, content)
        return NONE

    def _referent(self, h: Token, pos: int, content: tuple[int, int] | None) -> Lookup:
        """'The agency emphasised …' after 'the Foreign Ministry noted …', 'the commission claimed …'
        after 'the Central Election Committee released …': a word that only refers back
        (speaker_groups.csv, kind anaphor) and that no earlier phrase holds is the nearest earlier
        institution within the window, as 'it' would be; a plural one ('The partners') only an earlier
        plural subject (an institution named alone is not 'the partners'). None found: none."""
        plural, words, lemmas = self.ctx.view.tag[h.i] in ("NNS", "NNPS"), self.ctx.idx.words, self.ctx.view.lemma_lower
        # a word that also names a state's institution ('the commission', 'the ministry': kind office) is never a
        # news medium named before ('BelTA reported … The commission said …'); 'the agency' may be one
        state_word = h.lemma_.lower() in words.offices or self.ctx.view.lower[h.i] in words.offices
        for m in self._recent(pos):
            if self.reported.overlaps(m.start, m.start + 1) or (content and content[0] <= m.start < content[1]):
                continue
            if state_word and (m.group or self.ctx.idx.group(m.actor)) == "media":
                continue
            # an institution: a name the parser knows as one, or a phrase headed by an institution word
            # ('the Belarusian election committee'); a person never
            institution = m.person is False or m.person is None and m.head is not None and (
                lemmas[m.head.i] in words.offices or lemmas[m.head.i] in words.bodies)
            if (m.plural if plural else institution and not m.plural) and (m.actor or m.group):
                return self._via(m)._replace(how="description")
        return NONE

    def _of_owner(self, h: Token, pos: int) -> Lookup:
        """'the office's spokeswoman (Katya Doe)', 'the ministry's press service', 'the head of the
        mission': a person or unit of the possessor (a name, or an anaphoric description of an earlier
        name) gets the possessor's group only; NONE without a nominal possessor."""
        owner = next((c for c in h.subtree if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.i < h.i), None)
        if owner is None and self.ctx.idx.is_agent_word(h.lemma_):
            # 'the head of the mission', 'the spokesman for the commission': the body after the title
            owner = next((g for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if owner is None:
            return NONE
        found = self._lookup(owner, owner.left_edge.idx, owner.idx + len(owner.text))
        if not (found.actor_id or found.group) and any(c.lower_ in ("the", "this", "that") for c in owner.children):
            found = self._description(owner, pos)
        group = found.group or self.ctx.idx.group(found.actor_id)
        if group == CROWD and h.pos_ == "PROPN":
            return NONE  # a crowd owns no name ("the People's Republic of China", "the People's Party")
        return Lookup(None, group, "group-only") if group else NONE

    def _phrase_group(self, word: str, text: str) -> str | None:
        """The group of the last phrase in ``text`` ending in ``word`` (or its plural) with up
        to four words before it on its line and in its clause ('Ukraine's Foreign Ministry'), if
        its description gives one. Occurrences are found from the end, so the scan stops early."""
        for m in reversed(list(_word_forms(word).finditer(text))):
            before = _CLAUSE_BREAK.split(text[max(0, m.start() - 80):m.start()])[-1].split()[-4:]
            group = self.ctx.idx.lookup(" ".join([*before, m.group(0)]), on=self.on).group
            if group:
                return group
        return None

    def _name_with(self, word: str, pos: int) -> str | None:
        """The actor of the nearest name before ``pos`` that holds ``word`` as a word
        ('commission' in 'Central Election Commission'). No window: an institution named once
        at the top is 'the office' paragraphs later, as long as no other name holds the word."""
        if self.names is None:  # every name of the article, found once, by word (in text order: a regex scan)
            self.names = {}
            for s, e, aid, kind in self.ctx.idx.mentions(self.ctx.text, on=self.on):
                if aid and kind == "name":
                    for w in set(_WORD.findall(self.ctx.text[s:e].lower())):
                        starts, actors = self.names.setdefault(w, ([], []))
                        starts.append(s)
                        actors.append(aid)
        starts, actors = self.names.get(word, ((), ()))
        j = bisect_left(starts, pos) - 1  # bisection: a long article holds many names
        return actors[j] if j >= 0 else None

    @cached_property
    def documents(self) -> dict[str, list[Token]]:
        """The document nouns of the text, by lemma (found when a document speaker first asks: most
        articles have none)."""
        found: dict[str, list[Token]] = {}
        lemmas, pos, documents = self.ctx.view.lemma_lower, self.ctx.view.pos, self.ctx.lex.documents
        # token arrays (no Token objects), the lemma test first: few words are documents
        for i in [i for i, lemma in enumerate(lemmas) if lemma in documents and pos[i] == "NOUN"]:
            found.setdefault(lemmas[i], []).append(self.ctx.doc[i])
        return found

    @cached_property
    def _outlet_words(self) -> set[str]:
        """The words of the outlet actor's names ('ministry', 'mission'), found once per article."""
        names = [k for k, a in self.ctx.idx.names.items() if a == self.outlet.actor_id]
        return {w for k in names for w in _WORD.findall(k)}


def _on_behalf(sp: Speaker, ctx: Ctx) -> str | None:
    """'X and Y issued a declaration on behalf of the EU' -> the EU."""
    if sp.verb is None:
        return None
    # (asked for every speaker: the tree is walked on the view's arrays)
    dep, lower, kids = ctx.view.dep, ctx.view.lower, ctx.view.children
    objs = [o for c in kids[sp.verb.i] if dep[c] == "prep" and lower[c] == "on" for b in kids[c] if lower[b] == "behalf"
            for of in kids[b] for o in kids[of] if dep[o] == "pobj"]
    obj = ctx.doc[objs[0]] if objs else None
    return ctx.idx.resolve(ctx.doc[obj.left_edge.i:obj.right_edge.i + 1].text) if obj is not None else None

