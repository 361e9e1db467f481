"""Sentences with numbers, computed from the tables, for the notebooks' "Reading the tables".

A notebook renders them with ``IPython.display.Markdown``, so every number it states is
the number of the corpus in use (the bundled example or a user's tables folder); the
interpretation written for the seed articles is marked as such and names no number.
Each function returns Markdown bullet lines; an empty result says why.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "alignment": ["state_aligned", None],
...                      "election": pd.array([2020, 2020], dtype="Int64"), "n_words": [100, 300]})
>>> print(corpus(arts))
- 2 articles (400 words) from 2 outlets; election 2020.
- By alignment group: State-aligned 1, Other / unknown 1.
"""

from __future__ import annotations

import pandas as pd

from ..analysis import compare, summaries
from .charts import SPEAKER_STYLES, alignment_label, alignment_order


def _pct(x: float) -> str:
    return f"{100 * x:.0f} %"


def _list(items: list[str]) -> str:
    return ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1] if items else "none"


def corpus(articles: pd.DataFrame) -> str:
    """Size of the corpus, its outlets, elections and alignment groups.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``outlet``, ``alignment``, ``election``, ``n_words``).

    Returns
    -------
    str
        Markdown bullet lines.
    """
    years = sorted(articles["election"].dropna().astype(int).unique()) if "election" in articles else []
    groups = articles["alignment"].astype("string").fillna("other").value_counts()
    by_group = [f"{alignment_label(g)} {groups[g]}" for g in alignment_order() if g in groups] + \
        [f"{g} {groups[g]}" for g in groups.index if g not in alignment_order()]
    size = f"{len(articles)} articles ({int(articles['n_words'].sum()):,} words)"
    elections = _list([str(y) for y in years]) if years else "not given"
    return "\n".join([
        f"- {size} from {articles['outlet'].nunique()} outlets; election {elections}.",
        f"- By alignment group: {', '.join(by_group)}.",
    ])


def who_speaks(statements: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Per outlet: statements, the speaker group with most of them, and the share of loaded cues.

    Returns
    -------
    str
        Markdown bullet lines, one per outlet.

    Examples
    --------
    >>> import belarus_analysis as ba
    >>> arts = ba.from_texts({"a": "“We won,” the minister said."}, [{"article_id": "a", "outlet": "X"}])
    >>> print(who_speaks(ba.statements(arts), arts))
    - **X**: 1 statements; most from Speaker unresolved (1 of 1); loaded cues 0 of 1.
    """
    if statements.empty:
        return "- No statements were found in these articles."
    voices = compare.voices(statements, articles, by="outlet")
    cues = summaries.cue_classes(statements, articles).set_index("outlet")
    lines = []
    for outlet, g in voices.groupby("outlet", sort=True):
        top = g.sort_values(["n_statements", "actor_group"], ascending=[False, True]).iloc[0]
        total = int(g["n_statements"].sum())
        group = SPEAKER_STYLES.get(top["actor_group"], (top["actor_group"],))[0]
        line = f"- **{outlet}**: {total} statements; most from {group} ({int(top['n_statements'])} of {total})"
        if outlet in cues.index:
            c = cues.loc[outlet]
            line += f"; loaded cues {int(c['n_loaded'])} of {int(c['n_cues'])}"
        lines.append(line + ".")
    return "\n".join(lines)


def reported_results(figures: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Per outlet: how many official results it reports, how many exactly, the largest difference.

    Returns
    -------
    str
        Markdown bullet lines (percentage points for shares, people for counts).
    """
    r = compare.reported_results(figures, articles)
    r = r[r["official_value"].notna()]
    if r.empty:
        return "- No article reports a result the reference table (`data/reference/`) has for its election."
    lines = []
    for outlet, g in r.groupby("outlet", sort=True):
        d = g["difference"].astype(float)
        worst = g.loc[d.abs().idxmax()]
        hedged = int(g["qualifier"].notna().sum())
        line = f"- **{outlet}**: official results reported {len(g)}, exactly {int((d == 0).sum())}, with a qualifier {hedged}"
        if d.abs().max() > 0:
            line += (f"; largest difference {float(worst['difference']):+g} ({worst['measure']}"
                     f"{', ' + worst['subject'] if pd.notna(worst['subject']) else ''})")
        lines.append(line + ".")
    return "\n".join(lines)


def framing(markers: pd.DataFrame, articles: pd.DataFrame) -> str:
    """(De)legitimising markers per 1,000 words by alignment group and voice, and the
    prevailing transliteration of Belarusian names per outlet.

    Returns
    -------
    str
        Markdown bullet lines.
    """
    if markers.empty:
        return "- No framing markers were found in these articles."
    r = summaries.legitimacy_rates(markers, articles).set_index(["voice", "alignment", "direction"])["rate"]
    lines = []
    for voice, name in (("outlet", "In the outlet's own voice"), ("quoted", "In quotations")):
        parts = []
        for g in [*alignment_order(), *sorted(set(r.index.get_level_values(1)) - set(alignment_order()))]:
            if (voice, g, "delegitimising") in r.index:
                parts.append(f"{alignment_label(g)} {r[(voice, g, 'delegitimising')]:.1f} delegitimising, "
                             f"{r[(voice, g, 'legitimising')]:.1f} legitimising")
        lines.append(f"- {name} (per 1,000 words): {'; '.join(parts)}.")
    forms = compare.name_forms(markers, articles)
    forms = forms[forms["count"] > 0]
    if len(forms):
        top = forms.sort_values("share", ascending=False).groupby("outlet", sort=True).head(1).sort_values("outlet")
        lines.append("- Belarusian names, most frequent transliteration: " + "; ".join(
            f"{o} {s} ({_pct(x)} of {int(n)})" for o, s, x, n in top[["outlet", "system", "share", "n_mentions"]].values)
            + ".")
    return "\n".join(lines)


def style(readability: pd.DataFrame, statements: pd.DataFrame, articles: pd.DataFrame) -> str:
    """The extremes of sentence length, reading ease and quotation across articles.

    Returns
    -------
    str
        Markdown bullet lines.
    """
    s = summaries.style(readability, statements, articles)
    if s.empty:
        return "- No articles."
    name = s["outlet"].astype("string").fillna(s["article_id"])
    long, short = s["words_per_sentence"].idxmax(), s["words_per_sentence"].idxmin()
    hard, easy = s["flesch_reading_ease"].idxmin(), s["flesch_reading_ease"].idxmax()
    quoted = s["share_quoted"].idxmax()
    def at(row: int, col: str) -> str:
        return f"{s.loc[row, col]:.0f}"

    lines = [
        (f"- Longest sentences: {name[long]} ({at(long, 'words_per_sentence')} words on average); "
         f"shortest: {name[short]} ({at(short, 'words_per_sentence')})."),
        (f"- Lowest reading ease: {name[hard]} (Flesch {at(hard, 'flesch_reading_ease')}); "
         f"highest: {name[easy]} ({at(easy, 'flesch_reading_ease')})."),
        (f"- Largest share of quoted words: {name[quoted]} ({_pct(s.loc[quoted, 'share_quoted'])}, "
         f"{at(quoted, 'statements_per_1000_words')} statements per 1,000 words)."),
    ]
    return "\n".join(lines)


def validation(scores: pd.DataFrame) -> str:
    """Span F1 per table against the gold data, or why there is none.

    Returns
    -------
    str
        Markdown bullet lines.
    """
    overall = scores[scores["kind"] == "all"] if len(scores) else scores
    if overall.empty:
        return ("- No gold rows for these articles, so no scores: hand-code a sample in the format of `data/gold/` "
                "to measure accuracy on your corpus.")
    return "\n".join(f"- **{r.table}**: F1 {r.f1:.2f} (precision {r.precision:.2f}, recall {r.recall:.2f}; "
                     f"{int(r.n_gold)} gold rows, {int(r.n_pred)} predicted)." for r in overall.itertuples())
