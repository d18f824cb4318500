"""Automation jobs: LinkedIn export → sender scores (+ the user's labels and model) → rows for JSON, terminal, report;
and stream files → account scores. The CLI calls these; they can be called from Python as well."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from reichweite.analysis.automation.accounts import MIN_RATE_SPAN, posts_from_events, score_stream
from reichweite.analysis.automation.model import MIN_LABELS, MIN_PER_CLASS, Example, ModelInfo, refine
from reichweite.analysis.automation.model import features as signal_features
from reichweite.analysis.automation.scoring import FLAG_THRESHOLD, SenderScore, score_senders, sender_key
from reichweite.errors import InputError, Said, UsageError
from reichweite.platforms.bluesky.jetstream import ReadStats, iter_events
from reichweite.platforms.linkedin.member_export import read_member_export
from reichweite.report.automation import T as t
from reichweite.report.automation import account_reasons, reasons, write_senders_report
from reichweite.report.i18n import format_number
from reichweite.store.queries_automation import StoredLabel, load_labels, save_label

PLATFORM = "linkedin"
LINK_EVIDENCE = ("calendar_link", "short_link", "messenger")


@dataclass(slots=True)
class LinkedInAutomation:
    export: Path
    owner: str | None
    layout: str
    scores: list[SenderScore]
    model: ModelInfo
    failed: dict[str, str] = field(default_factory=dict)  # part → why its file was not read


def label_key(sender: str) -> str:
    """What the user typed (a name or a profile URL) as a sender key."""
    sender = sender.strip()
    return sender_key(sender, sender if re.match(r"https?://", sender, re.IGNORECASE) else None)


def _match(label: StoredLabel, scores: Sequence[SenderScore]) -> SenderScore | None:
    for score in scores:
        if score.anonymous:  # "LinkedIn Member" names many people: only the label of that conversation applies
            if label.sender == score.key:
                return score
            continue
        names = {sender_key(score.name, None)}
        if label.sender == score.key or label.sender in names or (
            label.sender_name and sender_key(label.sender_name, None) in names
        ):
            return score
    return None


def apply_labels(scores: list[SenderScore], stored: Sequence[StoredLabel]) -> ModelInfo:
    """Match stored labels to this export's senders; labels of senders not in it train the model from their
    saved texts and signals."""
    labels: dict[str, str] = {}
    examples: list[Example] = []
    for label in stored:
        found = _match(label, scores)
        if found is not None:
            labels[found.key] = label.label
        elif label.text is not None and label.features is not None:
            examples.append(Example(label.sender, label.label, label.text,
                                    {k: float(v) for k, v in label.features.items()}))
    _, info = refine(scores, labels, examples)
    return info


def _read_export(export: Path, owner: str | None) -> Any:
    if not export.exists():
        raise InputError(export, Said("no such file or folder (expected a LinkedIn data export, zip or folder)",
                                      "opt.no_export"))
    member = read_member_export(export, owner=owner)
    if member.owner is None and member.messages:
        raise InputError(export, Said("cannot tell which side of the conversations is you; give --owner 'First Last'",
                                      "opt.owner_unknown"))
    return member


def _connected(member: Any) -> dict[str, datetime]:
    out: dict[str, datetime] = {}
    for c in member.connections:
        if c.connected_on is None:
            continue
        when = datetime.combine(c.connected_on, time(0, 0), tzinfo=UTC)
        name = f"{c.first_name} {c.last_name}".strip()
        out[sender_key(name, c.url)] = when
        out[sender_key(name, None)] = when
    return out


def automation_linkedin(
    export: Path, *, engine: sa.Engine | None = None, owner: str | None = None
) -> LinkedInAutomation:
    """Score every inbound sender of a LinkedIn member export; apply the user's labels and model if a store with
    them is given."""
    member = _read_export(export, owner)
    scores = score_senders(member.messages, member.invitations, connected=_connected(member))
    stored: list[StoredLabel] = []
    if engine is not None:
        with engine.connect() as conn:
            stored = load_labels(conn, PLATFORM)
    info = apply_labels(scores, stored)
    return LinkedInAutomation(export, member.owner, member.layout, scores, info, member.failed)


def label_sender(
    engine: sa.Engine, sender: str, label: str, *, export: Path | None = None, owner: str | None = None
) -> StoredLabel:
    """Store the user's verdict on one sender. With an export, the sender's texts and signals are kept too, so
    the label can train the model on later exports as well."""
    label = label.strip().lower()
    if label not in ("spam", "ok"):
        raise UsageError(Said(f"label {label!r}: use spam or ok", "opt.label", value=repr(label)))
    if not sender.strip():
        raise UsageError(Said("SENDER is empty: give a name or a profile URL", "opt.sender_empty"))
    key, name, text, feats = label_key(sender), None, None, None
    if export is not None:
        member = _read_export(export, owner)
        scores = score_senders(member.messages, member.invitations, connected=_connected(member))
        probe = StoredLabel(PLATFORM, key, sender.strip(), label, datetime.now(UTC), None, None)
        found = _match(probe, scores)
        if found is None:
            raise InputError(export, Said(f"no inbound sender {sender!r} in this export", "opt.no_sender",
                                          sender=repr(sender)))
        key, name, text, feats = found.key, found.name, "\n".join(found.texts), signal_features(found)
    with engine.begin() as conn:
        save_label(conn, platform=PLATFORM, sender=key, label=label, sender_name=name or sender.strip(),
                   text=text, features=feats)
    with engine.connect() as conn:
        return next(x for x in load_labels(conn, PLATFORM) if x.sender == key)


def stored_labels(engine: sa.Engine) -> list[StoredLabel]:
    with engine.connect() as conn:
        return load_labels(conn, PLATFORM)


def _mask_link(snippet: str) -> str:
    host = re.sub(r"^https?://", "", snippet).split("/", 1)[0]
    return f"{host}/…" if "/" in snippet else host


def sender_rows(scores: Sequence[SenderScore], lang: str, *, show_names: bool = True) -> list[dict[str, Any]]:
    """One row per sender, ranked: what --json prints and what the report shows.

    Without show_names, senders become "Sender N" (by rank), links lose their paths (they often hold names or
    phone numbers), and texts are left out.
    """
    pseudonym = {s.name: t("automation.pseudonym", lang, n=rank) for rank, s in reversed(list(enumerate(scores, 1)))}
    by_key = {s.key: t("automation.pseudonym", lang, n=rank) for rank, s in enumerate(scores, 1)}
    rows: list[dict[str, Any]] = []
    for rank, score in enumerate(scores, 1):
        signals = []
        for s in score.signals:
            evidence = list(s.evidence)
            if not show_names and s.name == "template":
                evidence = [pseudonym.get(n, "?") for n in evidence]
            elif not show_names and s.name in LINK_EVIDENCE:
                evidence = [_mask_link(e) if "." in e else e for e in evidence]
            signals.append(type(s)(s.name, s.points, evidence))
        row: dict[str, Any] = {
            "rank": rank,
            # an anonymous sender ("LinkedIn Member") is shown with its key, which `automation label` takes
            "from": (score.key if score.anonymous else score.name) if show_names else by_key[score.key],
            "profile_url": score.profile_url if show_names else None,
            "score": score.score,
            "flagged": score.flagged,
            "scored_by": score.scored_by,
            "rule_score": score.rule_score,
            "model_score": score.model_score,
            "label": score.label,
            "points": score.points,
            "reasons": reasons(signals, lang),
            "signals": [{"signal": s.name, "points": s.points, "evidence": s.evidence} for s in signals],
            "messages": score.messages,
            "invitations": score.invitations,
            "first_contact": score.first_contact,
            "last_contact": score.last_contact,
            "replied": score.replied,
        }
        if score.label:
            row["reasons"].insert(0, t("automation.label", lang, label=t(f"automation.label.{score.label}", lang)))
        if show_names:
            row["texts"] = score.texts
        rows.append(row)
    return rows


def model_note(info: ModelInfo, lang: str) -> str:
    key = "automation.model.used" if info.trained else "automation.model.none"
    return t(key, lang, n=info.labels, spam=info.spam, ok=info.ok, min=MIN_LABELS, per_class=MIN_PER_CLASS)


def advice(lang: str) -> list[str]:
    keys = ("decline", "follow", "email", "remove")
    out = [t(f"automation.advice.{k}", lang) for k in keys]
    out.append(t("automation.advice.labels", lang, min=MIN_LABELS, per_class=MIN_PER_CLASS))
    return out


def summary(scores: Sequence[SenderScore], lang: str) -> str:
    return t("automation.summary", lang, senders=len(scores), flagged=sum(s.flagged for s in scores),
             threshold=FLAG_THRESHOLD)


def write_linkedin_report(
    result: LinkedInAutomation, out: Path, lang: str, *, show_names: bool = False
) -> list[Path]:
    rows = sender_rows(result.scores, lang, show_names=show_names)
    return write_senders_report(rows, out, lang, summary=summary(result.scores, lang),
                                model=model_note(result.model, lang), advice=advice(lang),
                                show_names=show_names)


def automation_accounts(paths: Sequence[Path], *, min_posts: int = 2) -> tuple[Any, Any]:
    """Score every account in Jetstream files (JSONL, .gz, .zst; folders and globs) by how machine-like it posts.
    Returns the stream's scores with what they leave out (`StreamAccounts`) and what reading saw (lines,
    malformed lines skipped)."""
    stats = ReadStats()
    return score_stream(posts_from_events(iter_events(paths, stats)), min_posts=min_posts), stats


def stream_summary(result: Any, shown: int, lang: str) -> str:
    """How many accounts posted, were scored and flagged, why the others were left out, and whether rates were
    computed — the sentence above the table."""
    text = t("automation.accounts.summary", lang, posted=result.posted, scored=len(result.scores),
             flagged=sum(s.flagged for s in result.scores), top=shown)
    if result.below_min_posts:
        text += " " + t("automation.accounts.left_out", lang, left=result.below_min_posts, min_posts=result.min_posts)
    if result.posted and not result.rated:
        text += " " + t("automation.accounts.no_rates", lang, span=_span(result.span, lang),
                        needed=_span(MIN_RATE_SPAN, lang))
    return text


def _span(span: Any, lang: str) -> str:
    seconds = span.total_seconds()
    if seconds < 1:
        return f"{format_number(seconds * 1000, lang)} ms"
    if seconds < 120:
        return f"{format_number(seconds, lang)} s"
    if seconds < 7200:
        return f"{format_number(seconds / 60, lang)} min"
    return f"{format_number(seconds / 3600, lang, 1)} h"


def account_rows(scores: Sequence[Any], lang: str) -> list[dict[str, Any]]:

    return [
        {
            "rank": rank,
            "account": s.account,
            "score": s.score,
            "flagged": s.flagged,
            "reasons": account_reasons(s.signals, lang),
            "posts": s.posts,
            "posts_per_day": s.posts_per_day,
            "gap_cv": s.gap_cv,
            "same_second_share": s.same_second_share,
            "duplicate_share": s.duplicate_share,
            "link_share": s.link_share,
            "reply_share": s.reply_share,
            "first": s.first,
            "last": s.last,
        }
        for rank, s in enumerate(scores, 1)
    ]
