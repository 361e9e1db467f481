"""Score the statements extractor on any attribution gold in the jsonl format of the
Gender Gap Tracker / PolNeAR evaluations, so a researcher can validate the tool on their
own annotated articles (``belarus-analysis evaluate --external FILE``).

Gold file: one JSON object per line ``{"id", "text", "quotes": [{"quote_start",
"quote_end", "speaker", "speaker_start", "speaker_end", "verb", ...}]}`` with offsets into
``text`` (the raw article). Optional per-quote fields: ``quote_spans`` (several fragments),
``reference`` (the speaker's name when ``speaker`` is a pronoun) and any boolean field
that ``subset`` names (e.g. ``is_speech``).

The texts are cleaned and parsed like any corpus; predicted offsets, which index the
cleaned text, are mapped back to the raw text before scoring.

Matching (after GGT's ``evaluate_quotes.py``): gold quotes are visited in order; each
takes, among the predictions not yet used, the one covering the largest share of its
characters, if that share is above ``threshold`` (0.3). TP = matched gold, FN =
unmatched gold, FP = unused predictions; with ``subset``, predictions matching an
excluded gold quote are set aside (neither TP nor FP). Over matched pairs:
``speaker_overlap`` (gold and predicted speaker spans share a character; a gold quote
without a speaker counts as right), ``speaker_strict`` (the predicted speaker text holds
the last word of the gold speaker or reference as a whole word) and ``verb`` (same cue
word).

>>> gold = [{"id": "a", "text": 'Kim said "we won." Lee left.', "quotes": [
...     {"quote_start": 10, "quote_end": 17, "speaker": "Kim", "speaker_start": 0,
...      "speaker_end": 3, "verb": "said"}]}]
>>> pred = {"a": [{"quote_start": 10, "quote_end": 17, "speaker_start": 0, "speaker_end": 3,
...                "speaker": "Kim", "verb": "said"}]}
>>> s = score(gold, pred)
>>> s["f1"], s["speaker_strict"], s["verb"]
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..errors import GoldError

THRESHOLD = 0.3
_WORD = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------- reading

def read_gold(path: Path | str) -> list[dict]:
    """The gold articles of a jsonl file, checked.

    Parameters
    ----------
    path : path of the jsonl file (one article per line).

    Returns
    -------
    list of dict
        One dict per article: ``id`` (str), ``text`` (str), ``quotes`` (list of dict).

    Raises
    ------
    GoldError
        A line that is not JSON, lacks ``id``/``text``/``quotes``, repeats an id, or has a
        quote whose offsets are not integers inside the text (file and line named).

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "g.jsonl")
    >>> _ = open(p, "w").write('{"id": "a", "text": "x", "quotes": [{"quote_start": 0, "quote_end": 5}]}\\n')
    >>> read_gold(p)
    Traceback (most recent call last):
    ...
    belarus_analysis.errors.GoldError: ...g.jsonl:1: quote 1: offsets 0-5 outside the text (1 characters)
    """
    path = Path(path)
    out, seen = [], set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read ({e})") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            art = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{path}:{n}: not JSON ({e.msg})") from e
        if not isinstance(art, dict) or not {"id", "text", "quotes"} <= set(art):
            raise GoldError(f"{path}:{n}: needs the keys id, text and quotes")
        aid = str(art["id"])
        if aid in seen:
            raise GoldError(f"{path}:{n}: duplicate id {aid!r}")
        seen.add(aid)
        for k, q in enumerate(art["quotes"], 1):
            for a, b in _fragments(q, path, n, k):
                if not 0 <= a <= b <= len(art["text"]):
                    raise GoldError(f"{path}:{n}: quote {k}: offsets {a}-{b} outside the text "
                                    f"({len(art['text'])} characters)")
        out.append({**art, "id": aid})
    return out


def _fragments(q: Mapping, path: Path | str = "", line: int = 0, k: int = 0) -> list[tuple[int, int]]:
    """The character fragments of a gold quote (``quote_spans`` or its start/end)."""
    spans = q.get("quote_spans") or [[q.get("quote_start"), q.get("quote_end")]]
    try:
        return [(int(a), int(b)) for a, b in spans]
    except (TypeError, ValueError) as e:
        raise GoldError(f"{path}:{line}: quote {k}: offsets must be integers") from e


# --------------------------------------------------------------------------- predicting

def clean_to_raw(raw: str, clean: str) -> Callable[[int, bool], int]:
    """Map offsets of the cleaned text back to the raw text it was cleaned from.

    Parameters
    ----------
    raw, clean : the raw text and its cleaned version (``articles.text``).

    Returns
    -------
    callable ``f(offset, end)``
        The raw offset of a cleaned offset; with ``end=True`` the offset is an exclusive
        end (mapped from the character before it), so a span never swallows removed text
        after it.

    Examples
    --------
    >>> f = clean_to_raw("<p>Hi there</p>", "Hi there")
    >>> f(0, False), f(8, True)
    (3, 11)
    """
    if raw == clean:
        return lambda i, end=False: i
    blocks = [b for b in difflib.SequenceMatcher(None, raw, clean, autojunk=False).get_matching_blocks() if b.size]
    starts = [b.b for b in blocks]

    def f(i: int, end: bool = False) -> int:
        j = i - 1 if end and i > 0 else i
        k = bisect_right(starts, j) - 1
        if k < 0:
            return blocks[0].a if blocks else 0
        a, b, n = blocks[k]
        if j < b + n:
            return a + (j - b) + (1 if end and i > 0 else 0)
        # A character the cleaning wrote ('"' for '&quot;'): a start goes right after the
        # previous unchanged text, an end to where the next unchanged text begins.
        return a + n if not end else (blocks[k + 1].a if k + 1 < len(blocks) else len(raw))

    return f


def predictions(gold: Sequence[Mapping], *, top_level: bool = True, **build_options) -> dict[str, list[dict]]:
    """Run the statements extractor on the gold texts; predictions in raw offsets.

    Parameters
    ----------
    gold : articles as returned by :func:`read_gold`.
    top_level : keep only speech acts (rows with no ``parent_statement_id``); False keeps
        every row, nested ones included (flagged ``nested``).
    **build_options : passed to :func:`belarus_analysis.pipeline.build` (``nlp``, ``cache``…).

    Returns
    -------
    dict
        article id -> list of predictions ``{quote_start, quote_end, speaker_start,
        speaker_end, speaker, verb, kind, nested}`` (offsets: int, characters of the raw text).
    """
    from ..corpus import from_texts
    from ..pipeline import build

    raws = {a["id"]: a["text"] for a in gold}
    arts = from_texts(raws)
    rows = speech_acts(build(arts, ["statements"], **build_options)["statements"])
    if top_level:
        rows = rows[rows["parent_statement_id"].isna()]
    rows = rows.assign(nested=rows["parent_statement_id"].notna())
    cleaned = dict(zip(arts["article_id"], arts["text"]))
    out: dict[str, list[dict]] = {aid: [] for aid in raws}
    for aid, g in rows.groupby("article_id", sort=False):
        f = clean_to_raw(raws[aid], cleaned[aid])
        for r in g.itertuples():
            has_sp = pd.notna(r.speaker_start)
            out[aid].append({
                "quote_start": f(int(r.char_start)), "quote_end": f(int(r.act_end), True),
                "speaker_start": f(int(r.speaker_start)) if has_sp else None,
                "speaker_end": f(int(r.speaker_end), True) if has_sp else None,
                "speaker": r.speaker if has_sp else "", "verb": r.cue if pd.notna(r.cue) else "",
                "kind": r.kind, "nested": bool(r.nested)})
    return out


def speech_acts(statements: pd.DataFrame) -> pd.DataFrame:
    """The statements table with ``act_end``: where each row's speech act ends. For a
    quotation interrupted by its attribution ('“…,” X said. “…”') the later pieces are
    child rows of the first, and the act runs to the end of the last piece; otherwise
    ``act_end`` is ``char_end``. Benchmarks that annotate such a quotation as one
    attribution with several fragments (PolNeAR) compare against the whole act.

    >>> t = pd.DataFrame({"statement_id": ["a:S000", "a:S001"], "char_start": [1, 20], "char_end": [10, 30],
    ...                   "parent_statement_id": [pd.NA, "a:S000"]})
    >>> speech_acts(t)["act_end"].tolist()
    [30, 30]
    """
    ends = statements.groupby("parent_statement_id")["char_end"].max()
    act_end = statements["statement_id"].map(ends)
    return statements.assign(act_end=act_end.where(act_end > statements["char_end"], statements["char_end"])
                             .astype("int64"))


# --------------------------------------------------------------------------- scoring

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"['\u2019]s\b", "", s)


def _last_word(s: str) -> str:
    words = _WORD.findall(_norm(s))
    return words[-1] if words else ""


def _strict(g: Mapping, p: Mapping, text: str) -> bool:
    targets = {_last_word(g.get("speaker") or ""), _last_word(g.get("reference") or "")} - {""}
    said = p.get("speaker") or (text[p["speaker_start"]:p["speaker_end"]] if p.get("speaker_start") is not None
                                else "")
    if not targets:
        return not said.strip()
    return any(re.search(rf"(?<![^\W_]){re.escape(t)}(?![^\W_])", _norm(said)) for t in targets)


def _overlap_ok(g: Mapping, p: Mapping, text: str) -> bool:
    gs, ge = g.get("speaker_start"), g.get("speaker_end")
    if gs is None or ge is None or ge <= gs:
        return True if not (g.get("speaker") or "").strip() else _strict(g, p, text)
    return p.get("speaker_start") is not None and min(ge, p["speaker_end"]) - max(gs, p["speaker_start"]) > 0


def _best(frags: list[tuple[int, int]], preds: Sequence[Mapping], free: Iterable[int], threshold: float) -> int | None:
    size = sum(b - a for a, b in frags)
    best, top = None, 0.0
    for i in free:
        s, e = preds[i]["quote_start"], preds[i]["quote_end"]
        share = sum(max(0, min(b, e) - max(a, s)) for a, b in frags) / size if size else 0.0
        if share > threshold and share > top:
            best, top = i, share
    return best


def score(gold: Sequence[Mapping], preds: Mapping[str, Sequence[Mapping]], *, subset: str | None = None,
          threshold: float = THRESHOLD) -> dict:
    """Precision, recall, F1 and speaker/verb accuracy of predictions against gold.

    Parameters
    ----------
    gold : articles as returned by :func:`read_gold`.
    preds : article id -> predictions (``quote_start``/``quote_end`` required; ``speaker_start``,
        ``speaker_end``, ``speaker``, ``verb`` optional), raw-text offsets.
    subset : score only gold quotes whose field of this name is true (e.g. ``is_speech``).
    threshold : share of a gold quote's characters a prediction must cover (exclusive).

    Returns
    -------
    dict
        ``n_gold``, ``n_pred``, ``tp``, ``fp``, ``fn`` (int), ``precision``, ``recall``, ``f1``
        (float, 0–1), ``speaker_overlap``, ``speaker_strict``, ``verb`` (float, share of TP).
    """
    c = dict.fromkeys(("n_gold", "tp", "fn", "fp", "spk", "strict", "verb"), 0)
    for art in gold:
        ps = [p for p in preds.get(art["id"], ()) if p.get("quote_start") is not None
              and p.get("quote_end") is not None and p["quote_end"] > p["quote_start"]]
        free = list(range(len(ps)))
        quotes = list(art["quotes"])
        for g in (q for q in quotes if subset is None or q.get(subset)):
            c["n_gold"] += 1
            best = _best(_fragments(g), ps, free, threshold)
            if best is None:
                c["fn"] += 1
                continue
            free.remove(best)
            c["tp"] += 1
            c["spk"] += _overlap_ok(g, ps[best], art["text"])
            c["strict"] += _strict(g, ps[best], art["text"])
            c["verb"] += (ps[best].get("verb") or "").lower().strip() == (g.get("verb") or "").lower().strip()
        for g in (q for q in quotes if subset is not None and not q.get(subset)):
            best = _best(_fragments(g), ps, free, threshold)
            if best is not None:  # set aside: neither right nor wrong
                free.remove(best)
        c["fp"] += len(free)
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"n_gold": c["n_gold"], "n_pred": tp + fp, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_overlap": c["spk"] / tp if tp else float("nan"),
            "speaker_strict": c["strict"] / tp if tp else float("nan"),
            "verb": c["verb"] / tp if tp else float("nan")}


def evaluate_external(path: Path | str, *, subset: str | None = None, **build_options) -> pd.DataFrame:
    """Scores of the statements extractor on a jsonl gold file: one row for speech acts
    (top-level rows) and one for all rows.

    Parameters
    ----------
    path : the gold jsonl file (see the module docstring).
    subset : score only gold quotes whose field of this name is true (e.g. ``is_speech``).
    **build_options : passed to :func:`belarus_analysis.pipeline.build`.

    Returns
    -------
    pandas.DataFrame
        Columns ``rows`` (str: ``top-level`` | ``all``) and the keys of :func:`score`.
    """
    gold = read_gold(path)
    every = predictions(gold, top_level=False, **build_options)
    top = {aid: [p for p in ps if not p["nested"]] for aid, ps in every.items()}
    return pd.DataFrame([{"rows": "top-level", **score(gold, top, subset=subset)},
                         {"rows": "all", **score(gold, every, subset=subset)}])
