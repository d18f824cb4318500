"""What the pages and the API show, fetched through the jobs and store queries the command line uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from fastapi import HTTPException
from fastapi.responses import JSONResponse

from reichweite.errors import ConfigError
from reichweite.web.cache import results


def targets(values: list[str]) -> list[tuple[str, str]]:
    from reichweite.cli.common import parse_target

    return [parse_target(v) for v in values if v.strip()]


def comparison(engine: sa.Engine, accounts: list[str], *, at: str | None = None, age: str | None = None,
               window: str = "12h", tolerance: str = "12h", quotes: bool = False, fuzzy_threshold: float = 90.0,
               include_reposts: bool = False) -> Any:
    """`reichweite compare` without writing files: the same job, the same numbers."""
    key, run = _comparison_job(engine, accounts, at=at, age=age, window=window, tolerance=tolerance, quotes=quotes,
                               fuzzy_threshold=fuzzy_threshold, include_reposts=include_reposts)
    return results(engine).get(key, run)


def comparison_key(engine: sa.Engine, accounts: list[str], **options: Any) -> tuple[Any, ...] | None:
    """What a comparison is kept by (None: not kept, as of now); checks the options like `comparison`."""
    return _comparison_job(engine, accounts, **options)[0]


def comparison_data(engine: sa.Engine, accounts: list[str], **options: Any) -> dict[str, Any]:
    """`comparison(...).to_json()`, kept like the result (see web.cache); not to be changed by the caller."""
    key, _ = _comparison_job(engine, accounts, **options)
    return results(engine).get(("data", key) if key is not None else None,
                               lambda: comparison(engine, accounts, **options).to_json())


def comparison_body(engine: sa.Engine, accounts: list[str], **options: Any) -> bytes:
    """The JSON of `comparison` as the API sends it, kept like the result."""
    key, _ = _comparison_job(engine, accounts, **options)
    return results(engine).get(("json", key) if key is not None else None,
                               lambda: bytes(JSONResponse(comparison_data(engine, accounts, **options)).body))


def _comparison_job(engine: sa.Engine, accounts: list[str], *, at: str | None = None, age: str | None = None,
                    window: str = "12h", tolerance: str = "12h", quotes: bool = False, fuzzy_threshold: float = 90.0,
                    include_reposts: bool = False) -> tuple[tuple[Any, ...] | None, Callable[[], Any]]:
    """The comparison's cache key (None: not kept) and the call of the job."""
    from reichweite.cli.common import parse_age, parse_at
    from reichweite.jobs.compare import compare
    from reichweite.timeutil import parse_duration

    chosen = targets(accounts)
    if len(chosen) != 2:
        raise HTTPException(422, "Choose two accounts to compare.")
    if at and age:
        raise ConfigError("Give either a date (at) or an age, not both.")
    try:
        window_d, tolerance_d = parse_duration(window), parse_duration(tolerance)
    except ValueError as exc:
        raise ConfigError(f"window/tolerance: {exc}") from None
    at_d, age_d = parse_at(at or None), parse_age(age or None)
    # "as of now" moves with every request: only a given date or age is kept
    key = ("compare", tuple(chosen), at_d, age_d, window_d, tolerance_d, quotes, fuzzy_threshold,
           include_reposts) if at_d is not None or age_d is not None else None
    return key, lambda: compare(
        engine, chosen[0], chosen[1], at=at_d, age=age_d, tolerance=tolerance_d, quotes=quotes, window=window_d,
        fuzzy_threshold=fuzzy_threshold, include_reposts=include_reposts, out=None)


def overview(engine: sa.Engine) -> dict[str, Any]:
    from reichweite.store.job_state import list_jobs
    from reichweite.store.queries_overview import accounts_overview, latest_runs

    with engine.connect() as conn:
        return {"accounts": accounts_overview(conn), "runs": latest_runs(conn),
                "jobs": [job.to_json() for job in list_jobs(conn, limit=10)]}


def account_names(engine: sa.Engine, *, with_posts: bool = False) -> list[str]:
    from reichweite.store.queries_overview import account_names as names

    with engine.connect() as conn:
        return names(conn, with_posts=with_posts)


def growth(engine: sa.Engine, accounts: list[str]) -> dict[str, Any]:
    from reichweite.jobs.platforms import account_handle
    from reichweite.store.queries_overview import account_history

    out = []
    with engine.connect() as conn:
        for platform, handle in targets(accounts):
            frame = account_history(conn, platform, account_handle(platform, handle))
            rows = [{"observed_at": r.observed_at.isoformat().replace("+00:00", "Z"), "source": r.source,
                     "followers": _int(r.followers), "following": _int(r.following), "posts": _int(r.posts)}
                    for r in frame.itertuples(index=False)]
            out.append({"platform": platform, "handle": handle, "measurements": rows})
    return {"accounts": out}


def growth_steps(engine: sa.Engine, accounts: list[str], *, every: str, start: str | None = None,
                 end: str | None = None) -> Any:
    """`reichweite accounts A [B …] --every … --from … --to …`: the figures at the end of each step, with the change."""
    from reichweite.cli.common import parse_date_option
    from reichweite.jobs.growth import accounts_over_time

    chosen = targets(accounts)
    if not chosen:
        raise HTTPException(422, "Choose at least one account.")
    first = parse_date_option(start or None, "from", bare="start")
    last = parse_date_option(end or None, "to", bare="end")
    return accounts_over_time(engine, chosen, start=first, end=last, every=every)


def _int(value: Any) -> int | None:
    return None if value is None or value != value else int(value)
