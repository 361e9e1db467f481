"""The charts' colours: every colour means one thing across all charts, and colours
that share a chart differ by CIEDE2000 >= 20 for normal vision and under simulated
deuteranopia and protanopia (the palette table and the colours actually drawn)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

from belarus_analysis import pipeline
from belarus_analysis.errors import DataFileError
from belarus_analysis.report import catalogue, charts, style

NEUTRALS = {"#FFFFFF", "#000000", "#999999", "#555555"}  # background, ink, stems and edges: not categories


@pytest.fixture(scope="module")
def tables(articles):
    return catalogue.with_scores(pipeline.build(articles))


def test_ciede2000_matches_published_test_data():
    # Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 17 and 25.
    pairs = [((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
             ((50, 0, 0), (50, -1, 2), 2.3669),
             ((50, 2.5, 0), (56, -27, -3), 31.9030),
             ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644)]
    for a, b, expected in pairs:
        assert style.ciede2000(a, b) == pytest.approx(expected, abs=1e-4)
        assert style.ciede2000(b, a) == pytest.approx(expected, abs=1e-4)


def test_every_colour_means_one_thing():
    p = charts.palette()
    assert set(p["role"]) == {"alignment", "speaker", "name_system", "cue_class"}
    assert p["color"].str.upper().is_unique, p[p["color"].str.upper().duplicated(keep=False)]
    assert set(p.loc[p["role"] == "alignment", "key"]) == set(charts.alignment_order())


@pytest.mark.parametrize("role", ["alignment", "speaker", "name_system", "cue_class"])
def test_colours_of_one_chart_stay_apart_under_colour_blindness(role):
    p = charts.palette()
    distance, a, b, vision = style.closest_pair(p.loc[p["role"] == role, "color"])
    assert distance >= style.MIN_DISTANCE, f"{role}: {a} and {b} differ by {distance:.1f} ({vision})"


def test_a_palette_that_fails_is_caught():
    # Okabe–Ito orange and yellow: close under deuteranopia (the colours the reviewer could not tell apart).
    distance, _, _, vision = style.closest_pair(["#E69F00", "#F0E442"])
    assert distance < style.MIN_DISTANCE and vision == "deuteranomaly"


@pytest.mark.parametrize("name", list(catalogue.CHARTS))
def test_colours_drawn_in_each_chart_stay_apart(tables, name):
    fig = catalogue.CHARTS[name](tables)
    try:
        drawn = set()
        for artist in fig.findobj(lambda a: hasattr(a, "get_facecolor")):
            faces = artist.get_facecolor()
            faces = [faces] if len(faces) == 4 and not hasattr(faces[0], "__len__") else list(faces)
            drawn |= {to_hex(c).upper() for c in faces if len(c) == 4 and c[3] > 0}
        drawn -= NEUTRALS
        known = set(charts.palette()["color"].str.upper())
        assert drawn <= known, f"colours outside the palette: {drawn - known}"
        distance, a, b, vision = style.closest_pair(sorted(drawn))
        assert distance >= style.MIN_DISTANCE, f"{a} and {b}: {distance:.1f} ({vision})"
    finally:
        plt.close(fig)


def test_a_bad_palette_file_names_the_file_and_row(tmp_path):
    bad = tmp_path / "palette.csv"
    bad.write_text("role,key,label,color,hatch\nspeaker,x,X,not-a-colour,\n")
    with pytest.raises(DataFileError, match=r"palette.csv: data row 1: 'not-a-colour'"):
        style.palette_table(bad)
