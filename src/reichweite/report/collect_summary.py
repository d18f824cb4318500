"""What `reichweite collect …` and the watch list say, in German or English: the summary line of a run and the
reason of a wait. The texts live in report/texts/collect.py; the English line is also the `summary` of the Python
API's results."""

from __future__ import annotations

from typing import Any

from reichweite.report.messages import T, say


def collect_line(result: Any, lang: str) -> str:
    """'bluesky anna.bsky.social: ok; 12 posts read in 1 page (12 new, 0 known), 12 post snapshots, 1 account
    snapshot' — or the same in German."""
    status = f"col.status.{result.status}"
    text = T("col.line", lang, platform=result.platform, handle=result.handle,
             resumed=T("col.resumed", lang) if result.resumed_from else "",
             status=T(status, lang) if status in T else result.status,
             seen=T.n("imp.n.posts", lang, result.posts_seen), pages=T.n("col.pages", lang, result.pages),
             new=T.n("imp.n.new", lang, result.posts_new), known=T.n("imp.n.known", lang, result.posts_known),
             snapshots=T.n("col.snapshots", lang, result.snapshots),
             accounts=T.n("col.accounts", lang, result.account_snapshots))
    for name in ("remeasured", "skipped", "older", "private", "direct"):
        if count := getattr(result, name):
            text += T.n(f"col.{name}", lang, count)
    if result.message:
        text += T("col.message", lang, message=say(result.message, lang))
    return text
