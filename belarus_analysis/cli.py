"""Command line: ``belarus-analysis build | evaluate | report | rehash`` (``--help`` on each).

User errors (bad input) exit with status 2 and a one-line message; ``--debug``
shows the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

from . import __version__, config, corpus, outputs, pipeline, store
from .analysis import evaluate, external
from .errors import BelarusAnalysisError
from .extract import REGISTRY
from .report import catalogue


def _build(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    articles = corpus.load_corpus(args.corpus, args.metadata, allow_unlisted=args.allow_unlisted,
                                  strict=not args.keep_going)
    tables = pipeline.build(articles, n_process=args.n_process, cache=not args.no_cache)
    out = Path(args.out)
    store.write_tables(tables, out)
    skipped = pd.DataFrame(articles.attrs["skipped"], columns=["article_id", "source_file", "reason"])
    if len(skipped):
        outputs.write_table(skipped, out / "skipped", formats=("csv",))
        print(f"skipped {len(skipped)} article(s), listed with reasons in {out / 'skipped.csv'}:")
        for r in skipped.itertuples():
            print(f"  {r.article_id}: {r.reason}")
    print(f"built {len(tables)} tables from {len(articles)} articles in {time.perf_counter() - t0:.1f} s -> {out}")
    for name, df in tables.items():
        print(f"  {name:<12} {len(df):>6} rows  {out / name}.csv|.parquet")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if args.external:
        scores = external.evaluate_external(args.external, subset=args.subset)
        with pd.option_context("display.width", 200, "display.precision", 3):
            print(f"statements vs {args.external}" + (f" (gold quotes with {args.subset})" if args.subset else ""))
            print(scores.to_string(index=False))
        return 0
    articles = corpus.load_corpus()
    names = [t for t in evaluate.KEYS if t in REGISTRY] if args.table == "all" else [args.table]
    tables = pipeline.build(articles, names)
    held = evaluate.heldout(names) if not args.seeds_only else {}
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.precision", 3):
        for name in names:
            seeds = evaluate.evaluate(name, tables[name], articles)
            if name in held:
                print(f"\n== {name}: held-out ({evaluate.heldout_dir()}) next to in-sample (seeds)")
                print(evaluate.side_by_side(seeds, held[name]).to_string())
                print(f"\n-- {name}, held-out, by {evaluate.KEYS[name]}")
                print(held[name].to_string(index=False))
            print(f"\n-- {name}, in-sample: {len(tables[name])} predicted rows vs data/gold/{name}.csv")
            print(seeds.to_string(index=False))
            if args.errors:
                print(evaluate.report(name, tables[name], articles).to_string(index=False))
    return 0


def _report(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    out = Path(args.out)
    paths = catalogue.export_all(store.load_tables(), out)
    print(f"exported {len(paths)} files in {time.perf_counter() - t0:.1f} s")
    for folder, kinds in (("figures", "PDF/SVG/PNG"), ("tables", "CSV/LaTeX")):
        names = sorted({p.stem for p in paths if p.parent == out / folder})
        print(f"  {out / folder}/  {len(names)} {folder} ({kinds}): {', '.join(names)}")
    return 0


def _rehash(args: argparse.Namespace) -> int:
    path = corpus.record_checksums(args.corpus)
    print(f"recorded sha256 of every .txt in {path}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="belarus-analysis", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=__version__)
    p.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build every tidy table (CSV + Parquet) and a manifest")
    b.add_argument("--corpus", help="folder of .txt articles with articles.csv (default: bundled seeds)")
    b.add_argument("--metadata", help="metadata CSV (default: CORPUS/articles.csv, or data/articles.csv)")
    b.add_argument("--out", default=str(config.PROCESSED), help="output folder (default: data/processed)")
    b.add_argument("--allow-unlisted", action="store_true", help="include .txt files that have no metadata row")
    b.add_argument("--keep-going", action="store_true",
                   help="skip articles that cannot be loaded (listed in skipped.csv) instead of stopping")
    b.add_argument("--no-cache", action="store_true",
                   help="parse and extract everything again instead of reusing data/processed/cache/")
    b.add_argument("--n-process", type=int, default=1, help="spaCy worker processes (default 1)")
    b.set_defaults(func=_build)

    e = sub.add_parser("evaluate", help="score the extractors: held-out gold next to the in-sample seeds, "
                                        "or statements against your own attribution gold (--external)")
    e.add_argument("--table", default="all", choices=["all", *evaluate.KEYS], help="which table (default: all)")
    e.add_argument("--errors", action="store_true", help="also list every remaining error (seeds)")
    e.add_argument("--seeds-only", action="store_true", help="score the seeds only (skip the held-out set)")
    e.add_argument("--external", metavar="FILE",
                   help="score statements against an attribution gold jsonl (offsets into the raw texts; "
                        "format: belarus_analysis/analysis/external.py)")
    e.add_argument("--subset", metavar="KEY", help="with --external: only gold quotes whose KEY is true (e.g. is_speech)")
    e.set_defaults(func=_evaluate)

    rp = sub.add_parser("report", help="export every chart (PDF/SVG/PNG) and table (CSV/LaTeX) for papers")
    rp.add_argument("--out", default=str(config.REPORTS), help="output folder (default: reports)")
    rp.set_defaults(func=_report)

    r = sub.add_parser("rehash", help="re-record SHA256SUMS after an intended change to raw texts")
    r.add_argument("corpus", nargs="?", default=str(config.SEEDS), help="corpus folder (default: seeds/)")
    r.set_defaults(func=_rehash)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (BelarusAnalysisError, OSError) as e:
        if args.debug:
            raise
        print(f"belarus-analysis: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
