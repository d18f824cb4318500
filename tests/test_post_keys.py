"""Stand-in ids of posts typed in without link or id, and when two texts are one post's."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from reichweite.post_keys import day_window, is_typed_id, same_text, text_key, typed_id, typed_raw, typed_window

BERLIN = ZoneInfo("Europe/Berlin")


def test_the_id_is_account_and_day_and_the_text_only_when_there_is_one() -> None:
    day = date(2023, 11, 21)
    assert typed_id("fotovorschlag", day, None) == "table:fotovorschlag:2023-11-21"
    with_text = typed_id("fotovorschlag", day, "Tagesfoto: Nebel #fotoprompt")
    assert with_text.startswith("table:fotovorschlag:2023-11-21:") and len(with_text.rsplit(":", 1)[1]) == 8
    # spacing, case and a link do not change it; another text does
    assert typed_id("fotovorschlag", day, "  tagesfoto:   NEBEL #fotoprompt https://t.co/x1") == with_text
    assert typed_id("fotovorschlag", day, "Tagesfoto: Regen #fotoprompt") != with_text
    assert is_typed_id(with_text) and not is_typed_id("1726473846280155136") and not is_typed_id(None)


def test_texts_are_the_same_post_when_equal_cut_short_or_mended() -> None:
    collected = "Tagesfoto: Nebel über der Spree am Morgen #fotoprompt https://t.co/abc"
    assert same_text("tagesfoto nebel über der spree am morgen #fotoprompt", collected)
    assert same_text("Tagesfoto: Nebel über der Spree …", collected)  # cut short as a screen shows it
    assert same_text("Tagesfoto: Nebel über der Sprre am Morgen #fotoprompt", collected)  # a typo
    assert not same_text("Tagesfoto: Regen", collected)
    assert not same_text("Nebel", collected)  # too short to be a prefix of it
    assert not same_text("", collected) and not same_text(None, collected)
    assert text_key("Foto… ") == "foto"


def test_the_day_is_the_calendar_day_of_the_zone_it_was_typed_in() -> None:
    start, end = day_window(date(2023, 11, 21), BERLIN)
    assert start == datetime(2023, 11, 20, 23, 0, tzinfo=UTC)
    assert end == datetime(2023, 11, 21, 22, 59, 59, 999999, tzinfo=UTC)
    assert typed_window(typed_raw(date(2023, 11, 21), BERLIN)) == (start, end)
    # summer time
    assert day_window(date(2023, 7, 1), BERLIN)[0] == datetime(2023, 6, 30, 22, 0, tzinfo=UTC)
    assert typed_window(None) is None and typed_window({"typed_in": {"day": "kaputt", "tz": "Europe/Berlin"}}) is None
    assert typed_window({"typed_in": {"day": "2023-11-21", "tz": "Mars/Olympus"}}) is None
