"""The posts table as people keep it: one row per day (date and text) and a group of columns per account.

    Datum;Text;X Likes;X Antworten;X Reposts;Bluesky Likes;Bluesky Antworten;Bluesky Reposts

A group column is a platform (its name or label, `Twitter` for X), optionally the account's handle, and a figure in
German or English words (reichweite.tables.headers): `X Likes`, `Bluesky Gefällt mir`, `X @fotovorschlag Aufrufe`,
`LinkedIn Impressionen`. Besides figures a group may hold the post's link or id (`X Link`), its own text (`X Text`)
and the account's followers on that day (`X Follower`). The handle comes from the header or from --accounts
(`x:fotovorschlag,bluesky:fotovorschlag.bsky.social`); the measurement date from a `Stichtag` column or --at.
Columns may come in any order. A post without link or id gets a stand-in id from account, day and text
(reichweite.post_keys); a group whose figures are all empty in a row means the account did not post that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reichweite import registry
from reichweite.errors import InputError, Said, said_of
from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.post_keys import typed_id, typed_raw
from reichweite.tables.headers import WORDS, header_key
from reichweite.tables.identity import RowError, post_identity
from reichweite.tables.tabular import (
    Column,
    Layout,
    Loaded,
    ReadOptions,
    Row,
    Table,
    parse_figure,
    parse_when,
    published_at,
    typed_day,
)

POST_FIGURES = registry.POST_FIGURES
GROUP_FIELDS = (*POST_FIGURES, "followers", "post_url", "post_id", "text")
ROW_FIELDS = ("created_at", "text", "observed_at")
_PLATFORM_WORDS = {header_key(w): p.name for p in registry.PLATFORMS for w in (p.name, p.label)}
_PLATFORM_WORDS |= {"twitter": "x", "bsky": "bluesky", "insta": "instagram", "fb": "facebook"}
_FIELD_WORDS = {header_key(w): f for f in GROUP_FIELDS for w in (f, *WORDS[f])}
_ROW_WORDS = {header_key(w): f for f in ROW_FIELDS for w in (f, *WORDS[f])}
_PUNCTUATION = "()[]{}:;,–-|/@"


@dataclass(frozen=True, slots=True)
class GroupColumn:
    platform: str
    handle: str | None  # as the header writes it, when it does
    field: str


def _tokens(title: str) -> tuple[list[str], str]:
    """The header's words and how to join a handle written across several of them."""
    if any(ch.isspace() for ch in title.strip()):
        return [t for t in title.split() if t.strip(_PUNCTUATION)], " "
    return [t for t in title.split("_") if t], "_"


def _field(words: list[str]) -> str | None:
    return _FIELD_WORDS.get(header_key(" ".join(words))) if words else None


def group_column(title: str) -> GroupColumn | None:
    """'X Likes' → (x, None, likes); 'Bluesky fotovorschlag.bsky.social Gefällt mir' → (bluesky, handle, likes);
    'Likes (X)' too. None when the header names no platform and field."""
    tokens, joiner = _tokens(title)
    for first_platform in (True, False):
        if len(tokens) < 2:
            return None
        platform = _PLATFORM_WORDS.get(header_key(tokens[0] if first_platform else tokens[-1]))
        if platform is None:
            continue
        rest = tokens[1:] if first_platform else tokens[:-1]
        for size in (3, 2, 1):  # the figure's words: at the end after a leading platform, else at the start
            if size > len(rest):
                continue
            words, middle = (rest[-size:], rest[:-size]) if first_platform else (rest[:size], rest[size:])
            if (found := _field(words)) is not None:
                handle = joiner.join(middle).strip(_PUNCTUATION + " ") or None
                return GroupColumn(platform, handle, found)
    return None


def recognise(table: Table) -> bool:
    """A wide posts table: a date column, at least one group column, no platform column."""
    keys = {header_key(table.title(c)) for c in table.header}
    if keys & {header_key(w) for w in ("platform", *WORDS["platform"])}:
        return False
    has_date = any(_ROW_WORDS.get(k) == "created_at" for k in keys)
    return has_date and any(group_column(table.title(c)) for c in table.header)


def _header_error(table: Table, message: Said) -> InputError:
    return InputError(table.where_header(), message, row=table.header_row)


def _account(table: Table, column: str, group: GroupColumn, options: ReadOptions, named: set[str],
             linked: bool) -> str | None:
    """The handle of a group column: from its header, else the one account of its platform in --accounts or in
    the other headers (`named`); None when unknown but the group has links naming it (`linked`)."""
    label = registry.label(group.platform)
    given = [h for p, h in options.accounts if p == group.platform]
    if group.handle:
        handle = _handle(table, column, group)
        if given and handle not in given:
            shown = ", ".join(given)
            raise _header_error(table, Said(f"column {table.title(column)!r} names the {label} account {handle}, "
                                            f"which is not among --accounts ({shown})", "tab.wide.not_given",
                                            column=repr(table.title(column)), label=label, handle=handle,
                                            accounts=shown))
        return handle
    known = set(given) or named
    if len(known) == 1:
        return next(iter(known))
    if linked and not known:
        return None  # each row's link names the account
    example = f"'{label} {registry.get(group.platform).handle_example} Likes'"
    if not known:
        raise _header_error(table, Said(
            f"column {table.title(column)!r}: whose {label} account? Give --accounts {group.platform}:NAME or write "
            f"the handle in the header, e.g. {example}", "error.wide_whose", column=repr(table.title(column)),
            label=label, platform=group.platform, example=example))
    raise _header_error(table, Said(
        f"column {table.title(column)!r}: there are several {label} accounts ({', '.join(sorted(known))}); write the "
        f"handle in each header, e.g. {example}", "error.wide_several", column=repr(table.title(column)), label=label,
        accounts=", ".join(sorted(known)), example=example))


def _handle(table: Table, column: str, group: GroupColumn) -> str:
    try:
        return registry.normalise_handle(group.platform, group.handle or "")
    except ValueError as exc:
        title, reason = repr(table.title(column)), said_of(exc)
        raise _header_error(table, Said(f"column {title}: {reason}", "tab.wide.column", column=title,
                                        detail=reason)) from None


def _columns(table: Table, options: ReadOptions
             ) -> tuple[dict[str, str], dict[tuple[str, str | None], dict[str, str]]]:
    """(row field → column, (platform, handle) → group field → column); every column placed or refused."""
    row_cols: dict[str, str] = {}
    groups: dict[tuple[str, str | None], dict[str, str]] = {}
    unknown = []
    named: dict[str, set[str]] = {}  # platform → handles its headers write
    linked: set[str] = set()  # platforms with a link or id column without a handle
    for column in table.header:
        if (found := group_column(table.title(column))) is not None and found.handle:
            named.setdefault(found.platform, set()).add(_handle(table, column, found))
        elif found is not None and found.field in ("post_url", "post_id"):
            linked.add(found.platform)
    for column in table.header:
        title = table.title(column)
        if (row_field := _ROW_WORDS.get(header_key(title))) is not None:
            if row_field in row_cols:
                first = repr(table.title(row_cols[row_field]))
                raise _header_error(table, Said(f"columns {first} and {title!r} both hold the {row_field}",
                                                "tab.wide.both_hold", first=first, second=repr(title),
                                                field=(row_field,)))
            row_cols[row_field] = column
            continue
        group = group_column(title)
        if group is None:
            unknown.append(title)
            continue
        entry = registry.get(group.platform)
        if group.field in POST_FIGURES and group.field not in entry.figures:
            raise _header_error(table, Said(f"column {title!r}: {entry.label} shows no {group.field} (its figures: "
                                            f"{', '.join(entry.figures)})", "tab.wide.no_figure", column=repr(title),
                                            label=entry.label, field=(group.field,), figures=tuple(entry.figures)))
        if group.field == "followers" and "followers" not in entry.account_figures:
            raise _header_error(table, Said(f"column {title!r}: {entry.label} shows no followers",
                                            "tab.wide.no_followers", column=repr(title), label=entry.label))
        key = (group.platform, _account(table, column, group, options, named.get(group.platform, set()),
                                        group.platform in linked))
        fields = groups.setdefault(key, {})
        if group.field in fields:
            first = repr(table.title(fields[group.field]))
            raise _header_error(table, Said(f"columns {first} and {title!r} both hold {entry.label} {key[1]} "
                                            f"{group.field}", "tab.wide.both_hold_figure", first=first,
                                            second=repr(title), label=entry.label, handle=str(key[1]),
                                            field=(group.field,)))
        fields[group.field] = column
    if unknown:
        shown = ", ".join(repr(u) for u in unknown)
        raise _header_error(table, Said(f"wide posts table: column(s) {shown} are neither Datum/Date, Text, "
                                        "Stichtag/Measured at nor a platform and figure like 'X Likes', 'Bluesky "
                                        "Antworten', 'LinkedIn Impressionen'", "tab.wide.unknown", columns=shown))
    for (platform, handle), fields in groups.items():
        if handle is None and "followers" in fields:
            raise _header_error(table, Said(
                f"column {table.title(fields['followers'])!r}: whose followers? Give --accounts {platform}:NAME or "
                "write the handle in the header", "error.wide_followers", column=repr(table.title(fields["followers"])),
                platform=platform))
    if "created_at" not in row_cols:
        raise _header_error(table, Said("wide posts table without a date column (Datum or Date)", "error.wide_date"))
    if "observed_at" not in row_cols and options.at is None:
        raise _header_error(table, Said("when were the figures read? Add a Stichtag column or give --at, e.g. "
                                        "--at 21.11.2023", "tab.wide.no_observed_at"))
    return row_cols, groups


def _identity(table: Table, row: Row, platform: str, handle: str | None, fields: dict[str, str], day: date,
              text: str | None) -> tuple[str, str | None, str | None, bool]:
    """(native id, url, account, typed in) of a group's post in a row: from its link or id, else a stand-in id."""
    url = row.text(fields["post_url"]) if "post_url" in fields else None
    ident = table.id_text(row, fields["post_id"]) if "post_id" in fields else None
    if url or ident:
        try:
            native, author, canonical = post_identity(platform, url, ident)
        except RowError as exc:
            raise table.error(row, fields.get("post_url") or fields["post_id"], exc.args[0]) from None
        return native, canonical, handle or author, False
    if handle is None:
        label = registry.label(platform)
        raise table.error(row, fields.get("post_url") or fields["post_id"], Said(
            f"is empty; without it, whose {label} post is it? Fill in the link or give --accounts {platform}:NAME",
            "tab.wide.whose_post", label=label, platform=platform))
    return typed_id(handle, day, text), None, handle, True


def load_wide_posts(table: Table, options: ReadOptions) -> Loaded:
    row_cols, groups = _columns(table, options)
    loaded = Loaded("posts-wide", table, {"posts": [], "snapshots": [], "rows": [], "account_snapshots": []})
    seen: dict[tuple[str, str, datetime], int] = {}
    figure_cols = [c for fields in groups.values() for f, c in fields.items() if f in (*POST_FIGURES, "followers")]
    for row in table.rows:
        if row.cells.get(row_cols["created_at"]) is None:
            if any(row.cells.get(c) is not None for c in figure_cols):
                raise table.error(row, row_cols["created_at"], Said("is empty, but the row has figures; every row "
                                                                    "needs the day of its post", "tab.wide.no_day"))
            continue
        created_at = published_at(table, row, row_cols["created_at"], options.tz, required=True)
        day = typed_day(table, row, row_cols["created_at"], options.tz)
        observed_at = (parse_when(table, row, row_cols["observed_at"], options.tz) if "observed_at" in row_cols
                       else None) or options.at
        if observed_at is None:
            raise table.error(row, row_cols["observed_at"], Said("is empty and no --at was given; when were the "
                                                                 "figures read?", "tab.wide.row_no_observed_at"))
        shared_text = row.text(row_cols["text"]) if "text" in row_cols else None
        for (platform, handle), fields in groups.items():
            figures = {f: parse_figure(table, row, fields[f])[0] for f in POST_FIGURES if f in fields}
            if "followers" in fields:
                followers, shown = parse_figure(table, row, fields["followers"])
                if followers is not None:
                    loaded.records["account_snapshots"].append(AccountSnapshot(
                        platform=platform, handle=handle, source="manual",
                        observed_at=parse_when(table, row, row_cols["created_at"], options.tz),  # type: ignore[arg-type]
                        followers=followers, followers_shown=shown, origin=table.where(row)))
            if all(v is None for v in figures.values()):
                continue  # the account did not post that day (or nothing was read): no post, never a 0
            text = (row.text(fields["text"]) if "text" in fields else None) or shared_text
            native, url, author, typed = _identity(table, row, platform, handle, fields, day, text)
            key = (platform, native, observed_at)
            if key in seen:
                label = registry.label(platform)
                raise table.error(row, None, Said(
                    f"{label} {author} has two posts on {day:%d.%m.%Y} in rows {seen[key]} and {row.number} that "
                    "cannot be told apart; give each its text or link", "tab.wide.two_posts", label=label,
                    author=str(author), day=f"{day:%d.%m.%Y}", first=str(seen[key]), second=str(row.number)))
            seen[key] = row.number
            loaded.records["posts"].append(Post(
                platform=platform, native_id=native, author=author or "", created_at=created_at,  # type: ignore[arg-type]
                text=text or "", url=url, raw=typed_raw(day, options.tz) if typed else None,
            ))
            loaded.records["snapshots"].append(Snapshot(
                platform=platform, native_id=native, observed_at=observed_at, source="manual",
                origin=table.where(row), **figures,
            ))
            loaded.records["rows"].append(row.number)
    return loaded


WIDE_LAYOUT = Layout(
    name="posts-wide",
    description="Figures of posts side by side: one row per day (date, text), a group of columns per account "
                "(likes, replies, reposts, quotes, views), e.g. Datum;Text;X Likes;X Antworten;Bluesky Likes.",
    columns=(
        Column("created_at", "the day the posts were published (Datum)", "21.11.2023", required=True),
        Column("text", "the post's text, the same on every platform (Text)", "Tagesfoto #fotoprompt"),
        Column("observed_at", "when you read the figures (Stichtag), or give --at", "28.11.2023"),
    ),
    loader=load_wide_posts,
    recognise=recognise,
)
