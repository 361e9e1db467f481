"""The build past one machine, on Dask (``pip install 'belarus_analysis[dask]'``).

:func:`belarus_analysis.build` with ``scheduler=`` (or ``belarus-analysis build --dask``)
lands here. The articles become a Dask DataFrame; each partition goes to a worker, which
runs :func:`belarus_analysis.pipeline.extract_records` on it — the same record-cache
lookups, parse and per-article extraction (:func:`~belarus_analysis.pipeline.article_records`)
as a build in one process — and sends back plain records. The caller assembles the
tables exactly as the one-process build does, so they are identical.

Each worker loads the spaCy pipeline once: :class:`LoadPipeline`, a Dask worker plugin,
loads it when the worker starts (and on workers that join later), with the caller's data
files read and the extractors run once (:func:`~belarus_analysis.pipeline.warm_up`), and
:func:`~belarus_analysis.nlp.load_pipeline` keeps it for the life of the worker process. A
pipeline passed as ``nlp=`` is sent to each worker once instead.

Workers must run the same package version, model and data files as the caller: the
caller's path settings (:mod:`belarus_analysis.config`, e.g. a user's lexicons) are applied
on the worker, and a worker whose package, model or data files differ (by fingerprint)
stops the build with :class:`~belarus_analysis.errors.PipelineError` rather than return
other tables. On a cluster this means one environment for all (same container image or
a shared file system) and, with ``cache``, a cache folder the workers can reach.

>>> n_partitions(pd.DataFrame({"n_words": [500] * 10}), workers=2)
8
>>> n_partitions(pd.DataFrame({"n_words": [500] * 3}), workers=2)
3
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
from spacy.language import Language

from . import config, pipeline
from . import nlp as nlp_mod
from .cache import code_fingerprint, data_fingerprint
from .errors import PipelineError

try:
    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster, WorkerPlugin, as_completed
except ImportError as e:  # the optional extra is not installed
    raise PipelineError(f"the Dask build needs the 'dask' extra ({e.name} is missing): "
                        "pip install 'belarus_analysis[dask]' (`make setup` installs it)") from None

# Partitions per worker: more than one so a worker that finishes early takes another, and
# few enough that per-task overhead (milliseconds) stays negligible against parsing (seconds).
# (Measured on 100,000 words, 2 workers, from Dask's task stream: the workers computed for all but
# 0.1-0.8 s of the build, in gaps between partitions and at the end; 8 partitions per worker with one
# handed out at a time, worker-saturation 1.0, traded smaller ends for longer gaps, no faster.)
PARTS_PER_WORKER = 4
# At most this many words per partition, so a partition's rows (held by its worker until
# the caller takes them) stay small on large corpora: about 20 s of parsing on one core.
PART_MAX_WORDS = 200_000
# Seconds to wait for a scheduler to answer, and for a local cluster to start or stop.
TIMEOUT = 60

LOCAL = re.compile(r"local:(\d+)")

# Dask starts its workers with MALLOC_TRIM_THRESHOLD_ set (to hand freed memory back to the OS).
# Setting any such malloc option also fixes glibc's mmap threshold at 128 KiB, so every larger
# array spaCy allocates per batch becomes a fresh mmap: 12-15 % more CPU for the same build
# (measured on 30,000 words, one process: 6.3 -> 7.3 CPU s). Raising the mmap threshold to
# glibc's own dynamic maximum (32 MiB on 64-bit) removes that cost and keeps the trimming.
# On a cluster of your own, set the same in the Dask configuration (README).
WORKER_ENVIRON = {"MALLOC_MMAP_THRESHOLD_": 32 * 2**20}

# Dask's background work in every worker, which feeds a dashboard ``local:N`` does not start:
# the statistical profiler samples the running task's stack every 10 ms, and the event-loop
# health check (20 ms) and system monitor (500 ms) tick beside it. Together they took 20 % of the
# task's CPU again in the worker's other threads (measured on 30,000 words, 2 workers, CPU time of
# the worker process vs of the task's thread: 16.0 vs 13.3 s), competing with the parse for the
# cores; with these settings 3 %. The memory monitor (100 ms), which guards the worker, is kept.
# On a cluster of your own, set the same in the Dask configuration (README).
WORKER_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "500ms",
                 "distributed.admin.system-monitor.interval": "2s"}

# spaCy does not document a pipeline as thread-safe: on a worker with several threads,
# partitions run one at a time (they would contend for the GIL anyway).
_LOCK = threading.Lock()


class LoadPipeline(WorkerPlugin):
    """Dask worker plugin: when a worker starts, load the default spaCy pipeline (once per worker
    process: :func:`~belarus_analysis.nlp.load_pipeline` caches it) and run the extractors once
    with the caller's path ``settings`` (:func:`~belarus_analysis.pipeline.warm_up`), so every
    worker reads the data files before its first partition rather than during it."""

    name = "belarus-analysis-load-pipeline"

    def __init__(self, settings: dict[str, Path] | None = None) -> None:
        self.settings = settings or {}

    def setup(self, worker) -> None:
        with _LOCK, config.override(**self.settings):
            pipeline.warm_up(nlp_mod.load_pipeline())


@contextmanager
def connect(scheduler) -> Iterator[Client]:
    """A Dask client for ``scheduler``, closed afterwards if made here.

    Parameters
    ----------
    scheduler : distributed.Client or str
        A client (used as it is, left open); ``"local:N"``: a :class:`distributed.LocalCluster`
        of N worker processes with one thread each and no dashboard, stopped afterwards; any
        other string: the address of a running scheduler (``"tcp://10.0.0.5:8786"``).

    Yields
    ------
    distributed.Client

    Raises
    ------
    PipelineError
        When the scheduler cannot be reached within :data:`TIMEOUT` seconds, or ``local:0``.
    """
    if isinstance(scheduler, Client):
        yield scheduler
        return
    if not isinstance(scheduler, str):
        raise PipelineError(f"scheduler must be a distributed.Client, an address or 'local:N', got {scheduler!r}")
    if m := LOCAL.fullmatch(scheduler.strip()):
        n = int(m.group(1))
        if n < 1:
            raise PipelineError(f"{scheduler!r}: a local cluster needs at least one worker (local:N, N >= 1)")
        with local_cluster(n) as cluster, Client(cluster, timeout=TIMEOUT) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=TIMEOUT)
    except (OSError, ValueError) as e:  # TimeoutError is an OSError; ValueError: unknown protocol
        raise PipelineError(f"cannot reach the Dask scheduler {scheduler!r} within {TIMEOUT} s ({e}); "
                            "give its address as tcp://HOST:PORT, or local:N for N local worker processes") from None
    with client:
        yield client


def local_cluster(n_workers: int) -> LocalCluster:
    """The :class:`distributed.LocalCluster` behind ``"local:N"`` (:func:`local_cluster_options`),
    its workers started with :data:`WORKER_ENVIRON` and :data:`WORKER_CONFIG`.

    Returns
    -------
    distributed.LocalCluster
        Started; use it as a context manager to stop it.
    """
    # The nanny reads the environment of the worker it spawns from the configuration when made.
    environ = {f"distributed.nanny.pre-spawn-environ.{k}": v for k, v in WORKER_ENVIRON.items()}
    with dask.config.set({**environ, **WORKER_CONFIG}):
        return LocalCluster(**local_cluster_options(n_workers))


def local_cluster_options(n_workers: int) -> dict:
    """Options of the :class:`distributed.LocalCluster` behind ``"local:N"``: N worker processes
    with one thread each (spaCy parses on one core), on this machine only, no dashboard.

    >>> local_cluster_options(2)["processes"], local_cluster_options(2)["threads_per_worker"]
    (True, 1)
    """
    # Without a dashboard the scheduler still serves health checks over HTTP, by default on
    # port 8787 of every interface; a free loopback port keeps it private and clash-free.
    return {"n_workers": n_workers, "processes": True, "threads_per_worker": 1, "host": "127.0.0.1",
            "dashboard_address": None, "scheduler_kwargs": {"dashboard_address": "127.0.0.1:0"},
            "timeout": TIMEOUT}


def n_partitions(articles: pd.DataFrame, *, workers: int) -> int:
    """How many partitions to cut ``articles`` into for ``workers`` workers:
    :data:`PARTS_PER_WORKER` per worker, more when a partition would exceed
    :data:`PART_MAX_WORDS` words, never more than there are articles."""
    words = int(articles["n_words"].fillna(0).sum()) if "n_words" in articles else 0
    return max(1, min(len(articles), max(workers * PARTS_PER_WORKER, -(-words // PART_MAX_WORDS))))


def _settings() -> dict[str, Path]:
    """The caller's path settings (a user's lexicons or actors included), to apply on workers.
    The package folder is the worker's own."""
    return {k: v for k, v in vars(config).items() if k.isupper() and isinstance(v, Path) and k != "PACKAGE_DIR"}


def _partition(part: pd.DataFrame, tables: list[str], nlp: Language | None, settings: dict[str, Path],
               expect: dict, batch_size: int, cache: Path | str | bool) -> dict[str, dict[str, list[dict]]]:
    """Run on a worker: the finished rows of one partition's articles."""
    with _LOCK, config.override(**settings):
        nlp = nlp or nlp_mod.load_pipeline()
        here = {"model": nlp_mod.model_info(nlp), "code": code_fingerprint(), "data": data_fingerprint()}
        differ = [k for k in expect if here[k] != expect[k]]
        if differ:
            what = {"model": "spaCy model", "code": "belarus_analysis package", "data": "data files"}
            detail = f" (model {here['model']} here, {expect['model']} in the caller)" if "model" in differ else ""
            raise PipelineError(f"a Dask worker has another {' and '.join(what[k] for k in differ)} than the caller"
                                f"{detail}; run every worker from the same environment and data (same image or "
                                "shared file system)")
        return pipeline.extract_records(part, tables, nlp, batch_size=batch_size, cache=cache, progress=False)


def partition_records(articles: pd.DataFrame, tables: list[str], *, nlp: Language | None, model: dict,
                    scheduler, batch_size: int = 16, cache: bool | Path | str = False,
                    progress: bool | None = None) -> Iterator[tuple[int, dict[str, dict[str, list[dict]]]]]:
    """Yield ``(partition, {article_id: {table: records}})`` as the partitions of ``articles`` finish
    on the Dask ``scheduler`` (see :func:`connect`).

    ``nlp`` None: each worker uses the default pipeline, which must be ``model``
    (:func:`~belarus_analysis.nlp.model_info` of the caller's); else that pipeline is sent
    to every worker once. The rows are those :func:`belarus_analysis.pipeline.extract_records`
    gives in one process; :func:`belarus_analysis.build` assembles them into tables.
    """
    cache = config.CACHE if cache is True else cache
    expect = {"model": dict(model), "code": code_fingerprint(), "data": data_fingerprint()}
    with connect(scheduler) as client:
        if nlp is None:
            client.register_plugin(LoadPipeline(_settings()))
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # Keep the articles' own dtypes: Dask would turn text columns into pyarrow strings,
        # and workers must see each article's values exactly as a one-process build does.
        with dask.config.set({"dataframe.convert-string": False}):
            parts = dd.from_pandas(articles, npartitions=n_partitions(articles, workers=workers),
                                   sort=False).to_delayed()
        shipped = client.scatter(nlp, broadcast=True, hash=False) if nlp is not None else None
        run = dask.delayed(_partition, pure=False)
        futures = client.compute([run(p, tables, shipped, _settings(), expect, batch_size, cache) for p in parts])
        index = {f.key: i for i, f in enumerate(futures)}
        bar = pipeline._progress(articles, progress)
        try:
            for future, rows in as_completed(futures, with_results=True):
                if bar is not None and "n_words" in articles:  # the bar counts words, as in one process
                    bar.update(int(articles.loc[articles["article_id"].isin(list(rows)), "n_words"].sum()))
                yield index[future.key], rows
        finally:
            client.cancel(futures)
            if bar is not None:
                bar.close()
