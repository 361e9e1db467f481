"""Tables that answer the research questions, shaped from the tidy tables.

Pure functions: tidy tables in, one display-ready DataFrame out. The notebooks show
these tables, :mod:`belarus_analysis.report.charts` draws them and
:mod:`belarus_analysis.report.catalogue` exports them, so all three show the same numbers.
Grouped tables carry ``n_articles``: the seed corpus has five articles, so a group
holds one to three of them (a description of those articles, not an estimate).

>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["RT"], "n_words": [10]})
>>> st = pd.DataFrame({"article_id": ["a", "a"], "cue_lemma": ["say", "claim"],
...                    "cue_class": ["neutral", "loaded"]})
>>> cue_classes(st, arts)[["outlet", "n_cues", "share_loaded", "loaded_cues"]].values.tolist()
[['RT', 2, 0.5, 'claim']]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from . import compare, evaluate

# Lexicons whose polarity is a judgement of the election or its result (markers.md §4.1–4.2): the
# headline legitimacy rates. Actor labels (pejorative labels, official titles) name an actor rather
# than judge the vote; they are reported on their own (:func:`label_rates`, markers.md §4.3).
LEGITIMACY_LEXICONS = ("legitimacy", "recognition")
LABEL_LEXICON = "actor_label"
DIRECTIONS = {-1: "delegitimising", 1: "legitimising"}
VOICES = ("outlet", "quoted")
QUOTED_KINDS = ("direct", "partial")  # the speaker's own words, inside quotation marks


def _cols(by: str | Sequence[str]) -> list[str]:
    return [by] if isinstance(by, str) else list(by)


def _with_groups(table: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str]) -> pd.DataFrame:
    """``table`` with the grouping columns of its article (empty values -> ``(none)``)."""
    return table.merge(compare._groups(articles, by), on="article_id")


def _n_articles(articles: pd.DataFrame, by: str | Sequence[str]) -> pd.DataFrame:
    groups = compare._groups(articles, by)
    return groups.groupby(_cols(by)).size().rename("n_articles").reset_index()


# --------------------------------------------------------------------------- corpus

def corpus(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article: who published it, about which election, when, and its length.

    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["RT"], "outlet_type": ["state media"],
    ...     "alignment": ["state_aligned"], "election": [2020], "published": [pd.Timestamp("2020-08-15")],
    ...     "n_words": [489], "n_sentences": [21]})
    >>> corpus(arts).loc[0, "published"]
    '2020-08-15'
    """
    cols = ["article_id", "outlet", "outlet_type", "alignment", "election", "published", "n_words", "n_sentences"]
    out = articles[cols].copy()
    out["published"] = pd.to_datetime(out["published"]).dt.strftime("%Y-%m-%d").astype("string")
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- who speaks

def cue_classes(statements: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "outlet") -> pd.DataFrame:
    """Reporting cues per group: how many are neutral (``said``) and how many loaded
    (``claimed``, ``insisted``), the loaded share, and the loaded cues used (lemmas).
    Counts speech acts (:func:`compare.speech_acts`); statements without a cue
    (unattributed quotations) are not counted.
    """
    gcols = _cols(by)
    acts = compare.speech_acts(statements)
    st = _with_groups(acts[acts["cue_class"].notna()], articles, by)
    counts = pd.crosstab([st[c] for c in gcols], st["cue_class"]).reindex(columns=["neutral", "loaded"], fill_value=0)
    loaded = st[st["cue_class"] == "loaded"].groupby(gcols)["cue_lemma"].agg(lambda s: ", ".join(sorted(set(s))))
    out = counts.add_prefix("n_").assign(n_cues=counts.sum(axis=1)).join(loaded.rename("loaded_cues"))
    out = _n_articles(articles, by).merge(out.reset_index(), on=gcols, how="left")
    out[["n_cues", "n_neutral", "n_loaded"]] = out[["n_cues", "n_neutral", "n_loaded"]].fillna(0).astype(int)
    out["share_loaded"] = out["n_loaded"] / out["n_cues"].where(out["n_cues"] > 0)
    out["loaded_cues"] = out["loaded_cues"].fillna("")
    return out[[*gcols, "n_cues", "n_neutral", "n_loaded", "share_loaded", "loaded_cues", "n_articles"]]


def cue_verbs(statements: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "outlet",
              top: int | None = None) -> pd.DataFrame:
    """How often each reporting cue (lemma) introduces a speech act (:func:`compare.speech_acts`)
    in each group, most frequent first (the ``top`` most frequent per group, if given).

    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["RT"]})
    >>> st = pd.DataFrame({"article_id": ["a"] * 3, "cue_lemma": ["say", "say", "claim"],
    ...                    "cue_class": ["neutral", "neutral", "loaded"]})
    >>> cue_verbs(st, arts, top=1)[["cue_lemma", "cue_class", "count"]].values.tolist()
    [['say', 'neutral', 2]]
    """
    gcols = _cols(by)
    acts = compare.speech_acts(statements)
    st = _with_groups(acts[acts["cue_lemma"].notna()], articles, by)
    out = st.groupby([*gcols, "cue_lemma", "cue_class"]).size().rename("count").reset_index()
    out = out.sort_values([*gcols, "count", "cue_lemma"], ascending=[*[True] * len(gcols), False, True],
                          ignore_index=True)
    return out if top is None else out.groupby(gcols, sort=False).head(top).reset_index(drop=True)


# --------------------------------------------------------------------------- reported figures

def figure_kinds(figures: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "outlet") -> pd.DataFrame:
    """Figures per group by kind (one column per kind, most frequent kind first), with the total.

    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["RT", "X"]})
    >>> fg = pd.DataFrame({"article_id": ["a", "a"], "kind": ["date", "count"]})
    >>> figure_kinds(fg, arts).values.tolist()
    [['RT', 1, 1, 2, 1], ['X', 0, 0, 0, 1]]
    """
    gcols = _cols(by)
    fg = _with_groups(figures, articles, by)
    kinds = fg["kind"].astype("string").fillna("unclassified")
    order = sorted(kinds.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))
    wide = pd.crosstab([fg[c] for c in gcols], kinds).reindex(columns=[k for k, _ in order], fill_value=0)
    out = _n_articles(articles, by).merge(wide.assign(total=wide.sum(axis=1)).reset_index(), on=gcols, how="left")
    counts = [c for c in out.columns if c not in (*gcols, "n_articles")]
    out[counts] = out[counts].fillna(0).astype(int)
    out.columns.name = None
    return out[[*gcols, *counts, "n_articles"]]


def qualifiers(figures: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "outlet") -> pd.DataFrame:
    """How figures are hedged per group: each qualifier as written (lower case), its
    class, the kinds of figure it qualifies and how often it occurs.

    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["RT"]})
    >>> fg = pd.DataFrame({"article_id": ["a", "a", "a"], "qualifier": ["Almost", "almost", None],
    ...                    "qualifier_class": ["below"] * 3, "kind": ["vote_share", "electorate", "date"]})
    >>> qualifiers(fg, arts).values.tolist()
    [['RT', 'almost', 'below', 'electorate, vote_share', 2]]
    """
    gcols = _cols(by)
    fg = _with_groups(figures[figures["qualifier"].notna()], articles, by)
    fg = fg.assign(qualifier=fg["qualifier"].str.lower(), qualifier_class=fg["qualifier_class"].fillna(""))
    out = (fg.groupby([*gcols, "qualifier", "qualifier_class"])
           .agg(kinds=("kind", lambda k: ", ".join(sorted(set(k.dropna())))), count=("kind", "size")).reset_index())
    return out.sort_values([*gcols, "count", "qualifier"], ascending=[*[True] * len(gcols), False, True],
                           ignore_index=True)


def results_differences(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Reported percentages (vote shares, turnout, against all) that have an official
    value, with ``difference`` in percentage points and a ``label`` for charts: whose
    share (or which measure) and the figure as written, qualifier included.
    Counts of people (electorate, voters) are left out: they are not percentages.

    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["RT"], "alignment": ["state_aligned"]})
    >>> fg = pd.DataFrame({"article_id": ["a"], "char_start": [0], "text": ["87 percent"], "value": [87.0],
    ...     "unit": ["percent"], "kind": ["vote_share"], "subject": ["lukashenko"], "qualifier": ["almost"],
    ...     "qualifier_class": ["below"], "reference_value": [86.82], "reference_stage": ["preliminary"],
    ...     "deviation": [0.18]})
    >>> results_differences(fg, arts)[["label", "difference"]].values.tolist()
    [['Lukashenko: almost 87%', 0.18]]
    """
    rr = compare.reported_results(figures, articles)
    rr = rr[rr["official_value"].notna() & ~rr["measure"].isin(["electorate", "voters"])]
    what = rr["subject"].fillna("").str.replace("_", " ").str.title().where(
        rr["measure"] == "vote_share", rr["measure"].str.replace("_", " ").str.capitalize())
    written = (rr["qualifier"].fillna("") + " " + rr["reported"].str.replace(" percent", "%")).str.strip()
    return rr.assign(label=(what + ": " + written).astype("string")).reset_index(drop=True)


# --------------------------------------------------------------------------- framing

def rates_by_voice(markers: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "alignment",
                   keys: Sequence[str] = ("lexicon", "category"), **options) -> pd.DataFrame:
    """:func:`compare.rates` split by voice (``outlet`` / ``quoted``), every group ×
    voice × key present: a combination no article has counts 0 (a degenerate interval
    0–0 when the group has enough articles for one, see
    :data:`compare.MIN_ARTICLES_FOR_INTERVAL`). ``options`` go to :func:`compare.rates`
    (``n_boot``, ``seed``, column filters such as ``lexicon=[...]``).

    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "alignment": ["x"] * 3, "n_words": [100] * 3})
    >>> mk = pd.DataFrame({"article_id": ["a"], "lexicon": ["frame"], "category": ["repression"],
    ...                    "voice": ["outlet"]})
    >>> r = rates_by_voice(mk, arts)
    >>> r[["voice", "count", "ci_low", "ci_high", "n_articles", "ci_degenerate"]].values.tolist()
    [['outlet', 1, 0.0, 10.0, 3, False], ['quoted', 0, 0.0, 0.0, 3, True]]
    """
    gcols, keys = _cols(by), list(keys)
    r = compare.rates(markers, articles, by=by, keys=["voice", *keys], **options)
    groups = compare._groups(articles, by).merge(articles[["article_id", "n_words"]], on="article_id")
    sizes = groups.groupby(gcols).agg(words=("n_words", "sum"), n_articles=("article_id", "size")).reset_index()
    found = r[keys].drop_duplicates() if len(r) else pd.DataFrame(columns=keys)
    grid = sizes.merge(pd.DataFrame({"voice": list(VOICES)}), how="cross").merge(found, how="cross")
    out = grid.merge(r.drop(columns=["words", "n_articles"]), on=[*gcols, "voice", *keys], how="left")
    zero = out["count"].isna()
    out.loc[zero, ["count", "rate"]] = 0
    several = zero & (out["n_articles"] >= compare.MIN_ARTICLES_FOR_INTERVAL)
    out.loc[several, ["ci_low", "ci_high"]] = 0.0
    out["ci_degenerate"] = ~(out["ci_low"] < out["ci_high"])  # no interval, or one of zero width
    out = out.astype({"count": int, "words": int, "rate": float, "ci_low": float, "ci_high": float})
    cols = ["voice", *gcols, *keys, "count", "words", "rate", "ci_low", "ci_high", "n_articles", "ci_degenerate"]
    return out[cols].sort_values(["voice", *gcols, *keys], ignore_index=True)


def legitimacy_rates(markers: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "alignment",
                     **options) -> pd.DataFrame:
    """(De)legitimising markers per 1,000 words by group and voice, with bootstrap
    intervals: the polar categories of the legitimacy and recognition lexicons only
    (``sham``, ``refused to recognise`` vs ``landslide``, ``congratulate``), ``direction``
    naming the polarity. Labels and titles of actors (``regime``, ``President``) are not
    judgements of the vote and are counted apart, by :func:`label_rates`.

    >>> arts = pd.DataFrame({"article_id": ["a"], "alignment": ["x"], "n_words": [500]})
    >>> mk = pd.DataFrame({"article_id": ["a"], "lexicon": ["legitimacy"], "category": ["delegitimising"],
    ...                    "polarity": [-1], "voice": ["outlet"]})
    >>> legitimacy_rates(mk, arts)[["voice", "direction", "count", "rate"]].values.tolist()
    [['outlet', 'delegitimising', 1, 2.0], ['quoted', 'delegitimising', 0, 0.0]]
    """
    r = rates_by_voice(markers, articles, by=by, keys=["polarity"], lexicon=list(LEGITIMACY_LEXICONS),
                       polarity=list(DIRECTIONS), **options)
    r.insert(len(_cols(by)) + 1, "direction", r.pop("polarity").astype(int).map(DIRECTIONS).astype("string"))
    return r


def legitimacy_contrast(markers: pd.DataFrame, articles: pd.DataFrame, a: str = "state_aligned",
                        b: str = "western_government", by: str = "alignment") -> pd.DataFrame:
    """Group ``a`` against group ``b``: the (de)legitimising rates of
    :func:`legitimacy_rates`, per voice and direction, with an exact permutation test
    over articles (:func:`compare.contrast`). ``min_p_value`` is the smallest p-value
    these articles could give at all: with one article against two it is 1/3 or more.

    Returns
    -------
    DataFrame
        ``voice``, ``direction`` (string), then the columns of :func:`compare.contrast`.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "alignment": ["x", "y", "y"], "n_words": [500] * 3})
    >>> mk = pd.DataFrame({"article_id": ["a"], "lexicon": ["legitimacy"], "category": ["delegitimising"],
    ...                    "polarity": [-1], "voice": ["outlet"]})
    >>> legitimacy_contrast(mk, arts, "x", "y")[["voice", "direction", "n_a", "n_b", "difference", "p_value"]
    ...                                         ].values.tolist()
    [['outlet', 'delegitimising', 1, 2, 2.0, 0.3333333333333333]]
    """
    parts = []
    for voice in VOICES:
        c = compare.contrast(markers, articles, a, b, by=by, keys=["polarity"], voice=voice,
                             lexicon=list(LEGITIMACY_LEXICONS), polarity=list(DIRECTIONS))
        if len(c):
            c.insert(0, "voice", voice)
            c.insert(1, "direction", c.pop("polarity").astype(int).map(DIRECTIONS))
            parts.append(c)
    if not parts:
        return pd.DataFrame(columns=["voice", "direction", *compare.contrast(
            markers.iloc[:0], articles, a, b, by=by, keys=[]).columns])
    out = pd.concat(parts, ignore_index=True)
    return out.astype({"voice": "string", "direction": "string"})


def label_rates(markers: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "alignment",
                **options) -> pd.DataFrame:
    """Actor labels per 1,000 words by group and voice, with bootstrap intervals: pejorative
    labels (``regime``, ``dictator``) and official titles (``President``, ``incumbent``) as
    two categories, reported apart from the headline :func:`legitimacy_rates`.

    Returns the columns of :func:`rates_by_voice` with ``category`` as key.

    >>> arts = pd.DataFrame({"article_id": ["a"], "alignment": ["x"], "n_words": [500]})
    >>> mk = pd.DataFrame({"article_id": ["a"] * 2, "lexicon": ["actor_label", "legitimacy"],
    ...                    "category": ["official_title", "legitimising"], "voice": ["outlet"] * 2})
    >>> label_rates(mk, arts)[["voice", "category", "count", "rate"]].values.tolist()
    [['outlet', 'official_title', 1, 2.0], ['quoted', 'official_title', 0, 0.0]]
    """
    return rates_by_voice(markers, articles, by=by, keys=["category"], lexicon=[LABEL_LEXICON], **options)


def rates_table(markers: pd.DataFrame, articles: pd.DataFrame, by: str = "alignment", **options) -> pd.DataFrame:
    """Markers per 1,000 words for reading: one row per lexicon × category, one column
    per voice × group, named with the group's number of articles (intervals: see
    :func:`rates_by_voice`).

    >>> arts = pd.DataFrame({"article_id": ["a"], "alignment": ["x"], "n_words": [200]})
    >>> mk = pd.DataFrame({"article_id": ["a"], "lexicon": ["frame"], "category": ["repression"],
    ...                    "voice": ["quoted"]})
    >>> rates_table(mk, arts, n_boot=10).values.tolist()
    [['frame', 'repression', 0.0, 5.0]]
    """
    r = rates_by_voice(markers, articles, by=by, **options)
    r = r.assign(column=r["voice"] + ": " + r[by] + " (n=" + r["n_articles"].astype(str) + ")")
    wide = r.pivot(index=["lexicon", "category"], columns="column", values="rate").reset_index()
    wide.columns.name = None
    return wide


KEYNESS_COLUMNS = ["term", "target_count", "reference_count", "score", "p_value", "n_articles_target",
                   "n_articles_reference"]


def keyness(articles: pd.DataFrame, *, target: str, reference: str, by: str = "alignment", **options) -> pd.DataFrame:
    """:func:`compare.keyness` of the ``target`` group against the ``reference`` group, or an
    empty table with its columns when the corpus lacks either group (a user's corpus may hold
    one group only), so a notebook says so instead of failing.

    >>> keyness(pd.DataFrame({"article_id": ["a"], "alignment": ["x"], "text": ["Vote."]}), target="x", reference="y")
    Empty DataFrame
    Columns: [term, target_count, reference_count, score, p_value, n_articles_target, n_articles_reference]
    Index: []
    """
    present = set(articles[by].dropna()) if by in articles.columns else set()
    if not {target, reference} <= present:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    return compare.keyness(articles, by=by, target=target, reference=reference, **options)


def actor_labels(markers: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "outlet") -> pd.DataFrame:
    """Labels and titles given to actors (``actor_label`` markers) per group: each label
    as written (lower case), its category, voice and how often it occurs.

    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["RT"]})
    >>> mk = pd.DataFrame({"article_id": ["a", "a"], "lexicon": ["actor_label"] * 2, "text": ["Regime", "regime"],
    ...                    "category": ["pejorative_label"] * 2, "voice": ["outlet", "outlet"]})
    >>> actor_labels(mk, arts).values.tolist()
    [['RT', 'pejorative_label', 'regime', 'outlet', 2]]
    """
    gcols = _cols(by)
    mk = _with_groups(markers[markers["lexicon"] == "actor_label"], articles, by)
    mk = mk.assign(label=mk["text"].str.lower().str.split().str.join(" "))
    out = mk.groupby([*gcols, "category", "label", "voice"]).size().rename("count").reset_index()
    return out.sort_values([*gcols, "category", "count", "label"], ascending=[*[True] * (len(gcols) + 1), False, True],
                           ignore_index=True)


# --------------------------------------------------------------------------- style

def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of character spans (overlapping or nested quotations count once).

    >>> _merge_spans([(5, 9), (0, 3), (2, 4), (6, 7)])
    [(0, 4), (5, 9)]
    """
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _count_words(text: str) -> int:
    return len(compare.WORD.findall(text))


def quoted_share(statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: words inside direct and partial quotations (the union of their
    spans), all words, and the share quoted. Both counts use :data:`compare.WORD`.

    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["He said: “We won the vote.” Critics disagree."]})
    >>> st = pd.DataFrame({"article_id": ["a"], "kind": ["direct"], "char_start": [10], "char_end": [26]})
    >>> quoted_share(st, arts).values.tolist()
    [['a', 4, 8, 0.5]]
    """
    quoted = statements[statements["kind"].isin(QUOTED_KINDS)]
    spans = {aid: list(zip(g["char_start"].astype(int), g["char_end"].astype(int)))
             for aid, g in quoted.groupby("article_id")}
    rows = []
    for aid, text in zip(articles["article_id"], articles["text"]):
        n_quoted = sum(_count_words(text[s:e]) for s, e in _merge_spans(spans.get(aid, [])))
        n_words = _count_words(text)
        rows.append({"article_id": aid, "words_quoted": n_quoted, "words": n_words,
                     "share_quoted": n_quoted / n_words if n_words else np.nan})
    return pd.DataFrame(rows, columns=["article_id", "words_quoted", "words", "share_quoted"])


STYLE_MEASURES = ["words_per_sentence", "syllables_per_word", "flesch_reading_ease", "flesch_kincaid_grade",
                  "gunning_fog", "smog_index", "dale_chall_readability_score"]


def style(readability: pd.DataFrame, statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article: length, sentence length, readability scores, the share of
    words in quotations and statements per 1,000 words.

    >>> import belarus_analysis as ba
    >>> arts = ba.from_texts({"a": "He said: “We won.” Critics disagree."}, [{"article_id": "a", "outlet": "X"}])
    >>> st = pd.DataFrame({"article_id": ["a"], "kind": ["direct"], "char_start": [10], "char_end": [17]})
    >>> style(ba.readability(arts), st, arts)[["n_words", "share_quoted", "statements_per_1000_words"]].round(2).to_dict(
    ...     "records")
    [{'n_words': 6, 'share_quoted': 0.33, 'statements_per_1000_words': 166.67}]
    """
    per_article = statements.groupby("article_id").size().rename("n_statements")
    out = (articles[["article_id", "outlet", "alignment"]]
           .merge(readability[["article_id", "n_words", "n_sentences", *STYLE_MEASURES]], on="article_id")
           .merge(quoted_share(statements, articles)[["article_id", "share_quoted"]], on="article_id")
           .merge(per_article, on="article_id", how="left"))
    out["n_statements"] = out["n_statements"].fillna(0).astype(int)
    out["statements_per_1000_words"] = out["n_statements"] / out["n_words"].astype(float) * 1000
    return out


# --------------------------------------------------------------------------- validation

def validation(tables: Mapping[str, pd.DataFrame], names: Sequence[str] = tuple(evaluate.KEYS)) -> pd.DataFrame:
    """Scores of each extracted table against its gold file (:func:`evaluate.evaluate`),
    stacked: ``table``, ``kind`` (the table's key: kind or lexicon; ``all`` = every row),
    span precision/recall/F1 and the attribute accuracies (missing where an attribute
    does not apply). Tables whose articles have no gold rows are left out.

    >>> import belarus_analysis as ba  # doctest: +SKIP
    >>> validation(ba.load_tables())[["table", "kind", "f1"]].head(1)  # doctest: +SKIP
    """
    parts = []
    for name in names:
        if name not in tables:
            continue
        scores = evaluate.evaluate(name, tables[name], tables["articles"])
        if scores.loc[scores[evaluate.KEYS[name]] == "all", "n_gold"].sum():
            parts.append(scores.rename(columns={evaluate.KEYS[name]: "kind"}).assign(table=name))
    if not parts:
        return pd.DataFrame(columns=["table", "kind", "n_gold", "n_pred", "tp", "precision", "recall", "f1"])
    out = pd.concat(parts, ignore_index=True)
    return out[["table", *[c for c in out.columns if c != "table"]]]


def attribute_accuracy(scores: pd.DataFrame) -> pd.DataFrame:
    """The attribute accuracies over all matched rows of each table (the ``all`` rows
    of :func:`validation`), one row per table × applicable attribute.

    >>> s = pd.DataFrame({"table": ["t", "t"], "kind": ["all", "x"], "tp": [2, 1],
    ...                   "speaker_accuracy": [0.5, 1.0], "value_unit_accuracy": [np.nan, np.nan]})
    >>> attribute_accuracy(s).values.tolist()
    [['t', 'speaker', 2, 0.5]]
    """
    acc = [c for c in scores.columns if c.endswith("_accuracy")]
    overall = scores[scores["kind"] == "all"].rename(columns={"tp": "n_matched"})
    long = overall.melt(id_vars=["table", "n_matched"], value_vars=acc, var_name="attribute", value_name="accuracy")
    long["attribute"] = long["attribute"].str.replace(r"_accuracy$", "", regex=True)
    # Stable sort on the table's position keeps the tables' and, within one, the attributes' order.
    position = {t: i for i, t in enumerate(overall["table"])}
    long = long.dropna(subset=["accuracy"]).sort_values("table", key=lambda t: t.map(position), kind="stable")
    return long[["table", "attribute", "n_matched", "accuracy"]].reset_index(drop=True)
