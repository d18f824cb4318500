"""The table layouts reichweite knows, listed here, and recognising a file's layout from its header row.

posts and accounts (reichweite.tables.layouts), companies and companies-wide (reichweite.tables.company_table).
`import table` stores each with its saver (reichweite.jobs.import_table); `template` writes any of them.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from reichweite.errors import InputError
from reichweite.tables import company_table, layouts
from reichweite.tables.tabular import Layout, Loaded, Table, read_tables
from reichweite.timeutil import REPORT_TZ

LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (layouts.POSTS_LAYOUT, layouts.ACCOUNTS_LAYOUT, company_table.LONG_LAYOUT, company_table.WIDE_LAYOUT)
}


def register_layout(layout: Layout) -> Layout:
    """Make `import table` recognise one more layout (a program's own; the built-in ones are listed above)."""
    LAYOUTS[layout.name] = layout
    return layout


def detect_layout(table: Table) -> Layout:
    """The layout whose columns the header names; else an error listing unknown, missing and expected columns."""
    header = set(table.header)
    where = f"{table.path} [{table.sheet}]" if table.sheet else str(table.path)
    scored = []
    for layout in LAYOUTS.values():
        known = set(layout.names)
        missing = sorted(layout.required - header)
        if layout.one_of and not header & set(layout.one_of):
            missing.append(" or ".join(layout.one_of))
        unknown = [h for h in table.header if h not in known]
        if not missing and not unknown:
            return layout
        scored.append((len(header & known), layout, missing, unknown))
    expected = "; ".join(f"{layout.name}: {', '.join(layout.names)}" for layout in LAYOUTS.values())
    best = max(scored, key=lambda s: s[0], default=None)
    if best is None or best[0] == 0:
        raise InputError(where, f"the header ({', '.join(table.header)}) matches no layout; expected the columns "
                                f"of one of these layouts — {expected}", row=table.header_row)
    _, layout, missing, unknown = best
    problems = []
    if unknown:
        problems.append(f"unknown column(s) {', '.join(unknown)}")
    if missing:
        problems.append(f"missing column(s) {', '.join(missing)}")
    raise InputError(where, f"{layout.name} layout: {'; '.join(problems)}. Expected columns: "
                            f"{', '.join(layout.names)} (required: {', '.join(sorted(layout.required)) or '-'}"
                            + (f"; and one of {', '.join(layout.one_of)}" if layout.one_of else "") + ")",
                     row=table.header_row)


def load_file(path: str | Path, *, tz: ZoneInfo = REPORT_TZ) -> list[Loaded]:
    """Read, detect and load every table of a file. Raises InputError naming file and row; reads only."""
    return [detect_layout(table).loader(table, tz) for table in read_tables(path)]
