"""The resolver's antecedents (resolve.Resolver: subjects resolved when first read, those through 'he'/'she'
in text order): reading a subject late gives what resolving every subject in text order gives.
Sentences invented."""

from __future__ import annotations

from conftest import resolved_with, row_with

from belarus_analysis.extract.statements import resolve

# Subjects of every kind a walk back reads: names, a title, pronouns (he, she, they), a pronoun
# possessor ('Her aides'), a description ('The ministry'), a surname, subjects nobody's statement reads.
ARTICLE = ("Foreign Minister Rasa Vell met Anna Berg in Minsk on Monday. The weather was cold. "
           "Berg said the vote was fair. She added that turnout was high. Her aides said the count was slow. "
           "The Lithuanian Foreign Ministry issued a statement. The ministry said the election was rigged. "
           "Vell said observers were expelled. He left early. The roads were closed. "
           "Observers from Poland arrived late. They said the count was hidden. Vell added that nobody won.")


def _fields(m: resolve.Mention) -> tuple:
    return m.start, m.end, m.actor, m.person, m.plural, m.group


def test_subjects_read_late_resolve_as_in_text_order(monkeypatch):
    _, used, args, kwargs = resolved_with(monkeypatch, ARTICLE)
    # after the statements were resolved (pronouns taught it genders), last subject first ...
    late = [_fields(used._mention_at(j)) for j in reversed(range(len(used.subjects)))][::-1]
    # ... as a fresh resolver gives reading them all in text order, as it did before any statement
    fresh = resolve.Resolver(*args, **kwargs)
    assert [_fields(fresh._mention_at(j)) for j in range(len(fresh.subjects))] == late
    assert len(late) >= 12  # the walk covered the article's subjects, not a few


def test_pronoun_subjects_are_resolved_before_any_statement(monkeypatch):
    # 'He left early' says nothing, yet it teaches the resolver Vell's gender before the statements
    # are resolved (as when every subject was resolved up front): such subjects are not left lazy
    t, res, _, _ = resolved_with(monkeypatch, ARTICLE)
    gendered = [j for j, low in enumerate(res.lowered) if low in ("he", "she", "her aides")]
    assert len(gendered) == 3 and all(res.mentions[j] is not None for j in gendered)
    assert row_with(t, "turnout was high").speaker == "She"
