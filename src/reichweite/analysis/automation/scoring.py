"""The explainable rule score per inbound sender: signals found in their texts and behaviour, weighted points,
a logistic curve. Pure: takes Message and Invitation records, returns scores with their reasons.

score = 1 / (1 + exp(-(BIAS + sum of points)))   with BIAS = -3, so a sender is flagged (score ≥ 0.5) once the
points reach 3. No single signal is worth 3 points: it takes at least two independent kinds of evidence.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reichweite.analysis.automation.signals import PITCH_SIGNALS, text_signals
from reichweite.analysis.automation.templates import TemplateGroup, find_templates
from reichweite.model import Invitation, Message

BIAS = -3.0
FLAG_THRESHOLD = 0.5
#: A first message this soon after the sender's invitation counts as "right after the invitation was accepted".
PITCH_WINDOW = timedelta(days=7)

#: Points per signal. Documented in docs/automation.md; change them there too.
WEIGHTS: dict[str, float] = {
    "money_promise": 2.5,
    "guarantee": 1.0,
    "urgency": 1.0,
    "funnel": 1.0,  # one vocabulary group; see FUNNEL_POINTS
    "scheme": 1.5,  # one group; see SCHEME_POINTS
    "calendar_link": 1.0,
    "short_link": 1.0,
    "messenger": 1.5,
    "reply_keyword": 1.5,
    "follow_up": 1.0,
    "generic_salutation": 1.0,
    "placeholder": 2.0,
    "hype_emoji": 0.5,
    "template": 2.0,  # same text as one other sender; 2.5 with two or more others
    "pitch_after_invitation": 1.0,  # also when the invitation note itself is the pitch
    "unanswered_sequence": 1.0,  # two or more messages, none answered
    "no_reply": 0.5,
    "replied": -1.0,
    "user_initiated": -2.0,
}
#: Points by number of distinct vocabulary groups (1, 2, 3 or more).
FUNNEL_POINTS = (1.0, 1.75, 2.5)
SCHEME_POINTS = (1.5, 2.5, 2.5)
TEMPLATE_POINTS_MANY = 2.5

SIGNAL_ORDER: tuple[str, ...] = tuple(WEIGHTS)


@dataclass(slots=True)
class Signal:
    """One reason: the signal, its points, and what triggered it (snippets or other senders' names)."""

    name: str
    points: float
    evidence: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SenderScore:
    key: str
    name: str
    profile_url: str | None
    score: float
    flagged: bool
    rule_score: float
    signals: list[Signal]
    messages: int
    invitations: int
    first_contact: datetime | None
    last_contact: datetime | None
    replied: bool
    user_initiated: bool
    texts: list[str]
    template_with: list[str] = field(default_factory=list)
    scored_by: str = "rules"
    model_score: float | None = None
    label: str | None = None

    @property
    def anonymous(self) -> bool:
        """Keyed per conversation (or invitation): the name alone names no one."""
        return "#conversation " in self.key or "#invitation " in self.key

    @property
    def points(self) -> float:
        return round(sum(s.points for s in self.signals), 2)

    def signal(self, name: str) -> Signal | None:
        return next((s for s in self.signals if s.name == name), None)


def logistic(points: float) -> float:
    return 1.0 / (1.0 + math.exp(-(BIAS + points)))


def sender_key(name: str, url: str | None) -> str:
    """A sender is their profile URL when the export has one, else their name (case-folded)."""
    if url and url.strip():
        return url.strip().rstrip("/").casefold()
    return " ".join(name.split()).casefold()


#: What LinkedIn writes for a sender it does not name (a hidden or closed profile), in the export's languages.
HIDDEN_NAMES = frozenset({"", "linkedin member", "linkedin-mitglied", "mitglied von linkedin", "membre de linkedin",
                          "membre linkedin", "miembro de linkedin", "linkedin user", "linkedin-nutzer"})
_SPONSORED_TITLES = ("sponsored", "gesponsert", "sponsorisé", "patrocinado")


def anonymous(message: Message) -> bool:
    """A sender no name or profile tells apart: LinkedIn's "LinkedIn Member", or a sponsored message (InMail
    campaign) without a profile URL. Such senders are one per conversation, never one person."""
    if message.sender_url and message.sender_url.strip():
        return False
    if " ".join(message.sender.split()).casefold() in HIDDEN_NAMES:
        return True
    title = (message.title or "").casefold()
    return any(word in title for word in _SPONSORED_TITLES) or "spinmail-quill-editor" in (message.content_raw or "")


def conversation_key(message: Message) -> str:
    """The key of an anonymous sender: their shown name and the conversation (`linkedin member#2-abc…`)."""
    return f"{sender_key(message.sender, None)}#conversation {message.conversation_id.strip().casefold()}"


def _inbound(direction: str) -> bool:
    return direction.strip().lower() in {"inbound", "incoming", "in"}


def _outbound(direction: str) -> bool:
    return direction.strip().lower() in {"outbound", "outgoing", "out"}


@dataclass(slots=True)
class _Sender:
    name: str
    url: str | None
    messages: list[Message] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)


def _collect(
    messages: Iterable[Message], invitations: Iterable[Invitation]
) -> tuple[dict[str, _Sender], dict[str, list[Message]], set[str]]:
    messages = list(messages)
    invitations = list(invitations)
    # one person, one key: a name seen anywhere with a profile URL is keyed by that URL
    urls: dict[str, str] = {}
    for name, url in [(m.sender, m.sender_url) for m in messages] + [
        (i.sender, i.sender_url) for i in invitations
    ] + [(i.recipient, i.recipient_url) for i in invitations]:
        if url and url.strip() and " ".join(name.split()).casefold() not in HIDDEN_NAMES:
            urls.setdefault(sender_key(name, None), url)

    def key_of(name: str, url: str | None) -> str:
        return sender_key(name, url or urls.get(sender_key(name, None)))

    senders: dict[str, _Sender] = {}
    conversations: dict[str, list[Message]] = defaultdict(list)
    invited_by_user: set[str] = set()
    for message in messages:
        conversations[message.conversation_id].append(message)
        if _inbound(message.direction):
            key = conversation_key(message) if anonymous(message) else key_of(message.sender, message.sender_url)
            sender = senders.setdefault(key, _Sender(message.sender, message.sender_url))
            sender.url = sender.url or urls.get(sender_key(message.sender, None))
            sender.messages.append(message)
    for invitation in invitations:
        if _inbound(invitation.direction):
            key = key_of(invitation.sender, invitation.sender_url)
            if not invitation.sender_url and " ".join(invitation.sender.split()).casefold() in HIDDEN_NAMES:
                key = f"{key}#invitation {invitation.sent_at.isoformat()}"  # one hidden member per invitation
            sender = senders.setdefault(key, _Sender(invitation.sender, invitation.sender_url))
            sender.url = sender.url or urls.get(sender_key(invitation.sender, None))
            sender.invitations.append(invitation)
        elif _outbound(invitation.direction):
            invited_by_user.add(key_of(invitation.recipient, invitation.recipient_url))
    for convo in conversations.values():
        convo.sort(key=lambda m: m.sent_at)
    return senders, conversations, invited_by_user


def _points(name: str, evidence: list[str]) -> float:
    if name == "funnel":
        return FUNNEL_POINTS[min(len(evidence), 3) - 1]
    if name == "scheme":
        return SCHEME_POINTS[min(len(evidence), 3) - 1]
    return WEIGHTS[name]


def _merge(found: dict[str, list[str]], more: dict[str, list[str]]) -> None:
    for name, snippets in more.items():
        bucket = found.setdefault(name, [])
        for snippet in snippets:
            if snippet.casefold() not in (s.casefold() for s in bucket):
                bucket.append(snippet)


def score_senders(
    messages: Iterable[Message],
    invitations: Iterable[Invitation] = (),
    *,
    connected: Mapping[str, datetime] | None = None,
) -> list[SenderScore]:
    """One rule score per inbound sender (messages and invitation notes), highest score first.

    `connected` maps sender keys (or case-folded names) to when the connection was made, from Connections.csv;
    it stands in for the invitation time when the invitation itself is not in the export.
    """
    senders, conversations, invited_by_user = _collect(messages, invitations)
    template_input = []
    for key, sender in senders.items():
        for text in _texts(sender):
            template_input.append((key, sender.name, text))
    templates = find_templates(template_input)
    names = {key: s.name for key, s in senders.items()}
    cache: dict[str, dict[str, list[str]]] = {}

    def signals_of(text: str) -> dict[str, list[str]]:
        if text not in cache:
            cache[text] = text_signals(text)
        return cache[text]

    results = [
        _score_one(key, sender, conversations, invited_by_user, templates.get(key), names, connected or {},
                   signals_of)
        for key, sender in senders.items()
    ]
    results.sort(key=lambda r: (-r.score, -r.points, r.name.casefold()))
    return results


def _texts(sender: _Sender) -> list[str]:
    texts = [i.message for i in sender.invitations if i.message and i.message.strip()]
    texts += [m.text for m in sender.messages if m.text and m.text.strip()]
    return texts


def _score_one(
    key: str,
    sender: _Sender,
    conversations: dict[str, list[Message]],
    invited_by_user: set[str],
    template: TemplateGroup | None,
    names: dict[str, str],
    connected: Mapping[str, datetime],
    signals_of: Callable[[str], dict[str, list[str]]] = text_signals,
) -> SenderScore:
    found: dict[str, list[str]] = {}
    texts = _texts(sender)
    for text in texts:
        _merge(found, signals_of(text))
    signals = [Signal(name, _points(name, found[name]), found[name]) for name in SIGNAL_ORDER if name in found]

    template_with: list[str] = []
    if template is not None:
        template_with = [names[k] for k in template.senders if k != key]
        points = WEIGHTS["template"] if len(template_with) == 1 else TEMPLATE_POINTS_MANY
        signals.append(Signal("template", points, template_with))

    first_message = min(sender.messages, key=lambda m: m.sent_at) if sender.messages else None
    invited_at = min((i.sent_at for i in sender.invitations), default=None)
    if invited_at is None:
        invited_at = connected.get(key) or connected.get(" ".join(sender.name.split()).casefold())
    pitching_notes = [i for i in sender.invitations if signals_of(i.message).keys() & set(PITCH_SIGNALS)]
    if pitching_notes:
        signals.append(Signal("pitch_after_invitation", WEIGHTS["pitch_after_invitation"], ["0"]))
    elif first_message is not None and invited_at is not None:
        delay = first_message.sent_at - invited_at
        pitch = signals_of(first_message.text).keys() & set(PITCH_SIGNALS)
        if timedelta(0) <= delay <= PITCH_WINDOW and pitch:
            hours = delay.total_seconds() / 3600
            signals.append(Signal("pitch_after_invitation", WEIGHTS["pitch_after_invitation"], [f"{hours:.0f}"]))

    replied = user_initiated = False
    for conversation_id in {m.conversation_id for m in sender.messages}:
        convo = conversations[conversation_id]
        if _outbound(convo[0].direction):
            user_initiated = True
        elif any(_outbound(m.direction) for m in convo):
            replied = True
    if key in invited_by_user:
        user_initiated = True
    if user_initiated:
        signals.append(Signal("user_initiated", WEIGHTS["user_initiated"]))
    elif replied:
        signals.append(Signal("replied", WEIGHTS["replied"]))
    elif sender.messages:
        signals.append(Signal("no_reply", WEIGHTS["no_reply"]))
        if len(sender.messages) >= 2:
            signals.append(Signal("unanswered_sequence", WEIGHTS["unanswered_sequence"], [str(len(sender.messages))]))

    points = sum(s.points for s in signals)
    score = round(logistic(points), 4)
    times = [m.sent_at for m in sender.messages] + [i.sent_at for i in sender.invitations]
    return SenderScore(
        key=key,
        name=sender.name,
        profile_url=sender.url,
        score=score,
        flagged=score >= FLAG_THRESHOLD,
        rule_score=score,
        signals=signals,
        messages=len(sender.messages),
        invitations=len(sender.invitations),
        first_contact=min(times, default=None),
        last_contact=max(times, default=None),
        replied=replied,
        user_initiated=user_initiated,
        texts=texts,
        template_with=template_with,
    )
