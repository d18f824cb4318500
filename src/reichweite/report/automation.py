"""The automation report: a ranked sender table as xlsx and self-contained HTML, in German or English.

Takes the rows prepared by jobs.automation (already pseudonymised unless the user asked for names); computes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.report.excel import open_workbook, write_frame
from reichweite.report.html import render_html
from reichweite.report.i18n import t


def _frame(rows: Sequence[dict[str, Any]], lang: str, show_names: bool) -> pd.DataFrame:
    columns = {
        t("automation.col.rank", lang): [r["rank"] for r in rows],
        t("automation.col.sender", lang): [r["from"] for r in rows],
        t("automation.col.score", lang): [r["score"] for r in rows],
        t("automation.col.flagged", lang): [bool(r["flagged"]) for r in rows],
        t("automation.col.scored_by", lang): [t(f"automation.scored_by.{r['scored_by']}", lang) for r in rows],
        t("automation.col.points", lang): [r["points"] for r in rows],
        t("automation.col.reasons", lang): ["\n".join(r["reasons"]) for r in rows],
        t("automation.col.messages", lang): [r["messages"] for r in rows],
        t("automation.col.invitations", lang): [r["invitations"] for r in rows],
        t("automation.col.first_contact", lang): [r["first_contact"] for r in rows],
    }
    if show_names:
        columns["URL"] = [r["profile_url"] for r in rows]
        columns[t("automation.col.text", lang)] = ["\n---\n".join(r.get("texts", [])) for r in rows]
    return pd.DataFrame(columns)


def write_senders_report(
    rows: Sequence[dict[str, Any]],
    out: Path,
    lang: str,
    *,
    summary: str,
    model: str,
    advice: Sequence[str],
    show_names: bool,
) -> list[Path]:
    """automation-linkedin.xlsx (ranking, signals) and automation-linkedin.html in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    xlsx = out / "automation-linkedin.xlsx"
    book = open_workbook(xlsx)
    frame = _frame(rows, lang, show_names)
    write_frame(book, t("automation.col.sender", lang), frame, text_columns=(t("automation.col.sender", lang),),
                url_columns=("URL",))
    signals = pd.DataFrame(
        [
            {
                t("automation.col.rank", lang): r["rank"],
                t("automation.col.sender", lang): r["from"],
                t("automation.col.signal", lang): s["signal"],
                t("automation.col.points", lang): s["points"],
                "Evidence": ", ".join(s["evidence"]),
            }
            for r in rows
            for s in r["signals"]
        ]
    )
    write_frame(book, t("automation.col.signal", lang), signals, text_columns=("Evidence",))
    book.close()
    html = render_html(
        "automation.html.j2", out / "automation-linkedin.html", lang,
        rows=rows, summary=summary, model=model, advice=advice, show_names=show_names,
    )
    return [xlsx, html]
