"""reichweite: measure and compare reach across Bluesky, X, Mastodon, LinkedIn and Xing.

The Python API (see docs/python.md):

    import reichweite
    store = reichweite.open_store("demo.db")
    result = reichweite.compare(store, "x:tagesfoto", "bluesky:tagesfoto.bsky.social", at="2026-10-21")
    result.table.pairs          # a DataFrame, one row per pair
    result.to_json()            # strict JSON-ready dict

The core: open_store, import_file, collect, compare, posts, accounts, polls, panel_report, languages, triage.
Over time: account_growth (followers, following, posts per day/week/month), linkedin_activity, panel_series.
More: collect_watch_list, account_history, panel_members, import_panel, label_sender, sender_labels,
automated_accounts, write_template, record_jetstream, detect_kind, file_kinds, check_import.
Importing the package loads none of them until first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "account_growth",
    "account_history",
    "accounts",
    "automated_accounts",
    "check_import",
    "collect",
    "compare",
    "detect_kind",
    "file_kinds",
    "import_file",
    "import_panel",
    "label_sender",
    "languages",
    "linkedin_activity",
    "open_store",
    "panel_members",
    "panel_report",
    "panel_series",
    "polls",
    "posts",
    "record_jetstream",
    "sender_labels",
    "triage",
    "write_template",
    "collect_watch_list",
]

if TYPE_CHECKING:
    from reichweite.api import (
        account_history,
        accounts,
        automated_accounts,
        check_import,
        collect,
        collect_watch_list,
        compare,
        detect_kind,
        file_kinds,
        import_file,
        import_panel,
        label_sender,
        languages,
        open_store,
        panel_members,
        panel_report,
        polls,
        posts,
        record_jetstream,
        sender_labels,
        triage,
        write_template,
    )
    from reichweite.api_over_time import account_growth, linkedin_activity, panel_series

# the functions living in a module of their own beside reichweite.api
_MODULES = {name: "reichweite.api_over_time" for name in ("account_growth", "linkedin_activity", "panel_series")}


def __getattr__(name: str) -> Any:
    """The API functions, imported on first use (so `import reichweite` and `reichweite --help` stay quick)."""
    if name in __all__:
        from importlib import import_module

        return getattr(import_module(_MODULES.get(name, "reichweite.api")), name)
    raise AttributeError(f"module 'reichweite' has no attribute {name!r}")
