"""Counts in German and English notation and as shown on screen."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reichweite.tables.counts import CountError, parse_count


@pytest.mark.parametrize(("text", "number", "shown"), [
    ("12345", 12345, None),
    ("12.345", 12345, None),  # German grouping
    ("12,345", 12345, None),  # English grouping
    ("1.234", 1234, None),  # in a German table 1.234 is 1234; a count cannot be 1.234
    ("1.234.567", 1234567, None),
    ("1,234,567", 1234567, None),
    ("1.234,00", 1234, None),
    ("1,234.00", 1234, None),
    ("12 345", 12345, None),
    ("12\u202f345", 12345, None),
    ("0", 0, None),
    ("1,2 Mio.", 1_200_000, "1,2 Mio."),
    ("4.5K", 4500, "4.5K"),
    ("4,5k", 4500, "4,5k"),
    ("1.2M", 1_200_000, "1.2M"),
    ("12 Tsd.", 12000, "12 Tsd."),
    ("3,4 Mrd.", 3_400_000_000, "3,4 Mrd."),
    ("2B", 2_000_000_000, "2B"),
    ("1.234,5 Tsd.", 1_234_500, "1.234,5 Tsd."),
    ("", None, None),
    ("   ", None, None),
    (None, None, None),
    (42, 42, None),
    (42.0, 42, None),
])
def test_counts(text: object, number: int | None, shown: str | None) -> None:
    assert parse_count(text) == (number, shown)


@pytest.mark.parametrize(("text", "why"), [
    ("1,5", "not a whole number"),
    ("12.5", "not a whole number"),
    ("1.234,5", "not a whole number"),
    ("-3", "negative"),
    (-3, "negative"),
    (1.5, "not a whole number"),
    ("viele", "not a number"),
    ("3 Billionen", "unknown unit"),
    ("1..2", "not a number"),
    (True, "not a number"),
])
def test_not_counts(text: object, why: str) -> None:
    with pytest.raises(CountError, match=why):
        parse_count(text)


@given(st.integers(min_value=0, max_value=10**15))
def test_every_grouping_of_a_whole_number_reads_back(n: int) -> None:
    plain = str(n)
    english = f"{n:,}"
    german = english.replace(",", ".")
    assert parse_count(plain)[0] == parse_count(english)[0] == parse_count(german)[0] == n


@given(st.text(max_size=20))
def test_any_text_is_a_count_or_a_count_error(text: str) -> None:
    try:
        number, _ = parse_count(text)
    except CountError:
        return
    assert number is None or number >= 0
