"""An attribution that ends the sentence after a long comma-set speaker ('CLAUSE, Jane Doe, an
adviser to the X Committee, told the Agency.'), which the parser hangs inside the clause (issue 12,
fourth round: agency leads of the development sets). Every person and sentence is invented;
institutions come from ``data/actors.csv`` and ``data/speaker_groups.csv``.
"""

from __future__ import annotations

from belarus_analysis import nlp
from belarus_analysis.extract.statements.context import _context
from belarus_analysis.extract.statements.speakers import _trailing_speaker
from belarus_analysis.extract.view import ArticleView
from conftest import row_with, statements_of


def _rows(text):
    t = statements_of(text, "2025-05-26")
    # offsets are truth: every row's text and speaker are the article's text at their offsets
    assert all(text[r.char_start:r.char_end] == r.text and text[r.speaker_start:r.speaker_end] == r.speaker
               for r in t.itertuples())
    return t


def test_a_name_with_an_apposition_before_a_final_cue_is_the_speaker_not_part_of_the_clause():
    # the parser makes the verb a conjunct of the clause's verb with no 'and': not a shared subject
    t = _rows("MINSK, 20 May (Agency) - The CIS will deploy a mission to observe the election, Olga Brenn, an "
              "adviser to the press service of the CIS Executive Committee, told the Agency.")
    row = row_with(t, "The CIS will deploy a mission")
    assert row.text == "The CIS will deploy a mission to observe the election"
    assert row.speaker.startswith("Olga Brenn") and row.actor_group == "international_organisation"


def test_a_title_then_a_name_before_a_final_cue_is_the_speaker():
    t = _rows("MINSK, 26 May. /Agency/. More than 50% of voters have cast their ballots in the presidential "
              "election, meaning it has been declared valid, Deputy Chairman of the Central Election Commission "
              "(CEC), Ivan Sorokin, stated.")
    row = row_with(t, "More than 50% of voters")
    assert row.text.endswith("meaning it has been declared valid")
    assert row.speaker == "Deputy Chairman of the Central Election Commission (CEC), Ivan Sorokin"
    assert row.actor_group == "belarus_government"


def _trailing(text: str, cue: str):
    ctx = _context(ArticleView(nlp.load_pipeline()(text)))
    v = next(t for t in ctx.doc if t.text == cue)
    sp = _trailing_speaker(ctx, v)
    return None if sp is None else text[sp.start:sp.end]


def test_the_trailing_speaker_is_the_comma_set_phrase_from_the_first_name_or_title():
    # whatever the parse, the phrase before the final cue that starts with a name is the speaker
    assert _trailing("The CIS will deploy a mission to observe the election, Olga Brenn, an adviser to the press "
                     "service of the CIS Executive Committee, told the Agency.", "told") == \
        "Olga Brenn, an adviser to the press service of the CIS Executive Committee"
    # a phrase that ends the clause ('higher than in Russia') is not a speaker, though a country gives a group
    assert _trailing("Turnout reached 60 percent, higher than in Russia, told the Agency.", "told") is None
    # a cue with neither a that-clause after it nor the end of its clause ('told reporters to leave')
    assert _trailing("The vote was calm, Olga Brenn, an observer, told reporters to leave the hall.", "told") is None


def test_a_comma_set_name_before_a_cue_with_a_that_clause_is_its_subject():
    # 'Kasperovich' parsed as a conjunct of the fronted adverbial's last noun, the cue left with no subject
    t = _rows("But after over a month of nationwide demonstrations and threats of international sanctions over "
              "election fraud, Kasperovich, in power since 1994, maintains that he is a president under siege.")
    row = row_with(t, "under siege")
    assert row.text == "he is a president under siege" and row.speaker.startswith("Kasperovich")
