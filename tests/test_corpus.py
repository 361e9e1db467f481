"""The articles table: seeds, cleaning rules, checksums, and bad input."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import config, schema
from belarus_analysis.corpus import CorpusError, record_checksums
from belarus_analysis.corpus.cleaning import clean

SEED_FILES = sorted(p.name for p in config.SEEDS.glob("*.txt"))


def test_seed_corpus_matches_design(articles):
    schema.check(articles, "articles")
    assert len(articles) == 5
    assert list(articles["source_file"]) == SEED_FILES
    assert dict(zip(articles["outlet"], articles["election"])) == {
        "RFE/RL": 2025, "The Epoch Times": 2025, "Eurasia Daily Monitor (Jamestown Foundation)": 2025,
        "GOV.UK (Foreign Office press release)": 2020, "RT": 2020,
    }
    assert set(articles["alignment"]) == {"western_government", "independent", "state_aligned"}
    assert articles["sha256"].str.fullmatch(r"[0-9a-f]{64}").all()
    assert (articles["n_words"] > 300).all() and (articles["n_sentences"] > 10).all()


def test_raw_files_are_untouched_and_hashes_verified(articles):
    for row in articles.itertuples():
        raw = (config.SEEDS / row.source_file).read_bytes()
        assert ba.corpus.sha256(raw) == row.sha256
    assert ba.corpus.read_checksums(config.SEEDS) == dict(zip(articles["source_file"], articles["sha256"]))


def test_leaked_date_line_becomes_published_evidence(articles):
    rt = articles.set_index("outlet").loc["RT"]
    raw = (config.SEEDS / rt.source_file).read_text(encoding="utf-8")
    assert raw.lstrip().startswith("date 2020-08-15")
    assert rt.text.startswith("The European Union is refusing")
    assert "2020-08-15" not in rt.text.split("\n")[0]
    assert rt.published_in_text == "2020-08-15" and rt.published == pd.Timestamp("2020-08-15")
    assert "leaked_date" in rt.cleaning


def test_leaked_date_fills_missing_published():
    arts = ba.from_texts({"x": " date 2021-03-04 Officials said the count was over."})
    assert arts.loc[0, "published"] == pd.Timestamp("2021-03-04")
    assert "published: taken from the leaked date line" in arts.loc[0, "cleaning"]


def test_promo_removed_without_eating_glued_sentence(articles):
    rfe = articles.set_index("outlet").loc["RFE/RL"]
    assert "SEE ALSO" not in rfe.text
    assert "\nBritain and Canada both issued new sanctions" in rfe.text
    assert "\nLukashenko has dismissed the criticism" in rfe.text
    assert "Last?" not in rfe.text and "'Sham' Election" not in rfe.text
    assert rfe.cleaning.startswith("promo: removed 2")


def test_promo_on_its_own_line_and_mid_paragraph():
    c = clean("First para.\nREAD MORE: A Headline Here\nSecond para. Related: Story Title?Third part.")
    assert c.text == "First para.\n\nSecond para. Third part."


def test_byline_and_footer_leave_body(articles):
    edm = articles.set_index("outlet").loc["Eurasia Daily Monitor (Jamestown Foundation)"]
    assert edm.text.startswith("On 26 January, Belarus held")
    assert edm.text.endswith("in the international environment.")
    assert "Preiherman" not in edm.text and "Originally published" not in edm.text
    assert edm.byline == "Yauheni Preiherman"
    assert edm.republished_from == "the Eurasia Daily Monitor"
    assert "Minsk Dialogue Council" in edm.author_footer


def test_untouched_text_keeps_exact_characters():
    text = "\n  He said the vote was fair.  \n\n\n"
    assert ba.from_texts({"x": text}).loc[0, "text"] == text


def test_cleaning_rules_are_recorded_per_article(articles):
    log = dict(zip(articles["outlet"], articles["cleaning"]))
    assert log["The Epoch Times"] == "" or pd.isna(log["The Epoch Times"])
    assert "byline" in log["Eurasia Daily Monitor (Jamestown Foundation)"]


# ---------------------------------------------------------------------------- bad input

@pytest.fixture
def corpus_dir(tmp_path):
    """A writable copy of the seed corpus in the user-corpus layout."""
    d = tmp_path / "corpus"
    d.mkdir()
    for f in SEED_FILES[:2]:
        shutil.copy(config.SEEDS / f, d / f)
    meta = pd.read_csv(config.METADATA, dtype=str)
    meta[meta["source_file"].isin(SEED_FILES[:2])].to_csv(d / "articles.csv", index=False)
    return d


def _meta(d: Path) -> pd.DataFrame:
    return pd.read_csv(d / "articles.csv", dtype=str, keep_default_na=False)


def test_user_corpus_folder_loads(corpus_dir):
    arts = ba.load_corpus(corpus_dir)
    assert list(arts["source_file"]) == SEED_FILES[:2]


def test_empty_file_is_an_error_naming_it(corpus_dir):
    (corpus_dir / SEED_FILES[0]).write_text("  \n\n ")
    with pytest.raises(CorpusError, match=f"{SEED_FILES[0]}: empty article"):
        ba.load_corpus(corpus_dir)


def test_cp1251_file_error_names_file_line_and_fix(corpus_dir):
    (corpus_dir / SEED_FILES[0]).write_bytes("Line one.\nЛукашенко сказал.".encode("cp1251"))
    with pytest.raises(CorpusError, match=rf"{SEED_FILES[0]}:2: not valid utf-8.*metadata column 'encoding'"):
        ba.load_corpus(corpus_dir)
    _meta(corpus_dir).assign(encoding=["cp1251", ""]).to_csv(corpus_dir / "articles.csv", index=False)
    arts = ba.load_corpus(corpus_dir)
    assert "Лукашенко" in arts.loc[0, "text"]


def test_binary_file_is_refused(corpus_dir):
    (corpus_dir / SEED_FILES[0]).write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(CorpusError, match="NUL bytes"):
        ba.load_corpus(corpus_dir)


def test_bom_and_crlf_accepted_and_offsets_exact(corpus_dir):
    (corpus_dir / SEED_FILES[0]).write_bytes("\ufeffHe said:\r\n“Yes.”\r\nDone.\r".encode("utf-8"))
    text = ba.load_corpus(corpus_dir).loc[0, "text"]
    assert text == "He said:\n“Yes.”\nDone.\n"
    assert text[text.index("“"):text.index("”") + 1] == "“Yes.”"


def test_metadata_row_whose_file_is_missing(corpus_dir):
    (corpus_dir / SEED_FILES[1]).unlink()
    with pytest.raises(CorpusError, match=f"{SEED_FILES[1]}: file not found"):
        ba.load_corpus(corpus_dir)


def test_txt_without_metadata_row_is_listed_or_opted_in(corpus_dir):
    (corpus_dir / "extra.txt").write_text("Officials said the turnout was high.")
    with pytest.raises(CorpusError, match="no metadata row for extra.txt"):
        ba.load_corpus(corpus_dir)
    with pytest.warns(UserWarning, match="extra.txt: no metadata row"):
        arts = ba.load_corpus(corpus_dir, allow_unlisted=True)
    assert len(arts) == 3
    extra = arts.set_index("article_id").loc["extra"]
    assert pd.isna(extra.outlet) and extra.source_file == "extra.txt"


def test_duplicate_article_id_names_both_lines(corpus_dir):
    m = _meta(corpus_dir)
    m.loc[1, "article_id"] = m.loc[0, "article_id"]
    m.to_csv(corpus_dir / "articles.csv", index=False)
    with pytest.raises(CorpusError, match=r"duplicate article_id \(line 2: .*, line 3: "):
        ba.load_corpus(corpus_dir)


@pytest.mark.parametrize("bad", ["/etc/passwd", "../x.txt", "sub/../../x.txt"])
def test_source_file_leaving_the_corpus_is_refused(corpus_dir, bad):
    m = _meta(corpus_dir)
    m.loc[0, "source_file"] = bad
    m.to_csv(corpus_dir / "articles.csv", index=False)
    with pytest.raises(CorpusError, match="articles.csv:2: source_file .* inside the corpus folder"):
        ba.load_corpus(corpus_dir)


def test_symlink_leaving_the_corpus_is_refused(corpus_dir, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    (corpus_dir / "link.txt").symlink_to(outside)
    m = _meta(corpus_dir)
    m.loc[0, "source_file"] = "link.txt"
    m.to_csv(corpus_dir / "articles.csv", index=False)
    with pytest.raises(CorpusError, match="resolves outside the corpus folder"):
        ba.load_corpus(corpus_dir)


def test_bad_metadata_values_name_the_line(corpus_dir):
    m = _meta(corpus_dir)
    m.loc[1, "published"] = "2025-02-30"
    m.to_csv(corpus_dir / "articles.csv", index=False)
    with pytest.raises(CorpusError, match=r"articles.csv:3: published='2025-02-30'"):
        ba.load_corpus(corpus_dir)
    m.loc[1, "published"] = ""
    m.loc[1, "article_id"] = ""
    m.to_csv(corpus_dir / "articles.csv", index=False)
    with pytest.raises(CorpusError, match="articles.csv:3: empty required field 'article_id'"):
        ba.load_corpus(corpus_dir)


def test_missing_and_extra_metadata_columns(corpus_dir):
    m = _meta(corpus_dir)
    m.drop(columns=["source_file"]).to_csv(corpus_dir / "articles.csv", index=False)
    with pytest.raises(CorpusError, match=r"articles.csv:1: missing required column\(s\) \['source_file'\]"):
        ba.load_corpus(corpus_dir)
    m.drop(columns=["outlet_type", "alignment", "election"]).assign(coder="AB").to_csv(
        corpus_dir / "articles.csv", index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = ba.load_corpus(corpus_dir)
    assert arts["outlet_type"].isna().all() and (arts["coder"] == "AB").all()
    # One line naming the missing columns and what stays empty without them.
    [w] = [str(w.message) for w in caught]
    assert "\n" not in w and "no alignment, election given" in w
    assert "comparisons by alignment group" in w and "reported results next to the official ones" in w


def test_changed_raw_file_fails_checksum_until_rehashed(corpus_dir):
    record_checksums(corpus_dir)
    with open(corpus_dir / SEED_FILES[0], "a", encoding="utf-8") as fh:
        fh.write("An edit.")
    with pytest.raises(CorpusError, match=f"{SEED_FILES[0]}: raw file changed since its sha256 was recorded"):
        ba.load_corpus(corpus_dir)
    record_checksums(corpus_dir)
    assert ba.load_corpus(corpus_dir).loc[0, "text"].endswith("An edit.")


def test_from_texts_metadata_checks():
    with pytest.raises(CorpusError, match="no text"):
        ba.from_texts({"a": "Text."}, [{"article_id": "b"}])
    with pytest.raises(CorpusError, match="duplicate article_id 'a'"):
        ba.from_texts({"a": "Text."}, [{"article_id": "a"}, {"article_id": "a"}])
    with pytest.raises(CorpusError, match="a: empty article"):
        ba.from_texts({"a": "   "})
