"""Bad input, end to end: each case gets a clear error naming the file, or is processed
correctly through every extractor; nothing is dropped silently."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

import belarus_analysis as ba
from belarus_analysis import cli, config
from belarus_analysis.corpus import CorpusError

TABLES = [t for t, e in ba.extract.REGISTRY.items() if e.spans]


def _build_one(text: str, nlp=None) -> dict[str, pd.DataFrame]:
    arts = ba.from_texts({"x": text}, [{"article_id": "x", "published": "2025-01-27", "election": "2025"}])
    tables = ba.build(arts, TABLES, nlp=nlp)
    body = arts.loc[0, "text"]
    for name in TABLES:
        for r in tables[name].itertuples():
            assert body[r.char_start:r.char_end] == r.text
    return tables


def test_html_remnants_are_decoded_and_offsets_hold():
    t = _build_one("<p>Lukashenko won &quot;86.8 percent&quot; of the vote, officials said.</p><p>He &amp; his allies agreed.</p>")
    assert "<p>" not in t["articles"].loc[0, "text"] and "&amp;" not in t["articles"].loc[0, "text"]
    assert "86.8 percent" in set(t["figures"]["text"])


def test_emoji_and_rtl_text():
    t = _build_one("EU 🇪🇺 starts working on sanctions. «مرحبا» said a reader. Lukashenko said: “Nobody will win 🙂.”")
    assert "Nobody will win 🙂." in set(t["statements"]["text"])
    assert "sanctions" in set(t["markers"]["text"])


@pytest.mark.parametrize("odd", ["version 1.2.3 of the law", "10,000,000,000 dollars", "½ of voters", "80,1%",
                                 "1,2,3,4", "...", "%%%", "−5 percent"])
def test_odd_numbers_never_break_the_build(odd):
    t = _build_one(f"Officials said {odd} was reported on Monday.")
    assert len(t["statements"]) == 1  # the clause is still reported speech


def test_unbalanced_nested_and_mismatched_quotes():
    text = ("He said “we will win. She replied: “No ‘rigged’ vote,” and left.\n"
            "“Another ”quote“ here,\" the minister said. 'Unclosed")
    t = _build_one(text)
    paired, unpaired = ba.extract.quotes.find_quotes(t["articles"].loc[0, "text"])
    assert paired and unpaired  # pairs what it can and reports the rest
    assert (t["statements"]["kind"] == "direct").any()


def test_one_sentence_of_20000_characters():
    sentence = "The opposition said that " + ", ".join(["the vote was rigged"] * 1200) + "."
    assert len(sentence) > 20_000
    t = _build_one(sentence)
    assert len(t["statements"]) >= 1 and (t["markers"]["category"] == "delegitimising").sum() >= 1000


def test_article_longer_than_spacys_limit_is_parsed_in_pieces(nlp, articles):
    text = "\n".join(articles["text"]) * 2
    old = nlp.max_length
    nlp.max_length = 5_000  # exercise the long-text path without parsing megabytes
    try:
        long = _build_one(text, nlp)
    finally:
        nlp.max_length = old
    normal = _build_one(text, nlp)
    # Pieces break at line ends, so the only differences are across those breaks.
    assert len(long["figures"]) == pytest.approx(len(normal["figures"]), rel=0.05)
    assert len(long["markers"]) == pytest.approx(len(normal["markers"]), rel=0.05)


def test_five_megabyte_article_loads_with_exact_text(tmp_path):
    body = (config.SEEDS / "001_fe90fbf5a3f456f0.txt").read_text(encoding="utf-8")
    big = body * (5_000_000 // len(body.encode()) + 1)
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("article_id,source_file\nbig,big.txt\n")
    arts = ba.load_corpus(tmp_path)
    assert arts.loc[0, "text"] == big and len(big.encode()) > 5_000_000


@pytest.mark.parametrize("encoding", ["latin-1", "cp1251"])
def test_non_utf8_files_error_then_load_with_their_encoding(tmp_path, encoding):
    text = "Präsident Lukaschenko sagte." if encoding == "latin-1" else "Лукашенко сказал, что выборы честные."
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (tmp_path / "articles.csv").write_text("article_id,source_file,encoding\na,a.txt,\n")
    with pytest.raises(CorpusError, match=r"a.txt:1: not valid utf-8"):
        ba.load_corpus(tmp_path)
    (tmp_path / "articles.csv").write_text(f"article_id,source_file,encoding\na,a.txt,{encoding}\n")
    assert ba.load_corpus(tmp_path).loc[0, "text"] == text


def test_keep_going_skips_and_lists_every_bad_article(tmp_path, capsys):
    for f in sorted(config.SEEDS.glob("*.txt"))[:2]:
        shutil.copy(f, tmp_path / f.name)
    good, bad = sorted(p.name for p in tmp_path.glob("*.txt"))
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    rows = [f"g,{good}", f"b,{bad}", "e,empty.txt", "n,binary.txt", "m,missing.txt", "u,../outside.txt"]
    (tmp_path / "articles.csv").write_text("article_id,source_file\n" + "\n".join(rows) + "\n")
    with pytest.raises(CorpusError, match=r"articles.csv:7: source_file '../outside.txt'"):
        ba.load_corpus(tmp_path)  # strict by default: the first problem stops the load
    with pytest.warns(UserWarning, match="skipped"):
        arts = ba.load_corpus(tmp_path, strict=False)
    assert arts["article_id"].tolist() == ["g", "b"]
    skipped = pd.DataFrame(arts.attrs["skipped"])
    # Unsafe paths first, then files that do not exist, then files that cannot be read.
    assert skipped["article_id"].tolist() == ["u", "m", "e", "n"]
    assert skipped["reason"].str.contains("inside the corpus folder|empty article|NUL bytes|file not found").all()
    out = tmp_path / "out"
    capsys.readouterr()
    assert cli.main(["build", "--corpus", str(tmp_path), "--out", str(out), "--keep-going"]) == 0
    assert len(pd.read_csv(out / "skipped.csv")) == 4
    said = capsys.readouterr()
    assert "skipped 4 article(s)" in said.out
    # The command line prints each warning as one line, without Python's source line.
    skips = [line for line in said.err.splitlines() if "skipped:" in line]
    assert len(skips) == 4 and all(line.startswith("belarus-analysis: warning: skipped: ") for line in skips)
    assert all(line.startswith("belarus-analysis: warning: ") for line in said.err.splitlines())
