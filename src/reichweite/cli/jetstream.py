"""`reichweite jetstream …`: Bluesky's Jetstream firehose."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import reichweite
from reichweite.cli.common import DbOption, LangOption, check_out, note, report_language

app = typer.Typer(help="Bluesky's Jetstream firehose.", no_args_is_help=True)


@app.callback()
def group(db: DbOption = None, lang: LangOption = None) -> None:
    """Bluesky's Jetstream firehose."""


@app.command("record")
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
    lang: LangOption = None,
) -> None:
    """Record the live firehose to rotating JSONL.zst files; resumes from the saved cursor after a restart."""
    from reichweite.report.messages import counted, line, say

    language = report_language(lang)
    result = reichweite.record_jetstream(url, out, collections=collections or ["app.bsky.feed.post"],
                                         rotate_events=rotate_events, rotate_seconds=rotate_seconds, overlap=overlap,
                                         limit=limit, log=lambda message: note(say(message, language)))
    note(line("jet.recorded", language, events=counted("jet.events", language, result.events),
              files=counted("jet.files", language, len(result.files)), cursor=result.cursor, out=out))
