"""The background work the web app starts: each wraps one job function of `reichweite.jobs` (the same the CLI
runs) and reports its progress. Nothing here computes a figure."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from reichweite.store.schema import collection_runs
from reichweite.web.workers import Outcome, Progress


def import_work(engine: sa.Engine, path: Path, kind: str | None) -> Callable[[Progress], Outcome]:
    def work(progress: Progress) -> Outcome:
        from reichweite.jobs.import_file import detect_kind, import_file

        chosen = kind or detect_kind(path)
        progress.set(0, 1, f"{chosen}: reading and saving {path.name} (one transaction)", force=True)
        result = import_file(engine, path, chosen)
        progress.set(1, 1, result.kind, force=True)
        return Outcome(result.summary, result.to_json())

    return work


def remove_upload(path: Path) -> Callable[[], None]:
    return lambda: shutil.rmtree(path.parent, ignore_errors=True)


def _run_probe(engine: sa.Engine, platform: str, since: object) -> Callable[[], tuple[int, int | None, str] | None]:
    """The items the collection run has stored so far (the collector records them per page)."""

    def probe() -> tuple[int, int | None, str] | None:
        with engine.connect() as conn:
            row = conn.execute(
                sa.select(collection_runs.c["items"].label("stored"), collection_runs.c.target)
                .where(collection_runs.c.platform == platform, collection_runs.c.started_at >= since)
                .order_by(collection_runs.c.id.desc()).limit(1)
            ).first()
        return (int(row.stored), None, f"{platform} {row.target}: {row.stored:,} posts stored") if row else None

    return probe


def collect_work(engine: sa.Engine, platform: str, handle: str, *, appview: str | None = None,
                 instance: str | None = None) -> Callable[[Progress], Outcome]:
    def work(progress: Progress) -> Outcome:
        from reichweite.timeutil import utcnow

        progress.probe = _run_probe(engine, platform, utcnow().replace(microsecond=0))
        progress.set(0, None, f"{platform} {handle}: starting", force=True)
        if platform == "bluesky":
            from reichweite.jobs.collect_bluesky import collect_bluesky
            from reichweite.platforms.bluesky.appview import DEFAULT_APPVIEW

            result = collect_bluesky(engine, handle, appview=appview or DEFAULT_APPVIEW, quiet=True)
        elif platform == "mastodon":
            from reichweite.jobs.platforms import collect_mastodon

            result = collect_mastodon(engine, handle, instance_url=instance)
        else:
            from reichweite.errors import ConfigError

            raise ConfigError(f"collecting {platform} from the web app is not offered; use `reichweite collect`")
        progress.poll()
        return Outcome(result.summary(), {"platform": platform, "handle": handle, "summary": result.summary()})

    return work


def languages_work(paths: list[Path], *, by: str, lang: str | None, detect: str) -> Callable[[Progress], Outcome]:
    def work(progress: Progress) -> Outcome:
        from reichweite.jobs.languages import run_languages

        def report(phase: str, done: int, total: int | None) -> None:  # the engines' progress callback
            progress.set(done, total, phase)

        progress.set(0, None, f"{len(paths)} file(s)", force=True)
        summary = run_languages(paths, by=by, lang=lang, detect=detect, progress=report)
        stats = summary.get("stats", {})
        return Outcome(", ".join(f"{k}: {v:,}" for k, v in stats.items() if isinstance(v, int)), summary)

    return work


def watch_work(engine: sa.Engine, path: Path) -> Callable[[Progress], Outcome]:
    """`reichweite collect --config PATH` once: exactly the snapshots that are due."""

    def work(progress: Progress) -> Outcome:
        from reichweite.jobs.watch import run_watch

        lines: list[str] = []

        def echo(line: str) -> None:
            lines.append(line)
            progress.set(len(lines), None, line)

        results = run_watch(path, engine, echo=echo)
        summaries = [r.summary() for r in results]
        return Outcome(f"{path.name}: {len(results)} account(s) collected", {"lines": lines, "results": summaries})

    return work
