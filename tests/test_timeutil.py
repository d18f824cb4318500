"""The one date rule (reichweite.timeutil): every spelling the docs list, what a bare date means, what is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from reichweite.timeutil import (
    AmbiguousDate,
    DateError,
    cell_moment,
    parse_datetime,
    parse_day,
    parse_moment,
    slash_order,
)

BERLIN = ZoneInfo("Europe/Berlin")
END_21_11 = datetime(2023, 11, 21, 22, 59, 59, 999999, tzinfo=UTC)  # end of 21.11.2023 in Berlin (UTC+1)


@pytest.mark.parametrize("text", [
    "2023-11-21", "21.11.2023", "21.11.23", "21.11.2023 ", "21. November 2023", "21. Nov. 2023", "21 Nov 2023",
    "21-Nov-23", "21-Nov-2023", "Nov 21, 2023", "November 21, 2023", "Tuesday, 21 November 2023",
    "Dienstag, 21. November 2023", "2023/11/21", "21/11/2023", "11/21/2023", "11/21/23",
])
def test_a_bare_date_is_the_end_of_that_day_whatever_its_spelling(text: str) -> None:
    assert parse_moment(text, BERLIN) == END_21_11
    assert parse_moment(text, BERLIN, bare="start") == datetime(2023, 11, 20, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-11-21 09:15", datetime(2023, 11, 21, 8, 15, tzinfo=UTC)),
    ("2023-11-21T09:15:30.123456789Z", datetime(2023, 11, 21, 9, 15, 30, 123456, tzinfo=UTC)),
    ("2023-11-21T09:15:30.12+00:00", datetime(2023, 11, 21, 9, 15, 30, 120000, tzinfo=UTC)),
    ("2023-11-21T09:15:30+01:00", datetime(2023, 11, 21, 8, 15, 30, tzinfo=UTC)),
    ("2024-06-18 11:59:53 UTC", datetime(2024, 6, 18, 11, 59, 53, tzinfo=UTC)),
    ("21.11.2023 09:15", datetime(2023, 11, 21, 8, 15, tzinfo=UTC)),
    ("21.11.2023 9:15 Uhr", datetime(2023, 11, 21, 8, 15, tzinfo=UTC)),
    ("21.11.23, 09:15:10", datetime(2023, 11, 21, 8, 15, 10, tzinfo=UTC)),
    ("6/18/24, 9:15 AM", datetime(2024, 6, 18, 7, 15, tzinfo=UTC)),
    ("6/18/24, 12:05 AM", datetime(2024, 6, 17, 22, 5, tzinfo=UTC)),
    ("6/18/24, 12:05 PM", datetime(2024, 6, 18, 10, 5, tzinfo=UTC)),
    ("June 18, 2024 9:15 PM", datetime(2024, 6, 18, 19, 15, tzinfo=UTC)),
    ("Thu Mar 05 16:07:50 +0000 2026", datetime(2026, 3, 5, 16, 7, 50, tzinfo=UTC)),
    ("Thu, 05 Mar 2026 16:07:50 GMT", datetime(2026, 3, 5, 16, 7, 50, tzinfo=UTC)),
    ("2023-11-21 09:15 PST", datetime(2023, 11, 21, 17, 15, tzinfo=UTC)),
    ("2023-11-21 09:15 EDT", datetime(2023, 11, 21, 13, 15, tzinfo=UTC)),
    ("21.11.2023 09:15 MEZ", datetime(2023, 11, 21, 8, 15, tzinfo=UTC)),
    ("21.11.2023 09:15 (MESZ)", datetime(2023, 11, 21, 7, 15, tzinfo=UTC)),
    ("2023-11-21 09:15 UTC+2", datetime(2023, 11, 21, 7, 15, tzinfo=UTC)),
])
def test_times(text: str, expected: datetime) -> None:
    assert parse_moment(text, BERLIN) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("12/05/2026", "day or month first"),
    ("09:15", "a time without a date"),
    ("9:15 AM", "a time without a date"),
    ("21:30 Uhr", "a time without a date"),
    ("2023-11-21 09:15 CST", "CST can mean US Central, China or Cuba"),
    ("2023-11-21 09:15 IST", "IST can mean"),
    ("2023-11-21 09:15 XYZ", "unknown time zone 'XYZ'"),
    ("2023-02-30", "not a date of the calendar"),
    ("30.02.2023", "not a date of the calendar"),
    ("21.11.2023 25:00", "not a time of day"),
    ("6/18/24, 13:15 PM", "not an hour on a 12-hour clock"),
    ("gestern", "is not a date"),
    ("21.11.", "is not a date"),
    ("", "empty date"),
])
def test_refused(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_moment(text, BERLIN)


def test_a_known_order_reads_ambiguous_slashes() -> None:
    assert parse_moment("12/05/2026 10:00", UTC, order="dmy") == datetime(2026, 5, 12, 10, 0, tzinfo=UTC)
    assert parse_moment("12/05/2026 10:00", UTC, order="mdy") == datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def test_slash_order_of_a_column() -> None:
    assert slash_order([("row 2", "12/05/2026"), ("row 3", "13/05/2026")]) == "dmy"
    assert slash_order([("row 2", "12/05/2026"), ("row 3", "05/13/2026 9:00 AM")]) == "mdy"
    assert slash_order([("row 2", "05/05/2026"), ("row 3", "2026-05-13"), ("row 4", None)]) is None
    with pytest.raises(AmbiguousDate, match=r"could be day or month first \(row 2\)"):
        slash_order([("row 2", "12/05/2026")])
    with pytest.raises(AmbiguousDate, match=r"mixes day-first dates \(row 3\) and month-first dates \(row 2\)"):
        slash_order([("row 2", "05/13/2026"), ("row 3", "13/05/2026")])


def test_cells() -> None:
    assert cell_moment(date(2023, 11, 21), BERLIN) == END_21_11
    assert cell_moment(datetime(2023, 11, 21, 9, 15), BERLIN) == datetime(2023, 11, 21, 8, 15, tzinfo=UTC)
    assert cell_moment(None) is None and cell_moment("  ") is None
    with pytest.raises(DateError, match="a time without a date"):
        cell_moment(time(9, 15))
    with pytest.raises(DateError, match="a number, not a date"):
        cell_moment(45251.5)


def test_days_and_machine_times() -> None:
    assert parse_day("20.09.21") == date(2021, 9, 20)
    with pytest.raises(DateError, match="expected a date without a time"):
        parse_day("20.09.2021 10:00")
    # machine-written times: naive is UTC, a bare date is the start of its day
    assert parse_datetime("2024-11-02T10:00:00.123456789+00:00") == datetime(2024, 11, 2, 10, 0, 0, 123456,
                                                                              tzinfo=UTC)
    assert parse_datetime("2024-11-02") == datetime(2024, 11, 2, tzinfo=UTC)
