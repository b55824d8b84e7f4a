"""Vote scales: data files in resources/, validated on load.

A point either sits on the ordered support continuum (it has a rank, higher means more support)
or is counted apart (abstain, more discussion needed, veto). A point may also be a block.
"""

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Self

from .datafile import DataFileError
from .resources import resource_path

SCALES_FILE = "scales.json"


class ScaleError(DataFileError):
    """A scales file that cannot be used."""


class ScalePoint(NamedTuple):
    """One answer a vote scale offers: ranked on the support continuum or counted apart."""

    value: int
    label: str
    short: str
    rank: int | None = None  # position on the support continuum; None when counted apart
    apart: str | None = None  # "abstain", "discuss" or "veto" when not on the continuum
    block: bool = False


class Scale(NamedTuple):
    """A vote scale: the answers a participant may give, as read from the scales file."""

    key: str
    name: str
    points: tuple[ScalePoint, ...]

    def translated(self, words: Callable[[str], str]) -> Self:
        """The same scale with its name and labels passed through words (a translation)."""
        points = tuple(p._replace(label=words(p.label), short=words(p.short)) for p in self.points)
        return self._replace(name=words(self.name), points=points)

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(p.value for p in self.points)

    @property
    def ranked(self) -> tuple[ScalePoint, ...]:
        """The points on the support continuum, from least to most support."""
        return tuple(sorted((p for p in self.points if p.rank is not None), key=_rank))

    @property
    def k(self) -> int:
        """How many ordered points the continuum has."""
        return len(self.ranked)

    def point(self, value: int) -> ScalePoint:
        for p in self.points:
            if p.value == value:
                return p
        raise KeyError(value)

    def has_value(self, value: int) -> bool:
        return any(p.value == value for p in self.points)

    def rank_of(self, value: int) -> int | None:
        return self.point(value).rank


def _rank(point: ScalePoint) -> int:
    assert point.rank is not None
    return point.rank


def _parse_point(raw: Any, where: str, path: Path) -> ScalePoint:
    if not isinstance(raw, dict):
        raise ScaleError(path, where, "must be an object")
    for name, kind in (("value", int), ("label", str)):
        if not isinstance(raw.get(name), kind) or isinstance(raw.get(name), bool):
            raise ScaleError(path, f"{where}.{name}", f"must be a {kind.__name__}")
    rank = raw.get("rank")
    apart = raw.get("apart")
    if (rank is None) == (apart is None):
        raise ScaleError(path, where, "needs exactly one of 'rank' and 'apart'")
    if rank is not None and (not isinstance(rank, int) or rank < 1):
        raise ScaleError(path, f"{where}.rank", "must be a whole number from 1")
    if apart is not None and apart not in ("abstain", "discuss", "veto"):
        raise ScaleError(path, f"{where}.apart", "must be 'abstain', 'discuss' or 'veto'")
    return ScalePoint(
        value=raw["value"],
        label=raw["label"],
        short=str(raw.get("short", raw["label"])),
        rank=rank,
        apart=apart,
        block=bool(raw.get("block", False)),
    )


def _parse_scale(raw: Any, where: str, path: Path) -> Scale:
    if not isinstance(raw, dict):
        raise ScaleError(path, where, "must be an object")
    if not isinstance(raw.get("key"), str) or not raw["key"]:
        raise ScaleError(path, f"{where}.key", "must be a non-empty string")
    points_raw = raw.get("points")
    if not isinstance(points_raw, list) or len(points_raw) < 2:
        raise ScaleError(path, f"{where}.points", "must list at least two points")
    points = tuple(_parse_point(p, f"{where}.points[{i}]", path) for i, p in enumerate(points_raw))
    if len({p.value for p in points}) != len(points):
        raise ScaleError(path, f"{where}.points", "values must be unique")
    ranks = sorted(p.rank for p in points if p.rank is not None)
    if ranks != list(range(1, len(ranks) + 1)) or len(ranks) < 2:
        raise ScaleError(path, f"{where}.points", "ranks must run 1, 2, 3, ... with no gaps")
    return Scale(key=raw["key"], name=str(raw.get("name", raw["key"])), points=points)


def load_scales(path: Path | None = None) -> dict[str, Scale]:
    """Read and validate a scales file; the bundled one when no path is given."""
    path = path or resource_path(SCALES_FILE)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ScaleError(path, "(file)", f"cannot be read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise ScaleError(path, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from exc
    if not isinstance(raw, dict) or raw.get("format") != "xsector-scales":
        raise ScaleError(path, "format", "must be 'xsector-scales'")
    if raw.get("version") != 1:
        raise ScaleError(path, "version", "must be 1")
    scales_raw = raw.get("scales")
    if not isinstance(scales_raw, list):
        raise ScaleError(path, "scales", "must be a list")
    scales: dict[str, Scale] = {}
    for i, s in enumerate(scales_raw):
        scale = _parse_scale(s, f"scales[{i}]", path)
        if scale.key in scales:
            raise ScaleError(path, f"scales[{i}].key", f"'{scale.key}' appears twice")
        scales[scale.key] = scale
    return scales


@cache
def builtin_scales() -> dict[str, Scale]:
    return load_scales()


DEFAULT_SCALE = "agree5"


def get_scale(key: str) -> Scale:
    """A built-in scale by key; KeyError names the known keys."""
    scales = builtin_scales()
    if key not in scales:
        raise KeyError(f"unknown scale '{key}' (known: {', '.join(scales)})")
    return scales[key]
