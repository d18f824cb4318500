"""The Python API for what the detectors find in streams and exports: language shares of Bluesky posts, LinkedIn
senders that look like bots or funnel pitches (and the user's verdicts on them), accounts that post like machines.
Each needs an extra (`languages`, `automation`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reichweite.api.arguments import StoreLike, report_lang, store_of
from reichweite.results import AutomatedAccounts, SenderTriage

if TYPE_CHECKING:

    from reichweite.jobs.languages import LanguageShares

def languages(
    files: Sequence[str | Path], *, engine: str = "duckdb", detect: str = "missing", by: str = "day",
    tz: str = "UTC", share_of: str | None = None, threshold: float = 0.3, second_stage: bool = True,
    workers: int = 1, memory_limit: str | None = None, out: str | Path | None = None, lang: str | None = None,
    progress: Callable[[str, int, int | None], None] | None = None,
) -> LanguageShares:
    """Language shares of Bluesky posts in Jetstream files (declared: first, any, none; and detected) per day,
    week or month; with `share_of` one language's share with its 95 % Wilson interval. Needs the `languages`
    extra (and `spark` for engine='spark')."""
    from reichweite.extras import need

    need("languages", "languages")
    if engine == "spark":
        need("spark", "languages --engine spark")
    from reichweite.jobs.languages import language_shares

    return language_shares(
        files, engine=engine, detect=detect, by=by, tz=tz, lang=share_of, out=Path(out) if out else None,
        report_lang=report_lang(lang), threshold=threshold, second_stage=second_stage, progress=progress,
        detect_workers=workers, memory_limit=memory_limit)


def triage(export: str | Path, *, store: StoreLike = None, owner: str | None = None, out: str | Path | None = None,
           lang: str | None = None, show_names: bool = False) -> SenderTriage:
    """Rank every inbound sender of a LinkedIn member export (messages, invitations) by how likely they are a bot or
    a funnel pitch, with reasons; labels stored in `store` (if it exists) train the model. With `out` an xlsx and
    HTML report (names only with show_names). Needs the `automation` extra."""
    from reichweite.errors import NoStore
    from reichweite.extras import need

    need("automation", "automation linkedin")
    from reichweite.jobs import automation

    try:
        engine = store_of(store, create=False).engine
    except NoStore:
        engine = None  # no labels yet: scoring needs none
    language = report_lang(lang)
    found = SenderTriage(automation.automation_linkedin(Path(export), engine=engine, owner=owner), language)
    if out is not None:
        found.files = automation.write_linkedin_report(found.result, Path(out), language, show_names=show_names)
    return found


def label_sender(store: StoreLike, sender: str, verdict: str, *, export: str | Path | None = None,
                 owner: str | None = None) -> Any:
    """Store the user's verdict ('spam' or 'ok') on a sender of `triage`; with the export its texts are kept to
    train the model."""
    from reichweite.extras import need

    need("automation", "automation label")
    from reichweite.jobs.automation import label_sender as run

    return run(store_of(store, create=True).engine, sender, verdict, export=Path(export) if export else None,
               owner=owner)


def sender_labels(store: StoreLike) -> list[Any]:
    """The labels given so far."""
    from reichweite.store.queries_automation import load_labels

    with store_of(store, create=False).engine.connect() as conn:
        return list(load_labels(conn, "linkedin"))


def automated_accounts(files: Sequence[str | Path], *, min_posts: int = 2, top: int | None = None,
                       lang: str | None = None) -> AutomatedAccounts:
    """Accounts in a Jetstream post stream that post like machines (cadence, same second, repeated texts, links,
    volume), highest score first."""
    from reichweite.jobs.automation import automation_accounts

    language = report_lang(lang)
    result, stats = automation_accounts([Path(f) for f in files], min_posts=min_posts)
    return AutomatedAccounts(result, stats, language, top)
