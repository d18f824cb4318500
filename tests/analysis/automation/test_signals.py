"""Text signals: each fires on the pitch wording it is meant for and stays quiet on genuine look-alikes."""

from __future__ import annotations

import pytest

from reichweite.analysis.automation.signals import text_signals


@pytest.mark.parametrize(
    ("text", "signal", "evidence"),
    [
        ("Ich zeige Dir, wie Du 7.233,34 € am Tag verdienst", "money_promise", "7.233,34 € am Tag verdienst"),
        ("I found a way to earn 7,233.34 € a day", "money_promise", "earn 7,233.34 €"),
        ("Willst Du passives Einkommen? Schreib mir JA.", "money_promise", "passives Einkommen"),
        ("achieve financial freedom", "money_promise", "financial freedom"),
        ("100% GUARANTEED results", "guarantee", "GUARANTEED"),
        ("Das klappt garantiert", "guarantee", "garantiert"),
        ("Only 3 spots left – reply now", "urgency", "Only 3 spots left"),
        ("Nur noch 12 Plätze frei", "urgency", "Nur noch 12 Plätze"),
        ("My FREE masterclass starts tomorrow", "funnel", "masterclass"),
        ("kostenloses Webinar für Coaches", "funnel", "Webinar"),
        ("Book here: calendly.com/some-one/15min", "calendar_link", "calendly.com/some-one/15min"),
        ("Slot: https://cal.com/tom/intro", "calendar_link", "https://cal.com/tom/intro"),
        ("Details: bit.ly/3xRichNow", "short_link", "bit.ly/3xRichNow"),
        ("Schreib mir: wa.me/4915112345678", "messenger", "wa.me/4915112345678"),
        ("Join t.me/forexstars_vip", "messenger", "t.me/forexstars_vip"),
        ("Reply YES and I'll send it", "reply_keyword", "Reply YES"),
        ("Kommentiere einfach JA", "reply_keyword", "Kommentiere einfach JA"),
        ("Hi there! Quick question", "generic_salutation", "Hi there"),
        ("Dear friend, good day", "generic_salutation", "Dear friend"),
        ("Hallo zusammen, heute…", "generic_salutation", "Hallo zusammen"),
        ("Hi {{firstName}}, great profile", "placeholder", "{{firstName}}"),
        ("Just following up on my last message", "follow_up", "Just following up"),
        ("Bitcoin and forex signals", "scheme", "Bitcoin"),
        ("Earn money 🚀💰", "hype_emoji", "🚀💰"),
    ],
)
def test_signal_fires_with_evidence(text: str, signal: str, evidence: str) -> None:
    found = text_signals(text)
    assert signal in found, found
    assert evidence in found[signal]


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # a recruiter's day rate, an invoice, a quote: money without an income promise
        ("Tagessatz 850 €, 12 Monate, 60 % remote", "money_promise"),
        ("die Rechnung über 4.760,00 € ist angewiesen", "money_promise"),
        ("the quote for the licence (1,200 € per year)", "money_promise"),
        # a publisher's deadline is not marketing urgency
        ("Abgabe des Manuskripts ist der 15. März", "urgency"),
        ("My deadline is Monday", "urgency"),
        # a genuine follow-up after a call
        ("following up on our call last week – attached is the quote", "follow_up"),
        # greeting someone by name
        ("Hi Jana, thanks for the slides", "generic_salutation"),
        # LinkedIn's own link shortener and ordinary links
        ("see https://lnkd.in/abc and https://example.org/blog", "short_link"),
    ],
)
def test_signal_stays_quiet_on_genuine_wording(text: str, signal: str) -> None:
    assert signal not in text_signals(text)


def test_funnel_counts_vocabulary_groups_once() -> None:
    found = text_signals("Coach, coaching, COACHING and a webinar")
    assert found["funnel"] == ["Coach", "webinar"]


def test_empty_text_has_no_signals() -> None:
    assert text_signals("") == {}
