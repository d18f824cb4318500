"""`reichweite collect mastodon|x`, `collect --config watch.toml`, `import mastodon-archive`, `accounts`, `polls`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli import app, collect_app, import_app
from reichweite.cli.common import (
    AtOption,
    DbOption,
    JsonOption,
    LangOption,
    TzOption,
    VisibilityOption,
    check_out,
    echo,
    from_group,
    parse_at,
    parse_date_option,
    parse_lang,
    parse_target,
    print_json,
)
from reichweite.errors import ConfigError
from reichweite.timeutil import parse_duration, utcnow
from reichweite.visibility import parse_visibility

NowOption = Annotated[
    str | None,
    typer.Option("--now", hidden=True, envvar="REICHWEITE_NOW", help="Pretend it is this time (for tests)."),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Read the timeline back to this date only (default: all it gives); "
                             "a bare date means from the start of that day (in --tz).")
]


def _now(value: str | None):  # type: ignore[no-untyped-def]
    return parse_date_option(value, "--now", "UTC", bare="start") or utcnow()


def _since(value: str | None, tz: str | None = None):  # type: ignore[no-untyped-def]
    return parse_date_option(value, "--since", tz, bare="start")


@collect_app.callback(invoke_without_command=True, no_args_is_help=False)
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
            raise ConfigError("--config/--every run the watch list; they do not go with a subcommand")
        return
    if config is None:
        if every:
            raise ConfigError("--every needs --config watch.toml")
        typer.echo(ctx.get_help())
        raise typer.Exit(0)
    from reichweite.jobs.watch import run_watch

    interval = None
    if every:
        try:
            interval = parse_duration(every)
        except ValueError as exc:
            raise ConfigError(f"--every: {exc}") from None
    run_watch(config, db=db, every=interval, now=_now(now) if now else None, echo=echo)


@collect_app.command("mastodon")
def collect_mastodon_cmd(
    ctx: typer.Context,
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
    from reichweite.jobs.platforms import collect_mastodon
    from reichweite.store import open_store

    db, now = from_group(ctx, "db", db), from_group(ctx, "now", now)
    result = collect_mastodon(open_store(db), handle, instance_url=instance_url, since=_since(since, tz), now=_now(now))
    echo(result.summary())


@collect_app.command("x")
def collect_x_cmd(
    ctx: typer.Context,
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
    from reichweite.jobs.platforms import collect_x
    from reichweite.platforms.x.api import bearer_token
    from reichweite.store import open_store

    token = bearer_token()  # before opening the store: a missing token is the first thing to hear about
    db, now = from_group(ctx, "db", db), from_group(ctx, "now", now)
    result = collect_x(open_store(db), username, api_url=api_url, since=_since(since, tz), now=_now(now), token=token)
    echo(result.summary())


@import_app.command("mastodon-archive")
def import_mastodon_archive_cmd(
    path: Annotated[Path, typer.Argument(help="The archive .zip or its outbox.json.")],
    db: DbOption = None,
) -> None:
    """Own posts and boosts (as reposts) from a Mastodon account archive. The archive holds no counts."""
    from reichweite.jobs.platforms import import_mastodon_archive
    from reichweite.store import open_store

    echo(import_mastodon_archive(open_store(db), path).summary())


@app.command("accounts")
def accounts_cmd(
    target: Annotated[str, typer.Argument(help="PLATFORM:HANDLE, or just PLATFORM for every account of it.")],
    at: AtOption = None,
    tz: TzOption = "Europe/Berlin",
    db: DbOption = None,
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """Followers, following and posts of an account as of a date (the latest account snapshot ≤ --at)."""
    from reichweite.jobs.platforms import accounts_as_of
    from reichweite.report.accounts import terminal_lines
    from reichweite.store import open_store

    language = parse_lang(lang)
    platform, handle = (parse_target(target) if ":" in target else (parse_target(f"{target}:x")[0], None))
    when = parse_at(at, tz) or utcnow()
    frame = accounts_as_of(open_store(db), platform, handle, when)
    rows = [] if frame.empty else frame.to_dict("records")
    if as_json:
        print_json({"platform": platform, "handle": handle, "as_of": when.isoformat(), "accounts": [
            {k: (None if v is None or v != v else v) for k, v in r.items()} for r in rows
        ]})
        return
    for line in terminal_lines(rows, target, when, language):
        echo(line)
    if not rows:
        raise typer.Exit(1)


@app.command("polls")
def polls_cmd(
    target: Annotated[str | None, typer.Argument(help="PLATFORM:HANDLE or PLATFORM (default: every platform).")] = None,
    at: AtOption = None,
    tz: TzOption = "Europe/Berlin",
    db: DbOption = None,
    as_json: JsonOption = False,
    out: Annotated[Path | None, typer.Option("--out", help="Also write polls.html and polls.xlsx here.",
                                             callback=check_out)] = None,
    lang: LangOption = None,
    visibility: VisibilityOption = None,
) -> None:
    """Polls with options, votes, views and participation (= votes / views; unknown where views are unknown)."""
    from reichweite.jobs.polls import polls_as_of, polls_left_out
    from reichweite.report.polls import T, polls_json, polls_text, write_polls_report
    from reichweite.store import open_store

    platform: str | None = None
    handle: str | None = None
    if target:
        platform, handle = parse_target(target) if ":" in target else (parse_target(f"{target}:x")[0], None)
    when = parse_at(at, tz) or utcnow()
    levels = parse_visibility(visibility)
    store = open_store(db)
    polls = polls_as_of(store, platform, handle, when, visibility=levels)
    left_out = polls_left_out(store, platform, handle, when, visibility=levels)
    language = parse_lang(lang)
    if out is not None:
        for path in write_polls_report(polls, out, when, language, left_out=left_out):
            echo(T("polls.written", language, path=str(path)), err=True)
    if as_json:
        print_json(polls_json(polls, when, left_out))
        return
    echo(polls_text(polls, when, language, left_out=left_out))
