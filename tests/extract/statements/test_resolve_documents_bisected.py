"""The document speakers' look-ups (resolve.Resolver._issued, _stated) bisect what a walk over every
document noun and every statement of the article found: the same issuer and the same statement for
every noun and position. Sentences invented; institutions from ``data/actors.csv``."""

from __future__ import annotations

from conftest import resolved_with, row_with, statements_of

from belarus_analysis.extract.statements import resolve

# Statements issued by different bodies, one with no issuer, document speakers before and after them,
# and statements made with the verb a statement's speaker is matched with ('issue').
ARTICLE = ("“The count was slow,” the statement said. "
           "The Lithuanian Foreign Ministry issued a statement on Monday. The statement said the vote was rigged. "
           "A statement appeared online. The EU issued a statement on Tuesday. "
           "The statement said observers were expelled. The Kremlin issued a statement on Wednesday. "
           "The Russian Foreign Ministry said the vote was fair. The statement said turnout was high. "
           "The Kremlin issued a warning. The statement added that nobody protested.")


def _walk(res: resolve.Resolver, lemma: str, h, pos: int):
    """What the resolver answered before it bisected: a walk over all document nouns of ``lemma``."""
    best = None
    for t in res.documents.get(lemma, ()):
        if t.i == h.i:
            continue
        owner = res._owner(t)
        if owner and t.idx < pos:
            best = (t.idx, owner)
        elif owner and best is None and t.idx > pos:
            best = (-1, owner)
            break
    return best


def _statement_walk(res: resolve.Resolver, verb: str, pos: int):
    best = None
    for where, cue_lemma, actor in res.statements:
        if cue_lemma == verb and where < pos and actor and (best is None or where > best[0]):
            best = (where, actor)
    return best


def test_issuers_found_by_bisection_are_those_of_the_walk(monkeypatch):
    res = resolved_with(monkeypatch, ARTICLE, "2020-08-14")[1]
    nouns = res.documents["statement"]
    assert len(nouns) == 9
    answers = []
    for h in nouns:
        for pos in (h.idx, h.left_edge.idx, h.idx + 1):  # the noun's own start, its phrase's, inside it
            got = res._issued("statement", h, pos)
            assert got == _walk(res, "statement", h, pos), (h.idx, pos)
            answers.append(got)
    # both kinds of answer occur: an issued statement before, and (first noun) the first one after
    assert any(a is not None and a[0] >= 0 for a in answers) and any(a is not None and a[0] == -1 for a in answers)
    assert len({a[1].actor_id for a in answers if a is not None}) >= 2  # different issuers at different places


def test_latest_statement_with_a_verb_found_by_bisection_is_that_of_the_walk(monkeypatch):
    res = resolved_with(monkeypatch, ARTICLE, "2020-08-14")[1]
    verbs = {lemma for _, lemma, actor in res.statements if actor}
    assert verbs
    for verb in verbs:
        for pos in range(0, len(ARTICLE) + 1, 7):
            assert res._stated(verb, pos) == _statement_walk(res, verb, pos), (verb, pos)


def test_a_document_speaks_for_the_latest_issuer_before_it_or_the_first_after():
    t = statements_of(ARTICLE, "2020-08-14")
    assert [row_with(t, said).actor_id for said in (
        "The count was slow",  # no statement before it: the first issued after it
        "the vote was rigged", "observers were expelled",  # the latest issued before, not an earlier one
        "turnout was high",  # past the ministry's own words ('said' is no statement's verb)
        "nobody protested")] == ["lithuania_mfa", "lithuania_mfa", "eu", "russia_government", "russia_government"]


def test_a_document_issued_by_a_document_of_its_kind_ends_the_question():
    # asking who issued 'another report' resolves its verb's subject, itself a report: answered from
    # the reports already asked about (this recursed without end before)
    t = statements_of("The Lithuanian Foreign Ministry issued a report. The report cited another report. "
                      "The report said the vote was rigged.", "2020-08-14")
    assert row_with(t, "the vote was rigged").actor_id == "lithuania_mfa"
    t = statements_of("The report cited another report. The report said the vote was rigged.", "2020-08-14")
    assert row_with(t, "the vote was rigged").speaker == "The report"
