"""The rule score per sender: behaviour signals, identity across records, range and order."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from reichweite.analysis.automation.accounts import ACCOUNT_WEIGHTS
from reichweite.analysis.automation.scoring import (
    BIAS,
    FLAG_THRESHOLD,
    FUNNEL_POINTS,
    SCHEME_POINTS,
    TEMPLATE_POINTS_MANY,
    WEIGHTS,
    score_senders,
)
from reichweite.model import Invitation, Message
from tests import support

ME = "Jana Beispiel"
T = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
PITCH = "Hi Jana, I help consultants get more clients with our done-for-you funnel. Book: calendly.com/x/15"
DOCS = support.DOCS / "automation.md"


def msg(conv: str, sender: str, at: datetime, text: str, direction: str = "inbound", url: str | None = None) -> Message:
    return Message(conv, sender, at, text, direction, sender_url=url)


def by_name(scores):  # type: ignore[no-untyped-def]
    return {s.name: s for s in scores}


def test_pitch_right_after_invitation_counts_but_a_late_one_does_not() -> None:
    invitations = [Invitation("Quick Bot", ME, T, "", "inbound"), Invitation("Slow Bot", ME, T, "", "inbound")]
    messages = [msg("c1", "Quick Bot", T + timedelta(hours=5), PITCH),
                msg("c2", "Slow Bot", T + timedelta(days=30), PITCH.replace("consultants", "agencies"))]
    scores = by_name(score_senders(messages, invitations))
    quick = scores["Quick Bot"].signal("pitch_after_invitation")
    assert quick is not None and quick.evidence == ["5"]
    assert scores["Slow Bot"].signal("pitch_after_invitation") is None


def test_a_friendly_first_message_after_an_invitation_is_not_a_pitch() -> None:
    invitations = [Invitation("Aylin Demir", ME, T, "", "inbound")]
    messages = [msg("c1", "Aylin Demir", T + timedelta(hours=2), "Danke fürs Vernetzen! Hast Du die Folien noch?")]
    score = score_senders(messages, invitations)[0]
    assert score.signal("pitch_after_invitation") is None
    assert not score.flagged


def test_reply_and_user_started_contact_lower_the_score() -> None:
    text = "Hi there, our growth package doubles your leads. Only 3 spots left, book now: calendly.com/g/1"
    messages = [
        msg("a", "Unanswered", T, text),
        msg("b", "Answered", T, text.replace("growth", "sales")), msg("b", ME, T + timedelta(hours=1), "No thanks",
                                                                       "outbound"),
        msg("c", ME, T, "Hallo, kurze Frage zu Ihrem Angebot", "outbound"),
        msg("c", "Asked By Me", T + timedelta(hours=2), text.replace("growth", "reach")),
    ]
    scores = by_name(score_senders(messages))
    assert scores["Unanswered"].signal("no_reply") is not None
    assert scores["Answered"].signal("replied") is not None
    assert scores["Asked By Me"].signal("user_initiated") is not None
    assert scores["Unanswered"].score > scores["Answered"].score > scores["Asked By Me"].score


def test_an_outgoing_invitation_marks_the_contact_as_started_by_the_user() -> None:
    invitations = [Invitation(ME, "Pieter de Vries", T, "", "outbound", recipient_url="https://x.test/in/pieter")]
    messages = [msg("c", "Pieter de Vries", T + timedelta(days=1), "Thanks! Here is the dataset.",
                    url="https://x.test/in/pieter")]
    score = score_senders(messages, invitations)[0]
    assert score.user_initiated and score.signal("user_initiated") is not None


def test_unanswered_sequence_and_bump() -> None:
    messages = [msg("c", "Seq Bot", T, PITCH),
                msg("c", "Seq Bot", T + timedelta(days=3), "Just following up on my last message, Jana!")]
    score = score_senders(messages)[0]
    assert score.signal("unanswered_sequence") is not None
    assert score.signal("follow_up") is not None
    assert score.messages == 2


def test_name_and_profile_url_are_one_sender() -> None:
    """2022 layout: invitations carry no URL, messages do; it is still one person."""
    invitations = [Invitation("Rico Gewinnmaxx", ME, T, "Willst Du passives Einkommen?", "inbound")]
    messages = [msg("c", "Rico Gewinnmaxx", T + timedelta(hours=26), "Schreib mir JA 💰",
                    url="https://www.linkedin.com/in/rico-gewinnmaxx")]
    scores = score_senders(messages, invitations)
    assert len(scores) == 1
    assert scores[0].key == "https://www.linkedin.com/in/rico-gewinnmaxx"
    assert (scores[0].messages, scores[0].invitations) == (1, 1)


def test_messages_of_unknown_direction_are_neither_inbound_nor_replies() -> None:
    messages = [msg("c", "Someone", T, PITCH, direction="unknown")]
    assert score_senders(messages) == []


def test_scores_are_probabilities_ranked_high_to_low() -> None:
    texts = [PITCH, "Hallo Jana, danke!", "Get rich! Earn 5,000 € a day, GUARANTEED. Reply YES: bit.ly/x", ""]
    messages = [msg(f"c{i}", f"Sender {i}", T + timedelta(hours=i), text) for i, text in enumerate(texts)]
    scores = score_senders(messages)
    assert [s.score for s in scores] == sorted((s.score for s in scores), reverse=True)
    assert all(0.0 <= s.score <= 1.0 for s in scores)
    assert scores[0].name == "Sender 2" and scores[0].flagged
    assert all(s.flagged == (s.score >= FLAG_THRESHOLD) for s in scores)


def test_no_single_signal_flags_on_its_own() -> None:
    """The design rule behind the weights: it takes two independent kinds of evidence."""
    singles = [*WEIGHTS.values(), *FUNNEL_POINTS, *SCHEME_POINTS, TEMPLATE_POINTS_MANY]
    assert max(singles) < -BIAS


def test_documented_weights_match_the_code() -> None:
    """docs/automation.md lists every weight; the table must say what the code does."""
    table = dict(re.findall(r"^\| `(\w+)` \| ([+-−]?\d+(?:\.\d+)?) \|", DOCS.read_text(encoding="utf-8"), re.M))
    assert {k: float(v.replace("−", "-")) for k, v in table.items() if k in WEIGHTS} == WEIGHTS
    assert {k: float(v) for k, v in table.items() if k in ACCOUNT_WEIGHTS} == ACCOUNT_WEIGHTS


def test_connection_date_stands_in_for_a_missing_invitation() -> None:
    """Invitations.csv drops accepted invitations after a while; Connections.csv keeps the day of connecting."""
    url = "https://www.linkedin.com/in/late-bot"
    messages = [msg("c", "Late Bot", T + timedelta(hours=10), PITCH, url=url)]
    connected = {url: datetime(2024, 6, 1, tzinfo=UTC)}
    score = score_senders(messages, connected=connected)[0]
    signal = score.signal("pitch_after_invitation")
    assert signal is not None and signal.evidence == ["19"]  # 09:00 + 10 h after midnight
    assert score_senders(messages)[0].signal("pitch_after_invitation") is None
