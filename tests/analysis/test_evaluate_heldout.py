"""Held-out evaluation machinery, on a synthetic gold folder laid out like data/gold/heldout
(the real held-out set is scored by ``belarus-analysis evaluate``, not tuned on in tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import config, pipeline
from belarus_analysis.analysis import evaluate
from belarus_analysis.errors import GoldError


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
    # leaving out an article someone tuning the rules has read drops its predictions and its gold rows
    unseen = evaluate.heldout(["statements"], exclude=["h1"])["statements"].set_index("kind")
    assert unseen.loc["all", "n_pred"] == 1 and unseen.loc["all", "n_gold"] == 0


def test_headline_puts_every_held_out_set_before_the_seeds(tmp_path, monkeypatch):
    _folder(tmp_path / "heldout")
    _folder(tmp_path / "heldout2")
    shutil.copy(Path(config.GOLD) / "statements.csv", tmp_path)  # the seeds' gold, next to the sets
    monkeypatch.setattr(config, "GOLD", tmp_path)
    arts = ba.load_corpus()
    tables = pipeline.build(arts, ["statements"])
    head = evaluate.headline(tables, arts)
    assert list(head) == ["statements"]
    s = head["statements"]
    assert s[["subset", "gold_set"]].values.tolist() == [
        ["all", "heldout"], ["all", "heldout2"], ["all", "held-out pooled"], ["all", "seeds (in-sample)"],
        ["top-level", "heldout"], ["top-level", "heldout2"], ["top-level", "held-out pooled"]]  # seed gold: no parents
    assert s["f1"].iloc[0] == 1.0 and 0.95 < s["f1"].iloc[3] < 1.0
    # the pool counts every row of both sets once; the sets' equal article ids never match across sets
    assert s["n_gold"].iloc[2] == 2 * s["n_gold"].iloc[0] and s["f1"].iloc[2] == 1.0
    # a development set (studied while tuning) is scored in-sample, between held-out sets and seeds
    _folder(tmp_path / "dev_set_x")
    (tmp_path / "dev_notes").mkdir()  # not dev_set_*: not a set
    assert evaluate.development_sets() == ["dev_set_x"]
    labels = evaluate.headline(tables, arts, development=True)["statements"]["gold_set"].unique().tolist()
    assert labels == ["heldout", "heldout2", "held-out pooled", "dev_set_x (in-sample)", "seeds (in-sample)"]
    assert evaluate.headline(tables, arts, sets=[])["statements"]["gold_set"].unique().tolist() == [
        "seeds (in-sample)"]  # development sets only when asked


def test_sets_csv_labels_the_gold_sets_in_every_scored_table(tmp_path, monkeypatch):
    _folder(tmp_path / "heldout")
    _folder(tmp_path / "heldout2")
    _folder(tmp_path / "dev_set_x")
    monkeypatch.setattr(config, "GOLD", tmp_path)
    (tmp_path / "sets.csv").write_text("folder,label\nheldout,set F\ndev_set_x,set X\n")
    # a folder without a row keeps its name
    assert list(evaluate.gold_sets_scored(["statements"], development=True)) == [
        "set F", "heldout2", "held-out pooled", "set X (in-sample)"]
    (tmp_path / "sets.csv").write_text("folder,label\nheldout,set F\nheldout2,set F\n")
    with pytest.raises(GoldError, match=r"sets.csv, line 3: label 'set F' is listed twice"):
        evaluate.set_labels()
    (tmp_path / "sets.csv").write_text("folder,label\nheldout,\n")
    with pytest.raises(GoldError, match="line 2: empty folder or label"):
        evaluate.set_labels()
    (tmp_path / "sets.csv").write_text("folder,name\nheldout,set F\n")
    with pytest.raises(GoldError, match="no column label"):
        evaluate.set_labels()


def test_every_heldout_folder_is_a_set_scored_on_its_own(tmp_path, monkeypatch):
    _folder(tmp_path / "heldout")
    second = _folder(tmp_path / "heldout2")
    (second / "texts" / "h1.txt").write_text("Nothing at all.\n")  # its gold no longer matches: recall 0
    (tmp_path / "heldout_notes").mkdir()  # no articles.csv: not a set
    _folder(tmp_path / "heldout10")
    monkeypatch.setattr(config, "GOLD", tmp_path)
    assert evaluate.heldout_sets() == ["heldout", "heldout2", "heldout10"]  # 2 before 10, as coded
    with __import__("pytest").raises(ba.errors.GoldError):
        evaluate.heldout(["statements"], name="heldout2")  # gold text not found: refused, not scored as 0
    assert evaluate.heldout(["statements"], name="heldout")["statements"].set_index("kind").loc["all", "f1"] == 1.0
    (second / "texts" / "h1.txt").write_text("Berg said the plan was fine and nothing more. Moscow said so.\n")
    (second / "statements.csv").write_text("gold_id,article_id,kind,text,occurrence\n")  # no gold rows
    pooled = evaluate.heldout(["statements"], name=["heldout", "heldout2"])["statements"].set_index("kind")
    assert pooled.loc["all", "n_gold"] == 3 and pooled.loc["all", "recall"] == 1.0
    assert pooled.loc["all", "n_pred"] > 3 and pooled.loc["all", "precision"] < 1.0  # the second set's rows are spurious


def test_evaluate_adds_polar_and_results_rows(tmp_path):
    text = "Turnout was 84 percent. The rigged vote gave Petrov 80.1 percent. President Petrov spoke."
    (tmp_path / "a.txt").write_text(text)
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "source_file": ["a.txt"]})
    pd.DataFrame([
        {"gold_id": "m1", "article_id": "a", "text": "rigged", "occurrence": 1, "lexicon": "legitimacy",
         "category": "fraud", "polarity": "-1", "voice": "outlet"},
        {"gold_id": "m2", "article_id": "a", "text": "President", "occurrence": 1, "lexicon": "actor_label",
         "category": "official_title", "polarity": "0", "voice": "outlet"},
    ]).to_csv(tmp_path / "markers.csv", index=False)
    pd.DataFrame([
        {"gold_id": "f1", "article_id": "a", "text": "84 percent", "occurrence": 1, "value": "84", "unit": "percent",
         "kind": "turnout", "qualifier": "", "subject": "", "iso_date": "", "stage": "final"},
        {"gold_id": "f2", "article_id": "a", "text": "80.1 percent", "occurrence": 1, "value": "80.1",
         "unit": "percent", "kind": "vote_share", "qualifier": "", "subject": "petrov", "iso_date": "",
         "stage": "final"},
    ]).to_csv(tmp_path / "figures.csv", index=False)
    at = text.index
    markers = pd.DataFrame([
        {"article_id": "a", "char_start": at("rigged"), "char_end": at("rigged") + 6, "text": "rigged",
         "lexicon": "legitimacy", "category": "fraud", "polarity": -1, "voice": "outlet"},
        {"article_id": "a", "char_start": at("vote gave"), "char_end": at("vote gave") + 4, "text": "vote",
         "lexicon": "legitimacy", "category": "procedure", "polarity": 1, "voice": "outlet"},
    ])
    figures = pd.DataFrame([
        {"article_id": "a", "char_start": at("84"), "char_end": at("84") + 10, "text": "84 percent", "value": 84.0,
         "unit": "percent", "kind": "turnout", "qualifier": "", "subject": "", "iso_date": "",
         "reference_stage": "final"},
        {"article_id": "a", "char_start": at("80.1"), "char_end": at("80.1") + 12, "text": "80.1 percent",
         "value": 80.1, "unit": "percent", "kind": "vote_share", "qualifier": "", "subject": "petrov",
         "iso_date": "", "reference_stage": "preliminary"},  # compared with the wrong stage
    ])
    m = evaluate.evaluate("markers", markers, arts, gold_dir=tmp_path, texts=tmp_path).set_index("lexicon")
    assert m.loc["polar", "n_gold"] == 1 and m.loc["polar", "precision"] == 0.5  # the title is not polar
    f = evaluate.evaluate("figures", figures, arts, gold_dir=tmp_path, texts=tmp_path).set_index("kind")
    assert f.loc["results", "f1"] == 1.0 and f.loc["results", "fully_right"] == 0.5
    assert f.loc["results", "stage_accuracy"] == 0.5 and f.loc["results", "subject_accuracy"] == 1.0


def test_fully_right_stage_of_a_figure_that_is_not_compared(tmp_path):
    """An exit poll, a threshold and a regional or early-voting figure must not be compared with an
    official result (figures.md §15): the gold stage of the reported figure then expects none."""
    text = "Exit poll 88 percent. In Brest turnout was 41 percent. A winner needs 50 percent. Turnout 84 percent."
    (tmp_path / "a.txt").write_text(text)
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "source_file": ["a.txt"]})
    gold = [("88 percent", 88, "vote_share", "exit_poll", "", ""), ("41 percent", 41, "turnout", "preliminary",
            "regional (Brest), early voting", ""), ("50 percent", 50, "vote_share", "", "", "1"),
            ("84 percent", 84, "turnout", "final", "", "")]
    pd.DataFrame([{"gold_id": f"f{i}", "article_id": "a", "text": t, "occurrence": 1, "value": str(v), "unit": "percent",
                   "kind": k, "qualifier": "", "subject": "", "iso_date": "", "stage": st, "note": note,
                   "is_threshold": th} for i, (t, v, k, st, note, th) in enumerate(gold)]).to_csv(
        tmp_path / "figures.csv", index=False)

    def figures(stages):
        return pd.DataFrame([{"article_id": "a", "char_start": text.index(t), "char_end": text.index(t) + len(t),
                              "text": t, "value": float(v), "unit": "percent", "kind": k, "qualifier": "", "subject": "",
                              "iso_date": "", "reference_stage": st} for (t, v, k, *_), st in zip(gold, stages)])

    def fully_right(stages):
        f = evaluate.evaluate("figures", figures(stages), arts, gold_dir=tmp_path, texts=tmp_path).set_index("kind")
        return f.loc["results", "fully_right"]

    assert fully_right([None, None, None, "final"]) == 1.0  # of 3: the threshold is scored as kind threshold
    f = evaluate.evaluate("figures", figures([None] * 4).assign(kind=["vote_share", "turnout", "threshold", "turnout"]),
                          arts, gold_dir=tmp_path, texts=tmp_path).set_index("kind")
    assert f.loc["threshold", "f1"] == 1.0 and f.loc["results", "n_gold"] == 3
    # comparing the exit poll and the regional early-voting turnout with the official result is wrong
    assert fully_right(["final", "preliminary", None, "final"]) == 1 / 3
    assert fully_right([None, None, None, "preliminary"]) == 2 / 3
    # the stage is scored on its own, over matched pairs: the one field that was wrong above
    f = evaluate.evaluate("figures", figures(["final", "preliminary", None, "final"]), arts, gold_dir=tmp_path,
                          texts=tmp_path).set_index("kind")
    assert f.loc["results", "stage_accuracy"] == 1 / 3 and f.loc["results", "kind_accuracy"] == 1.0


def test_cli_evaluate_labels_development_sets_in_sample(tmp_path, monkeypatch, capsys):
    from belarus_analysis import cli

    _folder(tmp_path / "heldout9")
    _folder(tmp_path / "dev_set_x")
    shutil.copy(Path(config.GOLD) / "statements.csv", tmp_path)
    monkeypatch.setattr(config, "GOLD", tmp_path)
    assert cli.main(["evaluate", "--table", "statements", "--development"]) == 0
    out = capsys.readouterr().out
    assert "held-out (heldout9 in" in out and "-- statements, dev_set_x (in-sample), by kind" in out
    assert cli.main(["evaluate", "--table", "statements"]) == 0
    assert "dev_set_x" not in capsys.readouterr().out  # only when asked


def test_heldout_with_no_set_named_says_so(tmp_path, monkeypatch):
    from belarus_analysis.errors import GoldError

    monkeypatch.setattr(config, "GOLD", tmp_path)
    with pytest.raises(GoldError, match=r"name=\[\]"):  # was a bare StopIteration from the pooling
        evaluate.heldout(["statements"], name=[])


def test_cli_evaluate_development_flag_conflicts_and_absence_are_named(tmp_path, monkeypatch, capsys):
    from belarus_analysis import cli

    monkeypatch.setattr(config, "GOLD", tmp_path)
    # --seeds-only used to be overridden silently: the development sets were scored as well
    assert cli.main(["evaluate", "--table", "statements", "--seeds-only", "--development"]) == 2
    assert "--development cannot be combined with --seeds-only" in capsys.readouterr().err
    assert cli.main(["evaluate", "--development", "--external", str(tmp_path / "gold.jsonl")]) == 2
    assert "--development cannot be combined with --external" in capsys.readouterr().err
    # --subset selects quotes of an --external gold; without one it was silently ignored
    assert cli.main(["evaluate", "--table", "statements", "--subset", "is_speech"]) == 2
    assert "--subset is_speech: only with --external FILE" in capsys.readouterr().err
    # asked for development sets where there are none: said, not silently skipped
    assert cli.main(["evaluate", "--table", "statements", "--development"]) == 2
    err = capsys.readouterr().err
    assert "--development: no development gold set" in err and str(tmp_path) in err


def test_heldout_takes_a_set_folder_as_a_path_as_before_pooling(tmp_path, monkeypatch):
    # a Path was iterated as a list of set names once name= also took lists (TypeError)
    _folder(tmp_path / "heldout")
    monkeypatch.setattr(config, "GOLD", tmp_path)
    by_path = evaluate.heldout(["statements"], name=Path("heldout"))["statements"]
    pd.testing.assert_frame_equal(by_path, evaluate.heldout(["statements"], name="heldout")["statements"])
    assert by_path.set_index("kind").loc["all", "n_gold"] == 3


def _second_coding(folder: Path, statements: pd.DataFrame, markers: pd.DataFrame) -> Path:
    folder.mkdir(parents=True)
    statements.to_csv(folder / "statements.csv", index=False)
    markers.to_csv(folder / "markers.csv", index=False)
    pd.DataFrame(columns=["gold_id", "article_id", "text", "occurrence", "value", "unit", "kind"]).to_csv(
        folder / "figures.csv", index=False)  # a set with no figures
    return folder


def test_agreement_scores_a_second_coder_against_the_first(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "GOLD", tmp_path)
    first = _folder(tmp_path / "heldout")
    marker = {"gold_id": "mk1", "article_id": "h1", "text": "a disgrace", "occurrence": 1, "lexicon": "legitimacy",
              "category": "delegitimising", "polarity": -1, "voice": "quoted", "speaker_actor_id": "",
              "target_actor_id": "", "note": ""}
    pd.DataFrame([marker]).to_csv(first / "markers.csv", index=False)
    coded = pd.read_csv(first / "statements.csv", dtype=str, keep_default_na=False)

    _second_coding(tmp_path / "reliability" / "heldout", coded, pd.DataFrame([marker]))
    assert evaluate.reliability_sets() == ["heldout"]
    scores = evaluate.agreement("heldout", tables=["statements", "markers"])
    assert scores["statements"].set_index("kind").loc[["all", "top-level"], "f1"].tolist() == [1.0, 1.0]
    assert scores["markers"].set_index("lexicon").loc["polar", "voice_accuracy"] == 1.0
    assert list(evaluate.gold_sets_scored(["statements"])) == ["heldout", "heldout (agreement)"]

    # the second coder leaves out the nested partial quote, gives Moscow another group, and hears the
    # outlet's voice in the scare-quoted words
    other = coded.drop(index=1).assign(actor_group=["", "belarus_government"])
    differ = _second_coding(tmp_path / "elsewhere", other, pd.DataFrame([{**marker, "voice": "outlet"}]))
    scores = evaluate.agreement(first, second=differ, tables=["statements", "markers"])
    statements = scores["statements"].set_index("kind")
    assert (statements.loc["all", "precision"], round(statements.loc["all", "recall"], 3)) == (1.0, 0.667)
    assert statements.loc["top-level", "f1"] == 1.0  # speech acts: both coders agree
    assert statements.loc["all", "actor_group_accuracy"] == 0.0  # only the first coder's named group counts
    assert scores["markers"].set_index("lexicon").loc["polar", "voice_accuracy"] == 0.0


def test_agreement_of_a_set_moved_to_development_is_still_shown(tmp_path, monkeypatch):
    # a held-out set whose errors are later studied moves to dev_set_*; its second coding stays a ceiling
    monkeypatch.setattr(config, "GOLD", tmp_path)
    first = _folder(tmp_path / "dev_set_x")
    coded = pd.read_csv(first / "statements.csv", dtype=str, keep_default_na=False)
    _second_coding(tmp_path / "reliability" / "dev_set_x", coded, pd.DataFrame(columns=["gold_id"]))
    (tmp_path / "sets.csv").write_text("folder,label\ndev_set_x,set X\n")
    scored = evaluate.gold_sets_scored(["statements"], sets=[])
    assert list(scored) == ["set X (agreement)"]
    assert scored["set X (agreement)"]["statements"].set_index("kind").loc["all", "f1"] == 1.0


def test_agreement_refuses_a_second_coding_not_in_the_texts(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "GOLD", tmp_path)
    first = _folder(tmp_path / "heldout")
    coded = pd.read_csv(first / "statements.csv", dtype=str, keep_default_na=False)
    wrong = _second_coding(tmp_path / "wrong", coded.assign(text=["not in the article", *coded["text"][1:]]),
                           pd.DataFrame())
    with pytest.raises(GoldError, match=r"wrong/statements.csv:2: 'not in the article'"):
        evaluate.agreement("heldout", second=wrong, tables=["statements"])


def test_agreement_refuses_a_missing_table_and_an_unknown_article(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "GOLD", tmp_path)
    first = _folder(tmp_path / "heldout")
    coded = pd.read_csv(first / "statements.csv", dtype=str, keep_default_na=False)
    typo = _second_coding(tmp_path / "reliability" / "heldout", coded.assign(article_id=["h1", "h1", "h9"]),
                          pd.DataFrame())
    with pytest.raises(GoldError, match=r"heldout/statements.csv:4: article_id 'h9' is not an article"):
        evaluate.agreement("heldout", tables=["statements"])
    assert evaluate.reliability_sets() == ["heldout"]
    (typo / "figures.csv").unlink()
    assert evaluate.reliability_sets() == []  # a second coding lacking a table is not listed
    with pytest.raises(GoldError, match=r"heldout/figures.csv: missing"):
        evaluate.agreement("heldout", tables=["figures"])
