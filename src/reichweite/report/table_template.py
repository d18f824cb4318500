"""Writing the CSV/XLSX template of a table layout in German or English: the header row, an example row and an
explanation of every column (# comment rows in CSV, a README/Anleitung sheet in XLSX).

The posts side by side (`posts-wide`) get a column group per account given: `X @fotovorschlag Gefällt mir` … —
the handle in the header, so the filled-in sheet imports without --accounts. Headers are the words `import table`
reads (reichweite.tables.headers); every cell is written as text (reichweite.cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reichweite import registry
from reichweite.cells import csv_writer, workbook
from reichweite.errors import Said, UsageError
from reichweite.outfiles import new_file, written_whole
from reichweite.report.texts.tables import TEXTS
from reichweite.tables.detect import LAYOUTS
from reichweite.tables.headers import WORDS, template_header
from reichweite.tables.tabular import Layout

LANGS = ("de", "en")
WIDE_FIGURES = (*registry.POST_FIGURES, "followers")
_WIDE_EXAMPLE = {"likes": "42", "replies": "3", "reposts": "5", "quotes": "", "views": "1.2K", "followers": ""}


@dataclass(frozen=True, slots=True)
class TemplateColumn:
    header: str
    help: str
    example: str
    required: bool
    when: bool  # a date column (formatted as a date in XLSX)


def _text(key: str, lang: str, **values: object) -> str:
    text = TEXTS[key][lang]
    assert isinstance(text, str)
    return text.format(**values) if values else text


def _column_help(layout: Layout, name: str, lang: str, fallback: str) -> str:
    """A column's explanation in the language: the layout's own text, else the shared one, else the layout's."""
    if name.startswith("option_"):
        return _text("tpl.col.option", lang, n=name.removeprefix("option_"))
    if name.startswith("votes_"):
        return _text("tpl.col.option_votes", lang, n=name.removeprefix("votes_"))
    for key in (f"tpl.{layout.name}.{name}", f"tpl.col.{name}"):
        if key in TEXTS:
            return _text(key, lang, platforms=", ".join(registry.names_with("posts")))
    return fallback


def _long_columns(layout: Layout, lang: str) -> list[TemplateColumn]:
    return [TemplateColumn(template_header(layout.name, c.name, lang), _column_help(layout, c.name, lang, c.help),
                           c.example, c.required, c.name.endswith("_at"))
            for c in layout.columns if c.template]


def _figure_word(field: str, lang: str) -> str:
    return WORDS[field][0] if lang == "de" else field.capitalize()


def _wide_columns(accounts: Sequence[tuple[str, str]], lang: str) -> list[TemplateColumn]:
    if not accounts:
        raise UsageError(Said("template posts --wide: give the accounts side by side, e.g. --accounts "
                              "x:fotovorschlag,bluesky:fotovorschlag.bsky.social", "tab.tpl.wide_accounts"))
    rows = [("created_at", "21.11.2023" if lang == "de" else "2023-11-21", True, True),
            ("text", "Tagesfoto #fotovorschlag", False, False), ("observed_at", "", False, True)]
    columns = [TemplateColumn(template_header("posts", name, lang), _text(f"tpl.wide.{name}", lang), example,
                              required, when) for name, example, required, when in rows]
    rule = _text("tpl.wide.rule", lang)
    for platform, handle in accounts:
        entry = registry.get(platform)
        shown = handle if handle.startswith("@") else f"@{handle}"
        for field in WIDE_FIGURES:
            if field not in entry.figures and (field != "followers" or "followers" not in entry.account_figures):
                continue
            word = _figure_word(field, lang)
            help_ = (_text("tpl.wide.followers", lang, account=f"{entry.label} {shown}", rule=rule)
                     if field == "followers" else
                     _text("tpl.wide.figure", lang, figure=word, account=f"{entry.label} {shown}", rule=rule))
            columns.append(TemplateColumn(f"{entry.label} {shown} {word}", help_, _WIDE_EXAMPLE[field], False,
                                          False))
    return columns


def write_template(name: str, path: str | Path, *, force: bool = False, lang: str = "en",
                   accounts: Sequence[tuple[str, str]] = ()) -> Path:
    """Write the layout's template as CSV or XLSX (by the file's extension) in `lang`; an existing file only with
    `force`. `accounts` ((platform, handle) pairs) make the column groups of posts-wide."""
    if name not in LAYOUTS:
        known = ", ".join(LAYOUTS)
        raise UsageError(Said(f"no table layout {name!r}; known: {known}", "tab.tpl.no_layout", name=repr(name),
                              known=known))
    if lang not in LANGS:
        raise UsageError(Said(f"--lang {lang!r}: use de or en", "tab.tpl.lang", value=repr(lang)))
    layout = LAYOUTS[name]
    columns = _wide_columns(accounts, lang) if name == "posts-wide" else _long_columns(layout, lang)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UsageError(Said(f"{path}: the template is written as .csv or .xlsx; give a file name ending in one of "
                              "them", "error.template_suffix", path=str(path)))
    new_file(path, force=force, what="template")
    with written_whole(path) as temporary:
        (_write_csv if suffix == ".csv" else _write_xlsx)(layout, columns, lang, temporary)
    return path


def written_note(layout: str, path: Path, lang: str) -> str:
    """What the command line says when a template is written: where, and how to import it when filled in."""
    return _text("tpl.written", lang, layout=layout, path=path, command=f"reichweite import table {path}")


def _description(layout: Layout, lang: str) -> str:
    key = f"tpl.layout.{layout.name}"
    return _text(key, lang) if key in TEXTS else layout.description


def _one_of(layout: Layout, lang: str) -> str | None:
    if not layout.one_of:
        return None
    names = ", ".join(template_header(layout.name, c, lang) for c in layout.one_of)
    return _text("tpl.one_of", lang, columns=names)


def _need(column: TemplateColumn, lang: str) -> str:
    return _text("tpl.required" if column.required else "tpl.optional", lang)


def _example_row(columns: list[TemplateColumn]) -> list[str]:
    row = [c.example for c in columns]
    row[0] = "#" + row[0]
    return row


def _write_csv(layout: Layout, columns: list[TemplateColumn], lang: str, path: Path) -> None:
    # German Excel opens ';'-separated files in columns; `import table` reads either
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv_writer(f, delimiter=";" if lang == "de" else ",")
        writer.writerow([f"# {_text('tpl.title', lang, layout=layout.name)}. {_description(layout, lang)}"])
        writer.writerow([f"# {_text('tpl.rules', lang)}"])
        for column in columns:
            writer.writerow([f"# {column.header} ({_need(column, lang)}): {column.help}"])
        if (one_of := _one_of(layout, lang)) is not None:
            writer.writerow([f"# {one_of}"])
        writer.writerow([f"# {_text('tpl.example_row', lang)}"])
        writer.writerow([c.header for c in columns])
        writer.writerow(_example_row(columns))


def _write_xlsx(layout: Layout, columns: list[TemplateColumn], lang: str, path: Path) -> None:
    book = workbook(path)
    try:
        bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        example = book.add_format({"italic": True, "font_color": "#808080"})
        when = book.add_format({"num_format": "dd.mm.yyyy hh:mm" if lang == "de" else "yyyy-mm-dd hh:mm"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        sheet = book.add_worksheet(layout.name)
        for col, column in enumerate(columns):
            sheet.write_string(0, col, column.header, bold)
            sheet.write_comment(0, col, f"{column.header} ({_need(column, lang)}): {column.help}",
                                {"x_scale": 2, "y_scale": 2})
            width = max(18, min(40, len(column.header) + 4))
            sheet.set_column(col, col, 30 if column.header in ("Text", "text", "Link", "post_url") else width,
                             when if column.when else None)
        for col, value in enumerate(_example_row(columns)):
            sheet.write_string(1, col, value, example)
        sheet.freeze_panes(1, 0)
        readme = book.add_worksheet(_text("tpl.readme", lang))
        readme.set_column(0, 0, 28)
        readme.set_column(1, 1, 10)
        readme.set_column(2, 2, 90, wrap)
        readme.set_column(3, 3, 40)
        readme.write_string(0, 0, _text("tpl.title", lang, layout=layout.name), bold)
        readme.write_string(1, 0, _description(layout, lang))
        readme.write_string(2, 0, _text("tpl.rules", lang))
        if (one_of := _one_of(layout, lang)) is not None:
            readme.write_string(3, 0, one_of)
        for col, key in enumerate(("column", "required", "meaning", "example")):
            readme.write_string(5, col, _text(f"tpl.head.{key}", lang), bold)
        for row, column in enumerate(columns, start=6):
            readme.write_string(row, 0, column.header)
            readme.write_string(row, 1, _text("tpl.yes" if column.required else "tpl.no", lang))
            readme.write_string(row, 2, column.help)
            readme.write_string(row, 3, column.example)
    finally:
        book.close()
