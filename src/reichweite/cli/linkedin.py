"""`reichweite linkedin …`: views of a LinkedIn member's own data (the member export or a store holding it)."""

from __future__ import annotations

from typing import Annotated

import typer

from reichweite.cli.common import (
    FormatOption,
    JsonOption,
    LangOption,
    OutputOption,
    TzOption,
    output_format,
    parse_tz,
    report_language,
)
from reichweite.cli.growth import EveryOption, FromOption, GrowthOutOption, ToOption, show_growth

app = typer.Typer(help="A LinkedIn member's own data over time (from the member export).", no_args_is_help=True)


@app.callback()
def group(lang: LangOption = None) -> None:
    """A LinkedIn member's own data over time (from the member export)."""


@app.command("activity")
def activity(
    source: Annotated[str, typer.Argument(metavar="EXPORT_OR_STORE",
                                          help="The member export (zip or folder), or a store it was imported into "
                                               "(SQLite file or database URL).")],
    every: EveryOption = "week",
    start: FromOption = None,
    end: ToOption = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Whose data: in an export, the member it belongs "
                                                              "to (default: derived from the export); in a store, "
                                                              "only this member's rows (default: all).")]
    = None,
    tz: TzOption = "Europe/Berlin",
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    out: GrowthOutOption = None,
    lang: LangOption = None,
) -> None:
    """Invitations received and sent and new connections per day, week or month, with the change from the step
    before (to see, e.g., what switching the profile from Connect to Follow did)."""
    import reichweite

    fmt, zone, language = output_format(fmt, as_json), parse_tz(tz), report_language(lang)
    result = reichweite.linkedin_activity(source, every=every or "week", start=start, end=end, owner=owner, tz=zone,
                                          out=out, lang=language)
    show_growth(result, fmt, output, language)
