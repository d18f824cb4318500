"""`reichweite automation …`: bot invitations and funnel pitches in a LinkedIn export; machine-like accounts in
a post stream; the user's labels. Thin: every command calls reichweite.jobs.automation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from reichweite.cli import app
from reichweite.cli.common import DbOption, JsonOption, LangOption, check_out, echo, print_json
from reichweite.report.i18n import resolve_lang
from reichweite.report.texts import Texts, automation, common
from reichweite.terminal import plain

t = Texts(common.TEXTS, automation.TEXTS)

if TYPE_CHECKING:
    from types import ModuleType

automation_app = typer.Typer(
    help="Bot invitations, funnel pitches and automated accounts: scores with reasons.", no_args_is_help=True
)
app.add_typer(automation_app, name="automation")

OwnerOption = Annotated[
    str | None, typer.Option("--owner", help="Your name as in the export, when it cannot be derived.")
]
OutDirOption = Annotated[Path | None, typer.Option("--out", help="Folder for the report (xlsx + HTML).",
                                                   callback=check_out)]


def _job() -> ModuleType:
    """The job module, imported when a command runs (it pulls in scikit-learn and datasketch)."""
    from reichweite.jobs import automation

    return automation


def _lang(lang: str | None) -> str:
    from reichweite.errors import ConfigError

    try:
        return resolve_lang(lang)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


@automation_app.command("linkedin")
def linkedin(
    export: Annotated[Path, typer.Argument(help="LinkedIn data export: the zip or its unpacked folder.")],
    as_json: JsonOption = False,
    out: OutDirOption = None,
    show_names: Annotated[
        bool, typer.Option("--show-names", help="Put names and texts into report files (default: pseudonyms).")
    ] = False,
    db: DbOption = None,
    lang: LangOption = None,
    owner: OwnerOption = None,
    top: Annotated[int | None, typer.Option("--top", help="Show only the N highest scores.")] = None,
) -> None:
    """Rank every inbound sender (messages and invitations) by how likely they are a bot or funnel pitch."""
    language = _lang(lang)
    job = _job()
    result = job.automation_linkedin(export, db=db, owner=owner)
    written = job.write_linkedin_report(result, out, language, show_names=show_names) if out else []
    rows = job.sender_rows(result.scores, language, show_names=True)[: top or None]
    if as_json:
        print_json([{k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()} for row in rows])
    else:
        _print_ranking(job, result, rows, written, language)
    for part, why in result.failed.items():  # the other files were scored; this one is said, exit 1
        echo(f"Error: {part} not read: {why}", err=True)
    if result.failed:
        raise typer.Exit(1)


def _print_ranking(job: ModuleType, result: Any, rows: list[dict], written: list[Path], language: str) -> None:
    console = Console(width=max(Console().width, 120))
    console.print(plain(job.summary(result.scores, language) + " " + job.model_note(result.model, language)))
    table = Table(show_lines=True)
    for key, style in (("rank", "right"), ("score", "right"), ("flagged", "center"), ("scored_by", "left"),
                       ("sender", "left"), ("reasons", "left")):
        table.add_column(t(f"automation.col.{key}", language), justify=style)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(
            str(row["rank"]), f"{row['score']:.2f}", "●" if row["flagged"] else "",
            t(f"automation.scored_by.{row['scored_by']}", language), plain(row["from"]),
            plain("\n".join(row["reasons"])),
        )
    console.print(table)
    console.print(f"[bold]{t('automation.advice.title', language)}[/bold]")
    for line in job.advice(language):
        console.print(f"• {plain(line)}")
    for path in written:
        console.print(plain(path))


@automation_app.command("label")
def label(
    sender: Annotated[str, typer.Argument(help="The sender's name or profile URL, as shown by the linkedin command.")],
    verdict: Annotated[str, typer.Argument(metavar="spam|ok", help="spam or ok")],
    export: Annotated[
        Path | None, typer.Option("--export", help="Keep the sender's texts from this export for training.")
    ] = None,
    db: DbOption = None,
    owner: OwnerOption = None,
) -> None:
    """Store your verdict on a sender; from enough labels a model learns your inbox."""
    job = _job()
    stored = job.label_sender(sender, verdict, db=db, export=export, owner=owner)
    kept = " (texts kept for training)" if stored.text is not None else ""
    echo(f"Labelled {stored.sender_name or stored.sender} as {stored.label}{kept}.")


@automation_app.command("labels")
def labels(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The labels you have given."""
    stored = _job().stored_labels(db)
    if as_json:
        print_json([{"sender": s.sender, "name": s.sender_name, "label": s.label, "labelled_at": s.labelled_at,
                     "with_texts": s.text is not None} for s in stored])
        return
    for s in stored:
        echo(f"{s.label:5} {s.sender_name or s.sender}  ({s.labelled_at:%Y-%m-%d %H:%M} UTC)")
    echo(f"{len(stored)} labels")


@automation_app.command("accounts")
def accounts(
    files: Annotated[list[Path], typer.Argument(help="Jetstream files (JSONL, .gz, .zst), folders or globs.")],
    top: Annotated[int, typer.Option("--top", help="How many accounts to show.")] = 20,
    min_posts: Annotated[int, typer.Option("--min-posts", help="Ignore accounts with fewer posts.")] = 2,
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """Accounts in a post stream that post like machines: cadence, same second, repeated texts, links, volume."""
    language = _lang(lang)
    job = _job()
    result, stats = job.automation_accounts(files, min_posts=min_posts)
    if stats.malformed:
        from reichweite.progress import stderr

        stderr.print(plain(f"{stats.malformed} malformed lines skipped, e.g. {stats.examples[0]}"), soft_wrap=True)
    rows = job.account_rows(result.scores[:top], language)
    if as_json:
        print_json([{k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()} for row in rows])
        return
    console = Console(width=max(Console().width, 120))
    console.print(plain(job.stream_summary(result, len(rows), language)))
    table = Table(show_lines=True)
    for key, style in (("rank", "right"), ("score", "right"), ("flagged", "center"), ("account", "left"),
                       ("posts", "right"), ("per_day", "right"), ("reasons", "left")):
        table.add_column(t(f"automation.col.{key}", language), justify=style)  # type: ignore[arg-type]
    for row in rows:
        per_day = "–" if row["posts_per_day"] is None else f"{row['posts_per_day']:.1f}"
        table.add_row(str(row["rank"]), f"{row['score']:.2f}", "●" if row["flagged"] else "", plain(row["account"]),
                      str(row["posts"]), per_day, plain("\n".join(row["reasons"])))
    console.print(table)
