"""`reichweite automation …`: bot invitations and funnel pitches in a LinkedIn export; machine-like accounts in
a post stream; the user's labels. Thin: every command calls the Python API (reichweite.triage, …)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

import reichweite
from reichweite.cli.common import (
    DbOption,
    FormatOption,
    JsonOption,
    LangOption,
    OutputOption,
    check_out,
    echo,
    emit,
    error_line,
    note,
    output_format,
    print_json,
    prose,
    report_language,
)
from reichweite.cli.tables import Column, Kind, print_table
from reichweite.errors import Said
from reichweite.report.i18n import format_number
from reichweite.report.texts import Texts, automation, common
from reichweite.results import SenderTriage

t = Texts(common.TEXTS, automation.TEXTS)

app = typer.Typer(
    help="Bot invitations, funnel pitches and automated accounts: scores with reasons.", no_args_is_help=True
)

OwnerOption = Annotated[
    str | None, typer.Option("--owner", help="Your name as in the export, when it cannot be derived.")
]
OutDirOption = Annotated[Path | None, typer.Option("--out", help="Folder for the report (xlsx + HTML).",
                                                   callback=check_out)]


@app.callback()
def group(db: DbOption = None, lang: LangOption = None) -> None:
    """Bot invitations, funnel pitches and automated accounts: scores with reasons."""


@app.command("linkedin")
def linkedin(
    export: Annotated[Path, typer.Argument(help="LinkedIn data export: the zip or its unpacked folder.")],
    out: OutDirOption = None,
    show_names: Annotated[
        bool, typer.Option("--show-names", help="Put names and texts into report files (default: pseudonyms).")
    ] = False,
    lang: LangOption = None,
    owner: OwnerOption = None,
    top: Annotated[int | None, typer.Option("--top", help="Show only the N highest scores.")] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Rank every inbound sender (messages and invitations) by how likely they are a bot or funnel pitch."""
    fmt, language = output_format(fmt, as_json), report_language(lang)
    found = reichweite.triage(export, store=db, owner=owner, out=out, lang=language, show_names=show_names)
    for path in found.files:
        note(t("report.wrote", language, path=str(path)))
    shown = SenderTriage(found.result, language, top=top)

    def table(console: Console) -> None:
        prose(console, f"{found.summary()} {found.model_note()}")
        kinds: dict[str, Kind] = {"rank": "figure", "score": "figure", "flagged": "text", "scored_by": "text",
                                  "sender": "text", "reasons": "text"}
        print_table(console, "", [Column(t(f"automation.col.{key}", language), kind) for key, kind in kinds.items()],
                    [[str(row["rank"]), format_number(row["score"], language, 2), "●" if row["flagged"] else "",
                      t(f"automation.scored_by.{row['scored_by']}", language), row["from"], "\n".join(row["reasons"])]
                     for row in shown.sender_rows()], lines=True)
        console.print(Text(t("automation.advice.title", language), style="bold"))
        for line in found.advice():
            prose(console, line, "• ", "  ")

    emit(shown, fmt, output, table, lang=language)
    for part, why in found.result.failed.items():  # the other files were scored; this one is said, exit 1
        note(error_line(Said(f"{part} not read: {why}", "opt.not_read", part=Said(part, f"imp.li.part.{part}"),
                             why=why), language))
    if found.result.failed:
        raise typer.Exit(1)


@app.command("label")
def label(
    sender: Annotated[str, typer.Argument(help="The sender's name or profile URL, as shown by the linkedin command.")],
    verdict: Annotated[str, typer.Argument(metavar="spam|ok", help="spam or ok")],
    export: Annotated[
        Path | None, typer.Option("--export", help="Keep the sender's texts from this export for training.")
    ] = None,
    db: DbOption = None,
    lang: LangOption = None,
    owner: OwnerOption = None,
) -> None:
    """Store your verdict on a sender; from enough labels a model learns your inbox."""
    stored = reichweite.label_sender(db, sender, verdict, export=export, owner=owner)
    from reichweite.report.messages import line

    lang = report_language(lang)
    kept = line("auto.kept", lang) if stored.text is not None else ""
    note(line("auto.labelled", lang, sender=stored.sender_name or stored.sender, label=stored.label, kept=kept))


@app.command("labels")
def labels(db: DbOption = None, lang: LangOption = None, as_json: JsonOption = False) -> None:
    """The labels you have given."""
    stored = reichweite.sender_labels(db)
    if as_json:
        print_json([{"sender": s.sender, "name": s.sender_name, "label": s.label, "labelled_at": s.labelled_at,
                     "with_texts": s.text is not None} for s in stored])
        return
    for s in stored:
        echo(f"{s.label:5} {s.sender_name or s.sender}  ({s.labelled_at:%Y-%m-%d %H:%M} UTC)")
    from reichweite.report.messages import counted

    note(counted("auto.labels", report_language(lang), len(stored)))


@app.command("accounts")
def accounts(
    files: Annotated[list[Path], typer.Argument(help="Jetstream files (JSONL, .gz, .zst), folders or globs.")],
    top: Annotated[int, typer.Option("--top", help="How many accounts to show.")] = 20,
    min_posts: Annotated[int, typer.Option("--min-posts", help="Ignore accounts with fewer posts.")] = 2,
    lang: LangOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
) -> None:
    """Accounts in a post stream that post like machines: cadence, same second, repeated texts, links, volume."""
    fmt, language = output_format(fmt, as_json), report_language(lang)
    found = reichweite.automated_accounts(files, min_posts=min_posts, top=top, lang=language)
    if found.stats.malformed:
        from reichweite.report.messages import say

        note(say(Said(f"{found.stats.malformed} malformed lines skipped, e.g. {found.stats.examples[0]}",
                      "opt.malformed_skipped", n=str(found.stats.malformed), example=found.stats.examples[0]),
                 language))
    rows = found.account_rows()

    def table(console: Console) -> None:
        prose(console, found.summary())
        if not rows:
            return
        kinds: dict[str, Kind] = {"rank": "figure", "score": "figure", "account": "id", "posts": "figure",
                                  "reasons": "text"}
        headers = {key: t(f"automation.col.{key}", language) for key in kinds}
        headers["posts"] += f"\n{t('automation.col.per_day', language)}"
        print_table(console, "", [Column(headers[key], kind) for key, kind in kinds.items()],
                    [[str(row["rank"]), format_number(row["score"], language, 2) + (" ●" if row["flagged"] else ""),
                      row["account"], f"{row['posts']}\n{format_number(row['posts_per_day'], language, 1)}",
                      "\n".join(row["reasons"])] for row in rows], lines=True)

    empty = None if rows else t.n("automation.no_accounts", language, min_posts)
    emit(found, fmt, output, table, empty=empty, lang=language)
