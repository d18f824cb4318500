"""Writing the CSV/XLSX template of a table layout: header row plus an explanation of every column."""

from __future__ import annotations

from pathlib import Path

from reichweite.cells import csv_writer, workbook
from reichweite.errors import UsageError
from reichweite.outfiles import new_file, written_whole
from reichweite.tables.tabular import LAYOUTS, Layout

RULES = (
    "Rows starting with # are ignored. One row per measurement. An empty cell means unknown (not 0). "
    "Dates: 2026-03-08 09:00, 08.03.2026 09:00 or 08.03.26; without a time zone they are Europe/Berlin; a date "
    "without a time means the end of that day. Numbers: 12345, 12.345 and 12,345 all mean 12345; "
    "1,5 or 12.5 are rejected (counts are whole); shown figures like 4.5K or 1,2 Mio. are accepted."
)


def _layout(name: str) -> Layout:
    if name not in LAYOUTS:
        raise UsageError(f"no table layout {name!r}; known: {', '.join(LAYOUTS)}")
    return LAYOUTS[name]


def write_template(name: str, path: str | Path, *, force: bool = False) -> Path:
    """Write the layout's template as CSV or XLSX (by the file's extension); an existing file only with `force`."""
    layout = _layout(name)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UsageError(f"{path}: the template is written as .csv or .xlsx; give a file name ending in one of them")
    new_file(path, force=force, what="template")
    with written_whole(path) as temporary:
        (_write_csv if suffix == ".csv" else _write_xlsx)(layout, temporary)
    return path


def _example_row(layout: Layout) -> list[str]:
    row = [c.example for c in layout.columns]
    row[0] = "#" + row[0]
    return row


def _write_csv(layout: Layout, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv_writer(f)
        writer.writerow([f"# reichweite table: {layout.name}. {layout.description}"])
        writer.writerow([f"# {RULES}"])
        for column in layout.columns:
            need = "required" if column.required else "optional"
            writer.writerow([f"# {column.name} ({need}): {column.help}"])
        if layout.one_of:
            writer.writerow([f"# each row needs one of: {', '.join(layout.one_of)}"])
        writer.writerow(["# the row below the header is an example (ignored while it starts with #)"])
        writer.writerow(layout.names)
        writer.writerow(_example_row(layout))


def _write_xlsx(layout: Layout, path: Path) -> None:
    book = workbook(path)
    try:
        bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        example = book.add_format({"italic": True, "font_color": "#808080"})
        when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        sheet = book.add_worksheet(layout.name)
        for col, column in enumerate(layout.columns):
            sheet.write_string(0, col, column.name, bold)
            need = "required" if column.required else "optional"
            sheet.write_comment(0, col, f"{column.name} ({need}): {column.help}", {"x_scale": 2, "y_scale": 2})
            fmt = when if column.name.endswith("_at") else None
            sheet.set_column(col, col, 30 if column.name in ("post_url", "text") else 18, fmt)
        for col, value in enumerate(_example_row(layout)):
            sheet.write_string(1, col, value, example)
        sheet.freeze_panes(1, 0)
        readme = book.add_worksheet("README")
        readme.set_column(0, 0, 16)
        readme.set_column(1, 1, 10)
        readme.set_column(2, 2, 90, wrap)
        readme.set_column(3, 3, 40)
        readme.write_string(0, 0, f"reichweite table: {layout.name}", bold)
        readme.write_string(1, 0, layout.description)
        readme.write_string(2, 0, RULES)
        if layout.one_of:
            readme.write_string(3, 0, f"Each row needs one of: {', '.join(layout.one_of)}.")
        for col, title in enumerate(("column", "required", "meaning", "example")):
            readme.write_string(5, col, title, bold)
        for row, column in enumerate(layout.columns, start=6):
            readme.write_string(row, 0, column.name)
            readme.write_string(row, 1, "yes" if column.required else "no")
            readme.write_string(row, 2, column.help)
            readme.write_string(row, 3, column.example)
    finally:
        book.close()
