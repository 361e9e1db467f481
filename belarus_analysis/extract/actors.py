"""Who is who: the actor list in ``data/actors.csv`` and name resolution.

``variants`` are names (every spelling and transliteration); ``aliases`` are
descriptions ("the Belarusian leader", "CEC Chairman") that identify an actor
when no name is present. Both are ``|``-separated so a student can add one
without touching code.

>>> idx = actor_index()
>>> idx.resolve("Canadian Foreign Minister Melanie Joly"), idx.resolve("Lukashenka’s")
('joly', 'lukashenko')
>>> idx.group("joly")
'western_government'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import config
from ..errors import DataFileError
from ..resources import version

COLUMNS = ["actor_id", "canonical_name", "variants", "aliases", "group", "country", "kind", "note"]
_POSSESSIVE = re.compile(r"(?:['’]s?)$")


def _current(path: Path | None) -> tuple[Path, str]:
    """The actors file to use (``config.ACTORS`` unless given) and its content version,
    so that caches follow a user who points ``config.ACTORS`` elsewhere or edits the file."""
    path = Path(path or config.ACTORS)
    if not path.is_file():
        raise DataFileError(f"{path}: actors file not found")
    return path, version(path)


def load_actors(path: Path | None = None) -> pd.DataFrame:
    """The actor table (default ``config.ACTORS``), validated: required columns, unique non-empty ids."""
    return _load_actors(*_current(path))


@lru_cache(maxsize=8)
def _load_actors(path: Path, stamp: str) -> pd.DataFrame:
    df = pd.read_csv(path, dtype="string", keep_default_na=False)
    missing = [c for c in ("actor_id", "canonical_name", "variants", "group") if c not in df.columns]
    if missing:
        raise DataFileError(f"{path}:1: missing column(s) {missing}")
    for i, aid in enumerate(df["actor_id"]):
        if not aid:
            raise DataFileError(f"{path}:{i + 2}: empty actor_id")
    dup = df["actor_id"][df["actor_id"].duplicated()]
    if len(dup):
        raise DataFileError(f"{path}: duplicate actor_id(s) {sorted(set(dup))}")
    return df


def _norm(s: str) -> str:
    s = " ".join(s.replace("’", "'").split())
    s = _POSSESSIVE.sub("", s) if s.endswith(("'s", "'")) else s
    return s.casefold()


@dataclass
class ActorIndex:
    """Look-ups from surface forms to actor ids, built from the actor table."""

    names: dict[str, str]
    descriptions: dict[str, str]
    groups: dict[str, str]
    pattern: re.Pattern

    def group(self, actor_id: str | None) -> str | None:
        return self.groups.get(actor_id) if actor_id else None

    def mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """Every name or description in ``text``: ``(start, end, actor_id, kind)``.

        Longest match wins; ``kind`` is ``name`` or ``description``.
        """
        out = []
        for m in self.pattern.finditer(text):
            key = _norm(m.group(0))
            if key in self.names:
                out.append((m.start(), m.end(), self.names[key], "name"))
            elif key in self.descriptions:
                out.append((m.start(), m.end(), self.descriptions[key], "description"))
        return out

    def resolve(self, surface: str) -> str | None:
        """The actor a speaker expression refers to, or None.

        The whole expression as a name, then as a description ("the opposition
        leader"), then a name inside it (the last one: "Canadian Foreign Minister
        Melanie Joly" -> joly), then a description inside it.
        """
        key = _norm(surface)
        bare = re.sub(r"^the ", "", key)
        for table in (self.names, self.descriptions):
            for k in (key, bare):
                if k in table:
                    return table[k]
        found = self.mentions(surface)
        for kind in ("name", "description"):
            ids = [a for *_, a, k in found if k == kind]
            if ids:
                return ids[-1]
        return None


def _split(cell: str) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def actor_index(path: Path | None = None) -> ActorIndex:
    """The :class:`ActorIndex` of ``path`` (default ``config.ACTORS``), built once per file version.

    Every extractor resolves names through this, so setting ``belarus_analysis.config.ACTORS``
    to your own actors file changes what the whole pipeline recognises.
    """
    return _actor_index(*_current(path))


@lru_cache(maxsize=8)
def _actor_index(path: Path, stamp: str) -> ActorIndex:
    df = _load_actors(path, stamp)
    names: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    for row in df.itertuples(index=False):
        for v in [row.canonical_name, *_split(row.variants)]:
            names.setdefault(_norm(v), row.actor_id)
        for v in _split(getattr(row, "aliases", "")):
            descriptions.setdefault(_norm(v), row.actor_id)
    forms = sorted({*names, *descriptions}, key=len, reverse=True)
    # Surface regex: case-insensitive, word-bounded, optional possessive.
    alts = "|".join(re.escape(f).replace("'", "['’]").replace(r"\ ", r"\s+") for f in forms)
    pattern = re.compile(rf"(?<![\w-])(?:{alts})(?:['’]s?)?(?![\w-])", re.IGNORECASE)
    groups = dict(zip(df["actor_id"], df["group"]))
    return ActorIndex(names, descriptions, groups, pattern)
