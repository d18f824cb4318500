"""Which interaction parts a comparison counts when a part is known on one side only (the X archive has no replies).

Three rules:
- `common`: the parts known for every post of every compared group (at every date); a part unknown anywhere is left
  out for all groups, and the result says where it was unknown. Both sides are always measured alike.
- `known`: each group counts the parts all of its posts with figures know (at every date); the group's parts are
  listed beside it, so groups may be measured on different parts.
- an explicit list (`likes,reposts`): exactly these parts; a post lacking one of them has unknown interactions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from reichweite.errors import Said
from reichweite.metrics import INTERACTION_PARTS_WITH_QUOTES

RULES = ("common", "known")
PART_NAMES: tuple[str, ...] = INTERACTION_PARTS_WITH_QUOTES


@dataclass(frozen=True, slots=True)
class PartsRule:
    """`common`, `known` or `list` (then `parts` holds the parts, in the order given)."""

    kind: str = "common"
    parts: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return ",".join(self.parts) if self.kind == "list" else self.kind


def parse_parts(value: str | None) -> PartsRule:
    """'common' (default), 'known' or a comma-separated list of likes, replies, reposts, quotes."""
    text = (value or "common").strip().lower()
    if text in RULES:
        return PartsRule(text)
    parts = tuple(p.strip() for p in text.split(",") if p.strip())
    unknown = [p for p in parts if p not in PART_NAMES]
    if not parts or unknown:
        raise ValueError(Said(f"--parts {value!r}: expected common, known or a list of {', '.join(PART_NAMES)} "
                              f"(e.g. likes,reposts)", "anl.parts", value=repr(value), parts=", ".join(PART_NAMES)))
    if len(set(parts)) != len(parts):
        raise ValueError(Said(f"--parts {value!r}: a part is named twice", "anl.parts_twice", value=repr(value)))
    return PartsRule("list", parts)


@dataclass(slots=True)
class LeftOutPart:
    """An interaction part left out because one side does not know it for every pair."""

    part: str
    side: str  # the account's key: "a", "b", …
    platform: str
    missing: int
    total: int
    as_of: str | None = None  # the date (or age) at which it was unknown, when several were compared

    def message(self, label: str) -> Said:
        """'replies unknown for 8 of 8 X posts (2026-09-03) (the X archive has no reply counts; …)'."""
        when = f" ({self.as_of})" if self.as_of else ""
        why = Said(" (the X archive has no reply counts; add them with `reichweite import table`)",
                   "anl.parts.x_replies") if self.platform == "x" and self.part == "replies" else ""
        part = Said(self.part, f"anl.part.{self.part}")
        return Said(f"{part} unknown for {self.missing} of {self.total} {label} posts{when}{why}", "anl.parts.unknown",
                    part=part, missing=self.missing, total=self.total, label=label, when=when, why=why)


def compared_on(parts: tuple[str, ...], left_out: list[LeftOutPart], labels: dict[str, str]) -> Said:
    """'compared on reposts + likes: replies unknown for …' — the parts a comparison counted and why others were
    left out."""
    reasons = tuple(p.message(labels.get(p.side, p.side)) for p in left_out)
    used = Said("nothing", "anl.parts.nothing")
    for i, name in enumerate(reversed(parts)):
        part = Said(name, f"anl.part.{name}")
        used = part if i == 0 else Said(f"{part} + {used}", "anl.parts.plus", first=part, rest=used)
    return Said(f"compared on {used}: {'; '.join(reasons)}", "anl.parts.compared_on", used=used, reasons=reasons)


def common_parts(
    frames: list[pd.DataFrame], keys: list[str], platforms: dict[str, str], requested: tuple[str, ...],
    labels: list[str | None],
) -> tuple[tuple[str, ...], list[LeftOutPart]]:
    """The requested parts known for every post in every compared group of every frame (one frame per date).

    A group is compared for an account when the account has figures there and at least one other account does.
    """
    left_out: list[LeftOutPart] = []
    unknown: set[str] = set()
    for frame, label in zip(frames, labels, strict=True):
        has = {k: frame[f"{k}_has_figures"].to_numpy(dtype=bool) for k in keys}
        count = np.sum([has[k] for k in keys], axis=0) if keys else np.zeros(len(frame))
        for part in requested:
            for key in keys:
                rows = has[key] & (count >= 2)
                total = int(rows.sum())
                missing = int(frame.loc[rows, f"{key}_{part}"].isna().sum()) if total else 0
                if missing:
                    unknown.add(part)
                    left_out.append(LeftOutPart(part=part, side=key, platform=platforms[key], missing=missing,
                                                total=total, as_of=label))
    return tuple(p for p in requested if p not in unknown), left_out


def known_parts(frames: list[pd.DataFrame], keys: list[str], requested: tuple[str, ...]) -> pd.DataFrame:
    """Per group (rows aligned over the frames) and part: True where every post with figures knows it at every date."""
    known = pd.DataFrame(True, index=frames[0].index, columns=list(requested))
    for frame in frames:
        for key in keys:
            has = frame[f"{key}_has_figures"].to_numpy(dtype=bool)
            for part in requested:
                known[part] &= ~has | frame[f"{key}_{part}"].notna().to_numpy()
    return known


def parts_text(known: pd.DataFrame) -> pd.Series:
    """'replies + reposts + likes' per row of a known-parts mask ('' where no part is known)."""
    names = np.array(known.columns, dtype=object)
    return pd.Series([" + ".join(names[row]) for row in known.to_numpy(dtype=bool)], index=known.index, dtype=object)


def coverage(parts_per_row: pd.Series, compared: pd.Series, requested: tuple[str, ...]) -> dict[str, int]:
    """How many compared rows counted each part (parts_per_row holds 'a + b' texts)."""
    texts = parts_per_row[compared.to_numpy(dtype=bool)].value_counts()
    out = dict.fromkeys(requested, 0)
    for text, count in texts.items():
        for part in str(text).split(" + "):
            if part in out:
                out[part] += int(count)
    return out
