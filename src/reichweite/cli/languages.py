"""`reichweite languages …`: language shares of Bluesky posts in Jetstream files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import reichweite
from reichweite.cli.common import (
    FormatOption,
    JsonOption,
    OutputOption,
    check_lang,
    check_out,
    emit,
    language,
    note,
    output_format,
    prose,
    report_language,
    start_language,
)
from reichweite.cli.tables import print_drawn
from reichweite.errors import Said, UsageError
from reichweite.progress import progress_bar
from reichweite.report.i18n import LANGS
from reichweite.report.messages import say


def languages(
    files: Annotated[list[str], typer.Argument(help="Jetstream files (.jsonl, .gz, .zst, .parquet), globs, folders.")],
    engine: Annotated[str, typer.Option("--engine", help="duckdb (one machine) or spark.")] = "duckdb",
    detect: Annotated[str, typer.Option("--detect", help="none, missing (posts without langs) or all.")] = "missing",
    by: Annotated[str, typer.Option("--by", help="day, week (from Monday) or month.")] = "day",
    tz: Annotated[str, typer.Option("--tz", help="Time zone whose calendar the periods follow, e.g. "
                                    "Europe/Berlin.")] = "UTC",
    share_of: Annotated[str | None, typer.Option("--share-of", metavar="LANG", help="A language (e.g. de) whose "
                                                 "share to show per period with its 95 % interval.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for workbook, charts and HTML.",
                                             callback=check_out)] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Report language: de or en (default: from the locale).")
                    ] = None,
    report_lang: Annotated[str | None, typer.Option("--report-lang", hidden=True,
                                                    help="Deprecated: use --lang.")] = None,
    threshold: Annotated[float, typer.Option("--threshold", help="Detection confidence below → unknown.")] = 0.3,
    second_stage: Annotated[bool, typer.Option("--second-stage/--no-second-stage",
                                               help="lingua for short, uncertain texts.")] = True,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Processes detecting languages (DuckDB engine); "
                                         "each loads its own models (≈ 0.5 GB).")] = 1,
    memory_limit: Annotated[str | None, typer.Option("--memory-limit", help="DuckDB's memory limit, e.g. 8GB "
                                                     "(default 80 % of the RAM; beyond it DuckDB spills to disk).")
                            ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
) -> None:
    """Language shares of Bluesky posts in Jetstream archives: declared (first, any, none) and detected."""
    fmt = output_format(fmt, as_json)
    share_of, lang = _old_spellings(share_of, lang, report_lang)
    shown = report_language(lang)
    start_language(shown)  # --lang here is not routed by its option (old spellings): messages follow it too
    from reichweite.report.languages import T

    labels = {phase: T(f"lang.progress.{phase}", shown) for phase in ("read", "count", "detect")}
    with progress_bar(quiet=fmt != "table") as bar:
        task = bar.add_task(labels["read"], total=None)

        def progress(phase: str, done: int, total: int | None) -> None:
            bar.update(task, description=labels.get(phase, phase), completed=done, total=total)

        found = reichweite.languages(files, engine=engine, detect=detect, by=by, tz=tz, share_of=share_of, out=out,
                                     lang=shown, threshold=threshold, second_stage=second_stage, progress=progress,
                                     workers=workers, memory_limit=memory_limit)
    from reichweite.report.languages import terminal_sections, written_lines

    for line in written_lines(found.summary, shown):
        note(line)

    def table(console: Console) -> None:
        for part in terminal_sections(found.summary, shown):
            if isinstance(part, dict):
                print_drawn(console, part)
            elif isinstance(part, tuple):
                prose(console, part[1], part[0], part[0] + "  ")
            else:
                prose(console, part)

    emit(found, fmt, output, table, lang=shown)


def _old_spellings(share_of: str | None, lang: str | None, report_lang: str | None) -> tuple[str | None, str | None]:
    """Before --share-of, `--lang` named the language whose share to follow and `--report-lang` the report language.
    Both spellings keep working for now, each with a note on stderr."""
    if report_lang is not None:
        check_lang("--report-lang")(report_lang)
        note(say(Said("--report-lang is deprecated: --lang is the report language, --share-of the language whose "
                      "share to follow.", "opt.report_lang_old"), report_lang.strip().lower()))
        if lang is not None and share_of is None:
            return lang, report_lang
        return share_of, report_lang
    if lang is not None and lang.strip().lower() not in LANGS:
        if share_of is not None:
            raise UsageError(Said(f"--lang {lang!r}: the report language is de or en", "opt.lang_report",
                                  value=repr(lang)))
        note(say(Said(f"--lang {lang} as the language whose share to follow is deprecated: write --share-of {lang} "
                      "(--lang is the report language, de or en).", "opt.lang_share_old", value=lang), language()))
        return lang, None
    if lang is not None and share_of is None:
        from reichweite.report.messages import line

        note(line("lang.note.report_lang", lang.strip().lower(), value=lang))
    return share_of, lang
