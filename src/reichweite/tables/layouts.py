"""The built-in long table layouts: posts (figures of single posts) and accounts (followers, following, posts).

A row names its post by link or id, or by account and day of publication (reichweite.tables.identity). Headers may
be German or English (reichweite.tables.headers); --accounts and --at fill an account or measurement date a table
leaves out.
"""

from __future__ import annotations

from reichweite import registry
from reichweite.errors import Said
from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.tables.identity import account_of, observed_at, row_post
from reichweite.tables.tabular import Column, Layout, Loaded, ReadOptions, Row, Table, parse_figure

POST_FIGURES = registry.POST_FIGURES
_PLATFORM_WORDS = {"twitter": "x", "bsky": "bluesky"}


def platform_of(table: Table, row: Row, kind: str) -> str:
    """The row's platform as the registry names it ('Bluesky', 'X', 'Twitter' and 'x' alike)."""
    value = (row.text("platform") or "").strip().lower()
    value = _PLATFORM_WORDS.get(value, value)
    for entry in registry.PLATFORMS:
        if value == entry.label.lower():
            value = entry.name
    known = registry.names_with(kind)
    if value not in known:
        raise table.error(row, "platform", Said(f"{row.text('platform')!r} is not one of {', '.join(known)}",
                                                "error.not_one_of", value=repr(row.text("platform")),
                                                choices=", ".join(known)))
    return value


def once(table: Table, row: Row, seen: dict[tuple, int], key: tuple, what: Said) -> None:
    """Two rows measuring the same thing at the same moment would silently drop one: say so instead."""
    if key in seen:
        raise table.error(row, None, Said(f"{what} already has a row with this observed_at (row {seen[key]}); "
                                          "one measurement per post/account and moment", "tab.measured_twice",
                                          what=what, row=str(seen[key])))
    seen[key] = row.number


def load_posts(table: Table, options: ReadOptions) -> Loaded:
    loaded = Loaded("posts", table, {"posts": [], "snapshots": [], "rows": []})
    seen: dict[tuple, int] = {}
    for row in table.rows:
        platform = platform_of(table, row, "posts")
        text = row.text("text")
        post = row_post(table, row, platform, options, text)
        when = observed_at(table, row, options)
        once(table, row, seen, (platform, post.native_id, when),
             Said(f"{platform} post {post.native_id}", "tab.what.post", platform=platform, id=post.native_id))
        figures = {name: parse_figure(table, row, name)[0] for name in POST_FIGURES}
        loaded.records["posts"].append(Post(
            platform=platform, native_id=post.native_id, author=post.author or "",
            created_at=post.created_at, text=text or "", url=post.url, raw=post.raw,  # type: ignore[arg-type]
        ))
        loaded.records["snapshots"].append(Snapshot(
            platform=platform, native_id=post.native_id, observed_at=when, source="manual",
            origin=table.where(row), **figures,
        ))
        loaded.records["rows"].append(row.number)
    return loaded


def load_accounts(table: Table, options: ReadOptions) -> Loaded:
    loaded = Loaded("accounts", table, {"account_snapshots": []})
    seen: dict[tuple, int] = {}
    for row in table.rows:
        platform = platform_of(table, row, "accounts")
        handle = account_of(table, row, platform, options, "handle")
        if not handle:
            raise table.error(row, "handle", Said("is empty; whose figures are these? Fill it in or give "
                                                  f"--accounts {platform}:NAME", "tab.handle_whose",
                                                  platform=platform))
        when = observed_at(table, row, options)
        once(table, row, seen, (platform, handle.lower(), when),
             Said(f"{platform} account {handle}", "tab.what.account", platform=platform, handle=handle))
        followers, shown = parse_figure(table, row, "followers")
        loaded.records["account_snapshots"].append(AccountSnapshot(
            platform=platform, handle=handle, source="manual", origin=table.where(row),
            observed_at=when, followers=followers, followers_shown=shown,
            following=parse_figure(table, row, "following")[0], posts=parse_figure(table, row, "posts")[0],
        ))
    return loaded


DATE_HELP = ("date and time, e.g. 2026-03-08 09:00 or 08.03.2026 09:00; without a time zone it is taken in "
              "Europe/Berlin (or --tz); a date alone means the end of that day")
FIGURE_HELP = "whole number (12345, 12.345, 12,345 or as shown: 4.5K, 1,2 Mio.); empty = unknown, not 0"

POSTS_LAYOUT = Layout(
    name="posts",
    description="Figures of single posts, typed in or read off a screen (one row per post and measurement).",
    columns=(
        Column("platform", ", ".join(registry.names_with("posts")), "bluesky", required=True),
        Column("post_url", "link to the post (this, post_id, or created_at with the account identifies it)",
               "https://bsky.app/profile/alice.example.org/post/3lbq7xzdvks2c"),
        Column("post_id", "the platform's id instead of a URL: tweet id, at-uri, LinkedIn urn", ""),
        Column("created_at", f"when the post was published; {DATE_HELP}. Without a link or id the post is named "
                             "by account, day and text (a stand-in id until its real one is imported)",
               "2026-03-01 09:00"),
        Column("text", "the post's text (helps matching; tells two posts of one day apart)", "Tagesfoto #fotoprompt"),
        Column("observed_at", f"when you read the figures (or give --at); {DATE_HELP}", "2026-03-08 09:00",
               required=True),
        Column("likes", f"likes/reactions: {FIGURE_HELP}", "42"),
        Column("replies", f"replies/comments: {FIGURE_HELP}", "3"),
        Column("reposts", f"reposts/retweets/boosts/shares: {FIGURE_HELP}", "5"),
        Column("quotes", f"quote posts: {FIGURE_HELP}", ""),
        Column("views", f"views/impressions: {FIGURE_HELP}", "1.2K"),
        Column("author", "the account's handle, needed for a new post whose URL does not name it "
                         "(LinkedIn, Xing, x post_id only, or no link at all) unless --accounts gives it", ""),
    ),
    loader=load_posts,
    one_of=("post_url", "post_id", "created_at"),
)

ACCOUNTS_LAYOUT = Layout(
    name="accounts",
    description="Followers, following and post counts of accounts (one row per account and measurement).",
    columns=(
        Column("platform", ", ".join(registry.names_with("accounts")), "xing", required=True),
        Column("handle", "the account's handle (Mastodon: @user@instance); or give --accounts", "alice-example",
               required=True),
        Column("observed_at", f"when you read the figures (or give --at); {DATE_HELP}", "2026-03-08 09:00",
               required=True),
        Column("followers", f"followers: {FIGURE_HELP}; the shown text is kept beside the number", "1,2 Mio."),
        Column("following", f"accounts followed: {FIGURE_HELP}", "312"),
        Column("posts", f"number of posts: {FIGURE_HELP}", "4.5K"),
    ),
    loader=load_accounts,
)
