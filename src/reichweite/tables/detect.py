"""The table layouts reichweite knows, listed here, and recognising a file's layout from its header row.

posts and accounts (reichweite.tables.layouts), posts-wide (reichweite.tables.wide_posts), polls
(reichweite.tables.polls_table), companies and companies-wide (reichweite.tables.company_table). `import table`
stores each with its saver (reichweite.jobs.import_table); `template` writes any of them. Headers may be German or
English and come in any order: each layout's words for its columns are in reichweite.tables.headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from reichweite.errors import InputError, Said
from reichweite.tables import company_table, layouts, polls_table, wide_posts
from reichweite.tables.tabular import Layout, Loaded, ReadOptions, Table, in_words_of, read_tables
from reichweite.timeutil import REPORT_TZ

LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (layouts.POSTS_LAYOUT, layouts.ACCOUNTS_LAYOUT, polls_table.POLLS_LAYOUT, wide_posts.WIDE_LAYOUT,
                   company_table.LONG_LAYOUT, company_table.WIDE_LAYOUT)
}


def register_layout(layout: Layout) -> Layout:
    """Make `import table` recognise one more layout (a program's own; the built-in ones are listed above)."""
    LAYOUTS[layout.name] = layout
    return layout


def detect_layout(table: Table, options: ReadOptions = ReadOptions()) -> tuple[Layout, Table]:
    """The layout whose columns the header names, and the table in its words; else an error listing unknown,
    missing and expected columns. --at stands in for a measurement date column, --accounts for a handle column."""
    given = ({"observed_at"} if options.at is not None else set()) | ({"handle"} if options.accounts else set())
    where = table.where_header()
    scored = []
    twice: InputError | None = None
    for layout in LAYOUTS.values():
        if layout.recognise is not None:
            if layout.recognise(table):
                return layout, table
            continue
        try:
            named = in_words_of(layout, table)
        except InputError as exc:
            twice = twice or exc
            continue
        header = set(named.header)
        known = set(layout.names)
        missing = sorted(layout.required - header - given)
        if layout.one_of and not header & set(layout.one_of):
            missing.append("/".join(layout.one_of))
        unknown = [h for h in named.header if h not in known]
        if not missing and not unknown:
            return layout, named
        scored.append((len(header & known), layout, missing, unknown))
    if twice is not None:
        raise twice
    expected = "; ".join(f"{layout.name}: {', '.join(layout.names)}" for layout in LAYOUTS.values()
                         if layout.recognise is None)
    best = max(scored, key=lambda s: s[0], default=None)
    if best is None or best[0] == 0:
        layouts = tuple(Said(f"{layout.name}: {', '.join(layout.names)}", "error.layout_list",
                             layout=Said(layout.name, f"imp.layout.{layout.name}"), columns=tuple(layout.names))
                        for layout in LAYOUTS.values() if layout.recognise is None)
        raise InputError(where, Said(f"the header ({', '.join(table.header)}) matches no layout; expected the "
                                     f"columns of one of these layouts — {expected}", "error.no_layout",
                                     header=", ".join(table.header),
                                     expected=Said(expected, "error.layouts", layouts=layouts)),
                         row=table.header_row)
    _, layout, missing, unknown = best
    problems: list[Said] = []
    if unknown:
        problems.append(Said(f"unknown column(s) {', '.join(unknown)}", "error.unknown_columns",
                             columns=", ".join(unknown)))  # as the table writes them
    if missing:
        problems.append(Said(f"missing column(s) {', '.join(missing)}", "error.missing_columns",
                             columns=tuple(missing)))
    shown = Said("; ".join(problems), "error.problems", first=problems[0],
                 second=Said(f"; {problems[1]}", "error.and_more", problem=problems[1]) if len(problems) > 1 else "")
    required = ", ".join(sorted(layout.required)) or "-"
    one_of = (Said(f"; and one of {', '.join(layout.one_of)}", "error.and_one_of", columns=tuple(layout.one_of))
              if layout.one_of else "")
    raise InputError(where, Said(f"{layout.name} layout: {shown}. Expected columns: {', '.join(layout.names)} "
                                 f"(required: {required}{one_of})", "error.layout_columns",
                                 layout=Said(layout.name, f"imp.layout.{layout.name}"),
                                 problems=shown, columns=tuple(layout.names),
                                 required=tuple(sorted(layout.required)) or "-", one_of=one_of),
                     row=table.header_row)


def load_file(path: str | Path, *, tz: ZoneInfo = REPORT_TZ, accounts: Sequence[tuple[str, str]] = (),
              at: datetime | None = None) -> list[Loaded]:
    """Read, detect and load every table of a file. Raises InputError naming file and row; reads only.
    accounts: (platform, handle) pairs the table's columns or rows belong to (--accounts); at: when the figures
    were read, for a table without a Stichtag/observed_at column (--at)."""
    options = ReadOptions(tz, tuple(accounts), at)
    loaded = []
    for table in read_tables(path):
        layout, named = detect_layout(table, options)
        loaded.append(layout.loader(named, options))
    return loaded
