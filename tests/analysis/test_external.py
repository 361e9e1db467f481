"""External attribution gold (``evaluate --external``): reading, offset mapping, scoring."""

from __future__ import annotations

import json

import pytest

from belarus_analysis import cli
from belarus_analysis.analysis import external
from belarus_analysis.errors import GoldError

TEXT = 'Kim said "we won the vote." Lee said the count was fair. The sky is blue.'
KIM = TEXT.index("we won")
LEE = TEXT.index("the count")
GOLD = [{"id": "a", "text": TEXT, "quotes": [
    {"quote_start": KIM, "quote_end": KIM + len("we won the vote."), "speaker": "Kim", "speaker_start": 0,
     "speaker_end": 3, "verb": "said", "is_speech": True},
    {"quote_start": LEE, "quote_end": LEE + len("the count was fair"), "speaker": "Lee",
     "speaker_start": TEXT.index("Lee"), "speaker_end": TEXT.index("Lee") + 3, "verb": "said", "is_speech": True},
    {"quote_start": TEXT.index("The sky"), "quote_end": len(TEXT) - 1, "speaker": "", "is_speech": False},
]}]


def test_scoring_rule_threshold_speaker_and_subset():
    good = {"quote_start": KIM, "quote_end": KIM + 10, "speaker_start": 0, "speaker_end": 3, "speaker": "Kim",
            "verb": "said"}
    wrong_speaker = {"quote_start": LEE, "quote_end": LEE + 18, "speaker": "Kim", "verb": "said"}
    tiny = {"quote_start": LEE, "quote_end": LEE + 3}  # covers < 30 % of Lee's quote: no match
    on_excluded = {"quote_start": TEXT.index("The sky"), "quote_end": len(TEXT) - 1}
    s = external.score(GOLD, {"a": [good, wrong_speaker, on_excluded]}, subset="is_speech")
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 0)  # the prediction on a non-speech quote is set aside
    assert s["speaker_strict"] == 0.5 and s["verb"] == 1.0
    s = external.score(GOLD, {"a": [tiny, on_excluded]})
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 2)


def test_duplicate_predictions_count_once():
    p = {"quote_start": KIM, "quote_end": KIM + 16}
    s = external.score(GOLD, {"a": [p, dict(p)]}, subset="is_speech")
    assert (s["tp"], s["fp"]) == (1, 1)


def test_clean_offsets_map_back_to_the_raw_text():
    raw = "<p>Kim said &quot;no&quot; today.</p>"
    f = external.clean_to_raw(raw, "Kim said \"no\" today.")
    assert raw[f(0):f(3, True)] == "Kim"
    assert raw[f(9, False):f(13, True)] == "&quot;no&quot;"  # text the cleaning rewrote maps to all of it


def test_predictions_use_raw_offsets_and_flag_nested_rows(tmp_path):
    raw = "Kim said the plan was \"a disgrace\" and would fail.\r\nLee left."
    got = external.predictions([{"id": "x", "text": raw, "quotes": []}], top_level=False)["x"]
    spans = {(raw[p["quote_start"]:p["quote_end"]], p["nested"]) for p in got}
    assert spans == {('the plan was "a disgrace" and would fail', False), ("a disgrace", True)}


@pytest.mark.parametrize("line, message", [
    ("not json", r"g.jsonl:1: not JSON"),
    ('{"id": "a", "text": "x"}', r"g.jsonl:1: needs the keys id, text and quotes"),
    ('{"id": "a", "text": "x", "quotes": [{"quote_start": "a", "quote_end": 1}]}', r"quote 1: offsets must be integers"),
])
def test_bad_gold_names_file_and_line(tmp_path, line, message):
    p = tmp_path / "g.jsonl"
    p.write_text(line + "\n")
    with pytest.raises(GoldError, match=message):
        external.read_gold(p)


def test_cli_external_prints_top_level_and_all_rows(tmp_path, capsys):
    p = tmp_path / "mine.jsonl"
    p.write_text("".join(json.dumps(a) + "\n" for a in GOLD))
    assert cli.main(["evaluate", "--external", str(p), "--subset", "is_speech"]) == 0
    out = capsys.readouterr().out
    assert "top-level" in out and "all" in out and "speaker_strict" in out
    assert cli.main(["evaluate", "--external", str(tmp_path / "missing.jsonl")]) == 2
