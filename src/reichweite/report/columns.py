"""Workbook columns shared by the reports: posts and snapshots worded in the report's language."""

from __future__ import annotations

from collections.abc import Sequence

from reichweite import registry
from reichweite.report.excel import Col
from reichweite.report.texts import Texts, common
from reichweite.timeutil import REPORT_TZ

T = Texts(common.TEXTS)

# the kind of each column a post or snapshot frame can have (see report.excel.KINDS)
POST_KINDS = {
    "native_id": "id", "url": "url", "text": "text", "created_at": "moment", "kind": "text", "likes": "count",
    "replies": "count", "reposts": "count", "quotes": "count", "views": "count", "bookmarks": "count",
    "poll_votes": "count", "poll_voters": "count", "interactions": "count", "observed_at": "moment",
    "source": "text", "origin": "text", "tool_version": "text", "platform": "text",
}


def platform_name(platform: str) -> str:
    return registry.label(platform)


def coded(prefix: str, lang: str):  # type: ignore[no-untyped-def]
    """Words for a coded value ('api' → 'API', 'reply' → 'Antwort'); an unknown code stays as it is."""

    def words(value: object) -> str:
        parts = [f"value.{prefix}.{part}" for part in str(value).split("+")]  # 'archive+manual': two sources
        return " + ".join(T(key, lang) if key in T else key.rsplit(".", 1)[1] for key in parts)

    return words


def header(key: str, lang: str, texts: Texts = T) -> str:
    """A column's header; times name the report's time zone."""
    text = texts(f"col.{key}", lang)
    return T("col.in_tz", lang, header=text, tz=str(REPORT_TZ)) if POST_KINDS.get(key) == "moment" else text


def post_columns(keys: Sequence[str], lang: str, *, prefix: str = "", label: str | None = None) -> list[Col]:
    """Columns of post or snapshot fields (`prefix` + key in the frame), headed 'label: field' when a label is
    given."""
    words = {"source": coded("source", lang), "kind": coded("kind", lang), "platform": platform_name}
    columns = []
    for key in keys:
        text = header(key, lang)
        columns.append(Col(prefix + key, f"{label}: {text}" if label else text, POST_KINDS.get(key, "text"),
                           words.get(key)))
    return columns
