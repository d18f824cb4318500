"""The background work the web app starts: each wraps one call of the Python API (`reichweite.api`, the same the
CLI makes) and reports its progress. Nothing here computes a figure."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from reichweite import api
from reichweite.results import Store
from reichweite.store.schema import collection_runs
from reichweite.web.workers import Outcome, Progress


def import_work(engine: sa.Engine, path: Path, kind: str | None, lang: str = "en") -> Callable[[Progress], Outcome]:
    """`reichweite import FILE` as a job; its summary in the page's language (the JSON keeps the English one)."""

    def work(progress: Progress) -> Outcome:
        chosen = kind or api.detect_kind(path)
        progress.set(0, 1, said(f"{chosen}: reading and saving {path.name} (one transaction)", "opt.job_reading",
                                lang, kind=chosen, file=path.name), force=True)
        result = api.import_file(Store(engine), path, kind=chosen)
        progress.set(1, 1, result.kind, force=True)
        return Outcome(result.summary_in(lang), {**result.to_json(), "file": path.name})

    return work


def remove_upload(path: Path) -> Callable[[], None]:
    return lambda: shutil.rmtree(path.parent, ignore_errors=True)


def said(english: str, key: str, lang: str, **values: object) -> str:
    """A line of a job's progress or outcome in the language of the page that started it."""
    from reichweite.errors import Said
    from reichweite.report.messages import say

    return say(Said(english, key, **values), lang)


def _run_probe(engine: sa.Engine, platform: str, since: object,
               lang: str = "en") -> Callable[[], tuple[int, int | None, str] | None]:
    """The items the collection run has stored so far (the collector records them per page)."""

    def probe() -> tuple[int, int | None, str] | None:
        with engine.connect() as conn:
            row = conn.execute(
                sa.select(collection_runs.c["items"].label("stored"), collection_runs.c.target)
                .where(collection_runs.c.platform == platform, collection_runs.c.started_at >= since)
                .order_by(collection_runs.c.id.desc()).limit(1)
            ).first()
        if row is None:
            return None
        return (int(row.stored), None, said(f"{platform} {row.target}: {row.stored:,} posts stored",
                                            "opt.job_posts_stored", lang, account=f"{platform} {row.target}",
                                            n=int(row.stored)))

    return probe


def collect_work(engine: sa.Engine, platform: str, handle: str, *, server: str | None = None, lang: str = "en"
                 ) -> Callable[[Progress], Outcome]:
    """`reichweite collect PLATFORM HANDLE` for any platform of the registry with an API collector; `server` is the
    platform's own endpoint option (its first watch-list option: Bluesky's AppView, Mastodon's instance, X's API)."""
    options = collect_options(platform, server)

    def work(progress: Progress) -> Outcome:
        from reichweite.timeutil import utcnow

        progress.probe = _run_probe(engine, platform, utcnow().replace(microsecond=0), lang)
        progress.set(0, None, said(f"{platform} {handle}: starting", "opt.job_starting", lang,
                                   account=f"{platform} {handle}"), force=True)
        result = api.collect(Store(engine), platform, handle, quiet=True, **options)
        progress.poll()
        return Outcome(result.summary_in(lang), {"platform": platform, "handle": handle, "summary": result.summary})

    return work


def collect_options(platform: str, server: str | None) -> dict[str, str]:
    """The collector option a server address given on the page stands for (none: the platform's default)."""
    from reichweite import registry

    endpoint = registry.get(platform).watch_options
    return {endpoint[0]: server} if server and endpoint else {}


def languages_work(paths: list[Path], *, by: str, lang: str | None, detect: str,
                   page_lang: str = "en") -> Callable[[Progress], Outcome]:
    def work(progress: Progress) -> Outcome:
        def report(phase: str, done: int, total: int | None) -> None:  # the engines' progress callback
            progress.set(done, total, phase)

        progress.set(0, None, said(f"{len(paths)} file(s)", "opt.job_files", page_lang, n=len(paths)), force=True)
        summary = api.languages(paths, by=by, share_of=lang, detect=detect, progress=report).summary
        stats = summary.get("stats", {})
        return Outcome(", ".join(f"{k}: {v:,}" for k, v in stats.items() if isinstance(v, int)), summary)

    return work


def watch_work(engine: sa.Engine, path: Path, lang: str = "en") -> Callable[[Progress], Outcome]:
    """`reichweite collect --config PATH` once: exactly the snapshots that are due."""

    def work(progress: Progress) -> Outcome:
        lines: list[str] = []

        def echo(line: str) -> None:
            lines.append(line)
            progress.set(len(lines), None, line)

        results = api.collect_watch_list(Store(engine), path, echo=echo)
        summaries = [r.summary for r in results]
        return Outcome(said(f"{path.name}: {len(results)} account(s) collected", "opt.job_watch_collected", lang,
                            file=path.name, n=len(results)), {"lines": lines, "results": summaries})

    return work
