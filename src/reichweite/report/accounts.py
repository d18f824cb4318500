"""`reichweite accounts` for people: followers, following and posts per account, in the report's language."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reichweite.report.i18n import format_moment, format_number
from reichweite.report.texts import Texts, accounts, common
from reichweite.timeutil import REPORT_TZ

T = Texts(common.TEXTS, accounts.TEXTS)


def none_found(target: str, when: datetime, lang: str) -> str:
    """What `reichweite accounts` says (on stderr) when it has no figures."""
    return T("accounts.none", lang, target=target, when=format_moment(when, lang))


def terminal_lines(rows: list[dict[str, Any]], when: datetime, lang: str) -> list[str]:
    """What `reichweite accounts` prints for its rows, in the report's language."""
    lines = [T("accounts.head", lang, when=format_moment(when, lang), tz=str(REPORT_TZ))]
    for r in rows:
        cells = [f"{T('accounts.' + name, lang)} {format_number(r.get(name), lang)}"
                 for name in ("followers", "following", "posts")]
        shown = f" ({T('accounts.shown', lang, shown=r['followers_shown'])})" if r.get("followers_shown") else ""
        account = f"{r['platform']}:{r['handle']}"  # as typed on the command line
        lines.append(f"  {account}  {', '.join(cells)}{shown}  "
                     f"{T('accounts.measured', lang, when=format_moment(r['observed_at'], lang))}")
    return lines
