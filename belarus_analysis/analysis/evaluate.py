"""Score extracted tables against hand-coded gold data (``data/gold/*.csv``).

Gold rows name their evidence by exact text and occurrence in the *raw* file
(see ``data/gold/README.md``); :func:`load_gold` locates each in the cleaned
article text, so gold and predictions share offsets.

Gold sets: the seeds (``data/gold/*.csv``, in-sample: the rules were written looking at
them) and the held-out sets (``data/gold/heldout*/``: real articles coded blind by a separate
coder and frozen before rule changes; see each folder's README). :func:`heldout` scores a
held-out set (or several pooled), :func:`headline` puts every held-out set and their pool next to
the seeds (held-out first: it is the figure to quote). Sets whose errors the rules were tuned on
move to ``data/gold/dev_set_*/`` (:func:`development_sets`, in-sample). A set coded a second time,
independently (``data/gold/reliability/<set>/``), gives the coders' agreement (:func:`agreement`): the
ceiling the extractor's scores are read against. For statements the held-out gold also scores speech acts only
(``top-level``: rows without a parent, ``parent_gold_id`` / ``parent_statement_id``)
and the speaker's actor group (``actor_group_accuracy``, over gold rows that name a group).

Matching rule: a predicted row matches a gold row of the same article when
their spans overlap by at least ``min_overlap`` (default 0.5) of the gold
span's characters; each row matches at most once (largest overlap first).
``exact`` scores require identical offsets. Attribute accuracies (speaker,
cue, value, kind, voice…) are computed over matched pairs.

>>> p = pd.DataFrame({"article_id": ["a"], "char_start": [0], "char_end": [10]})
>>> g = pd.DataFrame({"article_id": ["a"], "char_start": [2], "char_end": [10]})
>>> span_scores(p, g)["f1"], span_scores(p, g, exact=True)["f1"]
(1.0, 0.0)
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from .. import config
from ..errors import GoldError

KEYS = {"statements": "kind", "figures": "kind", "markers": "lexicon"}


# --------------------------------------------------------------------------- gold

def _raw_to_clean(raw: str, clean: str) -> Callable[[int], int | None]:
    """Map raw character offsets to cleaned-text offsets (None if the char was removed)."""
    sm = difflib.SequenceMatcher(None, raw, clean, autojunk=False)
    blocks = sm.get_matching_blocks()

    def f(i: int) -> int | None:
        for a, b, n in blocks:
            if a <= i < a + n:
                return b + (i - a)
        return None

    return f


def _nth(haystack: str, needle: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_gold(table: str, articles: pd.DataFrame, path: Path | None = None, *,
              texts: Path | None = None) -> pd.DataFrame:
    """Gold rows for ``table`` with ``char_start``/``char_end`` in each article's clean text.

    Only articles present in ``articles`` are kept; raw texts are read from ``texts``
    (default ``config.SEEDS``) by each article's ``source_file``. Raises :class:`GoldError`
    when a row's text is not found at its occurrence or falls in removed (cleaned) text.
    """
    path = Path(path or config.GOLD / f"{table}.csv")
    texts_dir = Path(texts or config.SEEDS)
    gold = pd.read_csv(path, dtype="string", keep_default_na=False)
    gold["occurrence"] = pd.to_numeric(gold["occurrence"].replace("", "1")).astype(int)
    texts = dict(zip(articles["article_id"], articles["text"]))
    raws = {}
    starts, ends = [], []
    gold = gold[gold["article_id"].isin(texts)].reset_index(drop=True)
    for i, row in gold.iterrows():
        aid = row["article_id"]
        if aid not in raws:
            src = articles.loc[articles["article_id"] == aid, "source_file"].iloc[0]
            raw = (texts_dir / src).read_text(encoding="utf-8") if pd.notna(src) else texts[aid]
            raws[aid] = (raw, _raw_to_clean(raw, texts[aid]))
        raw, to_clean = raws[aid]
        at = _nth(raw, row["text"], row["occurrence"])
        s = to_clean(at) if at >= 0 else None
        if s is None or texts[aid][s:s + len(row["text"])] != row["text"]:
            raise GoldError(f"{path}:{i + 2}: {row['text']!r} (occurrence {row['occurrence']}) "
                            f"not found in the clean text of {aid}")
        starts.append(s)
        ends.append(s + len(row["text"]))
    gold["char_start"] = pd.array(starts, dtype="Int64")
    gold["char_end"] = pd.array(ends, dtype="Int64")
    return gold


# --------------------------------------------------------------------------- matching

def match(pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = 0.5,
          exact: bool = False, prefer: str | None = None) -> list[tuple[int, int]]:
    """Pairs ``(pred index, gold index)`` matched one-to-one: candidates that agree on
    column ``prefer`` (e.g. kind) first, then by intersection over union."""
    cands = []
    for aid, g in gold.groupby("article_id"):
        p = pred[pred["article_id"] == aid]
        for gi, gs, ge in zip(g.index, g["char_start"], g["char_end"]):
            for pi, ps, pe in zip(p.index, p["char_start"], p["char_end"]):
                same = bool(prefer) and _same(pred.at[pi, prefer], gold.at[gi, prefer])
                if exact:
                    if (ps, pe) == (gs, ge):
                        cands.append((same, 1.0, pi, gi))
                    continue
                ov = min(pe, ge) - max(ps, gs)
                if ov > 0 and ov >= min_overlap * (ge - gs):
                    cands.append((same, ov / (max(pe, ge) - min(ps, gs)), pi, gi))
    used_p, used_g, pairs = set(), set(), []
    for *_, pi, gi in sorted(cands, key=lambda c: (-c[0], -c[1])):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"n_gold": n_gold, "n_pred": n_pred, "tp": tp, "precision": p, "recall": r, "f1": f}


def span_scores(pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = 0.5, exact: bool = False,
                prefer: str | None = None) -> dict:
    """Precision, recall and F1 of spans (see the module docstring for the rule)."""
    return _prf(len(match(pred, gold, min_overlap, exact, prefer)), len(pred), len(gold))


def _same(a, b) -> bool:
    a = "" if pd.isna(a) else a
    b = "" if pd.isna(b) else b
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except ValueError:
            return False
    return str(a).strip().casefold() == str(b).strip().casefold()


def score(pred: pd.DataFrame, gold: pd.DataFrame, key: str,
          attributes: dict[str, Callable[[pd.Series, pd.Series], bool]],
          min_overlap: float = 0.5) -> pd.DataFrame:
    """One row per value of ``key`` (e.g. kind) plus ``all``: span P/R/F1 (overlap
    and exact) and the accuracy of each attribute over matched pairs.

    Per-``key`` rows restrict both predictions and gold to that value, so a
    quote found with the wrong kind counts against both kinds.
    """
    rows = []
    groups = [("all", pred, gold)] + [
        (k, pred[pred[key] == k], gold[gold[key] == k])
        for k in sorted(set(gold[key].dropna()) | set(pred[key].dropna()))
    ]
    for name, p, g in groups:
        pairs = match(p, g, min_overlap, prefer=key)
        row = {key: name, **_prf(len(pairs), len(p), len(g)),
               "exact_f1": span_scores(p, g, exact=True, prefer=key)["f1"]}
        for attr, same in attributes.items():
            ok = [v for pi, gi in pairs if (v := same(p.loc[pi], g.loc[gi])) is not None]
            row[f"{attr}_accuracy"] = sum(ok) / len(ok) if ok else float("nan")
        rows.append(row)
    return pd.DataFrame(rows)


def errors(pred: pd.DataFrame, gold: pd.DataFrame, compare: Sequence[str] = (),
           min_overlap: float = 0.5, prefer: str | None = None) -> pd.DataFrame:
    """The rows a reader should look at: missed gold, spurious predictions, and matched
    pairs that disagree on any column in ``compare``."""
    pairs = match(pred, gold, min_overlap, prefer=prefer)
    mp, mg = {p for p, _ in pairs}, {g for _, g in pairs}
    out = [{"error": "missed", "article_id": r.article_id, "gold_text": r.text}
           for r in gold.loc[~gold.index.isin(mg)].itertuples()]
    out += [{"error": "spurious", "article_id": r.article_id, "pred_text": r.text}
            for r in pred.loc[~pred.index.isin(mp)].itertuples()]
    for pi, gi in pairs:
        bad = {c: (pred.at[pi, c], gold.at[gi, c]) for c in compare if not _same(pred.at[pi, c], gold.at[gi, c])}
        if bad:
            out.append({"error": "mismatch", "article_id": gold.at[gi, "article_id"], "gold_text": gold.at[gi, "text"],
                        "pred_text": pred.at[pi, "text"],
                        "detail": "; ".join(f"{c}: pred={a!r} gold={b!r}" for c, (a, b) in bad.items())})
    return pd.DataFrame(out, columns=["error", "article_id", "gold_text", "pred_text", "detail"])


# --------------------------------------------------------------------------- per table

def _eq(col: str, gold_col: str | None = None) -> Callable[[pd.Series, pd.Series], bool]:
    return lambda p, g: _same(p[col], g[gold_col or col])


def _group(p: pd.Series, g: pd.Series) -> bool | None:
    """The speaker's actor group, scored only where the gold names one (a named or
    described speaker; None leaves the pair out)."""
    gold = g.get("actor_group", "")
    if pd.isna(gold) or not str(gold).strip():
        return None
    return _same(p["actor_group"], gold)


ATTRIBUTES: dict[str, dict[str, Callable[[pd.Series, pd.Series], bool]]] = {
    "statements": {"kind": _eq("kind"), "speaker": _eq("actor_id"), "cue": _eq("cue_lemma"), "actor_group": _group},
    "figures": {
        "value_unit": lambda p, g: _same(p["unit"], g["unit"]) and (
            _same(p["iso_date"], g["iso_date"]) if g["unit"] == "date" else _same(p["value"], g["value"])),
        "kind": _eq("kind"),
        "qualifier": _eq("qualifier"),
        "subject": _eq("subject"),
    },
    "markers": {"category": _eq("category"), "voice": _eq("voice"), "lexicon": _eq("lexicon")},
}


# Columns listed for each mismatch in :func:`report`.
COMPARED = {
    "statements": ["kind", "actor_id", "cue_lemma"],
    "figures": ["value", "unit", "iso_date", "kind", "qualifier", "subject"],
    "markers": ["lexicon", "category", "voice", "speaker_actor_id"],
}


def _pair(table: str, predicted: pd.DataFrame, articles: pd.DataFrame, gold_dir: Path | None = None,
          texts: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    gold = load_gold(table, articles, Path(gold_dir) / f"{table}.csv" if gold_dir else None, texts=texts)
    pred = predicted[predicted["article_id"].isin(articles["article_id"])].reset_index(drop=True)
    return pred, _typed(table, gold)


def _typed(table: str, gold: pd.DataFrame) -> pd.DataFrame:
    """Located gold rows with the figures' values numeric and a flagged threshold of kind ``threshold``."""
    if table == "figures":
        gold["value"] = pd.to_numeric(gold["value"].replace("", None))
        if "is_threshold" in gold:  # the held-out sets flag a threshold; the guide's kind for it is `threshold`
            gold.loc[gold["is_threshold"].str.strip() == "1", "kind"] = "threshold"
    return gold


def evaluate(table: str, predicted: pd.DataFrame, articles: pd.DataFrame,
             min_overlap: float = 0.5, *, gold_dir: Path | None = None, texts: Path | None = None) -> pd.DataFrame:
    """Scores of ``predicted`` (a statements/figures/markers table) against a gold file.

    Parameters
    ----------
    table : statements | figures | markers.
    predicted : the extracted table (every article of ``articles`` is scored, with or without gold rows).
    articles : the articles table the predictions were built from.
    min_overlap : share of a gold span's characters a prediction must cover.
    gold_dir, texts : the gold folder (default ``data/gold``) and the raw texts (default ``seeds/``).

    Returns
    -------
    pandas.DataFrame
        One row per value of the table's key (``kind``/``lexicon``) plus ``all`` (and, for
        statements with ``parent_gold_id`` in the gold, ``top-level``): ``n_gold``, ``n_pred``,
        ``tp`` (int), ``precision``, ``recall``, ``f1``, ``exact_f1`` and ``<attribute>_accuracy``
        (float, 0–1; NaN with no matched pair).

    Raises
    ------
    GoldError
        A gold row is not found in its article's text.

    Examples
    --------
    >>> import belarus_analysis as ba  # doctest: +SKIP
    >>> arts = ba.load_corpus(); ba.evaluate.evaluate("figures", ba.figures(arts), arts)  # doctest: +SKIP
    """
    return _scores(table, *_pair(table, predicted, articles, gold_dir, texts), min_overlap)


def _scores(table: str, pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = 0.5) -> pd.DataFrame:
    """:func:`evaluate`'s frame for predictions and located gold rows (:func:`_pair`)."""
    key = KEYS[table]
    out = score(pred, gold, key, ATTRIBUTES[table], min_overlap)
    subsets = []
    if table == "statements" and "parent_gold_id" in gold and "parent_statement_id" in pred:
        subsets.append(("top-level", pred["parent_statement_id"].isna(), gold["parent_gold_id"].fillna("").str.strip() == ""))
    if table == "markers":
        subsets.append(("polar", pred["polarity"].fillna(0) != 0, pd.to_numeric(gold["polarity"]).fillna(0) != 0))
    if table == "figures":
        subsets.append(("results", pred["kind"].isin(RESULT_KINDS), gold["kind"].isin(RESULT_KINDS)))
    extra = []
    for name, p_mask, g_mask in subsets:
        p, g = pred[p_mask], gold[g_mask]
        row = score(p, g, key, ATTRIBUTES[table], min_overlap).iloc[[0]].assign(**{key: name})
        if name == "results":
            row = row.assign(**_result_scores(p, g, min_overlap))
        extra.append(row)
    return pd.concat([out.iloc[[0]], *extra, out.iloc[1:]], ignore_index=True)


# Official-result figures whose every attribute a reader relies on (issue 13's "fully right").
RESULT_KINDS = ("vote_share", "turnout")
# Gold notes of a figure that is not national and final or preliminary (figures.md §15: regional,
# intermediate and early-voting figures, votes abroad): the extractor must not compare it.
NOT_COMPARED = re.compile(r"\b(?:regional|intermediate|early[- ]voting|expatriate|abroad|diaspora|not (?:a )?national)\b",
                          re.IGNORECASE)


def expected_stage(gold: Mapping) -> str | None:
    """The official result a gold figure must be compared with (the prediction's ``reference_stage``).

    The gold ``stage`` is the stage of the reported figure (figures.md, "Gold columns"): an
    ``exit_poll``, a threshold, a vote share with no ``subject`` (no candidate's result to compare
    with) and a figure noted as regional, intermediate, early-voting or from abroad have none, since
    §15 compares only national official results of a known measure.

    >>> expected_stage({"stage": "preliminary", "note": "regional (Brest), early voting"}) is None
    True
    >>> expected_stage({"stage": "preliminary", "kind": "vote_share", "subject": ""}) is None
    True
    >>> expected_stage({"stage": "exit_poll"}) is None, expected_stage({"stage": "final", "note": "claimed"})
    (True, 'final')
    """
    stage, note = gold.get("stage"), gold.get("note")
    if pd.isna(stage) or stage in ("", "exit_poll") or gold.get("kind") == "threshold":
        return None
    if gold.get("kind") == "vote_share" and _same(gold.get("subject"), ""):
        return None
    return None if isinstance(note, str) and NOT_COMPARED.search(note) else stage


def _result_scores(pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float) -> dict[str, float]:
    """``stage_accuracy``: share of matched result pairs compared with the right official result
    (:func:`expected_stage`; NaN when the gold has no ``stage`` column or nothing matched), and
    ``fully_right``: share of gold result figures whose matched prediction has the right value,
    unit, kind, subject and compared stage, the deviation then following from the reference table
    (NaN with no gold result)."""
    fields = stages = 0
    pairs = [(pred.loc[pi], gold.loc[gi]) for pi, gi in match(pred, gold, min_overlap, prefer="kind")]
    for p, g in pairs:
        stage = "stage" not in g or _same(p["reference_stage"], expected_stage(g))
        stages += stage
        fields += stage and all(_same(p[c], g[c]) for c in ("value", "unit", "kind", "subject"))
    nan = float("nan")
    return {"stage_accuracy": stages / len(pairs) if pairs and "stage" in gold else nan,
            "fully_right": fields / len(gold) if len(gold) else nan}


def report(table: str, predicted: pd.DataFrame, articles: pd.DataFrame,
           min_overlap: float = 0.5, *, gold_dir: Path | None = None, texts: Path | None = None) -> pd.DataFrame:
    """Every error of ``predicted`` against the gold file (see :func:`errors`)."""
    pred, gold = _pair(table, predicted, articles, gold_dir, texts)
    return errors(pred, gold, COMPARED[table], min_overlap, prefer=KEYS[table])


# --------------------------------------------------------------------------- reliability

def reliability_sets() -> list[str]:
    """Gold sets coded a second time, independently, for inter-coder agreement: the names of the
    folders ``data/gold/reliability/<set>`` (the second coding of ``data/gold/<set>``, same article
    ids and texts), in name order."""
    gold = Path(config.GOLD)
    return sorted(d.name for d in (gold / "reliability").glob("*")
                  if all((d / f"{t}.csv").is_file() for t in KEYS) and (gold / d.name / "articles.csv").is_file())


def agreement(name: str | os.PathLike, *, second: str | os.PathLike | None = None,
              tables: Sequence[str] = tuple(KEYS), min_overlap: float = 0.5) -> dict[str, pd.DataFrame]:
    """Inter-coder agreement: a second coder's gold for a set's articles scored against the first's.

    Both codings follow the same guides and are located in the same texts; the second coder's rows
    take the place of predictions in :func:`evaluate`'s scores, so the numbers read exactly like the
    extractor's and bound them: an extractor cannot be expected to agree with one coder much better
    than another coder does. Swapping the coders swaps precision and recall; F1 changes only where
    spans differ, since a match needs ``min_overlap`` of the first coder's span. Attribute accuracies are
    over matched pairs (``stage``: matched results), ``actor_group`` where the first coder names a group
    and ``fully_right`` over the first coder's results (the second coder's compared stage is :func:`expected_stage` of its own row).

    Parameters
    ----------
    name : the gold set's folder under ``data/gold`` (or a path): the first coding, and the
        ``articles.csv`` and ``texts/`` both codings are located in.
    second : the folder (under ``data/gold`` or a path) with the second coder's ``statements.csv``,
        ``figures.csv`` and ``markers.csv`` for the same article ids, in the gold format (default
        ``data/gold/reliability/<name>``, see :func:`reliability_sets`).
    tables : the tables to compare.
    min_overlap : as in :func:`evaluate`.

    Returns
    -------
    dict of str to pandas.DataFrame
        Table name -> :func:`evaluate`'s frame (``n_gold`` = the first coder's rows, ``n_pred`` = the
        second's).

    Raises
    ------
    GoldError
        A table's file is missing from the second coding, or a row of either coding names an article
        not in the set or is not found in its article's text.
    """
    folder = heldout_dir(name)
    other = heldout_dir(Path("reliability") / folder.name if second is None else second)
    articles = heldout_articles(folder)
    out = {}
    for t in tables:
        path = other / f"{t}.csv"
        if not path.is_file():
            raise GoldError(f"{path}: missing; the second coding needs a {t}.csv like {folder / f'{t}.csv'}")
        ids = pd.read_csv(path, dtype="string", keep_default_na=False, usecols=["article_id"])["article_id"]
        unknown = ~ids.isin(articles["article_id"])
        if unknown.any():  # the first coding's loader keeps a set's own articles: a typo would vanish
            line = int(unknown.idxmax()) + 2
            raise GoldError(f"{path}:{line}: article_id {ids[unknown].iloc[0]!r} is not an article of {folder}")
        gold = _typed(t, load_gold(t, articles, folder / f"{t}.csv", texts=folder / "texts"))
        pred = _typed(t, load_gold(t, articles, path, texts=folder / "texts"))
        if t == "statements":
            pred["parent_statement_id"] = pred["parent_gold_id"].replace("", pd.NA)
        elif t == "figures":
            pred["reference_stage"] = [expected_stage(r) for r in pred.to_dict("records")]
        else:
            pred["polarity"] = pd.to_numeric(pred["polarity"])
        out[t] = _scores(t, pred, gold, min_overlap)
    return out


# --------------------------------------------------------------------------- held-out

def heldout_sets() -> list[str]:
    """Names of the held-out gold sets: folders ``data/gold/heldout*`` with an ``articles.csv``
    (``heldout7`` = set G, ``heldout9`` = set I, ``heldout10`` = set J, ``heldout11`` = set K,
    ``heldout13`` = set M), in name order with numbers compared as numbers (``heldout9`` before
    ``heldout10``). A set someone tuning the rules has studied stops being held out: it moves to
    ``data/gold/dev_*`` (sets A–F, H and L are ``dev_set_a`` … ``dev_set_f``, ``dev_set_h``,
    ``dev_set_l``) and is scored with ``name=`` like any set."""
    return _gold_sets("heldout*")


def development_sets() -> list[str]:
    """Names of the development gold sets: folders ``data/gold/dev_set_*`` with an ``articles.csv``
    (former held-out sets whose errors the rules were tuned on; scored in-sample), in name order
    as :func:`heldout_sets`."""
    return _gold_sets("dev_set_*")


def _gold_sets(pattern: str) -> list[str]:
    # Numbers compare as numbers so that sets keep the order they were coded in (9 before 10).
    names = (d.name for d in Path(config.GOLD).glob(pattern) if (d / "articles.csv").is_file())
    return sorted(names, key=lambda n: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", n)])


def set_labels() -> dict[str, str]:
    """Readable names of gold folders, for tables and charts: ``data/gold/sets.csv`` (columns
    ``folder``, ``label``; e.g. ``heldout7,set G``). A folder without a row is labelled by its name;
    no file, no labels.

    Raises
    ------
    GoldError
        The file lacks a column, or a row has an empty field or repeats a folder or a label (file
        and line named).
    """
    path = Path(config.GOLD) / "sets.csv"
    if not path.is_file():
        return {}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"folder", "label"} - set(table.columns)
    if missing:
        raise GoldError(f"{path}: no column {', '.join(sorted(missing))} (expected folder,label)")
    repeated = {col: table[col].duplicated() for col in ("folder", "label")}
    for i, row in table.iterrows():
        line = i + 2  # header is line 1
        if not row["folder"].strip() or not row["label"].strip():
            raise GoldError(f"{path}, line {line}: empty folder or label")
        for col, again in repeated.items():
            if again[i]:
                raise GoldError(f"{path}, line {line}: {col} {row[col]!r} is listed twice")
    return dict(zip(table["folder"].str.strip(), table["label"].str.strip()))


def heldout_dir(name: str | None = None) -> Path:
    """A gold folder laid out like the held-out sets (``data/gold/<name>``, resolved when called;
    default the first of :func:`heldout_sets`)."""
    if name is None:
        sets = heldout_sets()
        if not sets:
            raise GoldError(f"no held-out gold set (a folder heldout* with an articles.csv) in {config.GOLD}")
        name = sets[0]
    return Path(config.GOLD) / name


def heldout_articles(name: str | None = None) -> pd.DataFrame:
    """The articles (texts and metadata) of a held-out set."""
    from ..corpus import load_corpus

    folder = heldout_dir(name)
    return load_corpus(folder / "texts", folder / "articles.csv")


def heldout(tables: Sequence[str] = tuple(KEYS), *, name: str | os.PathLike | Sequence[str] | None = None,
            exclude: Sequence[str] = (), **build_options) -> dict[str, pd.DataFrame]:
    """Scores on a held-out gold set (see the module docstring): table -> :func:`evaluate` frame.

    Parameters
    ----------
    tables : the tables to build and score.
    name : the set's folder under ``data/gold`` (default: the first of :func:`heldout_sets`), or a
        list of folders scored as one pooled set (every row of every set counts once).
    exclude : article ids left out of the score, e.g. articles someone tuning the rules has read
        (the score of the set's strictly unseen part).
    **build_options : passed to :func:`belarus_analysis.build`.

    Raises
    ------
    GoldError
        A gold row is not found in its article's text, or ``name`` is an empty list.
    """
    # one folder (a name or a path, as before pooling) or a list of them
    names = [name] if name is None or isinstance(name, (str, os.PathLike)) else list(name)
    if not names:
        raise GoldError("heldout(name=[]): no gold set to score; give a set's folder name under "
                        f"{config.GOLD} or a list of them")
    return _pooled({str(n): _located(tables, n, exclude, build_options) for n in names})


def _located(tables: Sequence[str], name: str | None, exclude: Sequence[str],
             build_options: Mapping) -> dict[str, tuple[pd.DataFrame, pd.DataFrame]]:
    """table -> (predictions, located gold rows) of one gold set, its articles built here."""
    from ..pipeline import build

    folder = heldout_dir(name)
    articles = heldout_articles(folder.name)
    articles = articles[~articles["article_id"].isin(exclude)].reset_index(drop=True)
    built = build(articles, list(tables), **build_options)
    out = {}
    for t in tables:
        pred = built[t]
        if t == "markers":  # the held-out markers gold codes some lexicons only (its README): score those
            coded = set(pd.read_csv(folder / "markers.csv", dtype="string", usecols=["lexicon"])["lexicon"].dropna())
            pred = pred[pred["lexicon"].isin(coded)]
        out[t] = _pair(t, pred, articles, folder, folder / "texts")
    return out


def _pooled(sets: Mapping[str, Mapping[str, tuple[pd.DataFrame, pd.DataFrame]]]) -> dict[str, pd.DataFrame]:
    """:func:`_scores` of several sets' (predictions, gold) pairs concatenated; article ids are
    qualified by their set so that rows of two sets never match each other."""
    out = {}
    for t in next(iter(sets.values())):
        pred, gold = ([frame.assign(article_id=name + "/" + frame["article_id"].astype(str))
                       for name, pairs in sets.items() for frame in [pairs[t][i]]] for i in (0, 1))
        out[t] = _scores(t, pd.concat(pred, ignore_index=True), pd.concat(gold, ignore_index=True))
    return out


def headline(tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, *, sets: Sequence[str] | None = None,
             development: bool = False, **build_options) -> dict[str, pd.DataFrame]:
    """The figures to quote: every held-out set (and, with several, all of them pooled) next to
    the in-sample seeds, per table.

    Parameters
    ----------
    tables : the seed tables (e.g. ``ba.notebook_tables()``); the tables scored are those of
        ``statements``/``figures``/``markers`` present.
    articles : the seed articles the tables were built from.
    sets : held-out sets to score (default :func:`heldout_sets`); each is parsed and built here.
    development : also score the :func:`development_sets` (in-sample), between the held-out sets
        and the seeds.
    **build_options : passed to :func:`belarus_analysis.build` for the held-out sets.

    Returns
    -------
    dict of str to pandas.DataFrame
        Table name -> one row per (subset, gold set): ``subset`` (``all``; ``top-level`` speech
        acts; ``polar`` markers with polarity ±1; ``results`` vote shares and turnouts),
        ``gold_set`` (the held-out sets' labels, :func:`set_labels`, ``held-out pooled`` when there are several,
        ``<set> (agreement)``: a second coder vs the first, for a set coded twice (:func:`agreement`), then
        ``<name> (in-sample)`` for development sets, then ``seeds (in-sample)``), then the columns of
        :func:`evaluate` but ``tp`` and ``exact_f1`` (``n_gold``, ``n_pred`` int; ``precision``,
        ``recall``, ``f1``, ``*_accuracy`` and for figures' ``results`` ``stage_accuracy`` (compared
        with the right official result, over matched pairs) and ``fully_right``: float 0–1).

    Raises
    ------
    GoldError
        A gold row is not found in its article's text.
    """
    names = [t for t in KEYS if t in tables]
    scored = gold_sets_scored(names, sets=sets, development=development, **build_options)
    scored["seeds (in-sample)"] = {t: evaluate(t, tables[t], articles) for t in names}
    return combine(scored)


def gold_sets_scored(tables: Sequence[str] = tuple(KEYS), *, sets: Sequence[str] | None = None,
                     development: bool = False, **build_options) -> dict[str, dict[str, pd.DataFrame]]:
    """:func:`heldout` scores of every held-out set, each set parsed and built once.

    Returns gold set label (:func:`set_labels`, else the folder name) -> table -> :func:`evaluate`
    frame: the held-out ``sets`` (default :func:`heldout_sets`), ``held-out pooled`` when there are several, ``<set> (agreement)`` for every
    set coded twice, held out or not (:func:`agreement`: a second coder vs the first, the ceiling), then with ``development``
    every :func:`development_sets` set as ``<name> (in-sample)``. ``tables`` and
    ``**build_options`` as in :func:`heldout`.
    """
    sets = heldout_sets() if sets is None else list(sets)
    label = set_labels()
    located = {s: _located(tables, s, (), build_options) for s in sets}
    scored = {label.get(s, s): _pooled({s: pairs}) for s, pairs in located.items()}
    if len(sets) > 1:
        scored["held-out pooled"] = _pooled(located)
    # The coders' agreement is a ceiling whether or not the set is still held out (it needs no build).
    for s in reliability_sets():
        scored[f"{label.get(s, s)} (agreement)"] = agreement(s, tables=tables)
    for s in development_sets() if development else ():
        scored[f"{label.get(s, s)} (in-sample)"] = heldout(tables, name=s, **build_options)
    return scored


def combine(scored: Mapping[str, Mapping[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """:func:`evaluate` frames of several gold sets (gold set -> table -> frame) as the
    per-table frames of :func:`headline`, gold sets in the order given.

    >>> a = pd.DataFrame({"kind": ["all", "direct"], "f1": [0.9, 1.0]})
    >>> combine({"heldout": {"statements": a.assign(f1=0.8)}, "seeds": {"statements": a}})["statements"]
      subset gold_set   f1
    0    all  heldout  0.8
    1    all    seeds  0.9
    """
    out = {}
    for t in next(iter(scored.values())):
        frames = []
        for gold_set, by_table in scored.items():
            frame = by_table[t].rename(columns={KEYS[t]: "subset"})
            frames.append(frame[frame["subset"].isin(HEADLINE_SUBSETS)].assign(gold_set=gold_set))
        both = pd.concat(frames, ignore_index=True)
        both = both.sort_values("subset", key=lambda c: c.map(HEADLINE_SUBSETS.index), kind="stable")
        rest = both.columns.drop(["subset", "gold_set", "tp", "exact_f1"], errors="ignore")
        out[t] = both[["subset", "gold_set", *rest]].reset_index(drop=True)
    return out


HEADLINE_SUBSETS = ["all", "top-level", "polar", "results"]
