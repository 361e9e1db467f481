"""Run the statements extractor on an attribution gold file (e.g. the PolNeAR dev split,
kept outside the project, never copied into it) and write ``preds.jsonl`` with offsets
into the raw texts, for the corpus's own ``score.py``; print our own scores too.

    .venv/bin/python scripts/score_dev.py GOLD.jsonl [--out DIR] [--subset is_speech]

Writes ``DIR/preds_top.jsonl`` (speech acts: rows without ``parent_statement_id``) and
``DIR/preds_all.jsonl`` (every row).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from belarus_analysis.analysis import external


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="gold jsonl (format: analysis/external.py)")
    ap.add_argument("--out", type=Path, default=Path("/tmp/dev_preds"))
    ap.add_argument("--subset", default="is_speech")
    args = ap.parse_args()
    gold = external.read_gold(args.gold)
    every = external.predictions(gold, top_level=False)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, keep in (("top", lambda p: not p["nested"]), ("all", lambda p: True)):
        preds = {aid: [p for p in ps if keep(p)] for aid, ps in every.items()}
        with open(args.out / f"preds_{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps({"id": aid, "quotes": ps}) + "\n" for aid, ps in preds.items())
        s = external.score(gold, preds, subset=args.subset or None)
        print(name, {k: round(v, 3) if isinstance(v, float) else v for k, v in s.items()})


if __name__ == "__main__":
    main()
