"""What `reichweite import …` says when a file is in, in German or English: one summary line per kind of file (and
the lines of the LinkedIn imports' overviews). Each function reads an importer's result object; the texts live in
report/texts/imports.py. The English lines are also the `summary` of the Python API's results."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from babel.dates import format_datetime

from reichweite.report.i18n import babel_locale, format_day, format_number
from reichweite.report.texts import Texts, common, imports

T = Texts(common.TEXTS, imports.TEXTS)


def utc_moment(value: datetime, lang: str, *, seconds: bool = False) -> str:
    """A moment in UTC, said so: '2026-07-20 09:00 UTC' (en, as the machine output has it), '20.07.2026, 09:00 UTC'
    (de)."""
    value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    if lang == "en":
        return value.strftime("%Y-%m-%d %H:%M:%S UTC" if seconds else "%Y-%m-%d %H:%M UTC")
    pattern = "dd.MM.yyyy, HH:mm:ss" if seconds else "dd.MM.yyyy, HH:mm"
    return format_datetime(value, pattern, tzinfo=UTC, locale=babel_locale(lang)) + " UTC"


def summary_day(value: object, lang: str) -> str:
    """A day: ISO in English (as before, and as scripts read it), the German way in German ('30.06.2019')."""
    day = date.fromisoformat(str(value)[:10]) if isinstance(value, str) else value
    if lang == "en" or not isinstance(day, date):
        return str(value)[:10] if isinstance(value, str) else day.isoformat()  # type: ignore[union-attr]
    return format_day(day, lang)


def _word(prefix: str, name: str, lang: str) -> str:
    """A named thing (a part, a layout, a figure) in the language; one without a text keeps its name."""
    key = f"{prefix}.{name}"
    return T(key, lang) if key in T else name.replace("_", " ")


def _counted(prefix: str, counts: Iterable[tuple[str, int]], lang: str) -> str:
    """'3 neue Beiträge, 5 Messungen gespeichert' from {'posts_new': 3, 'snapshots_added': 5}."""
    shown = []
    for name, n in counts:
        key = f"{prefix}.{name}"
        shown.append(T.n(key, lang, n) if key in T else f"{format_number(n, lang)} {name.replace('_', ' ')}")
    return ", ".join(shown)


def x_archive(result: Any, lang: str) -> str:
    extra = ""
    if result.earlier_versions:
        extra += "; " + T.n("imp.x.earlier", lang, result.earlier_versions)
    if result.notes:
        extra += "; " + T.n("imp.x.long", lang, result.long_posts)
        if result.notes > result.long_posts:
            extra += T.n("imp.x.unmatched_notes", lang, result.notes - result.long_posts,
                         total=format_number(result.notes, lang))
        if result.completed:
            extra += T.n("imp.x.completed", lang, result.completed)
    source = T("imp.x.from_manifest" if result.observed_from == "manifest" else "imp.x.from_mtime", lang,
               file=result.observed_file)
    return T("imp.x.line", lang, author=result.author, posts=T.n("imp.n.posts", lang, result.posts),
             new=T.n("imp.n.new", lang, result.posts_new),
             known=T.n("imp.n.known", lang, result.posts - result.posts_new),
             reposts=T.n("imp.n.reposts", lang, result.reposts), replies=T.n("imp.n.replies", lang, result.replies),
             extra=extra, snapshots=T.n("imp.n.snapshots_added", lang, result.snapshots_added),
             when=utc_moment(result.observed_at, lang, seconds=True), source=source)


def mastodon_archive(result: Any, lang: str) -> str:
    return T("imp.mastodon.line", lang, handle=result.handle or T("imp.mastodon.unknown", lang),
             items=T.n("imp.mastodon.items", lang, result.posts),
             own=T.n("imp.mastodon.own", lang, result.posts - result.boosts),
             boosts=T.n("imp.mastodon.boosts", lang, result.boosts), new=T.n("imp.n.new", lang, result.new),
             private=T.n("imp.private", lang, result.private) if result.private else "",
             direct=T.n("imp.direct", lang, result.direct), skipped=T.n("imp.mastodon.skipped", lang, result.skipped))


def table(result: Any, lang: str) -> str:
    pieces = []
    for layout, sheet, rows, counts in result.parts:
        pieces.append(T("imp.table.part", lang, layout=_word("imp.layout", layout, lang),
                        sheet=f" [{sheet}]" if sheet else "", rows=T.n("imp.n.rows", lang, rows),
                        counts=_counted("imp.count", counts.items(), lang)))
    span = "-"
    if result.first_observed:
        span = utc_moment(result.first_observed, lang)
        if result.last_observed != result.first_observed:
            span += f" … {utc_moment(result.last_observed, lang)}"
    line = T("imp.table.line", lang, file=result.path.name, parts="; ".join(pieces), span=span,
             source=T("imp.table.from_at" if result.at_given else "imp.table.from_column", lang))
    if result.stand_ins:
        shown = ", ".join(result.stand_ins[:3])
        if len(result.stand_ins) > 3:
            shown += T.n("imp.table.in_all", lang, len(result.stand_ins))
        line += T("imp.table.stand_ins", lang, shown=shown)
    return line


def companies(summary: dict, lang: str) -> str:
    """The one line of a company-figures import (`import companies`, `import company-page`)."""
    dates = summary["dates"]
    span = (f"{summary_day(dates[0], lang)} … {summary_day(dates[-1], lang)}" if dates
            else T("imp.companies.no_dates", lang))
    return T("imp.companies.line", lang, file=summary["file"], rows=T.n("imp.n.rows", lang, summary["rows"]),
             added=T.n("imp.companies.added", lang, summary["added"]),
             stored=T.n("imp.companies.stored", lang, summary["already_stored"]),
             new_companies=T.n("imp.companies.new", lang, summary["new_companies"]),
             companies=T.n("imp.companies.companies", lang, summary["companies"]),
             platforms=", ".join(summary["platforms"]), dates=T.n("imp.companies.dates", lang, len(dates)),
             span=span)


def _added(added: dict[str, int], lang: str, prefix: str) -> str:
    return ", ".join(f"{format_number(n, lang)} {_word(prefix, part, lang)}" for part, n in added.items())


def member_export(result: Any, file: str, lang: str) -> str:
    return T("imp.li.export.line", lang, file=file, layout=result.layout,
             added=_added(result.added, lang, "imp.li.part"))


def member_export_overview(result: Any, path: object, lang: str) -> tuple[list[str], list[str]]:
    """The overview of a member export: (lines for stdout, notes for stderr)."""
    whose = result.owner or T("imp.li.export.unknown", lang)
    if result.owner_from == "files beside it":
        whose += T("imp.li.export.beside", lang)
    lines = [T("imp.li.export.title", lang, layout=result.layout, whose=whose, path=path)]
    names = {part: _word("imp.li.part", part, lang) for part in result.added}  # the export's parts, in its order
    width = max(12, *(len(n) for n in names.values()), len(T("imp.li.export.part", lang)))
    lines.append(f"  {T('imp.li.export.part', lang):{width}} {T('imp.li.export.read', lang):>7} "
                 f"{T('imp.li.export.new', lang):>7}")
    for part, name in names.items():
        if part in result.failed:
            lines.append(f"  {name:{width}} {T('imp.li.export.failed', lang):>7} {'-':>7}")
        elif part in result.files or result.read.get(part):
            shown = f"  ({result.encodings[part]})" if part in result.encodings else ""
            lines.append(f"  {name:{width}} {format_number(result.read[part], lang):>7} "
                         f"{format_number(result.added[part], lang):>7}{shown}")
    missing = [_word("imp.li.part", p, lang) for p in result.added if p not in result.files and p not in result.failed]
    if missing:
        lines.append("  " + T("imp.li.export.missing", lang, parts=", ".join(missing)))
    notes = ["  " + T("imp.li.export.copies", lang, part=_word("imp.li.part", part, lang),
                      file=result.files.get(part, T("imp.li.export.shallowest", lang)), copies=", ".join(copies))
             for part, copies in result.duplicates.items()]
    return lines, notes


def not_imported(part: str, why: str, lang: str) -> str:
    from reichweite.report.messages import say

    return T("imp.li.export.not_imported", lang, part=_word("imp.li.part", part, lang), why=say(why, lang))


def follower_note(key: str, values: dict[str, Any], lang: str) -> str:
    """One note on how a page's follower counts were told (keys imp.li.follow.*)."""
    shown = {k: format_number(v, lang) if isinstance(v, int) else v for k, v in values.items()}
    if "day" in values:
        shown["day"] = summary_day(values["day"], lang)
    return T(key, lang, **shown)


def page_exports(result: Any, files: str, lang: str) -> str:
    line = T("imp.li.page.line", lang, files=files, added=_added(result.added, lang, "imp.li.what"))
    notes = " ".join(follower_note(key, values, lang) for key, values in result.follower_notes)
    return f"{line}. {notes}".strip()


def page_exports_overview(result: Any, lang: str) -> tuple[list[str], list[str]]:
    """The overview of LinkedIn analytics exports: (lines for stdout, notes for stderr)."""
    lines, notes = [], []
    for f in result.files:
        sheets = ", ".join(f"{name} ({_word('imp.li.what', kind, lang)})" for name, kind in f.sheets.items())
        read = ", ".join(f"{format_number(n, lang)} {_word('imp.li.what', what, lang)}" for what, n in f.read.items()
                         if n)
        if f.kind == "creator":
            window = f", {summary_day(f.window[0], lang)} … {summary_day(f.window[1], lang)}" if f.window else ""
            figures = ", ".join(T(key, lang, n=format_number(n, lang)) for key, n in (
                ("imp.li.page.impressions", f.impressions), ("imp.li.page.reached", f.members_reached))
                if n is not None)
            lines.append(T("imp.li.page.creator", lang, file=f.path.name, page=f.page, window=window,
                           figures=f" ({figures})" if figures else "", when=utc_moment(f.observed_at, lang)))
        else:
            columns = T("imp.li.page.de_columns" if f.language == "de" else "imp.li.page.en_columns", lang)
            lines.append(T("imp.li.page.page", lang, file=f.path.name, page=f.page, columns=columns,
                           when=utc_moment(f.observed_at, lang)))
        lines.append("  " + T("imp.li.page.sheets", lang, sheets=sheets))
        lines.append("  " + T("imp.li.page.read", lang, read=read or T("imp.li.page.nothing", lang)))
        notes += ["  " + T("imp.li.page.unread", lang, sheet=sheet, names=", ".join(names))
                  for sheet, names in f.unread_columns.items()]
    lines.append(T("imp.li.page.added", lang, added=_added(result.added, lang, "imp.li.what")))
    notes += [follower_note(key, values, lang) for key, values in result.follower_notes]
    return lines, notes


def stored_in(url: str, lang: str) -> str:
    return T("imp.stored_in", lang, db=url)
