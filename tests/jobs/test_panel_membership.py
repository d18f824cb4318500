"""The built-in DAX panel and panels imported from CSV/XLSX: members on a date, half-open spells, bad input."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
import xlsxwriter

from reichweite.errors import InputError
from reichweite.jobs.panels import import_panel, panel_members
from reichweite.store import open_store
from reichweite.store.schema_panels import companies, memberships
from tests.support.panels import run_cli


def _names(frame) -> set[str]:  # type: ignore[no-untyped-def]
    return set(frame["name"])


def test_builtin_dax_loads_on_demand_and_counts_30_then_40(store: sa.Engine) -> None:
    info, spells = panel_members(store, "dax")
    assert info["source"] == "builtin:dax_membership.csv"
    assert len(spells) == 63  # one row per spell in the shipped CSV
    day = date(2010, 1, 1)
    counts: dict[int, list[date]] = {}
    from reichweite.analysis.panel import members_at

    while day <= date(2026, 3, 23):
        counts.setdefault(len(members_at(spells, day)), []).append(day)
        day += timedelta(days=1)
    assert set(counts) == {30, 40}
    assert max(counts[30]) == date(2021, 9, 19)
    assert min(counts[40]) == date(2021, 9, 20)


def test_wirecard_and_delivery_hero_swap_on_2020_08_24(store: sa.Engine) -> None:
    _, before = panel_members(store, "dax", date(2020, 8, 23))
    _, on = panel_members(store, "dax", date(2020, 8, 24))
    assert "Wirecard" in _names(before) and "Delivery Hero" not in _names(before)
    # half-open [joined, left): leaving on D means not a member on D; joining on D means a member on D
    assert "Wirecard" not in _names(on) and "Delivery Hero" in _names(on)
    assert len(before) == len(on) == 30


def test_renamed_companies_are_one_company_and_linde_two(store: sa.Engine) -> None:
    panel_members(store, "dax")
    with store.connect() as conn:
        rows = {r.key: r for r in conn.execute(sa.select(companies))}
    mercedes = rows["DE0007100000"]
    assert mercedes.name == "Mercedes-Benz Group"
    assert "Daimler" in mercedes.aliases and "Daimler AG" in mercedes.aliases
    assert "HeidelbergCement" in rows["DE0006047004"].aliases
    assert "Deutsche Post" in rows["DE0005552004"].aliases
    assert rows["DE0005190003"].name == "BMW"
    assert rows["DE0006483001"].name == "Linde AG" and rows["IE00BZ12WP82"].name == "Linde plc"
    with store.connect() as conn:
        beiersdorf = conn.execute(sa.select(sa.func.count()).select_from(memberships)
                                  .where(memberships.c.company_key == "DE0005200000")).scalar_one()
    assert beiersdorf == 3  # left 2021, back 2021-10-29, out 2022-03-21, back 2022-06-20


def test_cli_members_on_empty_store(sqlite_url: str) -> None:
    result = run_cli("panel", "members", "dax", "--at", "2020-09-01", "--json", db=sqlite_url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["count"] == 30
    names = {m["company"] for m in data["members"]}
    assert "Delivery Hero" in names and "Wirecard" not in names and "Deutsche Wohnen" in names
    text = run_cli("panel", "members", "dax", "--at", "2021-09-20", db=sqlite_url)
    assert text.stdout.splitlines()[0].startswith("DAX: 40 members on 20 Sept 2021")  # the date as Babel writes it


def test_cli_unknown_panel_is_one_line_error(sqlite_url: str) -> None:
    result = run_cli("panel", "members", "mdax", db=sqlite_url)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no panel 'mdax'" in result.stderr and "dax" in result.stderr


def _write_spells_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Mitglieder")
    sheet.write_row(0, 0, ["Unternehmen", "ISIN", "von", "bis", "Quelle"])
    date_fmt = book.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                from datetime import datetime

                sheet.write_datetime(r, c, datetime.combine(value, datetime.min.time()), date_fmt)
            elif value is not None:
                sheet.write_string(r, c, str(value))
    book.close()
    return path


def test_import_own_panel_from_xlsx_matches_known_companies(store: sa.Engine, tmp_path: Path) -> None:
    path = _write_spells_xlsx(tmp_path / "auto.xlsx", [
        ["Daimler", None, None, None, "own list"],
        ["BMW AG", "DE0005190003", None, None, None],
        ["Volkswagen", None, date(2012, 1, 1), date(2020, 1, 1), None],
        ["Muster Autoteile GmbH", None, date(2015, 3, 1), None, None],
    ])
    summary = import_panel(store, "auto", path, title="Autobauer")
    assert summary["spells"] == 4 and summary["companies"] == 4
    assert summary["new_companies"] == ["Muster Autoteile GmbH"]
    _, members = panel_members(store, "auto", date(2016, 1, 1))
    assert set(members["company_key"]) == {"DE0007100000", "DE0005190003", "DE0007664039", "muster-autoteile-gmbh"}
    _, later = panel_members(store, "auto", date(2020, 1, 1))
    assert "DE0007664039" not in set(later["company_key"])  # left on 2020-01-01: not a member that day
    # importing again replaces the panel's spells: no duplicates
    import_panel(store, "auto", path)
    with store.connect() as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(memberships)
                             .where(memberships.c.panel == "auto")).scalar_one()
    assert count == 4


def test_import_panel_from_csv_with_overlapping_spells_is_refused(store: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("company;joined;left\nSAP;2010-01-01;2015-01-01\nSAP SE;2014-06-01;\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"SAP SE \(row 3\) overlaps SAP \(row 2\)"):
        import_panel(store, "mine", path)
    with store.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(memberships)
                            .where(memberships.c.panel == "mine")).scalar_one() == 0


@pytest.mark.parametrize(("content", "message"), [
    ("company,joined,left\nLinde,2015-01-01,\n", r"'Linde' \(row 2\) fits several companies: Linde AG, Linde plc"),
    ("company,joined,left\nSAP,2015-01-01,2010-01-01\n", r"row 2: SAP: joined 2015-01-01 is not before left"),
    ("company,joined,left\nSAP,01/2015,\n", r"row 2: joined: '01/2015' is not a date \(use 2023-11-21, 21.11.2023"),
    ("company,isin,joined\nSAP,XX12,2015-01-01\n", r"row 2: isin: 'XX12' is not an ISIN"),
    ("firm,start\nSAP,2015-01-01\n", r"expected a membership table"),
])
def test_bad_membership_rows_name_the_row(sqlite_url: str, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        import_panel(open_store(sqlite_url), "bad", path)
