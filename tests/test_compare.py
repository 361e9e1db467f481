"""Comparison functions: rates with bootstrap intervals, keyness against hand-computed
statistics, concordances, name forms and voices (toy tables and the seeds)."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from belarus_analysis import compare, pipeline
from belarus_analysis.extract.figures import reference


@pytest.fixture(scope="module")
def seed_tables(articles):
    return pipeline.build(articles, ["markers"])


# --------------------------------------------------------------------------- rates

ARTS = pd.DataFrame({"article_id": ["a1", "a2", "a3", "b1"], "alignment": ["x", "x", "x", "y"],
                     "outlet": ["P", "Q", "Q", "R"], "n_words": [100, 200, 100, 50]})
MARKERS = pd.DataFrame({
    "article_id": ["a1", "a1", "a1", "a2", "b1"],
    "lexicon": ["frame", "frame", "legitimacy", "frame", "frame"],
    "category": ["repression", "repression", "delegitimising", "repression", "repression"],
    "polarity": [0, 0, -1, 0, 0],
    "voice": ["outlet", "outlet", "quoted", "outlet", "quoted"],
})


def _row(r: pd.DataFrame, **where) -> pd.Series:
    sel = r
    for k, v in where.items():
        sel = sel[sel[k] == v]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_rates_count_words_and_rate():
    r = compare.rates(MARKERS, ARTS)
    x = _row(r, alignment="x", category="repression")
    assert (x["count"], x["words"], x["rate"], x["n_articles"]) == (3, 400, 7.5, 3)
    assert _row(r, alignment="x", category="delegitimising")["rate"] == 2.5
    y = _row(r, alignment="y", category="delegitimising")  # absent from y: a zero row, not a missing one
    assert (y["count"], y["rate"], y["n_articles"]) == (0, 0.0, 1)


def test_rates_filters_voice_and_any_grouping():
    outlet = compare.rates(MARKERS, ARTS, voice="outlet", lexicon="frame")
    assert set(outlet["category"]) == {"repression"}
    assert _row(outlet, alignment="y")["count"] == 0
    by_outlet = compare.rates(MARKERS, ARTS, by="outlet", keys=("lexicon", "category", "polarity"))
    assert _row(by_outlet, outlet="Q", category="repression")[["count", "words", "n_articles"]].tolist() == [1, 300, 2]
    assert "polarity" in by_outlet.columns


def test_bootstrap_is_seeded_and_contains_the_estimate():
    a = compare.rates(MARKERS, ARTS, seed=7)
    assert_frame_equal(a, compare.rates(MARKERS, ARTS, seed=7))
    multi = a[a["n_articles"] >= compare.MIN_ARTICLES_FOR_INTERVAL]
    assert len(multi) and multi[["ci_low", "ci_high"]].notna().all().all()
    assert ((multi["ci_low"] <= multi["rate"]) & (multi["rate"] <= multi["ci_high"])).all()
    assert (multi["ci_low"] < multi["ci_high"]).any()  # articles differ: the interval has width
    # A degenerate interval is exactly one of zero width.
    assert (multi["ci_degenerate"] == (multi["ci_low"] == multi["ci_high"])).all()
    few = a[a["n_articles"] < compare.MIN_ARTICLES_FOR_INTERVAL]
    assert few["ci_degenerate"].all() and few[["ci_low", "ci_high"]].isna().all().all()


def test_no_interval_from_two_articles_and_a_zero_width_interval_is_flagged():
    two = ARTS.assign(alignment=["x", "x", "z", "y"])  # x: a1, a2 (two articles, different rates)
    r = compare.rates(MARKERS, two, keys=("category",))
    x = _row(r, alignment="x", category="repression")
    assert x["n_articles"] == 2 and pd.isna(x["ci_low"]) and pd.isna(x["ci_high"]) and x["ci_degenerate"]
    # y's only article has a "repression" marker, x's three have none of "sham": a zero-width interval [0, 0].
    extra = pd.concat([MARKERS, pd.DataFrame({"article_id": ["b1"], "lexicon": ["frame"], "category": ["sham"],
                                              "polarity": [0], "voice": ["outlet"]})], ignore_index=True)
    sham = _row(compare.rates(extra, ARTS, keys=("category",)), alignment="x", category="sham")
    assert (sham["n_articles"], sham["ci_low"], sham["ci_high"], sham["ci_degenerate"]) == (3, 0.0, 0.0, True)
    wide = _row(compare.rates(extra, ARTS, keys=("category",)), alignment="x", category="repression")
    assert wide["ci_low"] < wide["ci_high"] and not wide["ci_degenerate"]


def test_rates_on_the_seeds(seed_tables, articles):
    m = seed_tables["markers"]
    r = compare.rates(m, articles, by="alignment")
    assert r["count"].sum() == len(m)
    sizes = articles["alignment"].value_counts()
    assert (r["n_articles"] == r["alignment"].map(sizes)).all()
    assert ((r["ci_degenerate"] & r["ci_low"].isna()) == (r["n_articles"] < compare.MIN_ARTICLES_FOR_INTERVAL)).all()


# --------------------------------------------------------------------------- keyness

KEY_ARTS = pd.DataFrame({"article_id": ["a", "b", "c"], "alignment": ["x", "y", "z"],
                         "text": ["Regime regime regime vote.", "Vote vote vote regime.", "regime " * 10]})


def test_g2_and_chi2_against_hand_computation():
    # target x: regime 3, vote 1 (4 tokens); reference y: regime 1, vote 3 (4 tokens); z left out
    k = compare.keyness(KEY_ARTS, target="x", reference="y", min_count=1, unit="word").set_index("term")
    expected_cells = [(3, 2), (1, 2), (1, 2), (3, 2)]  # (observed, expected) of the 2×2 table
    g2 = 2 * sum(o * math.log(o / e) for o, e in expected_cells)
    assert k.loc["regime", "score"] == pytest.approx(g2)
    assert k.loc["vote", "score"] == pytest.approx(-g2)  # signed: under-used in the target
    assert k.loc["regime", "p_value"] == pytest.approx(math.erfc(math.sqrt(g2 / 2)))
    assert k.loc["regime", ["target_count", "reference_count"]].tolist() == [3, 1]
    assert k["n_articles_reference"].iloc[0] == 1
    chi = compare.keyness(KEY_ARTS, target="x", reference="y", measure="chi2", min_count=1, unit="word")
    chi2 = 8 * (3 * 3 - 1 * 1) ** 2 / (4 * 4 * 4 * 4)
    assert chi.set_index("term").loc["regime", "score"] == pytest.approx(chi2)


def test_log_odds_with_informative_prior_against_hand_computation():
    k = compare.keyness(KEY_ARTS, target="x", reference="y", measure="log_odds", prior=10, min_count=1,
                        unit="word").set_index("term")
    alpha = 10 * 4 / 8  # prior · share of "regime" in both groups
    delta = math.log((3 + alpha) / (4 + 10 - 3 - alpha)) - math.log((1 + alpha) / (4 + 10 - 1 - alpha))
    z = delta / math.sqrt(1 / (3 + alpha) + 1 / (1 + alpha))
    assert k.loc["regime", "score"] == pytest.approx(z)
    assert k.loc["regime", "p_value"] == pytest.approx(math.erfc(z / math.sqrt(2)))


def test_keyness_reference_defaults_to_all_others_and_min_count():
    k = compare.keyness(KEY_ARTS, target="x", min_count=5, unit="word")
    assert k["term"].tolist() == ["regime"]  # vote: 1 + 3 < min_count
    assert k.set_index("term").loc["regime", "reference_count"] == 11
    assert compare.keyness(KEY_ARTS, target="x", min_count=15, unit="word").empty
    with pytest.raises(ValueError, match="measure"):
        compare.keyness(KEY_ARTS, target="x", measure="pmi")


def test_keyness_on_lemmas(articles):
    k = compare.keyness(articles, by="alignment", target="state_aligned")
    assert {"term", "target_count", "reference_count", "score", "p_value"} <= set(k.columns)
    assert k["term"].str.fullmatch(r"[a-z][a-z'’-]*").all()  # lower-case lemmas, no punctuation
    assert (k["target_count"] + k["reference_count"] >= 3).all()


def test_keyness_lemmas_come_from_the_build_cache_not_a_new_parse(articles, nlp, tmp_path, monkeypatch):
    parsed = compare.keyness(articles, target="state_aligned", cache=False)
    pipeline.build(articles.head(2), nlp=nlp, cache=tmp_path)  # the build caches two of the docs
    calls = []
    real = nlp.make_doc

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(nlp, "make_doc", counting)  # every parse tokenises its text once
    from_cache = compare.keyness(articles, target="state_aligned", cache=tmp_path)
    assert sorted(calls) == sorted(articles["text"].iloc[2:])  # only the three uncached ones parsed
    assert_frame_equal(from_cache, parsed)
    assert from_cache.attrs == parsed.attrs
    pipeline.build(articles, nlp=nlp, cache=tmp_path)
    calls.clear()
    assert_frame_equal(compare.keyness(articles, target="state_aligned", cache=tmp_path), parsed)
    assert calls == []


# --------------------------------------------------------------------------- kwic

KWIC_TEXT = "They refuse to recognise it. We recognized the free and fair vote; free, fair or not. Non-recognition."


def test_kwic_wildcards_and_offsets():
    arts = pd.DataFrame({"article_id": ["a"], "text": [KWIC_TEXT]})
    k = compare.kwic(arts, "recogni*", window=12)
    assert k["match"].tolist() == ["recognise", "recognized", "recognition"]
    assert all(KWIC_TEXT[s:e] == m for s, e, m in zip(k["char_start"], k["char_end"], k["match"]))
    assert k["left"].iloc[0] == " refuse to "  # "They" cut to "y" by the window: the piece is dropped
    for left, right, s, e in zip(k["left"], k["right"], k["char_start"], k["char_end"]):
        assert KWIC_TEXT[:s].endswith(left) and KWIC_TEXT[e:].startswith(right)  # contexts are the text's own
        before, after = s - len(left), e + len(right)
        assert before == 0 or not (KWIC_TEXT[before - 1].isalnum() and KWIC_TEXT[before].isalnum())
        assert after == len(KWIC_TEXT) or not (KWIC_TEXT[after - 1].isalnum() and KWIC_TEXT[after].isalnum())
    two = compare.kwic(arts, "free * fair")
    assert two["match"].tolist() == ["free and fair"]  # "free, fair" has no word in between
    assert compare.kwic(arts, "FAIR VOTE")["match"].tolist() == ["fair vote"]


# --------------------------------------------------------------------------- name forms and voices

def test_name_forms_shares():
    mk = pd.DataFrame({"article_id": ["a1", "a1", "a2", "b1"], "lexicon": ["name_form"] * 4,
                       "category": ["belarusian", "russian", "russian", "english"]})
    nf = compare.name_forms(mk, ARTS, by="alignment")
    x = nf[nf["alignment"] == "x"].set_index("system")
    assert x["count"].to_dict() == {"belarusian": 1, "russian": 2, "english": 0}
    assert x.loc["russian", "share"] == pytest.approx(2 / 3)
    assert (x["n_articles"] == 3).all() and (x["n_mentions"] == 3).all()


def test_name_forms_on_the_seeds(seed_tables, articles):
    nf = compare.name_forms(seed_tables["markers"], articles)
    assert nf.groupby("outlet")["share"].sum().round(9).eq(1).all()
    assert nf.groupby("outlet")["count"].sum().sum() == (seed_tables["markers"]["lexicon"] == "name_form").sum()


def test_voices():
    st = pd.DataFrame({"article_id": ["a1", "a1", "a2", "b1"], "kind": ["direct", "indirect", "partial", "direct"],
                       "text": ["We won the vote.", "the vote was fair", "sham", "No."],
                       "actor_group": ["belarus_government", "belarus_government", None, "ngo"]})
    v = compare.voices(st, ARTS)
    x = v[v["alignment"] == "x"].set_index("actor_group")
    counts = ["n_statements", "n_direct", "n_indirect", "words_quoted"]
    assert x.loc["belarus_government", counts].tolist() == [2, 1, 1, 4]
    assert x.loc["unresolved", "words_quoted"] == 1
    assert x["share_statements"].sum() == pytest.approx(1)
    assert (v["n_articles"] == v["alignment"].map({"x": 3, "y": 1})).all()


def test_voices_on_the_seeds(seed_tables, articles):
    st = seed_tables["statements"]
    v = compare.voices(st, articles, by="outlet")
    assert v["n_statements"].sum() == len(compare.speech_acts(st)) < len(st)  # speech acts, not nested rows
    assert (v["n_articles"] == 1).all()


def test_reported_results_is_re_exported():
    assert compare.reported_results is reference.reported_results


def test_grouping_by_the_join_key_is_a_clear_error(articles):
    from belarus_analysis.analysis import compare
    with pytest.raises(ValueError, match="by='source_file'"):
        compare._groups(articles, "article_id")


def test_mistyped_option_is_a_clear_error_not_a_bare_key_error():
    """(f) ``rates(..., nboot=10)`` failed with ``KeyError: 'nboot'``."""
    with pytest.raises(TypeError, match=r"'nboot' \(did you mean 'n_boot'\?\)"):
        compare.rates(MARKERS, ARTS, nboot=10)
    with pytest.raises(TypeError):
        compare.rates(MARKERS, ARTS, "outlet")  # options are keyword-only
