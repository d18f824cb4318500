"""The automation report: a ranked sender table as xlsx and self-contained HTML, in German or English.

Takes the rows prepared by jobs.automation (already pseudonymised unless the user asked for names); computes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.analysis.automation.scoring import Signal
from reichweite.report.excel import open_workbook, write_frame
from reichweite.report.html import render_html
from reichweite.report.i18n import format_number
from reichweite.report.texts import Texts, automation, common

T = Texts(common.TEXTS, automation.TEXTS)
t = T


def _points(points: float, lang: str) -> str:
    text = format_number(points, lang, 2).rstrip("0").rstrip(",.")
    return ("+" if points > 0 else "") + text


def reason_text(signal: Signal, lang: str) -> str:
    """One signal in words, with its points: 'promises money or income (passive income) +2.5'."""
    evidence = ", ".join(signal.evidence[:4])
    if signal.name == "pitch_after_invitation" and signal.evidence == ["0"]:
        text = T("automation.signal.pitch_in_invitation", lang)
    elif signal.name == "template":
        text = T("automation.signal.template", lang, n=len(signal.evidence), evidence=evidence)
    else:
        text = T(f"automation.signal.{signal.name}", lang, evidence=evidence)
    return f"{text} {_points(signal.points, lang)}"


def reasons(signals: list[Signal], lang: str) -> list[str]:
    """Reasons strongest first (negative points last)."""
    return [reason_text(s, lang) for s in sorted(signals, key=lambda s: -s.points)]


def account_reasons(signals: list[Signal], lang: str) -> list[str]:
    """An account's signals in words, strongest first."""
    return [f"{T(f'automation.account.{s.name}', lang).format(*s.evidence)} {_points(s.points, lang)}"
            for s in sorted(signals, key=lambda s: -s.points)]


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
                url_columns=("URL",), lang=lang)
    signals = pd.DataFrame(
        [
            {
                t("automation.col.rank", lang): r["rank"],
                t("automation.col.sender", lang): r["from"],
                t("automation.col.signal", lang): s["signal"],
                t("automation.col.points", lang): s["points"],
                t("automation.col.evidence", lang): ", ".join(s["evidence"]),
            }
            for r in rows
            for s in r["signals"]
        ]
    )
    write_frame(book, t("automation.col.signal", lang), signals, text_columns=(t("automation.col.evidence", lang),),
                lang=lang)
    book.close()
    html = render_html(
        "automation.html.j2", out / "automation-linkedin.html", lang, T,
        rows=rows, summary=summary, model=model, advice=advice, show_names=show_names,
    )
    return [xlsx, html]
