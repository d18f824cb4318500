"""`reichweite languages …` and `reichweite jetstream record …`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli import app
from reichweite.cli.common import JsonOption, check_lang, check_out, echo, print_json
from reichweite.progress import progress_bar
from reichweite.report.i18n import resolve_lang

jetstream_app = typer.Typer(help="Bluesky's Jetstream firehose.", no_args_is_help=True)
app.add_typer(jetstream_app, name="jetstream")


@app.command("languages")
def languages(
    files: Annotated[list[str], typer.Argument(help="Jetstream files (.jsonl, .gz, .zst, .parquet), globs, folders.")],
    engine: Annotated[str, typer.Option("--engine", help="duckdb (one machine) or spark.")] = "duckdb",
    detect: Annotated[str, typer.Option("--detect", help="none, missing (posts without langs) or all.")] = "missing",
    by: Annotated[str, typer.Option("--by", help="day, week (from Monday) or month.")] = "day",
    tz: Annotated[str, typer.Option("--tz", help="Time zone whose calendar the periods follow, e.g. "
                                    "Europe/Berlin.")] = "UTC",
    lang: Annotated[str | None, typer.Option("--lang", help="Language whose share to show with its interval.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for workbook, charts and HTML.",
                                             callback=check_out)] = None,
    report_lang: Annotated[str | None, typer.Option("--report-lang", help="Report language: de or en.",
                                                    callback=check_lang("--report-lang"))] = None,
    threshold: Annotated[float, typer.Option("--threshold", help="Detection confidence below → unknown.")] = 0.3,
    second_stage: Annotated[bool, typer.Option("--second-stage/--no-second-stage",
                                               help="lingua for short, uncertain texts.")] = True,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Processes detecting languages (DuckDB engine); "
                                         "each loads its own models (≈ 0.5 GB).")] = 1,
    memory_limit: Annotated[str | None, typer.Option("--memory-limit", help="DuckDB's memory limit, e.g. 8GB "
                                                     "(default 80 % of the RAM; beyond it DuckDB spills to disk).")
                            ] = None,
    as_json: JsonOption = False,
) -> None:
    """Language shares of Bluesky posts in Jetstream archives: declared (first, any, none) and detected."""
    from reichweite.jobs.languages import run_languages

    shown = resolve_lang(report_lang)
    with progress_bar(quiet=as_json) as bar:
        task = bar.add_task("reading and counting", total=None)

        def progress(phase: str, done: int, total: int | None) -> None:
            labels = {"read": "reading and counting", "count": "counting declared languages",
                      "detect": "detecting languages"}
            bar.update(task, description=labels.get(phase, phase), completed=done, total=total)

        summary = run_languages(files, engine=engine, detect=detect, by=by, tz=tz, lang=lang, out=out,
                                report_lang=shown, threshold=threshold, second_stage=second_stage, progress=progress,
                                detect_workers=workers, memory_limit=memory_limit)
    if as_json:
        print_json(summary)
        return
    from reichweite.report.languages import terminal_lines

    for line in terminal_lines(summary, shown):
        echo(line)


@jetstream_app.command("record")
def record(
    out: Annotated[Path, typer.Option("--out", help="Folder for the rotating .jsonl.zst files and the cursor.",
                                      callback=check_out)],
    url: Annotated[str, typer.Option("--url", help="Jetstream subscribe URL.")] =
        "wss://jetstream1.us-east.bsky.network/subscribe",
    collections: Annotated[list[str] | None, typer.Option("--collections", help="wantedCollections (repeat).")] = None,
    rotate_events: Annotated[int, typer.Option("--rotate-events", help="Events per file.")] = 100_000,
    rotate_seconds: Annotated[float, typer.Option("--rotate-seconds", help="Seconds per file.")] = 3600.0,
    overlap: Annotated[float, typer.Option("--overlap", help="Seconds replayed on resume (deduplicated).")] = 5.0,
    limit: Annotated[int | None, typer.Option("--limit", help="Stop after this many events.")] = None,
) -> None:
    """Record the live firehose to rotating JSONL.zst files; resumes from the saved cursor after a restart."""
    from reichweite.platforms.bluesky.jetstream_record import record_jetstream

    result = record_jetstream(url, out, collections=collections or ["app.bsky.feed.post"],
                              rotate_events=rotate_events, rotate_seconds=rotate_seconds, overlap_s=overlap,
                              limit=limit, log=lambda msg: echo(msg, err=True))
    echo(f"{result.events:,} events in {len(result.files)} file(s); cursor {result.cursor} saved in {out}")
