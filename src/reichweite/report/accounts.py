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


def accounts_table(rows: list[dict[str, Any]], when: datetime, lang: str) -> dict[str, Any]:
    """What `reichweite accounts` prints for its rows, in the report's language: the title, headers, which columns
    hold figures and the cells (the account as typed on the command line; followers with the figure the platform
    showed, when it showed a rounded one)."""
    headers = [T("col.account", lang), *(T(f"accounts.col.{name}", lang) for name in ("followers", "following",
                                                                                      "posts")),
               T("col.observed_at", lang)]
    cells = []
    for r in rows:
        shown = f" ({T('accounts.shown', lang, shown=r['followers_shown'])})" if r.get("followers_shown") else ""
        cells.append([f"{r['platform']}:{r['handle']}", format_number(r.get("followers"), lang) + shown,
                      format_number(r.get("following"), lang), format_number(r.get("posts"), lang),
                      format_moment(r["observed_at"], lang)])
    return {"title": T("accounts.head", lang, when=format_moment(when, lang), tz=str(REPORT_TZ)),
            "headers": headers, "numeric": [False, True, True, True, False], "rows": cells}
