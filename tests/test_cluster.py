"""The build on Dask: a LocalCluster of 2 worker processes gives the tables of the one-process
build, each worker loads the pipeline once, a user's data paths reach the workers, and a
worker that differs from the caller is refused."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import belarus_analysis as ba
from belarus_analysis import cli, config, pipeline, store
from belarus_analysis.bench import synthetic_corpus, write_corpus
from belarus_analysis.errors import PipelineError

distributed = pytest.importorskip("distributed")
cluster = pytest.importorskip("belarus_analysis.cluster")

pytestmark = pytest.mark.slow
TIMEOUT = 60  # seconds for the cluster to start, answer and stop


@pytest.fixture(scope="module")
def client():
    options = cluster.local_cluster_options(2)
    assert (options["processes"], options["threads_per_worker"], options["dashboard_address"]) == (True, 1, None)
    with cluster.local_cluster(2) as local, distributed.Client(local, timeout=TIMEOUT) as c:
        yield c


def test_local_workers_keep_glibc_mmap_threshold(client):
    # Dask's malloc trimming would otherwise pin the mmap threshold at 128 KiB (cluster.WORKER_ENVIRON)
    import os

    got = client.run(lambda: os.environ.get("MALLOC_MMAP_THRESHOLD_"))
    assert set(got.values()) == {str(32 * 2**20)} and len(got) == 2


def test_every_worker_reads_the_callers_data_files_before_its_first_partition(client, tmp_path):
    from belarus_analysis import resources

    folder = tmp_path / "lexicons"
    shutil.copytree(config.LEXICONS, folder)
    with config.override(LEXICONS=folder):
        got = ba.build(ba.from_texts({"a": "The vote was rigged."}), ["markers"], scheduler=client)
    assert got["markers"]["text"].tolist() == ["rigged"]
    # One article, one partition, one worker ran it; the plugin warmed the other with the same lexicons.
    read = client.run(lambda: any(given.startswith(str(folder)) for given, _ in resources._RESOLVED))
    assert list(read.values()) == [True, True]


def test_local_workers_run_no_dashboard_profiler_and_check_their_loop_less_often(client):
    # The sampling profiler and 20 ms loop checks feed a dashboard local:N does not start, and cost
    # the parse a fifth of its CPU again in the worker's other threads (cluster.WORKER_CONFIG).
    got = client.run(lambda dask_worker: ("profile" in dask_worker.periodic_callbacks, dask_worker._tick_interval))
    assert set(got.values()) == {(False, 0.5)} and len(got) == 2


@pytest.fixture(scope="module")
def corpus():
    """A few distinct articles made from the seeds (paragraphs rotated), more than the workers."""
    arts = synthetic_corpus(4_000)
    assert len(arts) > 2 * 2
    return arts


@pytest.fixture(scope="module")
def single(corpus, nlp):
    return ba.build(corpus, nlp=nlp)


def assert_same_tables(got, want):
    assert list(got) == list(want)
    for name in want:
        assert_frame_equal(got[name], want[name], obj=name)
        assert got[name].attrs == want[name].attrs


def test_dask_build_equals_single_process_build(client, corpus, single):
    got = ba.build(corpus, scheduler=client)
    assert_same_tables(got, single)
    parts = list(ba.pipeline.stream(corpus, scheduler=client))
    assert all(len(single[t]) for t in single), "a table is empty: the comparison would prove little"
    # Both worker processes took partitions, each loaded the pipeline exactly once.
    assert sorted(i for i, _ in parts) == list(range(cluster.n_partitions(corpus, workers=2)))
    loads = client.run(lambda: ba.nlp.load_pipeline.cache_info().misses)
    assert sorted(loads.values()) == [1, 1]
    # The partitions' tables are the tables, cut by article.
    for name in single:
        joined = pd.concat([t[name] for _, t in sorted(parts, key=lambda p: p[0])], ignore_index=True)
        assert_frame_equal(joined, single[name].reset_index(drop=True), obj=name)


def test_scheduler_address_and_a_shipped_pipeline(client, corpus, single, nlp):
    head = corpus.head(3)
    want = {name: df for name, df in ba.build(head, nlp=nlp).items()}
    assert_same_tables(ba.build(head, scheduler=client.scheduler.address), want)
    assert_same_tables(ba.build(head, scheduler=client, nlp=nlp), want)


def test_users_lexicons_reach_the_workers(client, tmp_path):
    folder = tmp_path / "lexicons"
    shutil.copytree(config.LEXICONS, folder)
    with open(folder / "attribution_verbs.csv", "a", encoding="utf-8") as f:
        f.write("opine,loaded,clause,added by a test,test\n")
    arts = ba.from_texts({"a": "The minister opined that the count was honest.", "b": "Nothing to see."})
    with config.override(LEXICONS=folder):
        want = pipeline.build(arts, ["markers"])
        got = pipeline.build(arts, ["markers"], scheduler=client)
    assert "opined" in got["markers"]["text"].tolist()
    assert_same_tables(got, want)


def test_dask_build_with_cache_resumes_from_workers_records(client, corpus, single, nlp, tmp_path, monkeypatch):
    cold = ba.build(corpus, scheduler=client, cache=tmp_path)
    assert len(list(tmp_path.rglob("*.spacy"))) == len(corpus)

    def no_parse(*a, **k):
        raise AssertionError("parsed although every article is cached")
        yield  # pragma: no cover

    monkeypatch.setattr(type(nlp), "pipe", no_parse)  # the warm build runs here, from the workers' records
    warm = ba.build(corpus, nlp=nlp, cache=tmp_path)
    assert_same_tables(cold, single)
    assert_same_tables(warm, single)


@pytest.mark.filterwarnings("ignore:.*no column")  # a minimal articles.csv, as a user may have
def test_cli_dask_writes_tables_and_a_partitioned_dataset(client, corpus, tmp_path, capsys):
    src = write_corpus(corpus.head(4), tmp_path / "corpus")
    out = tmp_path / "out"
    # An older build of the same corpus with more partitions left a part this one does not write.
    store.write_parts(ba.load_corpus(src), [(99, {"statements": pd.DataFrame({"x": [1]})})], out)
    assert (out / "parts" / "statements" / "part.00099.parquet").exists()
    argv = ["build", "--corpus", str(src), "--out", str(out), "--no-cache", "--dask"]
    assert cli.main([*argv, client.scheduler.address]) == 0
    want = ba.build(ba.load_corpus(src))
    for name in ["statements", "figures", "markers", "readability"]:
        table = pd.read_parquet(out / f"{name}.parquet")
        assert_frame_equal(table, want[name], obj=name)
        assert_frame_equal(pd.read_parquet(out / "parts" / name), table, obj=name)
    assert not (out / "parts" / "statements" / "part.00099.parquet").exists()
    assert not list(out.glob(".parts.*"))
    assert "built" in capsys.readouterr().out


def test_local_n_starts_and_stops_its_own_cluster():
    arts = ba.from_texts({"a": "Short text one.", "b": "Another short text."})
    got = ba.build(arts, ["readability"], scheduler="local:1")
    assert_same_tables(got, ba.build(arts, ["readability"]))


@pytest.mark.parametrize("scheduler, message", [
    ("local:0", "at least one worker"),
    (42, "must be a distributed.Client"),
    ("tcp://127.0.0.1:9", "cannot reach the Dask scheduler"),
])
def test_bad_scheduler_is_a_clear_error(scheduler, message, monkeypatch):
    monkeypatch.setattr(cluster, "TIMEOUT", 3)
    with pytest.raises(PipelineError, match=message):
        ba.build(ba.from_texts({"a": "Short text."}), ["readability"], scheduler=scheduler)


def test_worker_with_other_data_or_model_is_refused(corpus, nlp):
    expect = {"model": ba.nlp.model_info(nlp), "code": "0" * 64, "data": "0" * 64}
    with pytest.raises(PipelineError, match="another belarus_analysis package and data files"):
        cluster._partition(corpus.head(1), ["readability"], None, cluster._settings(), expect, 16, False)


def test_n_process_with_a_scheduler_is_refused():
    with pytest.raises(ValueError, match="each worker parses in one process"):
        ba.build(ba.from_texts({"a": "Short text."}), ["readability"], scheduler="local:1", n_process=2)
