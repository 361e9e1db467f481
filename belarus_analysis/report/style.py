"""The charts' colours: the palette table (``data/palette.csv``) and the check that
colours sharing a chart stay apart for readers with colour-vision deficiencies.

Distances are CIEDE2000 (Sharma, Wu & Dalal 2005) in CIELAB, for normal vision and
after simulating deuteranopia and protanopia at full severity (Machado, Oliveira &
Fernandes 2009, as implemented by ``colorspacious``).

>>> round(ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)), 4)  # Sharma et al., pair 1
2.0425
>>> styles("cue_class")["loaded"]
('Loaded (claimed, insisted)', '#332288', '')
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.colors import to_rgb

from .. import config, resources
from ..errors import DataFileError

PALETTE = config.DATA / "palette.csv"
VISIONS = ("normal", "deuteranomaly", "protanomaly")  # colorspacious names; severity 100 = -anopia
MIN_DISTANCE = 20.0  # CIEDE2000 between two colours of one chart, under every vision in VISIONS


@functools.lru_cache(maxsize=4)
def _palette(path: Path, version: str) -> pd.DataFrame:
    rows = resources.read_frame(path)
    missing = {"role", "key", "label", "color", "hatch"} - set(rows.columns)
    if missing:
        raise DataFileError(f"{path}: missing columns {sorted(missing)}")
    for i, c in enumerate(rows["color"]):
        try:
            to_rgb(c)
        except ValueError:
            raise DataFileError(f"{path}: data row {i + 1}: {c!r} is not a colour (use #RRGGBB)") from None
    return rows


def palette_table(path: Path | None = None) -> pd.DataFrame:
    """``data/palette.csv`` (or ``path``): ``role``, ``key``, ``label``, ``color``,
    ``hatch`` as strings."""
    path = Path(path or PALETTE)
    return _palette(path, resources.version(path))


def styles(role: str, path: Path | None = None) -> dict[str, tuple[str, str, str]]:
    """``key -> (label, colour, hatch)`` of one role, in the file's order."""
    t = palette_table(path)
    t = t[t["role"] == role]
    if t.empty:
        raise DataFileError(f"{path or PALETTE}: no colours for role {role!r}")
    return {r.key: (r.label, r.color, r.hatch) for r in t.itertuples()}


def ciede2000(lab1: Sequence[float], lab2: Sequence[float]) -> float:
    """CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1)."""
    (L1, a1, b1), (L2, a2, b2) = lab1, lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (L1 + L2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_bar - 30)) + 0.24 * math.cos(math.radians(2 * h_bar))
         + 0.32 * math.cos(math.radians(3 * h_bar + 6)) - 0.20 * math.cos(math.radians(4 * h_bar - 63)))
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar ** 7 / (cp_bar ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c, s_h = 1 + 0.045 * cp_bar, 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    dl, dc, dh_ = (L2 - L1) / s_l, (c2p - c1p) / s_c, d_h / s_h
    return math.sqrt(dl ** 2 + dc ** 2 + dh_ ** 2 + r_t * dc * dh_)


def lab(color: str, vision: str = "normal") -> np.ndarray:
    """CIELAB of ``color`` as seen with ``vision`` (one of :data:`VISIONS`)."""
    from colorspacious import cspace_convert  # only the palette check needs it

    rgb = np.array(to_rgb(color))
    if vision != "normal":
        cvd = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
        rgb = np.clip(cspace_convert(rgb, cvd, "sRGB1"), 0, 1)
    return cspace_convert(rgb, "sRGB1", "CIELab")


def closest_pair(colors: Sequence[str]) -> tuple[float, str, str, str]:
    """The two colours of ``colors`` that are closest under any vision of
    :data:`VISIONS`: ``(CIEDE2000, colour, colour, vision)``."""
    colors = list(dict.fromkeys(c.upper() for c in colors))
    if len(colors) < 2:
        return (math.inf, "", "", "")
    labs = {v: [lab(c, v) for c in colors] for v in VISIONS}
    return min((ciede2000(labs[v][i], labs[v][j]), colors[i], colors[j], v)
               for v in VISIONS for i, j in itertools.combinations(range(len(colors)), 2))
