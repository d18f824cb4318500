"""The polls section: terminal text, JSON, an HTML section other reports include, and an Excel sheet.

Other reports include the section with
`{% from "polls_section.html.j2" import polls_section %}{{ polls_section(polls, lang) }}`
after passing `polls=polls_context(results)`.
"""

from __future__ import annotations

import textwrap
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.analysis.polls import PollResult
from reichweite.report.excel import open_workbook, write_frame
from reichweite.report.html import local_time, render_html
from reichweite.report.i18n import format_number, register, resolve_lang, t
from reichweite.timeutil import REPORT_TZ

register({
    "polls.title": {"de": "Umfragen", "en": "Polls"},
    "polls.none": {"de": "Keine Umfragen im Zeitraum.", "en": "No polls in the period."},
    "polls.as_of": {"de": "Stand: {when}", "en": "As of {when}"},
    "polls.post": {"de": "Beitrag", "en": "Post"},
    "polls.published": {"de": "Veröffentlicht", "en": "Published"},
    "polls.measured": {"de": "Gemessen", "en": "Measured"},
    "polls.option": {"de": "Option", "en": "Option"},
    "polls.votes": {"de": "Stimmen", "en": "Votes"},
    "polls.voters": {"de": "Abstimmende", "en": "Voters"},
    "polls.views": {"de": "Aufrufe", "en": "Views"},
    "polls.share": {"de": "Anteil", "en": "Share"},
    "polls.left_out": {
        "de": "{n} Umfrage(n) nur für Follower sind nicht enthalten (mit --visibility private einbeziehen).",
        "en": "{n} followers-only poll(s) left out (include them with --visibility private).",
    },
    "polls.participation": {"de": "Beteiligung", "en": "Participation"},
    "polls.definition": {
        "de": "Beteiligung = Stimmen / Aufrufe des Beitrags (Stand der letzten Messung bis zum Stichtag). "
              "Wo die Plattform keine Aufrufe zeigt (Mastodon, Bluesky), ist die Beteiligung unbekannt (–), nicht 0.",
        "en": "Participation = votes / views of the post (latest measurement up to the as-of date). "
              "Where the platform shows no views (Mastodon, Bluesky) participation is unknown (–), not 0.",
    },
})


def polls_json(polls: list[PollResult], at: datetime, left_out: int = 0) -> dict[str, Any]:
    return {"as_of": at.isoformat(), "definition": "participation = votes / views",
            "left_out_followers_only": left_out, "polls": [asdict(p) for p in polls]}


def _pct(value: float | None, lang: str = "en") -> str:
    return "–" if value is None else format_number(value * 100, lang, 1) + " %"


def _num(value: int | None, lang: str = "en") -> str:
    return format_number(value, lang)


def polls_text(polls: list[PollResult], at: datetime, left_out: int = 0, width: int = 80) -> str:
    """The polls for a terminal of `width` columns: ids and links on lines of their own, texts wrapped."""
    note = f"\n{t('polls.left_out', 'en', n=left_out)}" if left_out else ""
    when = f"{local_time(at)} ({REPORT_TZ.key})"
    if not polls:
        return f"No polls as of {when}.{note}"
    lines = [f"Polls as of {when}", f"(participation = votes / views; – = unknown){note}"]
    for p in polls:
        lines += [f"{p.platform}:{p.author}", f"  {p.url or p.native_id}",
                  f"  published {local_time(p.created_at)}, measured {local_time(p.observed_at)}"]
        if p.text:
            lines += textwrap.wrap(" ".join(p.text.split()), max(width, 40) - 2, initial_indent="  ",
                                   subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
        lines.append(f"  votes {_num(p.votes)}, voters {_num(p.voters)}, views {_num(p.views)}, "
                     f"participation {_pct(p.participation)}")
        for o in p.options:
            lines.append(f"    {o.title}: {_num(o.votes)} ({_pct(o.share)} of votes, participation "
                         f"{_pct(o.participation)})")
    return "\n".join(lines)


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


def write_polls_report(
    polls: list[PollResult], out: Path, at: datetime, lang: str | None = None, left_out: int = 0
) -> list[Path]:
    """polls.html and polls.xlsx; `left_out` followers-only polls are said to be left out."""
    lang = resolve_lang(lang)
    html = render_html("polls.html.j2", out / "polls.html", lang, polls=polls_context(polls), as_of=at,
                       left_out=left_out)
    xlsx = out / "polls.xlsx"
    book = open_workbook(xlsx)
    write_frame(book, "polls", polls_frame(polls), text_columns=("post",), url_columns=("url",))
    book.close()
    return [html, xlsx]
