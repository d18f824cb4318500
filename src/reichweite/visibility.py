"""Who could see a post, and which posts listings, comparisons, polls and reports include.

Levels as Mastodon names them: `public`, `unlisted` (public, but not in public timelines), `private` (followers only)
and `direct` (addressed people only). Direct messages are never stored as posts. Followers-only posts are stored but
left out unless asked for (`--visibility private` or `all`). A post without a visibility (every platform without
such levels, and posts stored before it was recorded) counts as public.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reichweite.errors import Said, UsageError

if TYPE_CHECKING:
    import pandas as pd

PUBLIC, UNLISTED, PRIVATE, DIRECT = "public", "unlisted", "private", "direct"
STORED = (PUBLIC, UNLISTED, PRIVATE)
SHOWN_BY_DEFAULT = frozenset({PUBLIC, UNLISTED})
_ALIASES = {"followers": PRIVATE, "followers-only": PRIVATE, "limited": PRIVATE, "all": ",".join(STORED)}


def parse_visibility(value: str | Iterable[str] | None, option: str = "--visibility") -> frozenset[str]:
    """'public,unlisted' / 'private' / 'all' → the levels to include. `private` alone means: public ones as well."""
    if value is None:
        return SHOWN_BY_DEFAULT
    items = value.split(",") if isinstance(value, str) else list(value)
    levels: set[str] = set()
    for item in (i.strip().lower() for i in items):
        for level in _ALIASES.get(item, item).split(","):
            if level == DIRECT:
                raise UsageError(Said(f"{option} direct: direct messages are never stored as posts; expected "
                                      f"{', '.join(STORED)} or all", "opt.visibility_direct", option=option,
                                      levels=", ".join(STORED)))
            if level not in STORED:
                raise UsageError(Said(f"{option} {item!r}: expected {', '.join(STORED)} or all (comma-separated)",
                                      "opt.visibility", option=option, value=repr(item), levels=", ".join(STORED)))
            levels.add(level)
    if levels == {PRIVATE}:
        levels |= SHOWN_BY_DEFAULT  # asking for followers-only posts adds them to the public ones
    return frozenset(levels)


def level_of(visibility: object) -> str:
    """A stored visibility as a level; unknown (NULL) is public."""
    return visibility if isinstance(visibility, str) and visibility else PUBLIC


def shown(frame: pd.DataFrame, levels: frozenset[str] = SHOWN_BY_DEFAULT) -> tuple[pd.DataFrame, int]:
    """The posts of a frame (with a `visibility` column) whose level is included, and how many were left out."""
    if frame.empty or "visibility" not in frame.columns:
        return frame, 0
    keep = frame["visibility"].map(level_of).isin(levels)
    return frame[keep], int((~keep).sum())


def mastodon_level(value: object) -> str:
    """Mastodon's status visibility as a level (`limited`, used for circles, is followers-only or narrower)."""
    text = str(value or "").strip().lower()
    return text if text in (PUBLIC, UNLISTED, PRIVATE, DIRECT) else PRIVATE if text else PUBLIC
