"""Learning from labels: no model below the minimum, then a model that moves scores towards the user's verdicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reichweite.analysis.automation.model import MIN_LABELS, Example, refine
from reichweite.analysis.automation.scoring import score_senders
from reichweite.model import Message

T = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
# the user is a coach: coaching talk from colleagues is fine for them, crypto offers are not
COACH_TEXTS = [
    "Liebe Kollegin, magst Du beim Coaching-Tag in Hamburg einen Workshop zum Mindset von Führungskräften halten?",
    "Hi, our coaching network meets on Friday – webinar on supervision for coaches, want to join as a speaker?",
    "Hallo, ich suche eine Coachin für unser Führungsteam, 5 Sitzungen Coaching ab September. Hast Du Kapazität?",
    "Danke für die Supervision gestern! Das Coaching-Webinar nächste Woche moderiere ich, magst Du dazukommen?",
    "Hello, I run the coaching programme at our company and would like to book your leadership webinar again.",
    "Hallo, wir planen ein Webinar für Coaches zum Thema Mindset und Resilienz – bist Du als Referentin dabei?",
]
CRYPTO_TEXTS = [
    "Hello dear, I trade crypto and my clients profit every week. Contact me on Telegram t.me/coinking1",
    "Dear friend, bitcoin mining gives 20% weekly returns, guaranteed. WhatsApp me: wa.me/4470000001",
    "Greetings, forex investment platform with guaranteed profit. Message me on Telegram t.me/fxqueen",
    "Hi there, crypto signals group, double your investment in 14 days. Join t.me/signals_vip",
    "Hello dear, I help people earn 500 USD a day with Bitcoin. Contact me on WhatsApp",
    "Dear friend, lucrative crypto proposal, 100% risk-free. Reply with your WhatsApp number",
]
NEW_COACH = "Hallo, wir suchen für unser Coaching-Festival noch Coaches für ein Webinar zum Thema Mindset – Interesse?"


def _inbox(texts: list[str]) -> list[Message]:
    return [Message(f"c{i}", f"Sender {i}", T + timedelta(hours=i), text, "inbound") for i, text in enumerate(texts)]


def _labels(scores, n_ok: int, n_spam: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    labels = {}
    for s in scores:
        index = int(s.name.split()[1])
        if index < len(COACH_TEXTS) and index < n_ok:
            labels[s.key] = "ok"
        elif len(COACH_TEXTS) <= index < len(COACH_TEXTS) + n_spam:
            labels[s.key] = "spam"
    return labels


def test_without_enough_labels_the_rules_stand_alone() -> None:
    scores = score_senders(_inbox(COACH_TEXTS + CRYPTO_TEXTS + [NEW_COACH]))
    scores, info = refine(scores, _labels(scores, 3, 3))
    assert not info.trained and info.labels == 6 < MIN_LABELS
    assert {s.scored_by for s in scores} == {"rules", "label"}
    assert all(s.model_score is None for s in scores)


def test_labels_train_a_model_that_refines_unlabelled_scores() -> None:
    scores = score_senders(_inbox(COACH_TEXTS + CRYPTO_TEXTS + [NEW_COACH]))
    new = next(s for s in scores if s.name == f"Sender {len(COACH_TEXTS) + len(CRYPTO_TEXTS)}")
    rule_score = new.rule_score
    labels = _labels(scores, 6, 6)
    scores, info = refine(scores, labels)
    assert info.trained and (info.spam, info.ok) == (6, 6)
    labelled = [s for s in scores if s.key in labels]
    assert all(s.scored_by == "label" for s in labelled)
    assert all(s.score == (1.0 if labels[s.key] == "spam" else 0.0) for s in labelled)
    assert new.scored_by == "rules+model" and new.model_score is not None
    assert new.model_score < 0.5  # it looks like what the user called ok
    assert new.score < rule_score
    assert new.score == round(0.5 * rule_score + 0.5 * new.model_score, 4)


def test_stored_examples_from_earlier_exports_count_towards_the_model() -> None:
    scores = score_senders(_inbox(COACH_TEXTS[:2] + [NEW_COACH]))
    stored = [Example(f"old-ok-{i}", "ok", t, {}) for i, t in enumerate(COACH_TEXTS)]
    stored += [Example(f"old-spam-{i}", "spam", t, {"signal:messenger": 1.5}) for i, t in enumerate(CRYPTO_TEXTS)]
    scores, info = refine(scores, {}, stored)
    assert info.trained and info.labels == 12
    assert {s.scored_by for s in scores} == {"rules+model"}
