"""Tables on the terminal that stay readable at any width, in every language: ids, handles and figures are never cut
or folded, texts wrap between words.

A command describes its table (worded headers, each column's kind, the cells as the report writes them) and
`print_table` picks the first layout that fits the console:

1. wide — every cell on one line (what a wide terminal shows);
2. wrapped — texts (and headers) wrap between words, figures and ids keep their width;
3. turned — a short table whose rows each name one thing (an account, a pair): one column per row;
4. split — a table with many columns: the columns that name a row repeated beside each group of the others;
5. records — each row a block of "header  value" lines (a value too wide beside its header goes under it).

If not even the records fit (an id wider than the terminal) they are printed wider than the terminal: an id is
never cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.measure import Measurement
from rich.segment import Segments
from rich.table import Table
from rich.text import Text

from reichweite.terminal import bare

Kind = Literal["text", "id", "figure"]
TURN_AT = 8  # a table with at most this many rows may be turned: one column per row

# a figure's bracketed note ("(+20, +13.6%)") may go on the next line, and break after its commas
_NOTE_BREAKS = re.compile(r" (?=[(\[])|(?<=,) ")


@dataclass(frozen=True)
class Column:
    """A column: its header (wraps between words), what its cells are and whether they name the row.

    kind: text wraps between words; id is never broken; figure is never broken, but a bracketed note after it
    (the change, a count of measured members) may go to the next line and break after a comma followed by a space
    (a figure itself never holds one). Figures are right-aligned.
    label: the column names the row (account, date, company): it heads a turned table's columns and is repeated
    when a table is split.
    """

    header: str
    kind: Kind = "text"
    label: bool = False


@dataclass
class _Cell:
    lines: list[list[str]]  # lines of tokens that are never broken inside (except a text word wider than the column)

    @property
    def least(self) -> int:
        return max((cell_len(token) for line in self.lines for token in line), default=0)

    @property
    def natural(self) -> int:
        return max((cell_len(" ".join(line)) for line in self.lines), default=0)

    def wrapped(self, width: int) -> str:
        out: list[str] = []
        for line in self.lines:
            current = ""
            for token in line:
                while cell_len(token) > width:  # only a text word can be wider than its column: folded
                    if current:
                        out.append(current)
                        current = ""
                    out.append(token[:width])
                    token = token[width:]
                if not current:
                    current = token
                elif cell_len(current) + 1 + cell_len(token) <= width:
                    current += " " + token
                else:
                    out.append(current)
                    current = token
            out.append(current)
        return "\n".join(out)


def _cell(text: object, kind: Kind) -> _Cell:
    lines = bare("" if text is None else text).split("\n")
    if kind == "id":
        return _Cell([[line] for line in lines])
    if kind == "figure":
        return _Cell([[t for t in _NOTE_BREAKS.split(line) if t] for line in lines])
    return _Cell([[t for t in line.split(" ") if t] for line in lines])  # only a plain space breaks: NBSP binds


@dataclass(frozen=True)
class _Look:
    plain: bool = False  # no lines around the cells
    lines: bool = False  # a line between rows

    def table(self, **options: Any) -> Table:
        return Table(box=None if self.plain else box.HEAVY_HEAD, pad_edge=False,
                     show_lines=self.lines and not self.plain, **options)


@dataclass
class _Grid:
    headers: list[_Cell]
    right: list[bool]
    rows: list[list[_Cell]]
    look: _Look

    @classmethod
    def of(cls, columns: list[Column], rows: list[list[object]], keep: list[int], look: _Look) -> _Grid:
        return cls([_cell(columns[i].header, "text") for i in keep], [columns[i].kind == "figure" for i in keep],
                   [[_cell(row[i], columns[i].kind) for i in keep] for row in rows], look)

    def least(self, i: int) -> int:
        return max([self.headers[i].least, 1, *(row[i].least for row in self.rows)])

    def natural(self, i: int) -> int:
        return max([self.headers[i].natural, 1, *(row[i].natural for row in self.rows)])

    def table(self, widths: list[int]) -> Table:
        shown = self.look.table()
        for header, right, width in zip(self.headers, self.right, widths, strict=True):
            shown.add_column(Text(header.wrapped(width)), justify="right" if right else "left", width=width,
                             no_wrap=True, overflow="fold")
        for row in self.rows:
            shown.add_row(*(Text(cell.wrapped(width)) for cell, width in zip(row, widths, strict=True)))
        return shown

    def fit(self, console: Console) -> Table | None:
        """The table at the console's width: every cell on one line, or wrapped between words; None if the
        figures and ids (and the longest words) do not fit side by side."""
        n = len(self.headers)
        room = console.width - (_width(console, self.table([1] * n)) - n)
        natural = [self.natural(i) for i in range(n)]
        if sum(natural) <= room:
            return self.table(natural)
        least = [self.least(i) for i in range(n)]
        if sum(least) > room:
            return None
        widths, spare = list(least), room - sum(least)
        wanting = sorted(range(n), key=lambda i: natural[i] - least[i])
        while wanting and natural[wanting[0]] - least[wanting[0]] <= spare // len(wanting):  # short ones: whole
            i = wanting.pop(0)
            widths[i], spare = natural[i], spare - (natural[i] - least[i])
        total = sum(natural[i] - least[i] for i in wanting)
        for i in wanting:  # the rest share what is left, in proportion to what they lack
            widths[i] += spare * (natural[i] - least[i]) // total
        for i in reversed(wanting):
            if sum(widths) < room:
                widths[i] += 1
        return self.table(widths)


def _width(console: Console, table: Table) -> int:
    """The width the table takes with nothing folded (rich's own measure stops at the console's width)."""
    return Measurement.get(console, console.options.update_width(10**6), table).maximum


def print_table(console: Console, title: str, columns: Sequence[Column], rows: Sequence[Sequence[object]], *,
                plain: bool = False, lines: bool = False) -> None:
    """The title (wrapped between words) and the table in the first layout that fits the console (see above).
    plain: no lines around the cells (a listing that reads as text); lines: a line between rows (rows of several
    lines each)."""
    from reichweite.cli.common import prose

    if title:
        prose(console, title)
    for n, table in enumerate(_layout(console, list(columns), [list(r) for r in rows], _Look(plain, lines))):
        if n:
            console.print()
        wide = _width(console, table)
        if wide <= console.width:
            console.print(table)
            continue
        for line in console.render_lines(table, console.options.update_width(wide), new_lines=True):
            console.print(Segments(line), crop=False, soft_wrap=True, end="")  # an id wider than the terminal: whole


def fits(console: Console, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> bool:
    """Whether the table fits the console as it is, one column beside the other (texts wrapped if need be)."""
    return _Grid.of(list(columns), [list(r) for r in rows], list(range(len(columns))), _Look()).fit(console) is not None


def print_drawn(console: Console, drawn: dict[str, Any], *, names: Kind = "text") -> None:
    """A table the report described as {title, headers, numeric, rows}: its figure columns never broken, the
    others (of kind `names`) naming the row."""
    print_table(console, drawn["title"], [Column(header, "figure" if is_number else names, label=not is_number)
                                          for header, is_number in zip(drawn["headers"], drawn["numeric"],
                                                                       strict=True)], drawn["rows"])


def _layout(console: Console, columns: list[Column], rows: list[list[object]], look: _Look) -> list[Table]:
    fitted = _Grid.of(columns, rows, list(range(len(columns))), look).fit(console)
    if fitted is not None:
        return [fitted]
    named = [i for i, c in enumerate(columns) if c.label]
    others = [i for i in range(len(columns)) if i not in named]
    labels = [" · ".join(bare(row[i]) for i in named) for row in rows]
    if named and 0 < len(rows) <= TURN_AT and len(set(labels)) == len(labels) and len(others) > 1:
        turned = _Grid([_cell(" · ".join(columns[i].header for i in named), "text"),
                        *(_cell(label, "text") for label in labels)],
                       [False] + [True] * len(rows),
                       [[_cell(columns[i].header, "text"), *(_cell(row[i], columns[i].kind) for row in rows)]
                        for i in others], look)
        fitted = turned.fit(console)
        if fitted is not None:
            return [fitted]
    if named and len(others) > 1:
        split = _split(console, columns, rows, named, others, look)
        if split:
            return split
    return [_records(console, columns, rows, look)]


def _split(console: Console, columns: list[Column], rows: list[list[object]], named: list[int], others: list[int],
           look: _Look) -> list[Table] | None:
    """The other columns in as few groups as fit beside the columns naming the rows, of even size where they
    fit so."""
    def fitted(group: list[int]) -> Table | None:
        return _Grid.of(columns, rows, named + group, look).fit(console)

    groups: list[list[int]] = []
    for i in others:  # as few groups as fit, each as wide as fits
        if groups and fitted([*groups[-1], i]) is not None:
            groups[-1].append(i)
        elif fitted([i]) is None:
            return None
        else:
            groups.append([i])
    size = -(-len(others) // len(groups))
    even = [fitted(others[i:i + size]) for i in range(0, len(others), size)]
    if len(even) == len(groups) and all(t is not None for t in even):
        return [t for t in even if t is not None]
    return [t for t in map(fitted, groups) if t is not None]


def _records(console: Console, columns: list[Column], rows: list[list[object]], look: _Look) -> Table:
    """Each row a block of header–value lines, a line between the blocks."""
    headers = [_cell(c.header, "text") for c in columns]
    values = [[_cell(v, c.kind) for v, c in zip(row, columns, strict=True)] for row in rows]
    overhead = _width(console, _records_table(look, 1, 1)) - 2
    left = max([1, *(h.least for h in headers)])
    left = max(left, min(max(h.natural for h in headers), (console.width - overhead) // 3))
    right = max([1, *(v.least for row in values for v in row)])
    if left + right + overhead > console.width:  # a value too wide beside its header: under it
        return _stacked(console, headers, values, look)
    right = console.width - overhead - left
    shown = _records_table(look, left, right)
    for n, row in enumerate(values):
        for i, (header, value) in enumerate(zip(headers, row, strict=True)):
            shown.add_row(Text(header.wrapped(left)), Text(value.wrapped(right)),
                          end_section=i == len(row) - 1 and n < len(values) - 1)
    return shown


def _stacked(console: Console, headers: list[_Cell], values: list[list[_Cell]], look: _Look) -> Table:
    """Each row a block of headers, each with its value on the lines under it, indented."""
    shown = _Look(look.plain).table(show_header=False)
    overhead = _width(console, _one_column(shown, 1)) - 1
    width = max([console.width - overhead, *(h.least for h in headers), *(v.least + 2 for row in values for v in row)])
    _one_column(shown, width)
    for n, row in enumerate(values):
        for i, (header, value) in enumerate(zip(headers, row, strict=True)):
            under = "\n".join("  " + line for line in value.wrapped(width - 2).split("\n"))
            shown.add_row(Text(f"{header.wrapped(width)}\n{under}"),
                          end_section=i == len(row) - 1 and n < len(values) - 1)
    return shown


def _one_column(table: Table, width: int) -> Table:
    table.columns.clear()
    table.add_column(width=width, no_wrap=True, overflow="fold")
    return table


def _records_table(look: _Look, left: int, right: int) -> Table:
    table = _Look(look.plain).table(show_header=False)
    table.add_column(width=left, no_wrap=True, overflow="fold")
    table.add_column(width=right, no_wrap=True, overflow="fold")
    return table
