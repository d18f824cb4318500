"""Polls typed in: one row per poll and measurement, with its options and the votes of each side by side.

    Plattform;Konto;Link;Datum;Frage;Option 1;Stimmen 1;Option 2;Stimmen 2;Aufrufe;Stichtag

The poll is named by its link or id, or by account and day (a stand-in id, reichweite.post_keys). Its votes are
the `Stimmen gesamt` column where given, else the sum of the options when every option's votes are known. The
views make participation (votes / views, reichweite.metrics) — where the platform shows the poll's views.
"""

from __future__ import annotations

from typing import Any

from reichweite import registry
from reichweite.errors import Said
from reichweite.model import Post, Snapshot
from reichweite.tables.headers import MAX_OPTIONS
from reichweite.tables.identity import observed_at, row_post
from reichweite.tables.layouts import DATE_HELP, FIGURE_HELP, once, platform_of
from reichweite.tables.tabular import Column, Layout, Loaded, ReadOptions, Row, Table, parse_figure

TEMPLATE_OPTIONS = 4  # option columns a template shows (the table may hold up to MAX_OPTIONS)


def _options(table: Table, row: Row) -> list[dict[str, Any]]:
    options = []
    for n in range(1, MAX_OPTIONS + 1):
        title = row.text(f"option_{n}")
        votes, _ = parse_figure(table, row, f"votes_{n}")
        if title is None:
            if votes is not None:
                raise table.error(row, f"votes_{n}", Said(f"has votes, but option {n} has no text",
                                                          "tab.poll.votes_no_option", n=str(n)))
            continue
        options.append({"title": title, "votes": votes})
    return options


def _total(table: Table, row: Row, options: list[dict[str, Any]]) -> int | None:
    given, _ = parse_figure(table, row, "votes")
    counts = [o["votes"] for o in options]
    summed = sum(counts) if counts and all(c is not None for c in counts) else None
    if given is not None and summed is not None and given != summed:
        raise table.error(row, "votes", Said(f"says {given:,} votes, but the options add up to {summed:,}",
                                             "tab.poll.votes_sum", given=given, summed=summed))
    return given if given is not None else summed


def load_polls(table: Table, options: ReadOptions) -> Loaded:
    loaded = Loaded("polls", table, {"posts": [], "snapshots": [], "rows": []})
    seen: dict[tuple, int] = {}
    for row in table.rows:
        platform = platform_of(table, row, "posts")
        question = row.text("question")
        choices = _options(table, row)
        if not choices and row.text("votes") is None:
            raise table.error(row, "option_1", Said("is empty; a poll needs its options (Option 1, Stimmen 1, …) "
                                                    "or its total votes", "tab.poll.no_options"))
        post = row_post(table, row, platform, options, question)
        when = observed_at(table, row, options)
        once(table, row, seen, (platform, post.native_id, when),
             Said(f"{platform} poll {post.native_id}", "tab.what.poll", platform=platform, id=post.native_id))
        loaded.records["posts"].append(Post(
            platform=platform, native_id=post.native_id, author=post.author or "",
            created_at=post.created_at, text=question or "", url=post.url, kind="poll",  # type: ignore[arg-type]
            raw=post.raw,
        ))
        loaded.records["snapshots"].append(Snapshot(
            platform=platform, native_id=post.native_id, observed_at=when, source="manual",
            views=parse_figure(table, row, "views")[0], poll_votes=_total(table, row, choices),
            poll_voters=parse_figure(table, row, "voters")[0], poll_options=choices or None,
            origin=table.where(row),
        ))
        loaded.records["rows"].append(row.number)
    return loaded


def _option_columns() -> list[Column]:
    columns = []
    for n in range(1, MAX_OPTIONS + 1):
        example = {1: ("Ja", "42"), 2: ("Nein", "17")}.get(n, ("", ""))
        columns.append(Column(f"option_{n}", f"the text of option {n}", example[0], template=n <= TEMPLATE_OPTIONS))
        columns.append(Column(f"votes_{n}", f"votes for option {n}: {FIGURE_HELP}", example[1],
                              template=n <= TEMPLATE_OPTIONS))
    return columns


POLLS_LAYOUT = Layout(
    name="polls",
    description="Polls: question, options with the votes of each, views, when read (one row per poll and "
                "measurement).",
    columns=(
        Column("platform", ", ".join(registry.names_with("posts")), "linkedin", required=True),
        Column("author", "the account's handle (needed without a link naming it)", "erika-beispiel"),
        Column("post_url", "link to the poll's post (or give post_id, or the account and the date)", ""),
        Column("post_id", "the platform's id instead of a link", ""),
        Column("created_at", f"when the poll was published; {DATE_HELP}", "2026-03-01"),
        Column("question", "the question (the post's text)", "Nutzt ihr Bluesky beruflich?", required=True),
        *_option_columns(),
        Column("votes", f"all votes, when not every option's votes are known: {FIGURE_HELP}", ""),
        Column("voters", f"people who voted (Mastodon's multiple-choice polls): {FIGURE_HELP}", ""),
        Column("views", f"views/impressions of the post: {FIGURE_HELP}", "1.234"),
        Column("observed_at", f"when you read the figures (or give --at); {DATE_HELP}", "2026-03-08 09:00",
               required=True),
    ),
    loader=load_polls,
    one_of=("post_url", "post_id", "created_at"),
)
