"""Panels over time: per-company series named as at each date, switched-off figures never summed, two platforms
side by side — against counts done by hand."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from reichweite.analysis.panel import Composition, analyse_panel
from reichweite.analysis.panel_series import company_series, name_at, platforms_side_by_side, series_table

MB, SAP, BAYER = "DE0007100000", "DE0007164600", "DE000BAY0017"
NAMES = pd.DataFrame({"key": [MB, MB], "name": ["Daimler", "Mercedes-Benz Group"],
                      "valid_from": [None, "2022-02-01"], "valid_to": ["2022-02-01", None]})
SPELLS = pd.DataFrame({"company_key": [MB, SAP, BAYER], "name": ["Mercedes-Benz Group", "SAP", "Bayer"],
                       "joined": [None, None, None], "left": [None, None, None]})


def _snap(key: str, platform: str, day: str, followers: int | None, state: str | None = None) -> dict:
    return {"company_key": key, "platform": platform, "observed_at": datetime.fromisoformat(f"{day}T10:00:00+00:00"),
            "source": "manual", "followers": followers, "followers_shown": None, "employees": None,
            "employees_shown": None, "origin": "test", "followers_state": state, "employees_state": None,
            "name": dict(zip(SPELLS["company_key"], SPELLS["name"], strict=True))[key]}


SNAPSHOTS = pd.DataFrame([
    _snap(MB, "linkedin", "2019-06-30", 1_000), _snap(SAP, "linkedin", "2019-06-30", 2_000),
    _snap(BAYER, "linkedin", "2019-06-30", 500),
    _snap(MB, "xing", "2019-06-30", 100), _snap(SAP, "xing", "2019-06-30", 300),
    _snap(BAYER, "xing", "2019-06-30", None, "off"),
    _snap(MB, "linkedin", "2022-06-30", 1_500), _snap(SAP, "linkedin", "2022-06-30", 2_600),
    _snap(MB, "xing", "2022-06-30", None, "off"), _snap(SAP, "xing", "2022-06-30", 330),
    _snap(BAYER, "xing", "2022-06-30", 80),
])


def _panel():  # type: ignore[no-untyped-def]
    frame = SNAPSHOTS.copy()
    frame["followers"] = frame["followers"].astype("Int64")
    frame["employees"] = frame["employees"].astype("Int64")
    return analyse_panel("test", "Test", SPELLS, frame, ["linkedin", "xing"], Composition("as-of"))


def test_names_as_they_were_at_each_date() -> None:
    assert name_at(NAMES, MB, date(2019, 6, 30), "x") == "Daimler"
    assert name_at(NAMES, MB, date(2022, 2, 1), "x") == "Mercedes-Benz Group"
    assert name_at(NAMES, SAP, date(2019, 6, 30), "SAP") == "SAP"
    result = _panel()
    series = company_series(result.measurements, result.members, "linkedin", "followers", NAMES)
    mb = series[series["company_key"] == MB]
    assert list(mb["name"]) == ["Daimler", "Mercedes-Benz Group"] and list(mb["value"]) == [1_000, 1_500]
    bayer = series[series["company_key"] == BAYER]
    assert [None if pd.isna(v) else v for v in bayer["value"]] == [500, None]  # not measured in 2022
    table = series_table(series).set_index("company_key")
    assert table.loc[MB, "company"] == "Mercedes-Benz Group (Daimler)"
    assert table.loc[MB, "2019-06-30"] == 1_000 and table.loc[BAYER, "2022-06-30"] is None


def test_switched_off_figures_are_shown_never_summed() -> None:
    result = _panel()
    totals = result.totals.set_index(["date", "platform"])
    # 2019 on Xing: 100 + 300, Bayer switched off (not 0, not measured)
    row = totals.loc[(date(2019, 6, 30), "xing")]
    assert (row["followers_total"], row["followers_measured"], row["followers_off"]) == (400, 2, 1)
    assert row["followers_coverage"] == 2 / 3
    row = totals.loc[(date(2022, 6, 30), "xing")]
    assert (row["followers_total"], row["followers_measured"], row["followers_off"]) == (410, 2, 1)
    series = company_series(result.measurements, result.members, "xing", "followers", NAMES)
    table = series_table(series).set_index("company_key")
    assert table.loc[BAYER, "2019-06-30"] == "off" and table.loc[MB, "2022-06-30"] == "off"
    companies = result.companies.set_index("company_key")
    assert companies.loc[MB, "xing_followers_state"] == "off" and pd.isna(companies.loc[MB, "xing_followers"])


def test_linkedin_and_xing_side_by_side_indexed_to_the_first_date() -> None:
    side = platforms_side_by_side(_panel().totals, "linkedin", "xing")
    assert list(side["linkedin_total"]) == [3_500, 4_100] and list(side["xing_total"]) == [400, 410]
    assert list(side["linkedin_index"]) == [100.0, 4_100 / 3_500 * 100]
    assert list(side["xing_index"]) == [100.0, pytest.approx(102.5)]
    assert list(side["xing_off"]) == [1, 1] and list(side["xing_measured"]) == [2, 2]
    assert side["date"].iloc[0] == date(2019, 6, 30)
