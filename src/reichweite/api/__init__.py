"""The Python API: what `import reichweite` offers, and what the `reichweite` command and the web app call.

Every function takes the store as its first argument: a `Store` from `open_store`, or a path / URL (opened for the
call; functions that only read never create a store). Dates may be given as `datetime` or as text (`2026-10-21`
means the end of that day, Europe/Berlin), durations as `timedelta` or text (`7d`, `12h`), accounts as
`"platform:handle"` or a `(platform, handle)` pair. Results hold DataFrames and say themselves as strict JSON
(`.to_json()`); no function writes a file unless it is given `out`.

One module per kind of work: `arguments` (what every function takes), `sources` (import, collect), `figures`
(compare, posts, accounts, polls), `panels` (company panels, templates), `detection` (languages, triage,
automated accounts); figures over time are in `reichweite.api_over_time`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reichweite.api.arguments import Duration, StoreLike, Target, When, as_of, duration, open_store, target
from reichweite.api.detection import automated_accounts, label_sender, languages, sender_labels, triage
from reichweite.api.figures import account_history, accounts, compare, compare_options, polls, posts
from reichweite.api.panels import import_panel, panel_members, panel_report, write_template
from reichweite.api.sources import (
    check_import,
    collect,
    collect_watch_list,
    detect_kind,
    file_kinds,
    import_file,
    record_jetstream,
)
from reichweite.results import (
    Accounts,
    AutomatedAccounts,
    Collected,
    Imported,
    PanelReport,
    Polls,
    Posts,
    SenderTriage,
    Store,
)

if TYPE_CHECKING:
    from reichweite.analysis.compare_results import CompareOptions, ComparisonResult, SeriesResult

__all__ = [
    "Accounts", "AutomatedAccounts", "Collected", "CompareOptions", "ComparisonResult", "Duration", "Imported",
    "PanelReport", "Polls", "Posts", "SenderTriage", "SeriesResult", "Store", "StoreLike", "Target", "When",
    "account_history", "accounts", "as_of", "automated_accounts", "check_import", "collect", "collect_watch_list",
    "compare", "compare_options", "detect_kind", "duration", "file_kinds", "import_file", "import_panel",
    "label_sender", "languages", "open_store", "panel_members", "panel_report", "polls", "posts", "record_jetstream",
    "sender_labels", "target", "triage", "write_template",
]


def __getattr__(name: str) -> Any:
    """The records of `compare` (ComparisonResult, SeriesResult, CompareOptions), imported on first use."""
    if name in ("ComparisonResult", "SeriesResult", "CompareOptions"):
        from reichweite.analysis import compare_results

        return getattr(compare_results, name)
    raise AttributeError(f"module 'reichweite.api' has no attribute {name!r}")
