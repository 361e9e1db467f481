"""Held-out evaluation machinery, on a synthetic gold folder laid out like data/gold/heldout
(the real held-out set is scored by ``belarus-analysis evaluate``, not tuned on in tests)."""

from __future__ import annotations

import pandas as pd

import belarus_analysis as ba
from belarus_analysis import config, pipeline
from belarus_analysis.analysis import evaluate


def _folder(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir(parents=True)
    (texts / "h1.txt").write_text('Berg said the plan was "a disgrace" and would fail. Moscow said it was fair.\n')
    (texts / "h2.txt").write_text("Nothing was said here.\n")
    pd.DataFrame({"article_id": ["h1", "h2"], "source_file": ["h1.txt", "h2.txt"], "outlet": ["X", "Y"],
                  "published": ["2020-08-10", "2020-08-11"]}).to_csv(tmp_path / "articles.csv", index=False)
    pd.DataFrame([
        {"gold_id": "h1-01", "article_id": "h1", "kind": "indirect", "text": 'the plan was "a disgrace" and would fail',
         "occurrence": 1, "speaker": "Berg", "actor_id": "", "cue": "said", "cue_lemma": "say", "note": "",
         "parent_gold_id": "", "actor_group": ""},
        {"gold_id": "h1-02", "article_id": "h1", "kind": "partial", "text": "a disgrace", "occurrence": 1,
         "speaker": "Berg", "actor_id": "", "cue": "said", "cue_lemma": "say", "note": "",
         "parent_gold_id": "h1-01", "actor_group": ""},
        {"gold_id": "h1-03", "article_id": "h1", "kind": "indirect", "text": "it was fair", "occurrence": 1,
         "speaker": "Moscow", "actor_id": "russia_government", "cue": "said", "cue_lemma": "say", "note": "",
         "parent_gold_id": "", "actor_group": "russian_government"},
    ]).to_csv(tmp_path / "statements.csv", index=False)
    return tmp_path


def test_heldout_scores_top_level_rows_and_actor_groups(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "heldout")
    monkeypatch.setattr(config, "GOLD", tmp_path)
    scores = evaluate.heldout(["statements"])["statements"].set_index("kind")
    assert scores.loc["all", "n_gold"] == 3 and scores.loc["top-level", "n_gold"] == 2
    assert scores.loc["top-level", "f1"] == 1.0 and scores.loc["all", "f1"] == 1.0
    assert scores.loc["all", "actor_group_accuracy"] == 1.0  # one gold row names a group; it is right
    assert folder == evaluate.heldout_dir()


def test_an_article_without_gold_rows_still_counts_its_predictions(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "heldout")
    (folder / "texts" / "h2.txt").write_text("Berg said the vote was rigged.\n")
    monkeypatch.setattr(config, "GOLD", tmp_path)
    scores = evaluate.heldout(["statements"])["statements"].set_index("kind")
    assert scores.loc["all", "n_pred"] == 4 and scores.loc["all", "precision"] == 0.75


def test_side_by_side_puts_held_out_first():
    arts = ba.load_corpus()
    seeds = evaluate.evaluate("statements", pipeline.build(arts, ["statements"])["statements"], arts)
    both = evaluate.side_by_side(seeds, seeds.assign(f1=0.5))
    assert list(both.columns) == ["all: held-out", "all: in-sample (seeds)"]
    assert both.loc["f1", "all: held-out"] == 0.5 and both.loc["f1", "all: in-sample (seeds)"] > 0.95
