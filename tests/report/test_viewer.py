"""The article viewer: every row drawn over exactly its text, with its label; text escaped; pages and CLI."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import pytest
from rendered import assert_every_row_drawn, block_texts, drawn_spans, expected_spans, short

import belarus_analysis as ba
from belarus_analysis import cli, pipeline, schema, store
from belarus_analysis.errors import OffsetError, ViewError
from belarus_analysis.report import viewer


@pytest.fixture(scope="module")
def seed_tables(articles):
    return pipeline.build(articles)


def test_every_row_of_every_seed_article_is_drawn_over_exactly_its_text(seed_tables):
    for article_id, text in zip(seed_tables["articles"]["article_id"], seed_tables["articles"]["text"]):
        v = ba.view(seed_tables, article_id)
        drawn = drawn_spans(v.html)
        assert_every_row_drawn(drawn, expected_spans(seed_tables, article_id))
        # Nothing else is drawn: one span per row, speakers and cues shared by statements once.
        assert Counter(drawn) == Counter(zip(v.spans["label"], v.spans["text"]))
        # The paragraphs read exactly like the article, in order, with only whitespace between them.
        pos = 0
        for block in block_texts(v.html):
            found = text.find(block, pos)
            assert found >= 0 and not text[pos:found].strip(), (article_id, block[:60])
            pos = found + len(block)
        assert not text[pos:].strip()


def test_a_quote_inside_a_statement_is_marked_and_drawn_below_it(seed_tables):
    st = seed_tables["statements"]
    inner = st[st["kind"] == "partial"].iloc[0]
    outer = st[(st["article_id"] == inner["article_id"]) & (st["kind"] != "partial")
               & (st["char_start"] <= inner["char_start"]) & (st["char_end"] >= inner["char_end"])].iloc[0]
    v = ba.view(seed_tables, inner["article_id"], layers=["statements"])
    label = v.spans.loc[v.spans["rows"] == (inner["statement_id"],), "label"].item()
    assert label.endswith(f"⊂ {short(outer['statement_id'])}")
    tops = {lab: int(top) for top, lab in re.findall(r'data-top="(\d+)"[^>]*><span class="ba-label"[^>]*>([^<]+)<',
                                                        v.html)}
    outer_label = v.spans.loc[v.spans["rows"] == (outer["statement_id"],), "label"].item()
    assert tops[label] > tops[outer_label]


ATTACK = "He wrote <script>alert('x')</script> and </span></div><marquee>x</marquee> & “it is <strong>fine</strong>,” he said."


def attack_tables() -> dict[str, pd.DataFrame]:
    """Tables for an article whose text, metadata and data-file values are markup (the corpus
    cleaning strips tags from raw files, so these are made by hand, as a user's own tables could be)."""
    def at(sub: str) -> dict:
        start = ATTACK.index(sub)
        return {"article_id": "a", "sentence_id": 0, "char_start": start, "char_end": start + len(sub), "text": sub}

    return {
        "articles": schema.to_frame([{"article_id": "a", "text": ATTACK, "outlet": "<img src=x onerror=alert(1)>",
                                      "alignment": "</span><script>", "title": "<title>x</title>"}], "articles"),
        "statements": schema.to_frame([{**at("it is <strong>fine</strong>,"), "statement_id": "a:S000", "kind": "direct",
                                        "actor_group": "<u>group</u>", "speaker": "he",
                                        "speaker_start": ATTACK.index(" he ") + 1, "speaker_end": ATTACK.index(" he ") + 3,
                                        "cue": "said", "cue_start": ATTACK.index("said"),
                                        "cue_end": ATTACK.index("said") + 4, "cue_class": "neutral"}], "statements"),
        "figures": schema.to_frame([], "figures"),
        "markers": schema.to_frame([{**at("</span></div>"), "marker_id": "a:M000", "category": "<em>c</em>",
                                     "polarity": -1, "voice": "outlet"}], "markers"),
    }


def test_article_text_metadata_and_labels_are_escaped():
    v = ba.view(attack_tables(), "a")
    page = v.page()
    for tag in ("<script", "<img", "<marquee", "<u>", "<em>", "<strong>", "<title>x"):
        assert tag not in page, tag
    assert "".join(block_texts(page)) == ATTACK
    assert set(drawn_spans(page)) == {("S000 direct · <u>group</u>", "it is <strong>fine</strong>,"),
                                      ("speaker S000 · unresolved", "he"), ("cue S000 · neutral", "said"),
                                      ("M000 <em>c</em> −1 · outlet", "</span></div>")}
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_row_whose_offsets_do_not_match_its_text_is_an_error(seed_tables):
    tables = dict(seed_tables)
    tables["markers"] = seed_tables["markers"].copy()
    tables["markers"].loc[0, "char_start"] += 1
    bad = tables["markers"].loc[0, "marker_id"]
    with pytest.raises(OffsetError, match=re.escape(bad)):
        ba.view(tables, tables["markers"].loc[0, "article_id"])


def test_unknown_article_layer_or_table_is_a_clear_error(seed_tables):
    aid = seed_tables["articles"]["article_id"][0]
    with pytest.raises(ViewError, match="article 'nope' is not in the articles table"):
        ba.view(seed_tables, "nope")
    with pytest.raises(ViewError, match="unknown layer.*'quotes'"):
        ba.view(seed_tables, aid, layers=["quotes"])
    with pytest.raises(ViewError, match="needs the figures table"):
        ba.view({k: v for k, v in seed_tables.items() if k != "figures"}, aid)


def test_layers_choose_what_is_drawn(seed_tables):
    aid = seed_tables["articles"]["article_id"][0]
    v = ba.view(seed_tables, aid, layers=["figures"])
    n = (seed_tables["figures"]["article_id"] == aid).sum()
    assert n and set(v.spans["layer"]) == {"figures"} and len(drawn_spans(v.html)) == n
    assert repr(v) == f"<ArticleView {aid}: {n} figures>"


def test_jupyter_shows_the_fragment_and_header(seed_tables):
    art = seed_tables["articles"].iloc[-1]
    v = ba.view(seed_tables, art["article_id"])
    assert v._repr_html_() == v.html and "<html" not in v.html and "tex2jax_ignore" in v.html
    for value in (art["outlet"], str(art["election"]), art["published"].date().isoformat(), art["article_id"]):
        assert value in v.html


def test_save_replaces_its_own_pages_but_never_a_users_file(seed_tables, tmp_path):
    v = ba.view(seed_tables, seed_tables["articles"]["article_id"][0])
    page = v.save(tmp_path / "a.html")
    assert v.save(page) == page and page.read_text(encoding="utf-8") == v.page()
    mine = tmp_path / "notes.html"
    mine.write_text("<p>my notes</p>")
    with pytest.raises(ViewError, match="notes.html: exists and was not written by the viewer"):
        v.save(mine)
    assert mine.read_text() == "<p>my notes</p>"


def test_write_pages_writes_every_article_and_an_index_with_counts(seed_tables, tmp_path):
    paths = viewer.write_pages(seed_tables, tmp_path)
    ids = list(seed_tables["articles"]["article_id"])
    assert [p.name for p in paths] == [f"{i}.html" for i in ids] + ["index.html"]
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for aid in ids:
        assert f'<a href="{aid}.html">{aid}</a>' in index
    counts = viewer.index_table(seed_tables).set_index("article_id")
    for name in ("statements", "figures", "markers"):
        assert counts[name].to_dict() == seed_tables[name]["article_id"].value_counts().reindex(ids, fill_value=0).to_dict()
    st = seed_tables["statements"]
    first = ids[0]
    by_group = st[st["article_id"] == first]["actor_group"].fillna("unresolved").value_counts()
    for group, n in by_group.items():
        assert f"{group} {n}" in counts.loc[first, "statements_by_group"]
    deviating = seed_tables["figures"].dropna(subset=["deviation"])
    assert len(deviating) and all(short(f) in counts.loc[a, "deviations"]
                                  for f, a in zip(deviating["figure_id"], deviating["article_id"]))


def test_cli_view_one_article_and_all(seed_tables, tmp_path, capsys):
    store.write_tables(seed_tables, tmp_path / "out")
    aid = seed_tables["articles"]["article_id"][1]
    assert cli.main(["view", "--tables", str(tmp_path / "out"), "--article", aid, "--out", str(tmp_path / "a.html")]) == 0
    assert drawn_spans((tmp_path / "a.html").read_text(encoding="utf-8")) == drawn_spans(ba.view(seed_tables, aid).html)
    assert cli.main(["view", "--tables", str(tmp_path / "out"), "--all", str(tmp_path / "pages"),
                     "--layers", "markers"]) == 0
    assert len(list((tmp_path / "pages").glob("*.html"))) == len(seed_tables["articles"]) + 1
    assert "wrote 5 article pages" in capsys.readouterr().out


def test_cli_view_errors_name_the_flag(tmp_path, capsys):
    assert cli.main(["view", "--tables", str(tmp_path), "--article", "x"]) == 2
    assert "--tables" in capsys.readouterr().err


def test_cli_view_help(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["view", "--help"])
    out = capsys.readouterr().out
    assert e.value.code == 0 and "--article" in out and "--all DIR" in out and "--tables" in out
