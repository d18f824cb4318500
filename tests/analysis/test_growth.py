"""Accounts at the end of each day, week or month, and LinkedIn activity per week, against counts done by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd
import pytest

from reichweite.analysis.growth import account_growth, activity_counts, linkedin_events, steps
from reichweite.timeutil import REPORT_TZ, parse_as_of

START = datetime(2026, 11, 1, tzinfo=REPORT_TZ).astimezone(UTC)  # a Sunday
END = parse_as_of("2026-11-22")  # the end of a Sunday


def _history() -> pd.DataFrame:
    return pd.DataFrame({
        "observed_at": pd.to_datetime(["2026-11-02T08:00Z", "2026-11-05T08:00Z", "2026-11-12T08:00Z",
                                       "2026-11-20T08:00Z"], utc=True),
        "source": ["api", "manual", "api", "api"],
        "followers": pd.array([100, 110, 130, None], dtype="Int64"),
        "following": pd.array([10, None, None, None], dtype="Int64"),
        "posts": pd.array([5, 6, 8, None], dtype="Int64"),
    })


def test_weeks_run_monday_to_sunday_in_berlin_time() -> None:
    weeks = steps(START, END, "week")
    assert list(weeks["step"]) == ["2026-W44", "2026-W45", "2026-W46", "2026-W47"]
    assert weeks["start"].iloc[1] == datetime(2026, 11, 1, 23, 0, tzinfo=UTC)  # Monday 00:00 CET
    assert weeks["end"].iloc[-1] == END
    assert weeks["start"].iloc[0] == START  # the first week (from Monday 26.10.) starts where the period does
    assert list(steps(START, END, "month")["step"]) == ["2026-11"]
    assert len(steps(START, END, "day")) == 22
    with pytest.raises(ValueError, match="not one of day, week, month"):
        steps(START, END, "year")


def test_account_figures_as_of_each_week_end_with_change() -> None:
    frame = account_growth({"x:tagesfoto": _history()}, steps(START, END, "week"))
    values = lambda col: [None if pd.isna(v) else v for v in frame[col]]  # noqa: E731
    assert values("followers") == [None, 110, 130, 130]  # the blank count of 20.11. keeps the known 130
    assert values("following") == [None, 10, 10, 10]
    assert values("posts") == [None, 6, 8, 8]
    assert values("followers_change") == [None, None, 20, 0]
    assert frame["followers_change_pct"].iloc[2] == pytest.approx(20 / 110 * 100)
    assert values("posts_change_pct")[2] == pytest.approx(2 / 6 * 100)
    assert frame["followers_observed_at"].iloc[3] == pd.Timestamp("2026-11-12T08:00Z")


def test_linkedin_invitations_and_connections_per_week() -> None:
    invitations = pd.DataFrame({
        "sent_at": pd.to_datetime(["2026-11-02T10:00Z", "2026-11-03T10:00Z", "2026-11-08T23:30Z",
                                   "2026-11-09T07:00Z", "2026-11-10T07:00Z"], utc=True),
        "direction": ["inbound", "outbound", "inbound", "inbound", "unknown"],
    })
    connections = pd.DataFrame({"connected_on": [date(2026, 11, 8), date(2026, 11, 9), date(2026, 11, 9), None]})
    counts = activity_counts(linkedin_events(invitations, connections), steps(START, END, "week"))
    # 08.11. 23:30 UTC is already Monday 09.11., 00:30 in Berlin
    assert list(counts["invitations_received"]) == [0, 1, 2, 0]
    assert list(counts["invitations_sent"]) == [0, 1, 0, 0]
    assert list(counts["connections"]) == [0, 1, 2, 0]
    assert list(counts["connections_change"].fillna(-99)) == [-99, 1, 1, -2]
    assert counts["invitations_received_change_pct"].iloc[2] == 100.0
