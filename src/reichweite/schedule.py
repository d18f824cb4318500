"""The watch list (TOML) and the measurement plan: which post and account snapshots are due at a moment.

Pure planning: no network, no database. jobs/watch.py asks these functions and does the fetching.

    [plan]
    post_ages = ["1h", "24h", "7d", "30d"]   # measure each post at these ages
    tolerance = "2h"                         # a snapshot within [created_at + age, … + tolerance] counts
    accounts_every = "1d"                    # follower/following/post counts this often

    [bluesky]
    appview = "https://public.api.bsky.app"
    accounts = ["alice.bsky.social"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from reichweite import registry
from reichweite.errors import ConfigError, Said, UsageError
from reichweite.model import PLATFORMS
from reichweite.timeutil import parse_duration

API_PLATFORMS = registry.api_platforms()
PLATFORM_OPTIONS = {p.name: set(p.watch_options) for p in registry.PLATFORMS}
DEFAULT_AGES = ("1h", "24h", "7d", "30d")


@dataclass(slots=True)
class Plan:
    post_ages: list[timedelta] = field(default_factory=lambda: [parse_duration(a) for a in DEFAULT_AGES])
    tolerance: timedelta = timedelta(hours=2)
    accounts_every: timedelta = timedelta(days=1)

    @property
    def horizon(self) -> timedelta:
        """How far back a post can still have a measurement due."""
        return max(self.post_ages, default=timedelta(0)) + self.tolerance


@dataclass(slots=True)
class PlatformWatch:
    platform: str
    accounts: list[str]
    options: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class WatchList:
    path: Path
    plan: Plan
    platforms: list[PlatformWatch]


def _duration(path: Path, key: str, value: Any) -> timedelta:
    try:
        return parse_duration(str(value))
    except ValueError:
        raise ConfigError(Said(f"{path}: {key} = {value!r} is not a duration (use e.g. 1h, 24h, 7d)",
                               "anl.watch.duration", path=str(path), setting=key, value=repr(value))) from None


def load_watch_list(path: Path) -> WatchList:
    """Read and check a watch list; a ConfigError names the file and the key that is wrong."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(Said(f"{path}: no such watch list", "error.no_watch_list", path=str(path))) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(Said(f"{path}: not valid TOML ({exc})", "anl.watch.toml", path=str(path),
                               detail=str(exc))) from None
    unknown = set(data) - {"plan", *PLATFORMS}
    if unknown:
        shown, expected = ", ".join(sorted(unknown)), ", ".join(PLATFORMS)
        raise ConfigError(Said(f"{path}: unknown section(s) {shown}; expected [plan] and platform sections {expected}",
                               "anl.watch.sections", path=str(path), sections=shown, platforms=expected))
    raw_plan = data.get("plan", {})
    plan = Plan()
    if "post_ages" in raw_plan:
        if not isinstance(raw_plan["post_ages"], list):
            raise ConfigError(Said(f"{path}: plan.post_ages must be a list like [\"1h\", \"24h\", \"7d\"]",
                                   "anl.watch.post_ages", path=str(path)))
        plan.post_ages = sorted(_duration(path, "plan.post_ages", a) for a in raw_plan["post_ages"])
    if "tolerance" in raw_plan:
        plan.tolerance = _duration(path, "plan.tolerance", raw_plan["tolerance"])
    if "accounts_every" in raw_plan:
        plan.accounts_every = _duration(path, "plan.accounts_every", raw_plan["accounts_every"])
    bad_keys = set(raw_plan) - {"post_ages", "tolerance", "accounts_every"}
    if bad_keys:
        shown = ", ".join(sorted(bad_keys))
        raise ConfigError(Said(f"{path}: unknown plan key(s) {shown}", "anl.watch.plan_keys", path=str(path),
                               keys=shown))
    platforms = []
    for platform in PLATFORMS:
        section = data.get(platform)
        if section is None:
            continue
        accounts = section.get("accounts", [])
        if not isinstance(accounts, list) or not all(isinstance(a, str) and a.strip() for a in accounts):
            raise ConfigError(Said(f"{path}: [{platform}] accounts must be a list of handles", "anl.watch.accounts",
                                   path=str(path), platform=platform))
        extra = set(section) - {"accounts"} - PLATFORM_OPTIONS[platform]
        if extra:
            allowed = ", ".join(sorted(PLATFORM_OPTIONS[platform])) or Said("none", "anl.none")
            shown = ", ".join(sorted(extra))
            raise ConfigError(Said(f"{path}: [{platform}] unknown option(s) {shown} (allowed: accounts, {allowed})",
                                   "anl.watch.options", path=str(path), platform=platform, options=shown,
                                   allowed=allowed))
        options = {k: str(v) for k, v in section.items() if k != "accounts"}
        platforms.append(PlatformWatch(platform, [a.strip() for a in accounts], options))
    return WatchList(path, plan, platforms)


def due_ages(created_at: datetime, observed: Iterable[datetime], plan: Plan, now: datetime) -> list[timedelta]:
    """The ages at which a post needs a snapshot now: now ≥ created_at + age, the window
    [created_at + age, created_at + age + tolerance] has not passed and holds no snapshot yet."""
    seen = sorted(observed)
    due = []
    for age in plan.post_ages:
        start = created_at + age
        end = start + plan.tolerance
        if not start <= now <= end:
            continue
        if any(start <= t <= end for t in seen):
            continue
        due.append(age)
    return due


def missed_ages(created_at: datetime, observed: Iterable[datetime], plan: Plan, now: datetime) -> list[timedelta]:
    """Ages whose window has passed without a snapshot (reported, never filled in later)."""
    seen = list(observed)
    return [age for age in plan.post_ages
            if now > created_at + age + plan.tolerance
            and not any(created_at + age <= t <= created_at + age + plan.tolerance for t in seen)]


def account_due(last_observed: datetime | None, plan: Plan, now: datetime) -> bool:
    return last_observed is None or now - last_observed >= plan.accounts_every


def next_run(now: datetime, every: timedelta, started: datetime) -> datetime:
    """The next tick of a long-running collector: started + k·every after now."""
    if every <= timedelta(0):
        raise UsageError(Said("--every must be longer than 0", "error.every_zero"))
    steps = int((now - started) / every) + 1
    return started + steps * every


def describe_ages(ages: Sequence[timedelta]) -> str:
    def one(age: timedelta) -> str:
        seconds = int(age.total_seconds())
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
            if seconds % size == 0:
                return f"{seconds // size}{unit}"
        return f"{seconds}s"

    return ", ".join(one(a) for a in ages)
