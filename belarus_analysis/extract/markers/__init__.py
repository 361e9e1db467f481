"""Framing markers: the ``markers`` table.

A marker is a span that frames the election or its actors: legitimacy vocabulary,
acts of (non-)recognition, labels and titles of the contested leader, hedges and
distancing, loaded attribution verbs, scare quotes, the transliteration system of a
Belarusian name, and issue frames. What counts, the span, the voice, the target and
the polarity follow the coding guide ``data/gold/markers.md``; the vocabulary is data
in ``data/lexicons/`` (one CSV per lexicon, documented in its README), so a student
adds a term by adding a row.

How markers are found:

1. lexicon rows are compiled once per process and vocabulary: lemma rows into a spaCy
   ``PhraseMatcher`` on lemmas (a part of speech is checked on the match), phrase rows
   and name forms into a ``PhraseMatcher`` on lower-case words, regex rows into Python
   regular expressions;
2. each match is checked in context (markers.md §3.4, §4.1–4.5): negated legitimacy and
   recognition terms (a legitimising one also under a negated governing predicate),
   legitimising terms embedded under a delegitimising or refusing predicate, under a modal, a
   condition, a generic subject or a distancing word, or won by another country's actor,
   recognition of another actor, words inside proper names, titles of other office-holders
   (plural, foreign nationality, another person's name), and reporting verbs that are not the
   cue of a statement are dropped; inside one lexicon the longest match wins;
3. short quoted terms that no speaker in the text says are scare quotes (§4.6);
4. voice comes from the ``statements`` of the same article (§3.1): a marker inside what
   a speaker said (a quotation, a content clause, the predicate of a naming or accusing
   verb) is ``quoted``, with that statement's actor; everything else is ``outlet``,
   including noun-phrase objects of speech-act verbs ("condemned the sham vote"), the
   object X of "call X Y", "according to (official) results", and the statements of an
   outlet that is itself an actor (a government press release). A verdict of a declaring verb
   ("the CEC recognized the elections as valid", "declared the winner by the CEC") is the
   subject's (or agent's) also where no statement row covers it, and so is a label in a naming
   clause opening the sentence ("Dubbed Europe's last dictator, X …"); published figures as a
   source ("as follows from an exit poll") are evidence, not a speaker; a relative clause on a
   noun of a declared verdict is the outlet's description, and so is an epithet under a preposition of
   the verdict ("declared him the winner of sham elections").

>>> import belarus_analysis as ba
>>> arts = ba.from_texts({"a": "Tsikhanouskaya said the vote was rigged. The regime insisted the count was fair."})
>>> m = ba.pipeline.build(arts, ["markers"])["markers"]
>>> for r in m.itertuples():
...     print(r.text, r.lexicon, r.category, r.voice, r.speaker_actor_id)
Tsikhanouskaya name_form belarusian outlet <NA>
rigged legitimacy delegitimising quoted tsikhanouskaya
regime actor_label pejorative_label outlet <NA>
insisted attribution_verb loaded outlet <NA>
fair legitimacy legitimising quoted belarus_government
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from .. import spans
from ..base import Extractor
from ..view import ArticleView
from ..intervals import Intervals
from .context import (attached_name, drop_discredited, drop_other_elections, mandate_target, name_before, refers,
                      term_hits)
from .lexicons import LEXICON_FILES, NAME_FORMS_FILE, Hit, Lexicons, load_lexicons
from .speech import (believed_in_common, claimed_content, colon_attributions, colon_content, dash_attributions,
                     declared_by, described_in_verdict, epithet_in_verdict, epithet_of_outlet, fronted_naming,
                     gapped_content, outlet_actor, predicative_label, reported_by, running_quote, scare_quotes,
                     speech_of, voice_around, voice_of, voices_of)

__all__ = ["EXTRACTOR", "LEXICON_FILES", "NAME_FORMS_FILE", "Hit", "extract", "load_lexicons", "markers_of",
           "outlet_actor"]

# --------------------------------------------------------------------------- records

def markers_of(view: ArticleView, article: Mapping, statements: Iterable[Mapping], lexicons: Lexicons) -> Iterator[dict]:
    """Marker records of one parsed article, given its statement records.

    >>> import belarus_analysis as ba
    >>> view = ArticleView(ba.nlp.load_pipeline()("The vote was rigged."))
    >>> [(r["text"], r["voice"]) for r in markers_of(view, {}, [], load_lexicons())]
    [('rigged', 'outlet')]
    """
    doc, text = view.doc, view.text
    if not text.strip():
        return
    parsed = doc.has_annotation("DEP")
    speech = speech_of(statements)
    own = outlet_actor(article)
    hits = term_hits(view, lexicons, speech, own)
    evidential = [(h.start, h.end) for h in hits if h.lexicon == "hedge" and h.category == "hedge"]
    evidence = Intervals(evidential)
    running = running_quote(view)
    voices = Intervals([*voices_of(doc, speech, own, evidential).items, *dash_attributions(doc, text, lexicons.reporting),
                        *colon_attributions(text), *running]) if parsed else Intervals([])
    # quotations, marked or not (a block quote after 'X said:'), where every word is the speaker's
    verbatim = Intervals(sorted([*((sp.start, sp.end) for sp in speech if sp.kind == "direct"),
                                 *((v.start, v.end) for v in running)]))
    distancing = [(h.start, h.end) for h in hits if h.category == "distancing"]
    doubting = Intervals(distancing)
    hits += scare_quotes(view, speech, voices, distancing)
    marks = Intervals([(q.start, q.end) for q in view.quotes.quotes if q.close])

    def decide(h: Hit) -> tuple[str, str | None]:
        voice, speaker = h.voice or voice_of(h, voices)
        if voice == "outlet" and parsed and h.voice is None and (
                h.lexicon in ("legitimacy", "recognition") or (h.lexicon == "actor_label" and predicative_label(h, view))):
            voice, speaker = declared_by(h, view, own) or (voice, speaker)
        if voice == "outlet" and parsed and h.voice is None and h.lexicon in ("legitimacy", "recognition", "actor_label") and (
                fronted_naming(h, view)):
            voice, speaker = "quoted", None  # 'Dubbed Europe's last dictator, Petrov …'
        if voice == "outlet" and parsed and h.voice is None:  # a content clause no statement row covers
            voice, speaker = reported_by(h, view, own, lexicons.reporting, evidential=evidence,
                                          nouns=lexicons.speech_nouns) or (voice, speaker)
        if voice == "outlet" and parsed and h.voice is None:  # 'The statement was blunt: the vote was a sham'
            voice, speaker = colon_content(h, view, own, lexicons.reporting, lexicons.speaking_nouns) or (
                voice, speaker)
        if voice == "outlet" and parsed and h.voice is None:  # 'a vote the OSCE said fell short of …'
            voice, speaker = gapped_content(h, view, own, lexicons.reporting) or (voice, speaker)
        if voice == "outlet" and parsed and h.voice is None and h.lexicon == "legitimacy":
            voice, speaker = claimed_content(h, view, doubting) or (voice, speaker)  # 'claims of fraud'
        if voice == "quoted" and parsed and epithet_of_outlet(h, view, voices, marks):
            voice, speaker = "outlet", None
        elif voice == "quoted" and parsed and h.lexicon == "legitimacy" and not marks.contains(h.start, h.end) and (
                believed_in_common(h, view)):  # 'declared the winner of a vote widely seen as a farce'
            voice, speaker = "outlet", None
        elif voice == "quoted" and parsed and not marks.contains(h.start, h.end) and described_in_verdict(h, view, voices):
            voice, speaker = "outlet", None  # 'declared him the winner of a vote that critics rejected as a sham'
        elif voice == "quoted" and parsed and not marks.contains(h.start, h.end) and epithet_in_verdict(h, view):
            voice, speaker = voice_around(h, voices)  # 'declared him the winner of sham elections': the reporter's
        elif voice == "quoted" and h.lexicon == "actor_label" and not marks.contains(h.start, h.end) and (
                attached_name(text, h.end) not in (None, speaker)  # '… a dictator, X said': X speaks
                or (name_before(text, h.start) and not verbatim.overlaps(h.start, h.end))) and not (
                parsed and fronted_naming(h, view)):  # 'Often called a dictator, NAME …': the name opens the main clause
            # 'calling for authoritarian President NAME to resign', 'crimes of the NAME regime': outside
            # quotation marks a label on a name is how the outlet refers to the person, not what the
            # speaker said
            voice, speaker = "outlet", None
        return voice, speaker

    decided: dict[tuple, tuple[str, str | None]] = {}

    def voice_and_speaker(h: Hit) -> tuple[str, str | None]:
        # decided once per span and row: drop_discredited asks for the outlet's own terms, the row again
        # (its target, which mandate_target may set in between, does not enter the voice)
        key = (h.start, h.end, h.lexicon, h.category, h.pattern, h.voice)
        if key not in decided:
            decided[key] = decide(h)
        return decided[key]

    if parsed:
        hits = drop_other_elections(view, drop_discredited(view, hits, lambda h: voice_and_speaker(h)[0] == "outlet"))
    starts = view.sentence_starts
    for h in sorted(hits, key=lambda h: (h.start, h.end, h.lexicon)):
        if h.lexicon in ("legitimacy", "recognition"):
            h = mandate_target(h, view, voices) if parsed else h._replace(target=refers(h.term.refers_to))
        voice, speaker = voice_and_speaker(h)
        yield spans.record(text, starts, h.start, h.end, lexicon=h.lexicon, category=h.category,
                           polarity=h.polarity, voice=voice, speaker_actor_id=speaker, target_actor_id=h.target,
                           pattern=h.pattern)


def extract(view: ArticleView, article: Mapping, done: Mapping[str, list[dict]]) -> Iterator[dict]:
    """Marker records of one parsed article (see the module docstring)."""
    yield from markers_of(view, article, done.get("statements", ()), load_lexicons())


EXTRACTOR = Extractor("markers", extract, requires=("statements",),
                      needs=("token.tag", "token.dep", "token.lemma", "doc.ents"))
