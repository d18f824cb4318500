"""What the pages and the API show, fetched through the Python API (`reichweite.api`) the command line calls and
the store's overview queries."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from fastapi import HTTPException
from fastapi.responses import JSONResponse

from reichweite import api
from reichweite.errors import ConfigError, Said
from reichweite.results import Store
from reichweite.web.cache import results

log = logging.getLogger("reichweite.web")


def targets(values: list[str]) -> list[tuple[str, str]]:
    return [api.target(v) for v in values if v.strip()]


Dates = str | list[str] | None


def comparison(engine: sa.Engine, accounts: list[str], *, at: Dates = None, age: Dates = None, window: str = "12h",
               tolerance: str = "12h", quotes: bool = False, fuzzy_threshold: float = 90.0,
               include_reposts: bool = False, parts: str | None = None) -> Any:
    """`reichweite compare` without writing files: the same job, the same numbers. Two accounts at one date (or
    age): the comparison of `compare A B`; more accounts or several dates (each `at` may list several, separated by
    commas): the series of `compare A B C --at D1 --at D2`."""
    key, run = _comparison_job(engine, accounts, at=at, age=age, window=window, tolerance=tolerance, quotes=quotes,
                               fuzzy_threshold=fuzzy_threshold, include_reposts=include_reposts, parts=parts)
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


def several(values: Dates) -> list[str]:
    """Dates or ages given once or repeated, each possibly listing several separated by commas or semicolons."""
    given = [values] if isinstance(values, str) else list(values or [])
    return [part.strip() for value in given for part in re.split(r"[,;]", value) if part.strip()]


def _comparison_job(engine: sa.Engine, accounts: list[str], *, at: Dates = None, age: Dates = None,
                    window: str = "12h", tolerance: str = "12h", quotes: bool = False, fuzzy_threshold: float = 90.0,
                    include_reposts: bool = False, parts: str | None = None
                    ) -> tuple[tuple[Any, ...] | None, Callable[[], Any]]:
    """The comparison's cache key (None: not kept) and the call of the API."""
    chosen = targets(accounts)
    if len(chosen) < 2:
        raise HTTPException(422, Said("Choose two or more accounts to compare.", "opt.web_two_accounts"))
    ats, ages = [api.as_of(v) for v in several(at)], [api.duration(v, "age") for v in several(age)]
    if ats and ages:
        raise ConfigError(Said("Give either a date (at) or an age, not both.", "opt.web_at_or_age"))
    options = api.compare_options(tolerance=tolerance, quotes=quotes, window=window, fuzzy_threshold=fuzzy_threshold,
                                  include_reposts=include_reposts, parts=parts or None)
    # "as of now" moves with every request: only given dates or ages are kept
    key = ("compare", tuple(chosen), tuple(ats), tuple(ages), options) if ats or ages else None

    def run() -> Any:
        started = time.perf_counter()
        result = api.compare(Store(engine), *chosen, at=ats or None, age=ages or None, options=options)
        log.info("comparison of %s computed in %.2f s", ", ".join(f"{p}:{h}" for p, h in chosen),
                 time.perf_counter() - started)
        return result

    return key, run


def overview(engine: sa.Engine) -> dict[str, Any]:
    from reichweite.store.job_state import list_jobs
    from reichweite.store.queries_overview import accounts_overview, latest_runs

    with engine.connect() as conn:
        return {"accounts": accounts_overview(conn), "runs": latest_runs(conn),
                "jobs": [job.to_json() for job in list_jobs(conn, limit=10)]}


def kept_overview(engine: sa.Engine) -> dict[str, Any]:
    """`overview`, kept while the store is unchanged (see web.cache); not to be changed by the caller."""
    return results(engine).get(("overview",), lambda: overview(engine))


def kept_overview_body(engine: sa.Engine) -> bytes:
    """The JSON of `overview` as the API sends it, kept like it."""
    return results(engine).get(("overview", "json"), lambda: bytes(JSONResponse(kept_overview(engine)).body))


def account_names(engine: sa.Engine, *, with_posts: bool = False) -> list[str]:
    from reichweite.store.queries_overview import account_names as names

    with engine.connect() as conn:
        return names(conn, with_posts=with_posts)


def growth(engine: sa.Engine, accounts: list[str]) -> dict[str, Any]:
    out = []
    for platform, handle in targets(accounts):
        frame = api.account_history(Store(engine), (platform, handle))
        columns = {name: frame[name].tolist() for name in ("observed_at", "source", *COUNTS)}
        columns["observed_at"] = [t.isoformat().replace("+00:00", "Z") for t in columns["observed_at"]]
        for name in COUNTS:
            columns[name] = [_int(v) for v in columns[name]]
        rows = [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]
        out.append({"platform": platform, "handle": handle, "measurements": rows})
    return {"accounts": out}


def kept_growth(engine: sa.Engine, accounts: list[str]) -> dict[str, Any]:
    """`growth`, kept while the store is unchanged; not to be changed by the caller."""
    chosen = tuple(targets(accounts))
    return results(engine).get(("growth", chosen), lambda: growth(engine, accounts))


def kept_growth_body(engine: sa.Engine, accounts: list[str]) -> bytes:
    """The JSON of `growth` as the API sends it, kept like it."""
    chosen = tuple(targets(accounts))
    return results(engine).get(("growth", chosen, "json"),
                               lambda: bytes(JSONResponse(kept_growth(engine, accounts)).body))


def kept_growth_steps(engine: sa.Engine, accounts: list[str], *, every: str, start: str | None = None,
                      end: str | None = None) -> Any:
    """`growth_steps`, kept while the store is unchanged (and, when the steps run to now, for the day: the last
    step ends today); not to be changed by the caller."""
    return results(engine).get(growth_steps_key(accounts, every=every, start=start, end=end),
                               lambda: growth_steps(engine, accounts, every=every, start=start, end=end))


def growth_steps_key(accounts: list[str], *, every: str, start: str | None = None,
                     end: str | None = None) -> tuple[Any, ...]:
    from reichweite.timeutil import utcnow

    return ("growth-steps", tuple(targets(accounts)), every, start or None, end or utcnow().date().isoformat())


def growth_steps(engine: sa.Engine, accounts: list[str], *, every: str, start: str | None = None,
                 end: str | None = None) -> Any:
    """`reichweite accounts A [B …] --every … --from … --to …`: the figures at the end of each step, with the change."""
    from reichweite.api_over_time import account_growth

    chosen = targets(accounts)
    if not chosen:
        raise HTTPException(422, Said("Choose at least one account.", "opt.web_one_account"))
    return account_growth(Store(engine), chosen, start=start or None, end=end or None, every=every)


COUNTS = ("followers", "following", "posts")


def _int(value: Any) -> int | None:
    return None if value is None or value != value else int(value)
