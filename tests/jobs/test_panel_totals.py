"""Totals over the members per date, checked against sums written out by hand for the SYNTHETIC 2010–2024 panel
(see synthetic.py: 1000 × (year − 2009) LinkedIn followers per company, Wirecard 7, Delivery Hero 50, …)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from reichweite.analysis.panel import Composition
from reichweite.jobs.panel_report import analyse_stored_panel
from reichweite.jobs.panels import import_company_table

LI_XI = ["linkedin", "xing"]


@pytest.fixture
def imported(store: sa.Engine, synthetic_panel_xlsx: Path) -> sa.Engine:
    summary = import_company_table(store, synthetic_panel_xlsx)
    assert len(summary["dates"]) == 15
    return store


def _total(result, day: date, platform: str, figure: str) -> tuple[int | None, int, int]:  # type: ignore[no-untyped-def]
    row = result.totals[(result.totals["date"] == day) & (result.totals["platform"] == platform)].iloc[0]
    total = row[f"{figure}_total"]
    return (None if pd.isna(total) else int(total)), int(row[f"{figure}_measured"]), int(row["members"])


def test_totals_count_each_company_only_while_a_member(imported: sa.Engine) -> None:
    result, _ = analyse_stored_panel(imported, "dax", LI_XI, Composition("as-of"))
    # 2019-06-30: 30 members incl. Wirecard (7), not Delivery Hero: 29 × 10,000 + 7
    assert _total(result, date(2019, 6, 30), "linkedin", "followers") == (290_007, 30, 30)
    # Xing 2019: SAP not measured (not a 0): 28 × 100 + Wirecard's 3, over 29 of 30 members
    assert _total(result, date(2019, 6, 30), "xing", "followers") == (2_803, 29, 30)
    assert _total(result, date(2019, 6, 30), "xing", "employees") == (29, 29, 30)
    # 2021-06-30: Delivery Hero (50) in, Wirecard out, Lufthansa measured but no member: 29 × 12,000 + 50
    assert _total(result, date(2021, 6, 30), "linkedin", "followers") == (348_050, 30, 30)
    assert _total(result, date(2021, 6, 30), "xing", "followers") == (2_905, 30, 30)
    assert _total(result, date(2021, 6, 30), "linkedin", "employees") == (300, 30, 30)
    # 2010: nobody's Xing employees noted: no total (not 0), coverage 0 of 30
    assert _total(result, date(2010, 6, 30), "xing", "employees") == (None, 0, 30)
    assert _total(result, date(2010, 6, 30), "linkedin", "followers") == (30_000, 30, 30)
    # 2022-06-30: 40 members; Delivery Hero left on 2022-06-20
    assert _total(result, date(2022, 6, 30), "linkedin", "followers") == (520_000, 40, 40)
    assert _total(result, date(2024, 6, 30), "linkedin", "followers") == (600_000, 40, 40)
    assert _total(result, date(2022, 6, 30), "linkedin", "employees") == (400, 40, 40)


def test_member_counts_and_who_is_counted(imported: sa.Engine) -> None:
    result, _ = analyse_stored_panel(imported, "dax", LI_XI, Composition("as-of"))
    counts = result.members.groupby("date").size()
    assert {d.year: int(n) for d, n in counts.items()} == {y: (30 if y <= 2021 else 40) for y in range(2010, 2025)}
    counted = result.measurements[result.measurements["counted"]]
    names_2019 = set(counted.loc[counted["date"] == date(2019, 6, 30), "name"])
    names_2021 = set(counted.loc[counted["date"] == date(2021, 6, 30), "name"])
    assert "Wirecard" in names_2019 and "Wirecard" not in names_2021
    assert "Delivery Hero" in names_2021 and "Delivery Hero" not in names_2019
    assert "Deutsche Lufthansa" not in names_2021
    lufthansa = result.measurements[(result.measurements["name"] == "Deutsche Lufthansa")
                                    & (result.measurements["date"] == date(2021, 6, 30))]
    assert len(lufthansa) == 1 and not lufthansa["counted"].iloc[0]  # kept as a raw measurement, not counted
    linde = counted[counted["name"].str.startswith("Linde")]
    assert set(linde.loc[linde["date"] == date(2018, 6, 30), "name"]) == {"Linde AG"}
    assert set(linde.loc[linde["date"] == date(2019, 6, 30), "name"]) == {"Linde plc"}


def test_fixed_composition(imported: sa.Engine) -> None:
    result, _ = analyse_stored_panel(imported, "dax", LI_XI, Composition("fixed", date(2019, 6, 30)))
    # the 30 members of 2019-06-30 at every date. By 2021-06-30 thyssenkrupp, Lufthansa, Wirecard and
    # Beiersdorf had left; of those only Lufthansa was still measured (900,000): 26 × 12,000 + 900,000
    assert _total(result, date(2021, 6, 30), "linkedin", "followers") == (1_212_000, 27, 30)
    assert _total(result, date(2019, 6, 30), "linkedin", "followers") == (290_007, 30, 30)
    assert set(result.members.groupby("date").size()) == {30}
    assert result.changes.empty


def test_growth_ratio_ranks_threshold_and_changes(imported: sa.Engine) -> None:
    result, _ = analyse_stored_panel(imported, "dax", LI_XI, Composition("as-of"), threshold=1_000,
                                     at=date(2021, 6, 30))
    growth = result.growth[(result.growth["platform"] == "linkedin") & (result.growth["figure"] == "followers")
                           & (result.growth["to"] == date(2021, 6, 30))].iloc[0]
    # 2020-06-30: 29 × 11,000 + Wirecard 7 = 319,007; 2021: 348,050
    assert (growth["total_from"], growth["total_to"], growth["change"]) == (319_007, 348_050, 29_043)
    # same companies (members and measured on both dates, i.e. without Wirecard, Beiersdorf, DH, Siemens Energy):
    # 28 × 11,000 = 308,000 → 28 × 12,000 = 336,000
    assert (growth["same_companies"], growth["same_from"], growth["same_to"]) == (28, 308_000, 336_000)
    assert growth["same_change_pct"] == pytest.approx(28_000 / 308_000 * 100)
    ratios = result.ratios.set_index("date")
    assert ratios.loc[date(2021, 6, 30), "followers_ratio"] == pytest.approx(348_050 / 2_905)
    # 2019: SAP has no Xing figure, so the ratio is over the 29 measured on both: 28 × 10,000 + 7 over 2,803
    assert ratios.loc[date(2019, 6, 30), "followers_companies"] == 29
    assert ratios.loc[date(2019, 6, 30), "followers_ratio"] == pytest.approx(280_007 / 2_803)
    companies = result.companies.set_index("name")
    assert len(companies) == 30 and result.latest == date(2021, 6, 30)
    assert companies.loc["Delivery Hero", "linkedin_rank"] == 30 and companies.loc["SAP", "linkedin_rank"] == 1
    assert companies.loc["Delivery Hero", "xing_followers"] == 5
    assert result.above_threshold["linkedin"] == {"at_least": 29, "measured": 30, "members": 30}
    assert result.above_threshold["xing"] == {"at_least": 0, "measured": 30, "members": 30}
    changes = result.changes[result.changes["to"] == date(2021, 6, 30)]
    assert sorted(zip(changes["change"], changes["name"], strict=True)) == [
        ("joined", "Delivery Hero"), ("joined", "Siemens Energy"), ("left", "Beiersdorf"), ("left", "Wirecard")]
