"""Compare outlets: marker rates with bootstrap intervals, keyness, concordances,
name transliterations, and who is given a voice.

Every grouped output carries ``n_articles`` (articles in the group). The seed corpus
has five articles, so a group holds one to three of them: read the numbers as a
description of those articles, not as estimates for an outlet or an alignment. A
bootstrap over fewer than :data:`MIN_ARTICLES_FOR_INTERVAL` articles only reshuffles the
same one or two values, so no interval is given for such a group (``ci_low``/``ci_high``
missing, ``ci_degenerate`` true); an interval of zero width (every resample gives the
same rate, e.g. no article has the marker) is flagged ``ci_degenerate`` too. For a
contrast of two groups, :func:`permutation_test` gives an exact p-value over articles,
with the smallest p-value the design could give at all.

``reported_results`` (figures reported next to the official results) is re-exported
from :mod:`belarus_analysis.extract.figures.reference`.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from .. import config
from .. import nlp as nlp_mod
from ..cache import DocCache
from ..extract.figures.reference import reported_results

__all__ = ["contrast", "keyness", "kwic", "name_forms", "permutation_test", "rates", "reported_results", "tokens",
           "voices"]

MISSING = "(none)"  # label of articles whose grouping column is empty
# Fewer articles than this: no bootstrap interval (two articles give at most three distinct resampled rates).
MIN_ARTICLES_FOR_INTERVAL = 3
# Exact permutation tests enumerate every labelling up to this many; beyond it, a seeded random sample of them.
MAX_EXACT_PERMUTATIONS = 200_000
SYSTEMS = ("belarusian", "russian", "english")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _groups(articles: pd.DataFrame, by: str | Sequence[str]) -> pd.DataFrame:
    """``article_id`` plus the grouping columns as strings (empty -> ``(none)``)."""
    cols = [by] if isinstance(by, str) else list(by)
    if "article_id" in cols:
        # article_id is the join key of every table; group by a per-article column instead.
        raise ValueError("by='article_id' is not supported: use by='source_file' for one group per article")
    out = articles[["article_id", *cols]].reset_index(drop=True)
    for c in cols:
        out[c] = out[c].astype("string").fillna(MISSING)
    return out


def _n_articles(groups: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    return groups.groupby(cols).size().rename("n_articles").reset_index()


# --------------------------------------------------------------------------- rates

def _select(markers: pd.DataFrame, voice: str | None, filters: dict) -> pd.DataFrame:
    unknown = [k for k in filters if k not in markers.columns]
    if unknown:
        # A mistyped option (``nboot``) lands in ``filters``: say so instead of a bare KeyError.
        hints = {k: difflib.get_close_matches(k, [*markers.columns, *_RATE_OPTIONS], n=1) for k in unknown}
        said = "; ".join(f"{k!r}" + (f" (did you mean {h[0]!r}?)" if h else "") for k, h in hints.items())
        raise TypeError(f"unknown option or markers column {said}; filter columns: {list(markers.columns)}")
    keep = pd.Series(True, index=markers.index)
    if voice is not None:
        keep &= markers["voice"] == voice
    for col, val in filters.items():
        vals = [val] if isinstance(val, (str, int, float)) else list(val)
        keep &= markers[col].isin(vals)
    return markers[keep.fillna(False)]


def _bootstrap(counts: np.ndarray, words: np.ndarray, per: float, n_boot: int, level: float,
               rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of sum(counts)/sum(words)·per, resampling articles (rows)."""
    idx = rng.integers(0, len(words), size=(n_boot, len(words)))
    w = words[idx].sum(axis=1)
    r = counts[idx].sum(axis=1) / np.where(w > 0, w, np.nan)[:, None] * per
    tail = (1 - level) / 2 * 100
    return np.nanpercentile(r, tail, axis=0), np.nanpercentile(r, 100 - tail, axis=0)


def _per_article(markers: pd.DataFrame, articles: pd.DataFrame, groups: pd.DataFrame, voice: str | None,
                 keys: list[str], filters: dict) -> tuple[pd.DataFrame | None, np.ndarray]:
    """Markers per article (rows in the order of ``groups``) × key (columns), and each
    article's ``n_words``; ``None`` for the table when no marker is selected."""
    words = articles.set_index("article_id")["n_words"].reindex(groups["article_id"]).fillna(0).to_numpy(float)
    chosen = _select(markers, voice, filters)
    if chosen.empty:
        return None, words
    table = (chosen.groupby(["article_id", *keys]).size().unstack(keys, fill_value=0)
             .reindex(groups["article_id"], fill_value=0))
    return table, words


_RATE_OPTIONS = ("by", "per", "voice", "keys", "n_boot", "level", "seed")


def rates(markers: pd.DataFrame, articles: pd.DataFrame, *, by: str | Sequence[str] = "alignment",
          per: float = 1000, voice: str | None = None, keys: Sequence[str] = ("lexicon", "category"),
          n_boot: int = 2000, level: float = 0.95, seed: int = 0, **filters) -> pd.DataFrame:
    """Markers per ``per`` words for each group of articles × ``keys``.

    ``by`` is any articles column (or list); ``voice`` keeps ``outlet`` or ``quoted``
    markers; ``filters`` keep markers whose column equals a value or is in a list
    (``target_actor_id="lukashenko"``); ``keys`` may add ``polarity``. Rows: ``count``,
    ``words`` (the group's ``n_words``), ``rate`` = count / words × per, a percentile
    bootstrap interval ``ci_low``/``ci_high`` at ``level`` (``n_boot`` resamples of the
    group's articles with replacement — the article is the resampling unit, because
    markers within an article are not independent — seeded by ``seed``), and
    ``n_articles``. A key absent from a group counts 0. With fewer than
    :data:`MIN_ARTICLES_FOR_INTERVAL` articles there is no interval (missing bounds);
    ``ci_degenerate`` is true then and when the interval has zero width.

    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "alignment": ["x", "x", "x", "y"],
    ...                      "n_words": [100, 300, 200, 200]})
    >>> mk = pd.DataFrame({"article_id": ["a", "a", "b", "c", "d"], "lexicon": ["frame"] * 5,
    ...                    "category": ["repression"] * 4 + ["sham"], "voice": ["outlet"] * 5})
    >>> r = rates(mk, arts)
    >>> r[["alignment", "category", "count", "words", "n_articles"]].values.tolist()
    [['x', 'repression', 4, 600, 3], ['x', 'sham', 0, 600, 3], ['y', 'repression', 0, 200, 1], ['y', 'sham', 1, 200, 1]]
    >>> r["rate"].round(2).tolist(), r["ci_degenerate"].tolist()
    ([6.67, 0.0, 0.0, 5.0], [False, True, True, True])
    >>> bool(r.loc[0, "ci_low"] <= r.loc[0, "rate"] <= r.loc[0, "ci_high"]), float(r.loc[1, "ci_high"])
    (True, 0.0)
    >>> pd.isna(r.loc[3, "ci_low"])
    True
    """
    groups = _groups(articles, by)
    gcols = list(groups.columns[1:])
    keys = list(keys)
    columns = [*gcols, *keys, "count", "words", "rate", "ci_low", "ci_high", "n_articles", "ci_degenerate"]
    table, words = _per_article(markers, articles, groups, voice, keys, filters)
    if table is None:
        return pd.DataFrame(columns=columns)
    matrix = table.to_numpy(float)
    rows = []
    for g, (name, members) in enumerate(groups.groupby(gcols, sort=True)):
        pos = members.index.to_numpy()
        counts, w = matrix[pos], words[pos]
        lo = hi = np.full(table.shape[1], np.nan)
        if len(pos) >= MIN_ARTICLES_FOR_INTERVAL:
            lo, hi = _bootstrap(counts, w, per, n_boot, level, np.random.default_rng([seed, g]))
        name = name if isinstance(name, tuple) else (name,)
        for k, key in enumerate(table.columns):
            key = key if isinstance(key, tuple) else (key,)
            total = counts[:, k].sum()
            rows.append({**dict(zip(gcols, name)), **dict(zip(keys, key)), "count": int(total),
                         "words": int(w.sum()), "rate": total / w.sum() * per if w.sum() else np.nan,
                         "ci_low": lo[k], "ci_high": hi[k], "n_articles": len(pos),
                         "ci_degenerate": not lo[k] < hi[k]})  # no interval (NaN) or zero width
    out = pd.DataFrame(rows, columns=columns)
    out.attrs.update(per=per, level=level, n_boot=n_boot, seed=seed)
    return out.sort_values([*gcols, *keys], ignore_index=True)


# --------------------------------------------------------------------------- permutation test

def permutation_test(counts: Sequence[float], words: Sequence[float], in_a: Sequence[bool], *, per: float = 1000,
                     max_exact: int = MAX_EXACT_PERMUTATIONS, seed: int = 0) -> dict:
    """Two-sided permutation test of the difference in pooled rate between two groups
    of articles, permuting the group labels over articles.

    The statistic is sum(counts)/sum(words)·``per`` of group A minus that of group B.
    Every assignment of the group labels to the articles (the size of A kept) is
    enumerated when there are at most ``max_exact`` of them, so the p-value is exact;
    otherwise ``max_exact`` assignments are drawn at random (seeded by ``seed``) and
    ``exact`` is false. ``p_value`` is the share of assignments whose absolute
    difference is at least the observed one (the observed assignment included).
    ``min_p_value`` is the smallest p-value any assignment of these articles could give:
    with 2 articles against 1 it is 1/3 or more, so no contrast of them can reach 0.05.

    Parameters
    ----------
    counts, words : sequence of float
        One value per article: markers counted and words in the article.
    in_a : sequence of bool
        One flag per article: true for group A, false for group B.
    per : float, default 1000
        Rates per this many words.
    max_exact : int, default :data:`MAX_EXACT_PERMUTATIONS`
        The largest number of assignments enumerated exhaustively.
    seed : int, default 0
        Seed of the random assignments when there are more than ``max_exact``.

    Returns
    -------
    dict
        ``n_a``, ``n_b`` (int, articles), ``rate_a``, ``rate_b`` (float, per ``per``
        words), ``difference`` (float, rate_a − rate_b), ``p_value``, ``min_p_value``
        (float), ``n_permutations`` (int) and ``exact`` (bool).

    Raises
    ------
    ValueError
        If the inputs differ in length or either group is empty.

    Examples
    --------
    >>> t = permutation_test([5, 6, 1, 0], [100, 100, 100, 100], [True, True, False, False])
    >>> t["difference"], t["n_permutations"], round(t["p_value"], 3), round(t["min_p_value"], 3)
    (50.0, 6, 0.333, 0.333)
    """
    counts, words = np.asarray(counts, float), np.asarray(words, float)
    in_a = np.asarray(in_a, bool)
    if not len(counts) == len(words) == len(in_a):
        raise ValueError(f"counts, words and in_a differ in length: {len(counts)}, {len(words)}, {len(in_a)}")
    n, n_a = len(in_a), int(in_a.sum())
    if n_a in (0, n):
        raise ValueError(f"both groups need at least one article (group A has {n_a} of {n})")
    total = math.comb(n, n_a)
    exact = total <= max_exact
    if exact:
        members = np.array(list(itertools.combinations(range(n), n_a)))
        labels = np.zeros((total, n), bool)
        labels[np.repeat(np.arange(total), n_a), members.ravel()] = True
    else:
        rng = np.random.default_rng(seed)
        labels = np.array([rng.permutation(in_a) for _ in range(max_exact)])
    labels = np.vstack([in_a, labels])  # the observed assignment first
    diff = _pooled(labels, counts, words, per) - _pooled(~labels, counts, words, per)
    observed, others = diff[0], diff[1:]
    # A tolerance, so that ties in floating point count as ties.
    tol = 1e-9 * max(1.0, float(np.nanmax(np.abs(diff))))
    p = float(np.mean(np.abs(others) >= abs(observed) - tol))
    min_p = float(np.mean(np.abs(others) >= np.nanmax(np.abs(others)) - tol))
    return {"n_a": n_a, "n_b": n - n_a, "rate_a": float(_pooled(in_a[None], counts, words, per)[0]),
            "rate_b": float(_pooled(~in_a[None], counts, words, per)[0]), "difference": float(observed),
            "p_value": p, "min_p_value": min_p, "n_permutations": len(others), "exact": exact}


def _pooled(labels: np.ndarray, counts: np.ndarray, words: np.ndarray, per: float) -> np.ndarray:
    """Pooled rate of the articles marked in each row of ``labels``."""
    w = labels @ words
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(w > 0, (labels @ counts) / w * per, np.nan)


def contrast(markers: pd.DataFrame, articles: pd.DataFrame, a: str, b: str, *, by: str = "alignment",
             keys: Sequence[str] = ("lexicon", "category"), voice: str | None = None, per: float = 1000,
             **filters) -> pd.DataFrame:
    """Group ``a`` against group ``b`` of column ``by``: marker rates per ``per`` words
    of each, their difference and an exact permutation test over articles
    (:func:`permutation_test`), for each combination of ``keys`` (``voice`` and
    ``filters`` select markers as in :func:`rates`).

    Parameters
    ----------
    markers, articles : DataFrame
        The markers and articles tables.
    a, b : str
        The two groups (values of ``by``).
    by : str, default "alignment"
        The articles column whose groups are compared.
    keys : sequence of str, default ("lexicon", "category")
        Marker columns; one test per combination present.
    voice : str, optional
        ``outlet`` or ``quoted`` to keep only that voice.
    per : float, default 1000
        Rates per this many words.
    **filters
        Marker column = value or list of values.

    Returns
    -------
    DataFrame
        ``keys``, then ``group_a``, ``group_b`` (string), ``n_a``, ``n_b`` (int,
        articles), ``rate_a``, ``rate_b``, ``difference`` (float, per ``per`` words),
        ``p_value``, ``min_p_value`` (float), ``n_permutations`` (int), ``exact`` (bool).

    Raises
    ------
    ValueError
        If ``a`` or ``b`` has no article.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": list("abcd"), "alignment": ["x", "x", "y", "y"], "n_words": [100] * 4})
    >>> mk = pd.DataFrame({"article_id": ["a", "b", "b"], "lexicon": ["frame"] * 3, "category": ["sham"] * 3})
    >>> contrast(mk, arts, "x", "y")[["category", "n_a", "n_b", "difference", "p_value", "min_p_value"]].round(
    ...     3).values.tolist()
    [['sham', 2, 2, 15.0, 0.333, 0.333]]
    """
    groups = _groups(articles, by)
    keys = list(keys)
    for name in (a, b):
        if not (groups[by] == name).any():
            raise ValueError(f"no article has {by}={name!r} (groups: {sorted(groups[by].unique())})")
    both = groups[groups[by].isin([a, b])].reset_index(drop=True)
    columns = [*keys, "group_a", "group_b", "n_a", "n_b", "rate_a", "rate_b", "difference", "p_value", "min_p_value",
               "n_permutations", "exact"]
    table, words = _per_article(markers, articles, both, voice, keys, filters)
    if table is None:
        return pd.DataFrame(columns=columns)
    in_a = (both[by] == a).to_numpy()
    rows = []
    for key in table.columns:
        key = key if isinstance(key, tuple) else (key,)
        test = permutation_test(table[key if len(keys) > 1 else key[0]].to_numpy(float), words, in_a, per=per)
        rows.append({**dict(zip(keys, key)), "group_a": a, "group_b": b, **test})
    return pd.DataFrame(rows, columns=columns).sort_values(keys, ignore_index=True)


# --------------------------------------------------------------------------- keyness

def _content_lemmas(doc) -> list[str]:
    return [t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and t.lemma_.lower() not in STOP_WORDS]


def tokens(texts: Iterable[str], unit: str = "lemma", *, cache: bool | Path | str = True) -> list[list[str]]:
    """Lower-case content tokens of each text, stop words and punctuation removed.

    ``unit="lemma"``: spaCy lemmas, taken from the docs the build cached (``cache``: True for
    the build's default folder ``data/processed/cache/``, or the folder given to
    ``build(cache=...)``; False: none), so an article the build parsed is not parsed
    again. Texts not in the cache are parsed with the tagger and lemmatizer only (parser and
    NER disabled; the lemmas are the same) and not stored. ``unit="word"``: the regex
    ``WORD`` (letters, inner hyphens and apostrophes), no model needed.

    >>> tokens(["The elections were rigged, critics said."], unit="word")
    [['elections', 'rigged', 'critics', 'said']]
    >>> tokens(["The elections were rigged, critics said."], cache=False)
    [['election', 'rig', 'critic']]
    """
    texts = list(texts)
    if unit == "word":
        return [[w for w in (m.lower() for m in WORD.findall(t)) if w not in STOP_WORDS] for t in texts]
    if unit != "lemma":
        raise ValueError(f"unit must be 'lemma' or 'word', got {unit!r}")
    nlp = nlp_mod.load_pipeline()
    docs = DocCache(nlp, config.CACHE if cache is True else cache) if cache else None
    lemmas: dict[int, list[str]] = {}
    for i, text in enumerate(texts):
        if docs is not None and (doc := docs.get(text)) is not None:
            lemmas[i] = _content_lemmas(doc)
    todo = [i for i in range(len(texts)) if i not in lemmas]
    off = [p for p in ("parser", "ner") if p in nlp.pipe_names]
    for i, doc in zip(todo, nlp.pipe((texts[i] for i in todo), disable=off)):
        lemmas[i] = _content_lemmas(doc)
    return [lemmas[i] for i in range(len(texts))]


def _g2(a: np.ndarray, b: np.ndarray, n1: float, n2: float) -> np.ndarray:
    """Log-likelihood G² of the 2×2 table [[a, n1-a], [b, n2-b]] (Dunning 1993)."""
    obs = np.stack([a, n1 - a, b, n2 - b])
    tot = n1 + n2
    exp = np.stack([n1 * (a + b), n1 * (tot - a - b), n2 * (a + b), n2 * (tot - a - b)]) / tot
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(obs > 0, obs * np.log(obs / exp), 0.0)
    return 2 * terms.sum(axis=0)


def _chi2(a: np.ndarray, b: np.ndarray, n1: float, n2: float) -> np.ndarray:
    """Pearson χ² of the same 2×2 table, without continuity correction."""
    c, d, tot = n1 - a, n2 - b, n1 + n2
    return tot * (a * d - b * c) ** 2 / (n1 * n2 * (a + b) * (c + d))


def _log_odds(a: np.ndarray, b: np.ndarray, n1: float, n2: float, prior: float) -> np.ndarray:
    """z-score of the log-odds ratio with an informative Dirichlet prior (Monroe,
    Colaresi & Quinn 2008, eq. 16–22): α_w = prior · (a+b)/(n1+n2), α0 = prior."""
    alpha = prior * (a + b) / (n1 + n2)
    delta = np.log((a + alpha) / (n1 + prior - a - alpha)) - np.log((b + alpha) / (n2 + prior - b - alpha))
    return delta / np.sqrt(1 / (a + alpha) + 1 / (b + alpha))


def _as_list(v: str | Iterable[str]) -> list[str]:
    return [v] if isinstance(v, str) else list(v)


def _flat(s: str) -> str:
    """Whitespace runs (line breaks included) as one space, for one-line KWIC context."""
    return re.sub(r"\s+", " ", s)


def keyness(articles: pd.DataFrame, by: str = "alignment", target: str | Sequence[str] = "state_aligned",
            reference: str | Sequence[str] | None = None, measure: str = "g2", min_count: int = 3,
            unit: str = "lemma", prior: float = 1000.0, *, cache: bool | Path | str = True) -> pd.DataFrame:
    """Terms over-used in the ``target`` group(s) of column ``by`` against ``reference``
    (default: all other articles).

    ``measure``: ``g2`` (log-likelihood G², Dunning 1993) or ``chi2`` (Pearson χ²), both
    on the 2×2 table term/other tokens × target/reference, p-value from χ² with 1 d.f.;
    or ``log_odds`` (log-odds ratio with informative Dirichlet prior, Monroe et al. 2008),
    whose score is a z-score (two-sided normal p-value). Scores are signed: positive =
    relatively more frequent in the target. Terms with target + reference count below
    ``min_count`` are left out. Tokens: see :func:`tokens` (lemmas come from the docs the
    build cached in ``cache``, parsed only when missing).

    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "alignment": ["x", "y"],
    ...                      "text": ["regime regime regime vote", "vote vote vote regime"]})
    >>> k = keyness(arts, target="x", min_count=1, unit="word")
    >>> k[["term", "target_count", "reference_count", "n_articles_target"]].values.tolist()
    [['regime', 3, 1, 1], ['vote', 1, 3, 1]]
    >>> round(float(k.loc[0, "score"]), 3), round(float(k.loc[0, "p_value"]), 3)
    (2.093, 0.148)
    """
    if measure not in ("g2", "chi2", "log_odds"):
        raise ValueError(f"measure must be 'g2', 'chi2' or 'log_odds', got {measure!r}")
    group = articles[by].astype("string")
    in_target = group.isin(_as_list(target)).fillna(False)
    in_ref = ~in_target if reference is None else group.isin(_as_list(reference)).fillna(False)
    used = (in_target | in_ref).to_numpy(bool)  # only the compared articles are tokenised
    toks = tokens(articles["text"][used], unit, cache=cache)
    t_counts = Counter(w for ts, keep in zip(toks, in_target.to_numpy(bool)[used]) if keep for w in ts)
    r_counts = Counter(w for ts, keep in zip(toks, in_ref.to_numpy(bool)[used]) if keep for w in ts)
    terms = sorted(w for w in set(t_counts) | set(r_counts) if t_counts[w] + r_counts[w] >= min_count)
    a = np.array([t_counts[w] for w in terms], float)
    b = np.array([r_counts[w] for w in terms], float)
    n1, n2 = float(sum(t_counts.values())), float(sum(r_counts.values()))
    if not n1 or not n2:
        raise ValueError(f"no tokens in the {'target' if not n1 else 'reference'} articles ({by}={target!r})")
    if measure == "log_odds":
        score = _log_odds(a, b, n1, n2, prior)
        p = np.array([math.erfc(abs(z) / math.sqrt(2)) for z in score])
    else:
        stat = _g2(a, b, n1, n2) if measure == "g2" else _chi2(a, b, n1, n2)
        score = np.sign(a / n1 - b / n2) * stat
        p = np.array([math.erfc(math.sqrt(max(s, 0) / 2)) for s in stat])  # χ² survival function, 1 d.f.
    out = pd.DataFrame({"term": terms, "target_count": a.astype(int), "reference_count": b.astype(int),
                        "score": score, "p_value": p, "n_articles_target": int(in_target.sum()),
                        "n_articles_reference": int(in_ref.sum())})
    out.attrs.update(measure=measure, target_tokens=int(n1), reference_tokens=int(n2))
    return out.sort_values(["score", "term"], ascending=[False, True], ignore_index=True)


# --------------------------------------------------------------------------- kwic

def _pattern(query: str) -> re.Pattern:
    """Words in order, any non-word characters between them; ``*`` inside a word is any
    letters, a lone ``*`` any one word.

    >>> _pattern("free * fair").pattern
    '(?<!\\\\w)free\\\\W+\\\\w+\\\\W+fair(?!\\\\w)'
    """
    parts = [r"\w+" if w == "*" else r"\w*".join(re.escape(p) for p in w.split("*")) for w in query.split()]
    return re.compile(r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)", re.IGNORECASE)


def kwic(articles: pd.DataFrame, pattern: str, window: int = 40) -> pd.DataFrame:
    """Keyword in context: every match of ``pattern`` with up to ``window`` characters
    each side, cut back to whole words.

    ``pattern`` is one or more words; ``*`` is a wildcard (``recogni*``, ``free * fair``).
    ``left``/``right`` have white space collapsed for reading and start or end at a word
    boundary (a context that reaches the start or end of the text is kept whole);
    ``char_start``/``char_end`` are offsets into ``articles.text``. ``outlet`` is added
    when ``articles`` has one, so a reader sees where a line comes from.

    >>> arts = pd.DataFrame({"article_id": ["a"],
    ...                      "text": ["They refuse to recognise it; we recognized the free and fair vote."]})
    >>> kwic(arts, "recogni*", window=10)[["left", "match", "right"]].values.tolist()
    [['refuse to ', 'recognise', ' it; we '], [' it; we ', 'recognized', ' the free ']]
    >>> kwic(arts, "free * fair")[["match", "char_start", "char_end"]].values.tolist()
    [['free and fair', 47, 60]]
    """
    rx = _pattern(pattern)
    rows = []
    outlets = articles["outlet"] if "outlet" in articles.columns else pd.Series([pd.NA] * len(articles))
    for aid, outlet, text in zip(articles["article_id"], outlets, articles["text"]):
        for m in rx.finditer(text):
            start, end = max(0, m.start() - window), min(len(text), m.end() + window)
            # Where the window cuts a word in two, drop the piece (to the next white space).
            if 0 < start < m.start() and text[start - 1].isalnum() and text[start].isalnum():
                start = min(m.start(), start + len(re.match(r"\S*", text[start:m.start()]).group()))
            if m.end() < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                end = max(m.end(), end - len(re.search(r"\S*$", text[m.end():end]).group()))
            left, right = _flat(text[start:m.start()]), _flat(text[m.end():end])
            rows.append({"article_id": aid, "outlet": outlet, "left": left, "match": m.group(), "right": right,
                         "char_start": m.start(), "char_end": m.end()})
    columns = ["article_id", "outlet", "left", "match", "right", "char_start", "char_end"]
    out = pd.DataFrame(rows, columns=columns)
    return out if "outlet" in articles.columns else out.drop(columns="outlet")


# --------------------------------------------------------------------------- name forms and voices

def name_forms(markers: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "outlet") -> pd.DataFrame:
    """Share of each transliteration system among the name tokens of each group
    (``name_form`` markers), with ``n_mentions`` (name tokens) and ``n_articles``.

    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["RT", "RFE/RL"]})
    >>> mk = pd.DataFrame({"article_id": ["a", "b", "b"], "lexicon": ["name_form"] * 3,
    ...                    "category": ["russian", "belarusian", "russian"]})
    >>> name_forms(mk, arts)[["outlet", "system", "count", "share", "n_articles"]].values.tolist()[:3]
    [['RFE/RL', 'belarusian', 1, 0.5, 1], ['RFE/RL', 'russian', 1, 0.5, 1], ['RFE/RL', 'english', 0, 0.0, 1]]
    """
    groups = _groups(articles, by)
    gcols = list(groups.columns[1:])
    names = markers.loc[markers["lexicon"] == "name_form", ["article_id", "category"]].merge(groups, on="article_id")
    counts = names.groupby([*gcols, "category"]).size().rename("count").reset_index()
    systems = [*SYSTEMS, *sorted(set(names["category"]) - set(SYSTEMS))]
    out = (_n_articles(groups, gcols).merge(pd.DataFrame({"system": systems}), how="cross")
           .merge(counts.rename(columns={"category": "system"}), on=[*gcols, "system"], how="left"))
    out["count"] = out["count"].fillna(0).astype(int)
    out["n_mentions"] = out.groupby(gcols)["count"].transform("sum")
    out["share"] = out["count"] / out["n_mentions"].where(out["n_mentions"] > 0)
    return out[[*gcols, "system", "count", "share", "n_mentions", "n_articles"]]


def speech_acts(statements: pd.DataFrame) -> pd.DataFrame:
    """The top-level rows of a statements table: one per speech act. A row with a
    ``parent_statement_id`` (a partial quotation inside a reported statement, the second
    piece of a quotation interrupted by its attribution) is part of its parent's speech act.

    >>> st = pd.DataFrame({"statement_id": ["a:S000", "a:S001"], "parent_statement_id": [None, "a:S000"]})
    >>> speech_acts(st)["statement_id"].tolist()
    ['a:S000']
    """
    if "parent_statement_id" not in statements.columns:
        return statements
    return statements[statements["parent_statement_id"].isna()]


def voices(statements: pd.DataFrame, articles: pd.DataFrame, by: str | Sequence[str] = "alignment",
           who: str = "actor_group") -> pd.DataFrame:
    """Who is given a voice: speech acts and words quoted per speaker group (column ``who``
    of the statements table; unresolved speakers are ``unresolved``) in each group of
    articles. ``n_*`` count speech acts (:func:`speech_acts`: top-level rows, so a partial
    quotation inside a reported statement is not a second one); ``words_quoted`` counts the
    words of every direct and partial quotation, nested ones included (the speaker's own
    words); ``share_*`` are shares within the article group.

    >>> arts = pd.DataFrame({"article_id": ["a"], "alignment": ["x"]})
    >>> st = pd.DataFrame({"article_id": ["a", "a", "a"], "kind": ["direct", "indirect", "partial"],
    ...                    "text": ["We won the vote.", "the vote was fair", "fair"],
    ...                    "actor_group": ["belarus_government", "belarus_government", None]})
    >>> v = voices(st, arts)
    >>> v[["actor_group", "n_statements", "n_direct", "words_quoted", "share_statements"]].values.tolist()
    [['belarus_government', 2, 1, 4, 0.6666666666666666], ['unresolved', 1, 0, 1, 0.3333333333333333]]
    """
    groups = _groups(articles, by)
    gcols = list(groups.columns[1:])
    st = statements.merge(groups, on="article_id")
    st = st.assign(**{who: st[who].astype("string").fillna("unresolved"),
                      "words": st["text"].map(lambda t: len(str(t).split())).where(st["kind"] != "indirect", 0)})
    acts = speech_acts(st)
    kinds = pd.crosstab([acts[c] for c in [*gcols, who]], acts["kind"]).reindex(
        columns=["direct", "partial", "indirect"], fill_value=0).add_prefix("n_")
    out = kinds.assign(n_statements=kinds.sum(axis=1),
                       words_quoted=st.groupby([*gcols, who])["words"].sum()).fillna({"words_quoted": 0}).reset_index()
    for col, share in (("n_statements", "share_statements"), ("words_quoted", "share_words_quoted")):
        total = out.groupby(gcols)[col].transform("sum")
        out[share] = out[col] / total.where(total > 0)
    out = out.merge(_n_articles(groups, gcols), on=gcols)
    return out[[*gcols, who, "n_statements", "n_direct", "n_partial", "n_indirect", "words_quoted",
                "share_statements", "share_words_quoted", "n_articles"]]
