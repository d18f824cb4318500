"""Whose member data export this is: derived the same way for the whole export and for one of its files."""

from __future__ import annotations

from collections import Counter

from reichweite.model import Invitation, Message


def _profile(url: str | None) -> str:
    return (url or "").strip().rstrip("/").casefold()


def _unique_top(counts: dict[str, int]) -> str | None:
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def derive_owner(
    invitations: list[tuple[Invitation, str]], messages: list[Message], recipient_urls: list[str] | None = None,
    stated: list[str] | None = None,
) -> str | None:
    """The exporting member: the "To" of incoming and "From" of outgoing invitations (and of messages in the 2018
    layout, which states their direction); failing that, whoever takes part in the most conversations — by profile
    URL (2024 layout), else by name (ties broken by messages sent). None when it stays open."""
    sides = Counter(inv.recipient if raw == "INCOMING" else inv.sender for inv, raw in invitations)
    for msg, direction in zip(messages, stated or [], strict=False):
        if direction in ("INCOMING", "OUTGOING"):
            sides[msg.recipients if direction == "INCOMING" else msg.sender] += 1
    if sides:
        return sides.most_common(1)[0][0]
    if recipient_urls and any(u.strip() for u in recipient_urls):
        by_url: dict[str, set[str]] = {}
        for msg, urls in zip(messages, recipient_urls, strict=True):
            for url in [msg.sender_url, *urls.replace(" ", ",").split(",")]:
                if _profile(url):
                    by_url.setdefault(_profile(url), set()).add(msg.conversation_id)
        top = _unique_top({url: len(convs) for url, convs in by_url.items()})
        names = Counter(m.sender for m in messages if top and _profile(m.sender_url) == top)
        if names:
            return names.most_common(1)[0][0]
        addressed = [  # the owner never wrote: the name others last addressed them by
            (m.sent_at, m.recipients) for m, urls in zip(messages, recipient_urls, strict=True)
            if top and [_profile(u) for u in urls.replace(" ", ",").split(",") if _profile(u)] == [top]
        ]
        if addressed:
            return max(addressed)[1]
    people: dict[str, set[str]] = {}
    sent: Counter[str] = Counter()
    for msg in messages:
        sent[msg.sender] += 1
        for name in [msg.sender, *(n.strip() for n in msg.recipients.split(","))]:
            if name:
                people.setdefault(name, set()).add(msg.conversation_id)
    if not people:
        return None
    ranked = sorted(people, key=lambda name: (len(people[name]), sent[name]), reverse=True)
    best = ranked[0]
    if len(ranked) > 1 and (len(people[ranked[1]]), sent[ranked[1]]) == (len(people[best]), sent[best]):
        return None
    return best
