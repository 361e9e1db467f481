"""Command line: ``belarus-analysis build | evaluate | report | notebooks | rehash | view`` (``--help`` on each).

User errors (bad input, unusable files or folders, a full disk) exit with status 2
and a one-line message; ``--debug`` shows the traceback instead. Ctrl-C prints
"interrupted" and exits with status 130. Warnings print as one line each,
``belarus-analysis: warning: ...`` (the library itself issues ordinary Python warnings,
:class:`~belarus_analysis.errors.BelarusAnalysisWarning`, which callers can filter or record).

Your own corpus, in four commands::

    belarus-analysis build --corpus my_articles.csv --out my_out [--actors F] [--lexicons DIR]
    belarus-analysis report --tables my_out
    belarus-analysis notebooks --tables my_out --out my_out/notebooks
    python -c "import belarus_analysis as ba; print(ba.load_tables('my_out')['statements'])"
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

from . import __version__, config, corpus, pipeline, store
from .analysis import evaluate, external
from .errors import BelarusAnalysisError, BelarusAnalysisWarning, CorpusError, GoldError, ViewError
from .extract import REGISTRY
from .report import catalogue, viewer


def _data_overrides(args: argparse.Namespace) -> dict[str, Path]:
    """The :mod:`config` paths the build flags set, each checked with its flag's name."""
    paths: dict[str, Path] = {}
    for flag, key, kind in (("--actors", "ACTORS", "file"), ("--lexicons", "LEXICONS", "folder"),
                            ("--alignments", "ALIGNMENTS", "file"), ("--reference", "REFERENCE", "folder")):
        value = getattr(args, key.lower())
        if value is None:
            continue
        path = Path(value)
        if key == "REFERENCE" and path.is_file():
            # The reference extractor reads REFERENCE/official_results.csv.
            if path.name != "official_results.csv":
                raise CorpusError(f"{flag} {path}: name the folder holding official_results.csv, or that file "
                                  "(columns: data/reference/README.md)")
            path = path.parent
        if not (path.is_file() if kind == "file" else path.is_dir()):
            raise CorpusError(f"{flag} {path}: {kind} not found")
        paths[key] = path.resolve()
    return paths


def _build(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    if args.n_process != "auto" and args.n_process < 1:
        raise BelarusAnalysisError(f"--n-process {args.n_process}: give 1 or more worker processes")
    if args.part_words < 1:
        raise BelarusAnalysisError(f"--part-words {args.part_words}: give 1 or more words")
    if args.max_article_mb <= 0:
        raise BelarusAnalysisError(f"--max-article-mb {args.max_article_mb}: give a size above 0")
    if args.corpus and args.out is None:
        raise CorpusError("--out is required with --corpus: your tables go into a folder of your own, "
                          "not into the project's data/processed/")
    inputs = [p for p in (args.corpus, args.metadata) if p]
    # Before the long part: refuse an unsafe, unwritable or file --out at once.
    out = store.check_out(args.out or config.PROCESSED, inputs)
    out.mkdir(parents=True, exist_ok=True)
    # The cache lives with the tables (OUT/cache; data/processed/cache for the bundled example).
    cache = Path(args.cache) if args.cache else out / "cache"
    with config.override(**_data_overrides(args), CACHE=cache):
        articles = corpus.load_corpus(args.corpus, args.metadata, text=args.text_column, id=args.id_column,
                                      allow_unlisted=args.allow_unlisted, strict=not args.keep_going,
                                      max_bytes=int(args.max_article_mb * 2**20))
        store.refuse_other_corpus(out, articles)
        # Parts are written as their articles finish (memory does not grow with the corpus);
        # each article's rows are cached at once, so a killed build resumes where it stopped.
        parts = pipeline.stream(articles, n_process=1 if args.dask else args.n_process, cache=not args.no_cache,
                                scheduler=args.dask, part_words=args.part_words)
        info = store.write_parts(articles, parts, out, inputs=inputs, force=args.force)
    skipped = articles.attrs["skipped"]
    if skipped:
        print(f"skipped {len(skipped)} article(s), listed with reasons in {out / 'skipped.csv'}:")
        for r in skipped:
            print(f"  {r['article_id']}: {r['reason']}")
    print(f"built {len(info['tables'])} tables from {len(articles)} articles in {time.perf_counter() - t0:.1f} s "
          f"-> {out}")
    for name, n in info["tables"].items():
        print(f"  {name:<12} {n:>6} rows  {out / name}.csv|.parquet")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    # a flag that would be silently ignored gives a different score than the user asked for
    if args.development and (args.seeds_only or args.external):
        other = "--seeds-only" if args.seeds_only else "--external"
        raise BelarusAnalysisError(f"--development cannot be combined with {other}: {other} scores "
                                   f"{'the seeds only' if args.seeds_only else 'your attribution gold only'}")
    if args.subset and not args.external:
        raise BelarusAnalysisError(f"--subset {args.subset}: only with --external FILE (it selects that gold's quotes)")
    if args.development and not evaluate.development_sets():
        raise GoldError(f"--development: no development gold set (a folder dev_set_* with an articles.csv) "
                        f"in {config.GOLD}")
    if args.external:
        scores = external.evaluate_external(args.external, subset=args.subset)
        with pd.option_context("display.width", 200, "display.precision", 3):
            print(f"statements vs {args.external}" + (f" (gold quotes with {args.subset})" if args.subset else ""))
            print(scores.to_string(index=False))
        return 0
    articles = corpus.load_corpus()
    names = [t for t in evaluate.KEYS if t in REGISTRY] if args.table == "all" else [args.table]
    tables = pipeline.build(articles, names)
    sets = [] if args.seeds_only else evaluate.heldout_sets()
    # development sets are labelled in-sample wherever they are printed: the rules were tuned on them
    held = evaluate.gold_sets_scored(names, sets=sets, development=args.development)
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.precision", 3):
        for name in names:
            seeds = evaluate.evaluate(name, tables[name], articles)
            if held:
                print(f"\n== {name}: held-out ({', '.join(sets) or 'none'} in {config.GOLD}) next to in-sample "
                      f"({'development sets, ' if args.development else ''}seeds)")
                both = {**{s: {name: held[s][name]} for s in held}, "seeds (in-sample)": {name: seeds}}
                print(evaluate.combine(both)[name].to_string(index=False))
                for s in held:
                    print(f"\n-- {name}, {s}, by {evaluate.KEYS[name]}")
                    print(held[s][name].to_string(index=False))
            print(f"\n-- {name}, in-sample: {len(tables[name])} predicted rows vs data/gold/{name}.csv")
            print(seeds.to_string(index=False))
            if args.errors:
                print(evaluate.report(name, tables[name], articles).to_string(index=False))
    return 0


def _corpus_tables(folder: str | None) -> tuple[dict, dict, str]:
    """Tables, data settings and a description of the corpus in ``--tables`` (default: the example)."""
    if folder is None:
        return store.load_tables(), {}, "the bundled example"
    info = store.read_manifest(folder)
    if info is None:
        raise CorpusError(f"--tables {folder}: no manifest.json; build it first: "
                          f"belarus-analysis build --corpus YOUR_CORPUS --out {folder}")
    settings = {k: v for k, v in info.get("settings", {}).items() if k in store.SETTINGS}
    return store.load_tables(folder), settings, info["corpus"].get("source") or "an in-memory corpus"


def _report(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    tables, settings, name = _corpus_tables(args.tables)
    out = Path(args.out or (Path(args.tables) / "reports" if args.tables else config.REPORTS))
    with config.override(**settings):
        paths = catalogue.export_all(tables, out, force=args.force)
    print(f"exported {len(paths)} files of {name} ({len(tables.get('articles', ()))} articles) "
          f"in {time.perf_counter() - t0:.1f} s")
    for folder, kinds in (("figures", "PDF/SVG/PNG"), ("tables", "CSV/LaTeX")):
        names = sorted({p.stem for p in paths if p.parent == out / folder and p.suffix != ".md"})
        print(f"  {out / folder}/  {len(names)} {folder} ({kinds}): {', '.join(names)}")
    if any(p.name == "captions.md" for p in paths):
        print(f"  captions (what each n counts): {out / 'figures' / 'captions.md'}")
    return 0


def _notebooks(args: argparse.Namespace) -> int:
    # imported here: nbclient and nbformat cost every other command ~1 s of start-up and ~130k objects
    from .report import notebooks

    _corpus_tables(args.tables)  # a clear error before any kernel starts
    paths = notebooks.analysis_notebooks()
    if not paths:
        raise CorpusError(f"no notebooks 01-06 in {config.NOTEBOOKS} (they come with the project's checkout)")
    for path in notebooks.run(paths, Path(args.out), tables=Path(args.tables)):
        print(f"executed {path.name} on {args.tables} -> {path}")
    return 0


def _rehash(args: argparse.Namespace) -> int:
    path = corpus.record_checksums(args.corpus)
    print(f"recorded sha256 of every .txt in {path}")
    return 0


def _n_process(value: str) -> int | str:
    """``--n-process``: a positive integer or ``auto``."""
    if value == "auto":
        return value
    try:
        return int(value)  # a number below 1 gets _build's one-line error
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer or 'auto', got {value!r}") from None


def _view(args: argparse.Namespace) -> int:
    folder = Path(args.tables)
    if not (folder / "manifest.json").exists():
        raise ViewError(f"--tables {folder}: no manifest.json there; write the tables with "
                        f"`belarus-analysis build --out {folder}` first")
    tables = store.load_tables(folder)
    layers = [layer.strip() for layer in args.layers.split(",") if layer.strip()]
    if args.all:
        paths = viewer.write_pages(tables, args.all, layers=layers)
        print(f"wrote {len(paths) - 1} article pages and {paths[-1]}")
    else:
        print(f"wrote {viewer.view(tables, args.article, layers=layers).save(args.out or viewer.page_name(args.article))}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="belarus-analysis", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=__version__)
    p.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build every tidy table (CSV + Parquet) and a manifest",
                       description="Build every tidy table into --out. Tables are written in parts as articles "
                                   "finish (memory does not grow with the corpus), inside a staging folder: a "
                                   "build that fails or is killed leaves --out as it was. Each article's rows are "
                                   "cached when extracted, so rerunning the same command after an interruption "
                                   "extracts only the rest and gives the same tables.")
    b.add_argument("--corpus", help="folder of .txt articles with articles.csv, or one .csv/.jsonl/.parquet file "
                   "with a text column (default: bundled seeds)")
    b.add_argument("--metadata", help="metadata CSV of a folder corpus (default: CORPUS/articles.csv)")
    b.add_argument("--text-column", default="text", help="text column of a one-file corpus (default: text)")
    b.add_argument("--id-column", default="article_id", help="id column of a one-file corpus (default: article_id)")
    b.add_argument("--out", help="output folder (required with --corpus; default for the seeds: data/processed)")
    b.add_argument("--actors", help="your actors file (default: data/actors.csv; columns: data/README.md)")
    b.add_argument("--lexicons", help="your lexicon folder, a copy of data/lexicons/ with your rows")
    b.add_argument("--reference", help="your official results: a folder with official_results.csv, or that file")
    b.add_argument("--alignments", help="your alignment groups (default: data/alignments.csv)")
    b.add_argument("--cache", help="cache folder (default: OUT/cache)")
    b.add_argument("--allow-unlisted", action="store_true", help="include .txt files that have no metadata row")
    b.add_argument("--keep-going", action="store_true",
                   help="skip articles that cannot be loaded (listed in skipped.csv) instead of stopping")
    b.add_argument("--no-cache", action="store_true",
                   help="parse and extract everything again instead of reusing the cache")
    b.add_argument("--max-article-mb", type=float, default=corpus.MAX_BYTES / 2**20,
                   help=f"refuse raw articles larger than this (default {corpus.MAX_BYTES / 2**20:.0f} MB)")
    b.add_argument("--force", action="store_true", help="overwrite files in --out that no earlier build wrote")
    run = b.add_mutually_exclusive_group()
    run.add_argument("--n-process", type=_n_process, default=1, metavar="N|auto",
                     help="spaCy processes on this machine (default 1); auto: the available cores when more "
                          f"than {pipeline.AUTO_PROCESS_MIN_WORDS:,} words need parsing, else 1")
    run.add_argument("--dask", metavar="ADDRESS|local:N",
                     help="run on a Dask cluster (scheduler address, e.g. tcp://HOST:8786) or on N local "
                          "worker processes (local:N)")
    b.add_argument("--part-words", type=int, default=pipeline.PART_WORDS, metavar="N",
                   help="tables are written as they are built, in parts of about N words of articles "
                        f"(default {pipeline.PART_WORDS:,}; with --dask: one part per partition), "
                        "OUT/parts/<table>/part.*.parquet, then whole as OUT/<table>.csv|.parquet; "
                        "a killed build rerun with the same command resumes from the cache")
    b.set_defaults(func=_build)

    e = sub.add_parser("evaluate", help="score the extractors: held-out gold next to the in-sample seeds, "
                                        "or statements against your own attribution gold (--external)")
    e.add_argument("--table", default="all", choices=["all", *evaluate.KEYS], help="which table (default: all)")
    e.add_argument("--errors", action="store_true", help="also list every remaining error (seeds)")
    e.add_argument("--seeds-only", action="store_true", help="score the seeds only (skip the held-out sets)")
    e.add_argument("--development", action="store_true",
                   help="also score the development sets data/gold/dev_set_* (in-sample: the rules were tuned on them)")
    e.add_argument("--external", metavar="FILE",
                   help="score statements against an attribution gold jsonl (offsets into the raw texts; "
                        "format: belarus_analysis/analysis/external.py)")
    e.add_argument("--subset", metavar="KEY", help="with --external: only gold quotes whose KEY is true (e.g. is_speech)")
    e.set_defaults(func=_evaluate)

    rp = sub.add_parser("report", help="export every chart (PDF/SVG/PNG) and table (CSV/LaTeX) for papers")
    rp.add_argument("--tables", help="tables folder written by build --out (default: the bundled example)")
    rp.add_argument("--out", help="output folder (default: TABLES/reports, or reports/ for the example)")
    rp.add_argument("--force", action="store_true", help="overwrite files in --out that no earlier report wrote")
    rp.set_defaults(func=_report)

    nb = sub.add_parser("notebooks", help="execute notebooks 01-06 on a tables folder, into another folder")
    nb.add_argument("--tables", required=True, help="tables folder written by build --out")
    nb.add_argument("--out", required=True, help="folder for the executed notebooks (their charts: OUT/reports)")
    nb.set_defaults(func=_notebooks)

    v = sub.add_parser("view", help="write an article with its statements, figures and markers drawn on it (HTML)")
    v.add_argument("--tables", default=str(config.PROCESSED),
                   help="folder a build wrote (default: data/processed)")
    which = v.add_mutually_exclusive_group(required=True)
    which.add_argument("--article", help="the article to show (its article_id)")
    which.add_argument("--all", metavar="DIR", help="write one page per article and an index.html into DIR")
    v.add_argument("--out", help="page to write for --article (default: ARTICLE_ID.html)")
    v.add_argument("--layers", default=",".join(viewer.LAYERS),
                   help=f"comma-separated layers to draw (default: {','.join(viewer.LAYERS)})")
    v.set_defaults(func=_view)

    r = sub.add_parser("rehash", help="re-record SHA256SUMS after an intended change to raw texts")
    r.add_argument("corpus", nargs="?", default=str(config.SEEDS), help="corpus folder (default: seeds/)")
    r.set_defaults(func=_rehash)
    return p


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """``warnings.showwarning`` for the command line: one line, no Python source line."""
    prefix = "" if issubclass(category, BelarusAnalysisWarning) else f"{category.__name__}: "
    print(f"belarus-analysis: warning: {prefix}{message}".replace("\n", " "), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _one_line_warning
            return args.func(args)
    except KeyboardInterrupt:
        if args.debug:
            raise
        print("belarus-analysis: interrupted", file=sys.stderr)
        return 130
    except (BelarusAnalysisError, OSError) as e:
        if args.debug:
            raise
        print(f"belarus-analysis: error: {_one_line(e)}", file=sys.stderr)
        return 2


def _one_line(e: BaseException) -> str:
    """The error's message on one line (an OSError names its file: "[Errno 28] No space left
    on device: 'out/x.csv'")."""
    return " ".join(str(e).split()) or type(e).__name__


if __name__ == "__main__":
    sys.exit(main())
