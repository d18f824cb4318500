"""What the pages and the API show, fetched through the Python API (`reichweite.api`) the command line calls and
the store's overview queries."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import HTTPException

from reichweite import api
from reichweite.results import Store


def targets(values: list[str]) -> list[tuple[str, str]]:
    return [api.target(v) for v in values if v.strip()]


def comparison(engine: sa.Engine, accounts: list[str], *, at: str | None = None, age: str | None = None,
               window: str = "12h", tolerance: str = "12h", quotes: bool = False, fuzzy_threshold: float = 90.0,
               include_reposts: bool = False) -> Any:
    """`reichweite compare` without writing files: the same call, the same numbers."""
    chosen = targets(accounts)
    if len(chosen) != 2:
        raise HTTPException(422, "Choose two accounts to compare.")
    return api.compare(Store(engine), chosen[0], chosen[1], at=at or None, age=age or None, tolerance=tolerance,
                       quotes=quotes, window=window, fuzzy_threshold=fuzzy_threshold, include_reposts=include_reposts)


def comparison_json(engine: sa.Engine, accounts: list[str], *, at: list[str], age: list[str], window: str = "12h",
                    tolerance: str = "12h", quotes: bool = False, fuzzy_threshold: float = 90.0,
                    include_reposts: bool = False, parts: str | None = None) -> Any:
    """The JSON of `reichweite compare --json` with the same accounts (two or more), dates and ages (each may be
    given several times); no files written."""
    chosen = targets(accounts)
    if len(chosen) < 2:
        raise HTTPException(422, "Choose two or more accounts to compare.")
    ats = [value for value in at if value.strip()]
    ages = [value for value in age if value.strip()]
    result = api.compare(Store(engine), *chosen, at=ats or None, age=ages or None, tolerance=tolerance, window=window,
                         quotes=quotes, fuzzy_threshold=fuzzy_threshold, include_reposts=include_reposts, parts=parts)
    return result.to_json()


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
    out = []
    for platform, handle in targets(accounts):
        frame = api.account_history(Store(engine), (platform, handle))
        rows = [{"observed_at": r.observed_at.isoformat().replace("+00:00", "Z"), "source": r.source,
                 "followers": _int(r.followers), "following": _int(r.following), "posts": _int(r.posts)}
                for r in frame.itertuples(index=False)]
        out.append({"platform": platform, "handle": handle, "measurements": rows})
    return {"accounts": out}


def _int(value: Any) -> int | None:
    return None if value is None or value != value else int(value)
