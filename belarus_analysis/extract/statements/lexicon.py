"""Statements: the cue vocabulary (``data/lexicons/attribution_verbs.csv``, ``speech_nouns.csv``)
and the closed-class English the rules use (pronouns, modals, complementizers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ... import config
from ...resources import lexicon_path, per_block, read_frame, version

# File names inside the lexicon folder (config.LEXICONS, read when the extractor runs).
VERBS_FILE = "attribution_verbs.csv"


NOUNS_FILE = "speech_nouns.csv"


PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


GROUP_PRONOUNS = {"they", "them", "their", "we", "us", "our", "some", "many", "others", "most", "several", "both",
                  "all"}


THING_PRONOUNS = {"it", "its"}


# Heads of quantity phrases: in 'a number of EU countries said' the countries are the speaker.
QUANTITIES = {"number", "majority", "minority", "handful", "couple", "dozen", "dozens", "hundreds", "thousands",
              "lot", "lots", "host", "series", "range", "group", "part", "half", "third"}


# Heads of a possessed speaker that stand against the possessor: 'his opponents said' are not his people
# (resolve.Resolver: 'her aides' share their possessor's group, these do not).
ADVERSARIES = {"opponent", "rival", "critic", "challenger", "adversary", "enemy", "foe", "detractor"}


AUTHOR_PRONOUNS = {"i", "me", "you"}  # outside quotes: the writer or the reader, never a source
OUTLET_PRONOUNS = {"we", "us", "our"}  # outside quotes: the outlet itself (a press release's 'We call on …')


COMPLEMENTIZERS = {"that", "whether", "if"}


DEMONSTRATIVES = {"this", "these", "that", "those"}


MODALS = {"will", "would", "shall", "should", "may", "might", "can", "could", "must"}


# Heads that make a reporting verb under them unreal: "plans to announce", "refused to acknowledge".
IRREALIS = {"plan", "intend", "expect", "want", "hope", "refuse", "decline", "fail", "aim", "seek", "try",
            "prepare", "threaten", "wish"}




# Time adjuncts that belong to the reporting event, not the reported content.
TIME_PREPS = {"during", "after", "before", "ahead", "amid", "following", "since", "until", "at", "on", "in"}


TIME_ENTS = {"DATE", "TIME"}


CLAUSE_DEPS = {"ccomp", "xcomp", "oprd"}


SUBJECT_DEPS = {"nsubj", "nsubjpass"}


# words before a surname that leave it the same person ('Ms Gutsalo'); any other word is a given name
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam", "mister"}


COORDINATION = re.compile(r",?\s+(?:and|or|as well as|&)\s+|,\s+", re.IGNORECASE)


BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")


# '“…” — Foreign Minister Anna Berg': a dash and up to eight words closing the paragraph.
SIGNATURE = re.compile(r"\s*[—–―]\s*(?P<name>[A-Z][^\n—–―.!?;:“”\"]{1,80}?)\s*[.]?\s*$")
TWEET = re.compile(
    r"(?P<body>.*?\S)\s+[—–-]{1,2}\s*(?P<name>[^\n()—–]{2,80}?)\s*\(@\w{1,30}\)\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*$")


@dataclass(frozen=True)
class CueWord:
    """One row of the attribution lexicon: ``frame`` is clause | np | both,
    ``condition`` is '' | speech-object | document-subject | performative | quote | as-source | as-clause
    | no-office | agent-subject | small-clause and ``preps`` the
    prepositions that complete its object into a small clause (see data/lexicons/README.md)."""

    lemma: str
    cls: str
    frame: str
    condition: str = ""
    preps: frozenset[str] = frozenset({"as"})


@dataclass(frozen=True)
class Lexicon:
    single: dict[str, CueWord]
    multi: dict[str, tuple[tuple[str, CueWord], ...]]  # first word -> (second word, entry)
    noun_cues: dict[str, CueWord]
    documents: dict[str, str]  # document noun -> related verb lemma ('' if none)
    speech_objects: frozenset[str]
    topics: frozenset[str] = frozenset()  # nouns whose NP names a topic, not a proposition
    events: frozenset[str] = frozenset()  # occasions of speaking ('at a news conference announcing …')
    labels: frozenset[str] = frozenset()  # a template's labels announcing a quotation ('Quote: “…”')

    @cached_property
    def lemma_starts(self) -> frozenset[str]:
        """Every lemma a cue can start with (a verb, the first word of a multi-word entry, a speech
        noun): one set look-up per word of an article instead of three."""
        return frozenset(self.single) | frozenset(self.multi) | frozenset(self.noun_cues)


def lexicon(verbs: Path | None = None, nouns: Path | None = None) -> Lexicon:
    """The cue lexicons (default: those of ``config.LEXICONS``), read once per file version.

    >>> lex = lexicon()
    >>> lex.single["say"].cls, dict(lex.multi["call"])["for"].lemma, lex.documents["announcement"]
    ('neutral', 'call for', 'announce')
    """
    def load() -> Lexicon:
        v, n = Path(verbs or lexicon_path(VERBS_FILE)), Path(nouns or lexicon_path(NOUNS_FILE))
        return _lexicon(v, n, version(v, n))

    return per_block(("cue lexicons", verbs, nouns, config.LEXICONS), load)  # once per frozen block (a build)


@lru_cache(maxsize=8)
def _lexicon(verbs: Path, nouns: Path, stamp: str) -> Lexicon:
    single: dict[str, CueWord] = {}
    multi: dict[str, list[tuple[str, CueWord]]] = {}
    for row in read_frame(verbs).to_dict("records"):
        frame, _, condition = row["frame"].partition("+")
        preps = frozenset(p.strip() for p in row.get("object_preps", "as").split("|") if p.strip())
        entry = CueWord(row["lemma"], row["class"], frame, condition, preps)
        first, _, rest = row["lemma"].partition(" ")
        if rest:
            multi.setdefault(first, []).append((rest, entry))
        else:
            single[first] = entry
    table = read_frame(nouns)
    noun_cues = {r["lemma"]: CueWord(r["lemma"], r["class"] or "neutral", "clause")
                 for r in table[table.role == "cue"].to_dict("records")}
    documents = dict(zip(table.lemma[table.role == "document"], table.verb[table.role == "document"]))
    objects = frozenset(table.lemma[table.role == "object"])
    topics = frozenset(table.lemma[table.role == "topic"])
    events = frozenset(table.lemma[table.role == "event"])
    labels = frozenset(table.lemma[table.role == "label"])
    return Lexicon(single, {k: tuple(v) for k, v in multi.items()}, noun_cues, documents, objects, topics, events,
                   labels)

