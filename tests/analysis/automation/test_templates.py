"""Templates: near-identical texts from different senders are grouped; other texts are not."""

from __future__ import annotations

from reichweite.analysis.automation.templates import find_templates, normalise

PITCH = (
    "Hi Jana, thanks for connecting! I help coaches and consultants generate {n}+ qualified leads per month with "
    "LinkedIn automation. Do you have 15 minutes for a quick chat? Here is my calendar: {link}"
)


def test_near_identical_texts_from_different_senders_form_one_group() -> None:
    texts = [
        ("a", "Lisa Leadflow", PITCH.format(n=20, link="calendly.com/lisa/15") + " Best, Lisa Leadflow"),
        ("b", "Tom Scalewell", PITCH.format(n=30, link="cal.com/tom/intro") + " Best, Tom Scalewell"),
        ("c", "Mia Growth", PITCH.replace("coaches and consultants", "consultants and coaches").format(
            n=25, link="calendly.com/mia")),
        ("d", "Greta Sommerfeld", "Hallo Jana, danke für die Auswertung! Können wir die Zahlen zur Xing-Seite am "
                                  "Donnerstag im Jour fixe besprechen?"),
    ]
    groups = find_templates(texts)
    assert set(groups) == {"a", "b", "c"}
    assert groups["a"].senders == ("a", "b", "c")
    assert groups["a"].similarity >= 0.5


def test_one_senders_repeated_text_is_not_a_template() -> None:
    text = PITCH.format(n=20, link="calendly.com/lisa/15")
    assert find_templates([("a", "Lisa", text), ("a", "Lisa", text)]) == {}


def test_short_common_phrases_are_not_templates() -> None:
    assert find_templates([("a", "A", "Thanks for connecting!"), ("b", "B", "Thanks for connecting!")]) == {}


def test_same_topic_different_words_is_not_a_template() -> None:
    one = "Hi Jana, I'm writing a feature on corporate LinkedIn strategies. Could we talk tomorrow or on Friday?"
    two = "Hello Jana, for a piece on how DAX companies use LinkedIn I would love twenty minutes of your time."
    assert find_templates([("a", "A", one), ("b", "B", two)]) == {}


def test_normalise_removes_links_numbers_and_own_name() -> None:
    assert normalise("Best, Tom Scalewell: 30+ leads at https://cal.com/tom!", "Tom Scalewell") == "best 0 leads at url"


def test_many_texts_stay_fast_and_grouped() -> None:
    texts = [(f"bot{i}", f"Bot {i}", PITCH.format(n=i, link=f"calendly.com/bot{i}")) for i in range(200)]
    groups = find_templates(texts)
    assert {k for k in groups if k.startswith("bot")} == {f"bot{i}" for i in range(200)}
    assert len(groups["bot0"].senders) == 200
