"""`reichweite collect …`: posts and figures from platform APIs, one platform per subcommand, or a watch list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

import reichweite
from reichweite import registry
from reichweite.cli.common import DbOption, LangOption, TzOption, echo, note, parse_date_option, routed
from reichweite.errors import UsageError
from reichweite.timeutil import parse_duration, utcnow

app = typer.Typer(help="Collect posts and figures from platform APIs.", no_args_is_help=False)

NowOption = Annotated[
    str | None,
    typer.Option("--now", hidden=True, envvar="REICHWEITE_NOW", callback=routed("now"),
                 help="Pretend it is this time (for tests)."),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Read the timeline back to this date only (default: all it gives); "
                             "a bare date means from the start of that day (in --tz).")
]

ResumeOption = Annotated[bool, typer.Option("--resume", help="Continue an interrupted run from its saved cursor.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no lines about waits.")]


def _now(value: str | None):  # type: ignore[no-untyped-def]
    return parse_date_option(value, "--now", "UTC", bare="start") or utcnow()


def _since(value: str | None, tz: str | None = None):  # type: ignore[no-untyped-def]
    return parse_date_option(value, "--since", tz, bare="start")


@app.callback(invoke_without_command=True)
def collect(
    ctx: typer.Context,
    config: Annotated[
        Path | None, typer.Option("--config", help="Watch list (TOML): collect exactly what is due.")
    ] = None,
    every: Annotated[
        str | None, typer.Option("--every", help="Keep running and collect again every interval (e.g. 15m).")
    ] = None,
    quiet: QuietOption = False,
    db: DbOption = None,
    lang: LangOption = None,
    now: NowOption = None,
) -> None:
    """Collect posts and figures from platform APIs; with --config, what a watch list says is due."""
    if ctx.invoked_subcommand is not None:
        if config or every or quiet:
            raise UsageError("--config/--every/-q here run the watch list; a subcommand takes its own -q after the "
                             "platform")
        return
    if config is None:
        if every:
            raise UsageError("--every needs --config watch.toml")
        typer.echo(ctx.get_help())
        raise typer.Exit(0)
    interval = None
    if every:
        try:
            interval = parse_duration(every)
        except ValueError as exc:
            raise UsageError(f"--every: {exc}") from None
    results = reichweite.collect_watch_list(db, config, every=interval, now=_now(now) if now else None, echo=note,
                                            quiet=quiet)
    failed = [r for r in results if r.details.get("status") == "failed"]
    if failed:
        note(f"{len(failed)} of {len(results)} account(s) failed; the others were collected.")
        raise typer.Exit(1)


# What a platform's subcommand says beyond what every collection does (the commands are made from the registry).
NOTES = {
    "bluesky": "The account's own posts with their current counts (one new snapshot per post and run) and its "
               "figures, from the public AppView.",
    "mastodon": "Statuses with replies, boosts, favourites (quotes where the server counts them), polls, account "
                "figures.",
    "x": "Tweets with public metrics (impressions, bookmarks), polls and the user's figures. Needs a bearer token: "
         "env X_BEARER_TOKEN or `keyring set reichweite x_bearer_token`.",
}


def _subcommand(platform: registry.Platform) -> Callable[..., None]:
    """`reichweite collect PLATFORM HANDLE` for one API platform of the registry: every one takes --since, --resume,
    -q and the base URL of its server (the option of its watch-list section)."""
    option = platform.watch_options[0] if platform.watch_options else "server"

    def command(
        handle: str = typer.Argument(..., help=f"The account, written like {platform.handle_example}."),
        server: str | None = typer.Option(None, f"--{option.replace('_', '-')}", hidden=not platform.watch_options,
                                          help=f"Base URL of the {platform.label} server to ask (default: the "
                                               "platform's own)."),
        since: SinceOption = None,
        tz: TzOption = "Europe/Berlin",
        resume: ResumeOption = False,
        quiet: QuietOption = False,
        db: DbOption = None,
        lang: LangOption = None,
        now: NowOption = None,
    ) -> None:
        options = {option: server} if server else {}
        result = reichweite.collect(db, platform.name, handle, since=_since(since, tz), resume=resume, quiet=quiet,
                                    now=_now(now), **options)
        echo(result.summary)

    command.__doc__ = NOTES.get(platform.name) or (
        f"The account's posts with their current figures, and the account's figures, from the {platform.label} API.")
    return command


for _platform in registry.PLATFORMS:
    if _platform.collector:
        app.command(_platform.name)(_subcommand(_platform))
