"""The polls section: terminal text, JSON, an HTML section other reports include, and an Excel sheet.

Other reports include the section with
`{% from "polls_section.html.j2" import polls_section with context %}{{ polls_section(polls, lang) }}`
after passing `polls=polls_context(results)` (and texts holding the polls texts, see report/texts/polls.py).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.analysis.polls import PollResult
from reichweite.report.charts.base import Caption
from reichweite.report.charts.polls import poll_options
from reichweite.report.charts.render import save_both
from reichweite.report.columns import coded, header, platform_name
from reichweite.report.excel import Col, check_rows, open_workbook, write_notes, write_sheet
from reichweite.report.html import render_html
from reichweite.report.i18n import format_moment, format_number, format_percent, resolve_lang
from reichweite.report.texts import Texts, common, polls
from reichweite.timeutil import REPORT_TZ

T = Texts(common.TEXTS, polls.TEXTS)



def polls_json(polls: list[PollResult], at: datetime, left_out: int = 0) -> dict[str, Any]:
    return {"as_of": at.isoformat(), "definition": "participation = votes / views",
            "left_out_followers_only": left_out, "polls": [asdict(p) for p in polls]}


def _account(p: PollResult) -> str:
    return f"{platform_name(p.platform)} {p.author if p.author.startswith('@') else '@' + p.author}"


def polls_text(polls: list[PollResult], at: datetime, lang: str = "en", left_out: int = 0) -> str:
    """The polls for the terminal, in the report's language; `left_out` followers-only polls are said to be left
    out."""
    when = format_moment(at, lang)
    note = [T.n("polls.left_out", lang, left_out)] if left_out else []
    if not polls:
        return "\n".join([T("polls.none_as_of", lang, when=when), *note])
    lines = [T("polls.text.head", lang, when=when, tz=str(REPORT_TZ)), *note]
    for p in polls:
        lines.append(T("polls.text.poll", lang, account=_account(p), post=p.url or p.native_id,
                       published=format_moment(p.created_at, lang), measured=format_moment(p.observed_at, lang)))
        if p.text:
            lines.append("  " + p.text.replace("\n", " ")[:100])
        lines.append("  " + T("polls.text.figures", lang, votes=format_number(p.votes, lang),
                              voters=format_number(p.voters, lang), views=format_number(p.views, lang),
                              participation=format_percent(p.participation, lang, 1)))
        for o in p.options:
            lines.append("    " + T("polls.text.option", lang, title=o.title, votes=format_number(o.votes, lang),
                                          share=format_percent(o.share, lang, 1),
                                          participation=format_percent(o.participation, lang, 1)))
    return "\n".join(lines)


def polls_sections(polls: list[PollResult], at: datetime, lang: str = "en", left_out: int = 0
                   ) -> list[str | dict[str, Any]]:
    """The polls for a terminal that wraps them: sentences (str) and, per poll, its options as a table (dict:
    title, headers, numeric, rows), in the report's language."""
    when = format_moment(at, lang)
    note = [T.n("polls.left_out", lang, left_out)] if left_out else []
    if not polls:
        return [T("polls.none_as_of", lang, when=when), *note]
    parts: list[str | dict[str, Any]] = [T("polls.text.head", lang, when=when, tz=str(REPORT_TZ)), *note]
    headers = [T("polls.option", lang), T("polls.votes", lang), T("polls.col.option_share", lang),
               T("polls.participation", lang)]
    for p in polls:
        parts.append(T("polls.text.poll", lang, account=_account(p), post=p.url or p.native_id,
                       published=format_moment(p.created_at, lang), measured=format_moment(p.observed_at, lang)))
        if p.text:
            parts.append(p.text.replace("\n", " ")[:100])
        parts.append(T("polls.text.figures", lang, votes=format_number(p.votes, lang),
                       voters=format_number(p.voters, lang), views=format_number(p.views, lang),
                       participation=format_percent(p.participation, lang, 1)))
        if p.options:
            parts.append({"title": "", "headers": headers, "numeric": [False, True, True, True],
                          "rows": [[o.title, format_number(o.votes, lang), format_percent(o.share, lang, 1),
                                    format_percent(o.participation, lang, 1)] for o in p.options]})
    return parts


def chart_specs(polls: list[PollResult], at: datetime, lang: str) -> dict[str, dict[str, Any]]:
    """The polls chart as a Vega-Lite spec (options by share of votes, one block per poll); none without options."""
    rows = []
    for p in polls:
        heading = f"{_account(p)}: {(p.text or p.native_id).replace(chr(10), ' ')[:90]}"
        if p.participation is not None:
            heading += " · " + T("polls.chart.participation", lang, share=format_percent(p.participation, lang, 1))
        for o in p.options:
            if o.share is None:
                continue
            label = T.n("polls.chart.votes", lang, o.votes or 0) + " · " + format_percent(o.share, lang, 0)
            rows.append({"poll": heading, "platform": p.platform, "option": o.title, "votes": o.votes,
                         "share": o.share, "label": label})
    if not rows:
        return {}
    caption = Caption(T("polls.title", lang), (
        T("polls.chart.as_of", lang, when=format_moment(at, lang), tz=str(REPORT_TZ)),
        T("polls.chart.source", lang),
    ))
    frame = pd.DataFrame(rows)
    return {"polls": poll_options(frame, caption, lang, share_title=T("polls.chart.share", lang))}


def polls_context(polls: list[PollResult]) -> list[dict[str, Any]]:
    return [asdict(p) for p in polls]


def polls_frame(polls: list[PollResult]) -> pd.DataFrame:
    """One row per option (the poll's own figures repeated), for Excel."""
    rows = []
    for p in polls:
        for o in p.options or [None]:  # type: ignore[list-item]
            rows.append({
                "platform": p.platform, "author": p.author, "post": p.native_id, "url": p.url,
                "published": p.created_at, "measured": p.observed_at, "source": p.source, "text": p.text,
                "votes": p.votes, "voters": p.voters, "views": p.views, "participation": p.participation,
                "option": o.title if o else None, "option_votes": o.votes if o else None,
                "option_share": o.share if o else None, "option_participation": o.participation if o else None,
            })
    return pd.DataFrame(rows)


def write_workbook(polls: list[PollResult], path: Path, at: datetime, lang: str) -> Path:
    """One row per option (the poll's own figures repeated) and the notes."""
    frame = polls_frame(polls)
    columns = [
        Col("platform", T("col.platform", lang), words=platform_name), Col("author", T("col.account", lang)),
        Col("post", T("col.native_id", lang), "id"), Col("url", T("col.url", lang), "url"),
        Col("published", header("created_at", lang), "moment"), Col("measured", header("observed_at", lang), "moment"),
        Col("source", T("col.source", lang), words=coded("source", lang)), Col("text", T("col.text", lang)),
        Col("votes", T("polls.votes", lang), "count"), Col("voters", T("polls.voters", lang), "count"),
        Col("views", T("polls.views", lang), "count"), Col("participation", T("polls.participation", lang), "share"),
        Col("option", T("polls.option", lang)), Col("option_votes", T("polls.col.option_votes", lang), "count"),
        Col("option_share", T("polls.col.option_share", lang), "share"),
        Col("option_participation", T("polls.col.option_participation", lang), "share"),
    ]
    check_rows(T("polls.title", lang), len(frame))
    book = open_workbook(path)
    write_sheet(book, T("polls.title", lang), frame, columns, lang)
    notes = [(T("notes.definitions", lang), T("polls.definition", lang)),
             (T("notes.definitions", lang), T("polls.chart.source", lang)),
             (T("notes.timezone", lang), T("notes.timezone_text", lang, tz=str(REPORT_TZ))),
             (T("notes.provenance", lang), T("polls.as_of", lang, when=format_moment(at, lang))),
             (T("notes.provenance", lang), T("notes.missing", lang))]
    write_notes(book, T("notes.sheet", lang), (T("notes.section", lang), T("notes.text", lang)), notes, lang)
    book.close()
    return path


def write_polls_report(polls: list[PollResult], out: Path, at: datetime, lang: str | None = None,
                       left_out: int = 0) -> list[Path]:
    """polls.html, polls.xlsx and (when a poll has options with votes) polls.png and polls.svg in `out`;
    `left_out` followers-only polls are said to be left out."""
    lang = resolve_lang(lang)
    charts = {stem: save_both(spec, out / stem) for stem, spec in chart_specs(polls, at, lang).items()}
    html = render_html("polls.html.j2", out / "polls.html", lang, T, polls=polls_context(polls), as_of=at,
                       charts=charts, platform_name=platform_name, left_out=left_out)
    xlsx = write_workbook(polls, out / "polls.xlsx", at, lang)
    return [html, xlsx, *(path for both in charts.values() for path in both.values())]
