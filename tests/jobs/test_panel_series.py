"""The panel time series of the synthetic yearly DAX panel: each company's LinkedIn followers per year, named as it
was called that year, against the sheets written by hand (tests/support/panels.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa

from reichweite.analysis.panel import Composition
from reichweite.jobs.panel_report import panel_report, result_json
from reichweite.jobs.panels import import_company_table
from tests.support.panels import SPECIAL_LINKEDIN, YEARS, dax_members, measurement_day, written


def test_company_series_follow_the_sheets(store: sa.Engine, synthetic_panel_xlsx: Path) -> None:
    import_company_table(store, synthetic_panel_xlsx)
    result, _ = panel_report(store, "dax", ["linkedin", "xing"], Composition("as-of"), out=None, lang="en")
    series = result.series[result.series["platform"] == "linkedin"]
    for year in YEARS:
        day = measurement_day(year)
        members = dax_members(day)
        rows = series[series["date"] == day]
        assert set(rows["company_key"]) == set(members), year
        for row in rows.itertuples(index=False):
            name = written(members[row.company_key], row.company_key, day)
            assert row.value == SPECIAL_LINKEDIN.get(name, 1000 * (year - 2009)), (year, name)
    mercedes = series[series["company_key"] == "DE0007100000"].set_index("date")["name"]
    assert mercedes[date(2019, 6, 30)] == "Daimler" and mercedes[date(2022, 6, 30)] == "Mercedes-Benz Group"
    # LinkedIn and Xing side by side: totals as in the panel totals, each indexed to 2010 = 100
    side = result.side_by_side.set_index("date")
    first = side.loc[date(2010, 6, 30)]
    assert first["linkedin_index"] == 100.0 and first["xing_index"] == 100.0
    day = date(2024, 6, 30)
    members_2024 = len(dax_members(day))
    special = {written(n, i, day) for i, n in dax_members(day).items()} & set(SPECIAL_LINKEDIN)
    expected_2024 = 15_000 * (members_2024 - len(special)) + sum(SPECIAL_LINKEDIN[n] for n in special)
    assert side.loc[date(2024, 6, 30), "linkedin_total"] == expected_2024
    data = result_json(result, {})
    assert data["side_by_side"][0]["date"] == "2010-06-30" and data["series"]
