"""A user's own corpus end to end (issue 14, "Done means"): one CSV file of invented articles is
built through the command line with a custom actors file and a new lexicon term, reloaded,
reported and run through notebooks 01-06, in a temporary folder; the checkout is untouched."""

from __future__ import annotations

import hashlib
import json
import subprocess

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

import belarus_analysis as ba  # noqa: E402
from belarus_analysis import cli, config  # noqa: E402
from belarus_analysis.analysis import adapt  # noqa: E402
from belarus_analysis.report import catalogue, charts  # noqa: E402

OUTLETS = set(adapt.EXAMPLE_METADATA["outlet"])


def _snapshot() -> dict:
    """What a run could change in the checkout: git's view, and every file (with its hash) under
    the git-ignored folders data/processed/ and reports/."""
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=config.ROOT,
                            capture_output=True, text=True, check=True).stdout
    files = {str(p.relative_to(config.ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
             for folder in (config.PROCESSED, config.REPORTS) if folder.exists()
             for p in sorted(folder.rglob("*")) if p.is_file()}
    return {"status": status, "files": files}


def _own_corpus(tmp_path):
    """The invented corpus as one CSV, with copies of actors and lexicons that know more."""
    corpus = adapt.write_example_table(tmp_path / "my_articles.csv")
    lexicons = adapt.copy_data("lexicons", tmp_path)
    adapt.add_row(lexicons / "legitimacy.csv", {"pattern": "stage-managed", "match": "phrase",
                                                 "category": "delegitimising", "polarity": -1})
    actors = adapt.copy_data("actors.csv", tmp_path)
    adapt.add_row(actors, {"actor_id": "civic_ballot_monitor", "canonical_name": "Civic Ballot Monitor",
                           "variants": "Civic Ballot Monitor", "group": "ngo", "kind": "ngo"})
    return corpus, actors, lexicons


def _outputs_text(notebook) -> str:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    return "\n".join("".join(o.get("data", {}).get("text/plain", "")) + "".join(o.get("text", ""))
                     for c in nb["cells"] for o in c.get("outputs", []))


def test_own_corpus_through_the_cli_leaves_the_checkout_untouched(tmp_path, capsys):
    before = _snapshot()
    corpus, actors, lexicons = _own_corpus(tmp_path)
    out = tmp_path / "my_out"
    assert cli.main(["build", "--corpus", str(corpus), "--text-column", "body", "--id-column", "url",
                     "--out", str(out), "--actors", str(actors), "--lexicons", str(lexicons)]) == 0
    # The cache went with the tables, the manifest names the corpus and the data files it used.
    assert list((out / "cache").rglob("*.spacy"))
    info = json.loads((out / "manifest.json").read_text())
    assert info["corpus"]["source"] == str(corpus.resolve()) and info["corpus"]["format"] == "csv"
    assert str(actors.resolve()) in info["data_files"] and str((lexicons / "legitimacy.csv").resolve()) in info["data_files"]
    assert not any(p.startswith(str(config.DATA / "lexicons")) or p == str(config.ACTORS) for p in info["data_files"])

    # Reload: the new term and the new actor are in the tables that were written.
    tables = ba.load_tables(out)
    assert set(tables["articles"]["outlet"]) == OUTLETS
    # both uses count: the predicative one through the user's new row alone; 'stage-managed vote'
    # through the bundled row for epithets of a vote, whose longer span wins
    marked = tables["markers"]["text"]
    assert (marked == "stage-managed").sum() == 1 and marked.str.contains("stage-managed").sum() == 2
    assert "civic_ballot_monitor" in set(tables["statements"]["actor_id"].dropna())

    # Report: says which corpus, writes into OUT/reports, the invented outlets in the charts' data.
    capsys.readouterr()
    assert cli.main(["report", "--tables", str(out)]) == 0
    said = capsys.readouterr().out
    assert str(corpus.resolve()) in said and "(3 articles)" in said
    voices = pd.read_csv(out / "reports" / "tables" / "voices_by_outlet.csv")
    assert set(voices["outlet"]) == OUTLETS
    assert (out / "reports" / "figures" / "voices_by_outlet.svg").exists()
    fig = catalogue.CHARTS["voices_by_outlet"](tables)
    try:
        labels = " ".join(t.get_text() for ax in fig.axes for t in ax.get_yticklabels())
        assert all(charts.short_outlet(o) in labels for o in OUTLETS), labels
    finally:
        plt.close(fig)

    # Notebooks 01-06 on these tables: the invented outlets in their outputs, no seed outlet.
    assert cli.main(["notebooks", "--tables", str(out), "--out", str(tmp_path / "nb")]) == 0
    executed = sorted((tmp_path / "nb").glob("*.ipynb"))
    assert [p.name[:2] for p in executed] == ["01", "02", "03", "04", "05", "06"]
    overview, speakers = _outputs_text(executed[0]), _outputs_text(executed[1])
    assert all(o in overview and o in speakers for o in OUTLETS)
    assert "RFE/RL" not in overview and "RT" not in speakers.split()
    assert "3 articles" in "".join(json.dumps(json.loads(executed[0].read_text())["cells"]))

    assert _snapshot() == before


def test_a_users_alignment_group_gets_its_own_label_and_colour(tmp_path):
    corpus = adapt.write_example_table(tmp_path / "my_articles.csv")
    groups = tmp_path / "alignments.csv"
    groups.write_text(config.ALIGNMENTS.read_text(encoding="utf-8")
                      + "ngo_monitor,Election monitors,Monitors,4,#CC79A7,monitoring NGOs\n", encoding="utf-8")
    df = pd.read_csv(corpus)
    df.loc[2, "alignment"] = "ngo_monitor"
    df.to_csv(corpus, index=False)
    with pytest.raises(ba.CorpusError, match=r"my_articles.csv:4: alignment='ngo_monitor' is not an alignment code; "
                                             r"valid codes: state_aligned, western_government, independent, other"):
        ba.load_corpus(corpus, text="body", id="url")
    out = tmp_path / "out"
    assert cli.main(["build", "--corpus", str(corpus), "--text-column", "body", "--id-column", "url",
                     "--out", str(out), "--alignments", str(groups)]) == 0
    tables = ba.load_tables(out)
    with config.override(**ba.store.read_manifest(out)["settings"]):  # what report and notebooks do
        fig = charts.markers_chart(tables["markers"], tables["articles"])
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    colours = {to_hex(p.get_facecolor()).upper() for ax in fig.axes for p in ax.patches}
    plt.close(fig)
    assert labels[-1].startswith("Election monitors") and "#CC79A7" in colours
