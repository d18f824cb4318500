"""Evaluation on a labelled set: turn labelled items into one inbox of records, score it, count hits and misses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from reichweite.analysis.automation.scoring import SenderScore, score_senders, sender_key
from reichweite.model import Invitation, Message

USER = "Jana Beispiel"
_START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def inbox_from_items(items: Sequence[Mapping[str, Any]], user: str = USER) -> tuple[list[Message], list[Invitation]]:
    """Each item is one sender: an inbound message (or invitation note), an optional invitation some hours before
    the message, and an outbound reply when `replied` is true. Items are spread one day apart."""
    messages: list[Message] = []
    invitations: list[Invitation] = []
    for index, item in enumerate(items):
        at = _START + timedelta(days=index, minutes=7 * index)
        sender = str(item["sender"])
        if item.get("channel") == "invitation":
            invitations.append(Invitation(sender, user, at, str(item["text"]), "inbound"))
            continue
        hours = item.get("after_invitation_hours")
        if hours is not None:
            invitations.append(Invitation(sender, user, at - timedelta(hours=float(hours)), "", "inbound"))
        conversation = f"conv-{item['id']}"
        messages.append(Message(conversation, sender, at, str(item["text"]), "inbound", recipients=user))
        if item.get("replied"):
            messages.append(Message(conversation, user, at + timedelta(hours=3), "Danke!", "outbound",
                                    recipients=sender))
    return messages, invitations


@dataclass(frozen=True, slots=True)
class Evaluation:
    n: int
    positives: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float
    recall: float
    missed: tuple[str, ...]
    false_alarms: tuple[str, ...]


def evaluate(scores: Iterable[SenderScore], labels: Mapping[str, str]) -> Evaluation:
    """labels: sender key → 'spam' or 'ok'. A flagged sender counts as a 'spam' prediction."""
    tp = fp = fn = n = positives = 0
    missed: list[str] = []
    false_alarms: list[str] = []
    for score in scores:
        label = labels.get(score.key)
        if label is None:
            continue
        n += 1
        positives += label == "spam"
        if score.flagged and label == "spam":
            tp += 1
        elif score.flagged:
            fp += 1
            false_alarms.append(score.name)
        elif label == "spam":
            fn += 1
            missed.append(score.name)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return Evaluation(n, positives, tp, fp, fn, round(precision, 4), round(recall, 4), tuple(missed),
                      tuple(false_alarms))


def evaluate_items(
    items: Sequence[Mapping[str, Any]], *, behaviour: bool = True
) -> tuple[Evaluation, list[SenderScore]]:
    """Score the items as one inbox with the rule score and evaluate against their labels.

    behaviour=False drops what the items say about invitations and replies: the words alone (and templates).
    """
    if not behaviour:
        items = [{**item, "after_invitation_hours": None, "replied": False} for item in items]
    messages, invitations = inbox_from_items(items)
    scores = score_senders(messages, invitations)
    labels = {sender_key(str(item["sender"]), None): str(item["label"]) for item in items}
    return evaluate(scores, labels), scores
