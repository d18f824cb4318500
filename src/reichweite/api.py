"""The Python API: what `import reichweite` offers, and what the `reichweite` command and the web app call.

Every function takes the store as its first argument: a `Store` from `open_store`, or a path / URL (opened for the
call; functions that only read never create a store). Dates may be given as `datetime` or as text (`2026-10-21`
means the end of that day, Europe/Berlin), durations as `timedelta` or text (`7d`, `12h`), accounts as
`"platform:handle"` or a `(platform, handle)` pair. Results hold DataFrames and say themselves as strict JSON
(`.to_json()`); no function writes a file unless it is given `out`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reichweite import registry
from reichweite.errors import UsageError
from reichweite.results import (
    Accounts,
    AutomatedAccounts,
    Collected,
    Imported,
    PanelReport,
    Polls,
    Posts,
    SenderTriage,
    Store,
)

if TYPE_CHECKING:
    import pandas as pd

    from reichweite.analysis.compare_results import CompareOptions, ComparisonResult, SeriesResult
    from reichweite.jobs.languages import LanguageShares

StoreLike = Store | str | Path | None
Target = str | tuple[str, str]
When = datetime | str | None
Duration = timedelta | str



def open_store(db: str | Path | None = None, *, create: bool = True) -> Store:
    """The store at `db` (an SQLite file or a postgresql:// URL; default $REICHWEITE_DB, else ./reichweite.db),
    its schema brought up to date. With create=False a store that does not exist raises NoStore and nothing is
    created."""
    from reichweite.store import open_store as open_engine

    return Store(open_engine(str(db) if db is not None else None, create=create))


def _store(store: StoreLike, *, create: bool) -> Store:
    return store if isinstance(store, Store) else open_store(store, create=create)


def target(value: Target) -> tuple[str, str]:
    """'bluesky:alice.bsky.social' or ('bluesky', 'alice.bsky.social') → ('bluesky', 'alice.bsky.social')."""
    from reichweite.model import PLATFORMS

    if isinstance(value, tuple):
        platform, handle = value
    else:
        platform, sep, handle = value.partition(":")
        if not sep:
            handle = ""
    platform = platform.strip().lower()
    if platform not in PLATFORMS or not handle.strip():
        raise UsageError(f"{value!r}: expected PLATFORM:HANDLE with PLATFORM one of {', '.join(PLATFORMS)}")
    return platform, handle.strip().lstrip("@") if platform != "mastodon" else handle.strip()


def as_of(value: When, name: str = "at") -> datetime | None:
    """A measurement date: datetime as given, text parsed (a bare date is the end of that day, Europe/Berlin)."""
    from reichweite.timeutil import parse_as_of

    if value is None or isinstance(value, datetime):
        return value
    try:
        return parse_as_of(value)
    except ValueError as exc:
        raise UsageError(f"{name}: {exc}") from None


def duration(value: Duration | None, name: str) -> timedelta | None:
    from reichweite.timeutil import parse_duration

    if value is None or isinstance(value, timedelta):
        return value
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise UsageError(f"{name}: {exc}") from None


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
        raise UsageError(f"kind {kind!r}: use one of {', '.join(IMPORT_KINDS)}")
    if kind == "table":
        options = {**options, "accounts": _accounts(options.get("accounts")), "at": as_of(options.get("at"))}
    done = import_kind(_store(store, create=True).engine, kind, path, **options)
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
            raise UsageError(f"accounts {item!r}: {exc}") from None
    return pairs


def collect(store: StoreLike, platform: str, handle: str, *, since: When = None, **options: Any) -> Collected:
    """Collect an account's posts with their current figures (and its account figures) from the platform's API, through
    the one collection runner. Options for every platform: `resume` (go on from an interrupted run), `quiet` (no
    progress bar, no lines about waits), `now`; the platform's own: bluesky `appview`, mastodon `instance_url`,
    x `api_url` and `token`. A bare date in `since` means the start of that day (Europe/Berlin)."""
    from reichweite.jobs.collect import collect as run

    if platform not in registry.api_platforms():
        raise UsageError(f"platform {platform!r}: collect from one of {', '.join(registry.api_platforms())}")
    start = since if isinstance(since, datetime) or since is None else _since(since)
    if platform == "x":
        from reichweite.platforms.x.api import bearer_token

        options["token"] = options.get("token") or bearer_token()  # a missing token is said before the store is opened
    run_options = {k: options.pop(k) for k in ("resume", "quiet", "now") if k in options}
    result = run(_store(store, create=True).engine, platform, handle, since=start, options=options, **run_options)
    details = {k: v for k, v in asdict(result).items() if k not in ("platform", "handle")}
    return Collected(platform, result.handle, result.summary(), details)


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
    results = run_watch(Path(config), _store(store, create=True).engine, every=interval, now=moment, echo=echo,
                        quiet=quiet)
    return [Collected(r.platform, r.handle, r.summary(), {k: v for k, v in asdict(r).items()
                                                          if k not in ("platform", "handle")}) for r in results]


def _since(value: str) -> datetime:
    from reichweite.timeutil import REPORT_TZ, parse_datetime

    try:
        return parse_datetime(value, REPORT_TZ)
    except ValueError as exc:
        raise UsageError(f"since: {exc}") from None


def compare_options(
    *, tolerance: Duration = "12h", quotes: bool = False, window: Duration = "12h", fuzzy_threshold: float = 90.0,
    overrides: str | Path | None = None, include_reposts: bool = False, parts: str | None = None,
    visibility: str | Sequence[str] | None = None,
) -> CompareOptions:
    """How `compare` matches and counts posts, from the same arguments (text or typed) as `compare` takes."""
    from reichweite.analysis.compare_results import CompareOptions
    from reichweite.analysis.parts import parse_parts

    try:
        rule = parse_parts(parts)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return CompareOptions(
        tolerance=duration(tolerance, "tolerance"), quotes=quotes, window=duration(window, "window"),
        fuzzy_threshold=fuzzy_threshold, overrides=str(overrides) if overrides else None, rule=rule,
        include_reposts=include_reposts, visibility=_visibility(visibility))


def compare(
    store: StoreLike, a: Target, b: Target, *more: Target, at: When | Sequence[When] = None,
    age: Duration | Sequence[Duration] | None = None, tolerance: Duration = "12h", quotes: bool = False,
    window: Duration = "12h", fuzzy_threshold: float = 90.0, overrides: str | Path | None = None,
    include_reposts: bool = False, lang: str | None = None, out: str | Path | None = None, parts: str | None = None,
    visibility: str | Sequence[str] | None = None, log: bool = False, options: CompareOptions | None = None,
) -> ComparisonResult | SeriesResult:
    """Compare accounts post by post (cross-posts): groups of the same post, interactions, statistics.

    Two accounts at one date (`at`, default now) or one post `age`: a `ComparisonResult` (`.table.pairs` the pairs,
    `.matched_posts()` one row per matched post). More accounts (`*more`) or several dates (`at=[d1, d2]`) or ages
    (`age=["1h", "7d"]`, earliest first): a `SeriesResult` (`.dates` per date the accounts' summaries and every pair's
    statistics, `.change_summary` the change between consecutive dates, `.curves` interactions over post age,
    `.listing()` one row per date, group and account). `parts`: common (default), known or a list such as
    "likes,reposts". How posts are matched and counted may also come as one `options` (see `compare_options`),
    then without the single arguments. With `out` the report (HTML, workbook, charts; on a logarithmic scale with
    `log`) is written there. `.to_json()` is the JSON of `reichweite compare --json` with the same arguments."""
    from reichweite.jobs.compare import compare as run
    from reichweite.jobs.compare_series import compare_series

    ats = [w for w in (as_of(v) for v in _several(at)) if w is not None]
    ages = [d for d in (duration(v, "age") for v in _several(age)) if d is not None]
    if ats and ages:
        raise UsageError("Give either --at or --age, not both.")
    given = compare_options(tolerance=tolerance, quotes=quotes, window=window, fuzzy_threshold=fuzzy_threshold,
                            overrides=overrides, include_reposts=include_reposts, parts=parts, visibility=visibility)
    if options is not None and given != type(options)():
        raise UsageError("Give the comparison's options either as options or one by one, not both.")
    sides = [target(a), target(b), *(target(m) for m in more)]
    report = dict(options=options or given, lang=_lang(lang), out=Path(out) if out is not None else None, log=log)
    engine = _store(store, create=False).engine
    if len(sides) == 2 and len(ats) <= 1 and len(ages) <= 1:
        return run(engine, *sides, at=ats[0] if ats else None, age=ages[0] if ages else None, **report)
    return compare_series(engine, sides, ats=ats or None, ages=ages or None, **report)


def __getattr__(name: str) -> Any:
    """The records of `compare` (ComparisonResult, SeriesResult, CompareOptions), imported on first use."""
    if name in ("ComparisonResult", "SeriesResult", "CompareOptions"):
        from reichweite.analysis import compare_results

        return getattr(compare_results, name)
    raise AttributeError(f"module 'reichweite.api' has no attribute {name!r}")


def _several(value: Any) -> list[Any]:
    """One value or a list of them (None: none)."""
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def posts(store: StoreLike, account: Target, *, at: When = None, visibility: str | Sequence[str] | None = None
          ) -> Posts:
    """An account's posts with kind and their figures as of `at` (default now). Followers-only posts only when
    `visibility` includes 'private' (`.left_out` says how many were left out)."""
    from reichweite.jobs.compare import listed_posts
    from reichweite.timeutil import utcnow

    platform, handle = target(account)
    when, levels = as_of(at) or utcnow(), _visibility(visibility)
    frame, left_out = listed_posts(_store(store, create=False).engine, platform, handle, when, visibility=levels)
    return Posts(platform, handle, when, frame, left_out)


def accounts(store: StoreLike, account: Target, *, at: When = None) -> Accounts:
    """Followers, following and posts as of `at` of one account ('platform:handle') or of every account of a
    platform ('platform')."""
    from reichweite.jobs.platforms import accounts_as_of
    from reichweite.timeutil import utcnow

    if isinstance(account, str) and ":" not in account:
        platform, handle = target((account, "-"))[0], None
    else:
        platform, handle = target(account)
    when = as_of(at) or utcnow()
    frame = accounts_as_of(_store(store, create=False).engine, platform, handle, when)
    return Accounts(platform, handle, when, frame)


def polls(store: StoreLike, account: Target | None = None, *, at: When = None, out: str | Path | None = None,
          lang: str | None = None, visibility: str | Sequence[str] | None = None) -> Polls:
    """Polls (of an account, a platform, or all) with options, votes, views and participation as of `at`."""
    from reichweite.jobs.polls import polls_as_of, polls_left_out
    from reichweite.timeutil import utcnow

    platform = handle = None
    if isinstance(account, str) and ":" not in account:
        platform = target((account, "-"))[0]
    elif account is not None:
        platform, handle = target(account)
    when, language, levels = as_of(at) or utcnow(), _lang(lang), _visibility(visibility)
    engine = _store(store, create=False).engine
    found = Polls(when, polls_as_of(engine, platform, handle, when, visibility=levels),
                  left_out=polls_left_out(engine, platform, handle, when, visibility=levels))
    if out is not None:
        from reichweite.report.polls import write_polls_report

        found.files = write_polls_report(found.polls, Path(out), when, language, left_out=found.left_out)
    return found


def panel_report(
    store: StoreLike, name: str, *, platforms: Sequence[str] | str = ("linkedin", "xing"),
    composition: str = "as-of", threshold: int | None = None, at: date | str | None = None,
    out: str | Path | None = None, lang: str | None = None, log: bool = False,
) -> PanelReport:
    """A company panel (e.g. the DAX) over time: totals per date and platform over the members, coverage, growth,
    ratios, a per-company view and membership changes. With `out` the HTML report, workbook and charts (on a
    logarithmic scale with `log`)."""
    from reichweite.analysis.panel import parse_composition
    from reichweite.jobs.panel_report import panel_report as run
    from reichweite.jobs.panel_report import parse_platforms

    try:
        comp = parse_composition(composition)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    chosen = parse_platforms(platforms if isinstance(platforms, str) else ",".join(platforms))
    language, day = _lang(lang), _day(at, "at")
    result, files = run(_store(store, create=False).engine, name, chosen, comp,
                        out=Path(out) if out is not None else None, lang=language, threshold=threshold, at=day,
                        log=log)
    return PanelReport(result, files)


def languages(
    files: Sequence[str | Path], *, engine: str = "duckdb", detect: str = "missing", by: str = "day",
    tz: str = "UTC", share_of: str | None = None, threshold: float = 0.3, second_stage: bool = True,
    workers: int = 1, memory_limit: str | None = None, out: str | Path | None = None, lang: str | None = None,
    progress: Callable[[str, int, int | None], None] | None = None,
) -> LanguageShares:
    """Language shares of Bluesky posts in Jetstream files (declared: first, any, none; and detected) per day,
    week or month; with `share_of` one language's share with its 95 % Wilson interval. Needs the `languages`
    extra (and `spark` for engine='spark')."""
    from reichweite.extras import need

    need("languages", "languages")
    if engine == "spark":
        need("spark", "languages --engine spark")
    from reichweite.jobs.languages import language_shares

    return language_shares(
        files, engine=engine, detect=detect, by=by, tz=tz, lang=share_of, out=Path(out) if out else None,
        report_lang=_lang(lang), threshold=threshold, second_stage=second_stage, progress=progress,
        detect_workers=workers, memory_limit=memory_limit)


def triage(export: str | Path, *, store: StoreLike = None, owner: str | None = None, out: str | Path | None = None,
           lang: str | None = None, show_names: bool = False) -> SenderTriage:
    """Rank every inbound sender of a LinkedIn member export (messages, invitations) by how likely they are a bot or
    a funnel pitch, with reasons; labels stored in `store` (if it exists) train the model. With `out` an xlsx and
    HTML report (names only with show_names). Needs the `automation` extra."""
    from reichweite.errors import NoStore
    from reichweite.extras import need

    need("automation", "automation linkedin")
    from reichweite.jobs import automation

    try:
        engine = _store(store, create=False).engine
    except NoStore:
        engine = None  # no labels yet: scoring needs none
    language = _lang(lang)
    found = SenderTriage(automation.automation_linkedin(Path(export), engine=engine, owner=owner), language)
    if out is not None:
        found.files = automation.write_linkedin_report(found.result, Path(out), language, show_names=show_names)
    return found


def label_sender(store: StoreLike, sender: str, verdict: str, *, export: str | Path | None = None,
                 owner: str | None = None) -> Any:
    """Store the user's verdict ('spam' or 'ok') on a sender of `triage`; with the export its texts are kept to
    train the model."""
    from reichweite.extras import need

    need("automation", "automation label")
    from reichweite.jobs.automation import label_sender as run

    return run(_store(store, create=True).engine, sender, verdict, export=Path(export) if export else None,
               owner=owner)


def sender_labels(store: StoreLike) -> list[Any]:
    """The labels given so far."""
    from reichweite.store.queries_automation import load_labels

    with _store(store, create=False).engine.connect() as conn:
        return list(load_labels(conn, "linkedin"))


def automated_accounts(files: Sequence[str | Path], *, min_posts: int = 2, top: int | None = None,
                       lang: str | None = None) -> AutomatedAccounts:
    """Accounts in a Jetstream post stream that post like machines (cadence, same second, repeated texts, links,
    volume), highest score first."""
    from reichweite.jobs.automation import automation_accounts

    language = _lang(lang)
    result, stats = automation_accounts([Path(f) for f in files], min_posts=min_posts)
    return AutomatedAccounts(result, stats, language, top)


def account_history(store: StoreLike, account: Target) -> pd.DataFrame:
    """Every stored measurement of an account's followers, following and posts, oldest first (observed_at, source,
    followers, following, posts)."""
    from reichweite.jobs.platforms import account_handle
    from reichweite.store.queries_overview import account_history as history

    platform, handle = target(account)
    with _store(store, create=False).engine.connect() as conn:
        return history(conn, platform, account_handle(platform, handle))


def panel_members(store: StoreLike, name: str, *, at: date | str | None = None) -> tuple[dict, Any]:
    """A panel's members on a date, or all its membership spells; a built-in panel (dax) is loaded into the store on
    first use. Without a store the built-in panels are read as shipped and nothing is created."""
    from reichweite.errors import NoStore
    from reichweite.jobs.panels import panel_members as run

    day = _day(at, "at")
    try:
        found = _store(store, create=False)
    except NoStore:  # an unknown name is said as in a store: the built-in panels are the known ones
        return _builtin_panel_members(name, day)
    return run(found.engine, name, day)


def _builtin_panel_members(name: str, day: date | None) -> tuple[dict, Any]:
    """A built-in panel read through a throwaway store, so names and spells come out exactly as from a real one."""
    import tempfile

    from reichweite.jobs.panels import panel_members as run

    with tempfile.TemporaryDirectory(prefix="reichweite-panel-") as folder, \
            open_store(Path(folder) / "panel.db") as scratch:
        return run(scratch.engine, name, day)


def import_panel(store: StoreLike, name: str, path: str | Path, *, title: str | None = None) -> dict[str, Any]:
    """Define a panel from a table of membership spells (replaces a panel of that name)."""
    from reichweite.jobs.panels import import_panel as run

    return run(_store(store, create=True).engine, name, Path(path), title=title)


def write_template(layout: str, path: str | Path, *, force: bool = False, wide: bool = False,
                   panel: str | None = None, at: date | str | None = None, store: StoreLike = None,
                   platforms: str | Sequence[str] = ("linkedin", "xing"), lang: str | None = None,
                   accounts: Sequence[tuple[str, str]] = ()) -> Path:
    """Write the CSV/XLSX template of a table layout (posts, posts-wide, accounts, polls, companies) to fill in by
    hand, in `lang` (de or en; default from the locale); posts-wide with a column group per (platform, handle) of
    `accounts`; companies `wide` (a sheet per date, a column per platform of `platforms` and figure) or pre-filled
    with the members of `panel` on `at`. An existing file only with force."""
    from reichweite.jobs.panel_report import parse_platforms
    from reichweite.report.table_template import write_template as write
    from reichweite.tables.company_template import write_companies_template

    if layout != "companies" or (not wide and not panel):
        return write(layout, Path(path), force=force, lang=_lang(lang), accounts=accounts)
    chosen = parse_platforms(platforms if isinstance(platforms, str) else ",".join(platforms))
    day = _day(at, "at") or date.today()
    companies: list[tuple[str, str | None]] = []
    if panel:
        _info, frame = panel_members(store, panel, at=day)
        companies = [(r["name"], r["isin"]) for r in frame.to_dict("records")]
    return write_companies_template(Path(path), wide=wide, companies=companies, day=day, force=force,
                                    platforms=chosen)


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


def _lang(lang: str | None) -> str:
    from reichweite.report.i18n import resolve_lang

    try:
        return resolve_lang(lang)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _visibility(value: str | Sequence[str] | None) -> frozenset[str]:
    from reichweite.visibility import SHOWN_BY_DEFAULT, parse_visibility

    return SHOWN_BY_DEFAULT if value is None else parse_visibility(value)


def _day(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{name} {value!r}: expected a date like 2020-09-01") from None
