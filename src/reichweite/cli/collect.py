"""`reichweite collect …`: posts and figures from platform APIs, one platform per subcommand, or a watch list."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import reichweite
from reichweite.cli.common import DbOption, TzOption, echo, note, parse_date_option, routed
from reichweite.errors import UsageError
from reichweite.platforms.bluesky.appview import DEFAULT_APPVIEW
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
    db: DbOption = None,
    now: NowOption = None,
) -> None:
    """Collect posts and figures from platform APIs; with --config, what a watch list says is due."""
    if ctx.invoked_subcommand is not None:
        if config or every:
            raise UsageError("--config/--every run the watch list; they do not go with a subcommand")
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
    results = reichweite.collect_watch_list(db, config, every=interval, now=_now(now) if now else None, echo=note)
    failed = [r for r in results if r.details.get("status") == "failed"]
    if failed:
        note(f"{len(failed)} of {len(results)} account(s) failed; the others were collected.")
        raise typer.Exit(1)


@app.command("bluesky")
def bluesky(
    handle: Annotated[str, typer.Argument(help="The account: handle (alice.bsky.social) or DID.")],
    appview: Annotated[str, typer.Option("--appview", help="AppView base URL.")] = DEFAULT_APPVIEW,
    since: Annotated[str | None, typer.Option("--since", help="Only posts from this date on (stops paging once "
                                              "posts are older); a bare date means from the start of that day.")]
    = None,
    tz: TzOption = "Europe/Berlin",
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run from its saved "
                                         "cursor.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    db: DbOption = None,
    now: NowOption = None,
) -> None:
    """Collect the account's own posts with their current counts (one new snapshot per post and run)."""
    start = _since(since, tz)
    pinned = {"now": _now(now)} if now else {}
    echo(reichweite.collect(db, "bluesky", handle, since=start, appview=appview, resume=resume,
                            quiet=quiet, **pinned).summary)


@app.command("mastodon")
def mastodon(
    handle: Annotated[str, typer.Argument(help="The account, written @user@instance.")],
    instance_url: Annotated[
        str | None, typer.Option("--instance-url", help="Base URL of the instance (default: https://<instance>).")
    ] = None,
    since: SinceOption = None,
    tz: TzOption = "Europe/Berlin",
    db: DbOption = None,
    now: NowOption = None,
) -> None:
    """Statuses with replies, boosts, favourites (quotes where the server counts them), polls, account figures."""
    start, moment = _since(since, tz), _now(now)
    echo(reichweite.collect(db, "mastodon", handle, since=start, instance_url=instance_url, now=moment).summary)


@app.command("x")
def x(
    username: Annotated[str, typer.Argument(help="The X user name (without @).")],
    api_url: Annotated[
        str | None, typer.Option("--api-url", help="API base URL (default https://api.x.com/2).")
    ] = None,
    since: SinceOption = None,
    tz: TzOption = "Europe/Berlin",
    db: DbOption = None,
    now: NowOption = None,
) -> None:
    """Tweets with public metrics (impressions, bookmarks), polls and the user's figures. Needs a bearer token:
    env X_BEARER_TOKEN or `keyring set reichweite x_bearer_token`."""
    start, moment = _since(since, tz), _now(now)
    echo(reichweite.collect(db, "x", username, since=start, api_url=api_url, now=moment).summary)

