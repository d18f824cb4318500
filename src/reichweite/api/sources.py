"""The Python API for getting posts and figures in: import a file (its kind told when not given, a zip checked
first), collect from a platform's API or by a watch list, record the Bluesky firehose."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from reichweite import registry
from reichweite.api.arguments import Duration, StoreLike, Target, When, as_of, duration, store_of, target
from reichweite.errors import Said, UsageError, one_of, option_said
from reichweite.results import Collected, Imported


def import_file(store: StoreLike, path: str | Path | Sequence[str | Path], *, kind: str | None = None,
                **options: Any) -> Imported:
    """Import a file (for linkedin-page: one or more) of the given kind into the store; one transaction per file,
    importing it again adds nothing. Without `kind` it is told from the file's name and content (one of
    `file_kinds()`). Options per kind: x-archive `handle`; table `tz` (ZoneInfo), `accounts`
    ('x:NAME,bluesky:NAME' or pairs) and `at` (when the figures were read) for tables that leave them out;
    linkedin-export `owner`; linkedin-page `page`, `followers`, `observed_at`; companies `add_unknown`;
    company-page `company`, `followers_on_last_day`, `all_days`, `add_unknown`."""
    from reichweite.jobs.imports import IMPORT_KINDS, import_kind

    if kind is None:
        single = Path(path) if isinstance(path, str | Path) else Path(next(iter(path)))
        check_import(single)
        kind = detect_kind(single)
    if kind not in IMPORT_KINDS:
        raise UsageError(one_of("kind", kind, IMPORT_KINDS))
    if kind == "table":
        options = {**options, "accounts": _accounts(options.get("accounts")), "at": as_of(options.get("at"))}
    done = import_kind(store_of(store, create=True).engine, kind, path, **options)
    return Imported(kind, done.path, done.summary, done.details, done.result, done.paths)


def file_kinds() -> tuple[str, ...]:
    """The kinds of file `import_file` tells by itself (the others are named with `kind`)."""
    from reichweite.jobs.import_file import KINDS

    return KINDS


def detect_kind(path: str | Path) -> str:
    """The kind of file `import_file` would import `path` as (one of `file_kinds()`), from its name and content."""
    from reichweite.jobs.import_file import detect_kind as detect

    return detect(Path(path))


def check_import(path: str | Path) -> None:
    """Refuse a file before it is imported or queued: a zip whose members point outside it, or beyond the limits
    (zip bombs), as its directory declares them; the importers check again while they unpack."""
    import zipfile

    from reichweite.jobs.import_file import check_archive

    if zipfile.is_zipfile(path):
        check_archive(Path(path))


def _accounts(value: str | Sequence[Target] | None) -> list[tuple[str, str]]:
    """'x:a,bluesky:b' or ['x:a', ('bluesky', 'b')] → [(platform, handle)], handles by the registry's rule."""
    items = [v for v in value.split(",") if v.strip()] if isinstance(value, str) else list(value or ())
    pairs = []
    for item in items:
        platform, handle = target(item)
        try:
            pairs.append((platform, registry.normalise_handle(platform, handle)))
        except ValueError as exc:
            raise UsageError(option_said(f"accounts {item!r}", exc)) from None
    return pairs


def collect(store: StoreLike, platform: str, handle: str, *, since: When = None, **options: Any) -> Collected:
    """Collect an account's posts with their current figures (and its account figures) from the platform's API, through
    the one collection runner. Options for every platform: `resume` (go on from an interrupted run), `quiet` (no
    progress bar, no lines about waits), `now`; the platform's own: bluesky `appview`, mastodon `instance_url`,
    x `api_url` and `token`. A bare date in `since` means the start of that day (Europe/Berlin)."""
    from reichweite.jobs.collect import collect as run

    if platform not in registry.api_platforms():
        raise UsageError(Said(f"platform {platform!r}: collect from one of {', '.join(registry.api_platforms())}",
                              "use.collect_from", value=repr(platform), choices=", ".join(registry.api_platforms())))
    start = since if isinstance(since, datetime) or since is None else _since(since)
    if platform == "x":
        from reichweite.platforms.x.api import bearer_token

        options["token"] = options.get("token") or bearer_token()  # a missing token is said before the store is opened
    run_options = {k: options.pop(k) for k in ("resume", "quiet", "now") if k in options}
    result = run(store_of(store, create=True).engine, platform, handle, since=start, options=options, **run_options)
    details = {k: v for k, v in asdict(result).items() if k not in ("platform", "handle")}
    return Collected(platform, result.handle, result.summary(), details, result)


def collect_watch_list(store: StoreLike, config: str | Path, *, every: Duration | None = None, now: When = None,
                       echo: Callable[[str], None] = print, quiet: bool = False) -> list[Collected]:
    """Collect what a watch list (TOML) says is due: new posts, re-measurements at the planned post ages, account
    figures; with `every`, again at that interval until interrupted. A failing account is recorded and the others
    go on; `echo` receives the progress lines; waits for rate limits and retries are said on stderr unless
    `quiet`."""
    from reichweite.jobs.watch import run_watch
    from reichweite.schedule import load_watch_list

    interval, moment = duration(every, "every"), as_of(now, "now")
    load_watch_list(Path(config))  # a missing or bad watch list is said before a store is opened or created
    results = run_watch(Path(config), store_of(store, create=True).engine, every=interval, now=moment, echo=echo,
                        quiet=quiet)
    return [Collected(r.platform, r.handle, r.summary(), {k: v for k, v in asdict(r).items()
                                                          if k not in ("platform", "handle")}, r) for r in results]


def _since(value: str) -> datetime:
    from reichweite.timeutil import REPORT_TZ, parse_datetime

    try:
        return parse_datetime(value, REPORT_TZ)
    except ValueError as exc:
        raise UsageError(option_said("since", exc)) from None


def record_jetstream(url: str, out: str | Path, *, collections: Sequence[str] = ("app.bsky.feed.post",),
                     rotate_events: int = 100_000, rotate_seconds: float = 3600.0, overlap: float = 5.0,
                     limit: int | None = None, log: Callable[[str], None] = print) -> Any:
    """Record Bluesky's live Jetstream firehose to rotating JSONL.zst files in `out`, resuming from the saved cursor.
    Needs the `languages` extra (zstandard, websockets)."""
    from reichweite.extras import need

    need("languages", "jetstream record")
    from reichweite.platforms.bluesky.jetstream_record import record_jetstream as record

    return record(url, Path(out), collections=list(collections), rotate_events=rotate_events,
                  rotate_seconds=rotate_seconds, overlap_s=overlap, limit=limit, log=log)
