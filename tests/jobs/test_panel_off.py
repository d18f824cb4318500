"""A figure switched off by the company (typed off, abgeschaltet or deaktiviert) is stored and reported as such,
never as 0 or unknown — long and wide layouts, on SQLite and PostgreSQL; stores made before can be upgraded."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from reichweite.jobs.panels import import_company_table
from reichweite.store import open_store
from reichweite.store.db import MIGRATIONS
from reichweite.store.panels import company_snapshots_frame
from tests.support.panels import WIDE_HEADER, write_wide

LONG = """platform,company,isin,observed_at,followers,employees
linkedin,SAP,DE0007164600,2023-06-30,"1,2 Mio.",108000
xing,SAP SE,,2023-06-30,Abgeschaltet,
xing,BMW,,2023-06-30,OFF,deaktiviert
linkedin,Daimler AG,,2021-06-30,4.5K,off
"""


def test_off_in_the_long_layout_is_stored_as_off(store: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(LONG, encoding="utf-8")
    summary = import_company_table(store, path)
    assert summary["added"] == 4  # a row with only switched-off figures is a measurement too
    with store.connect() as conn:
        frame = company_snapshots_frame(conn)
    got = {(r["company_key"], r["platform"]): r for r in frame.to_dict("records")}
    sap_xing = got[("DE0007164600", "xing")]
    assert pd.isna(sap_xing["followers"]) and sap_xing["followers_state"] == "off"
    assert pd.isna(sap_xing["employees_state"]) and pd.isna(sap_xing["employees"])
    bmw = got[("DE0005190003", "xing")]
    assert (bmw["followers_state"], bmw["employees_state"]) == ("off", "off")
    daimler = got[("DE0007100000", "linkedin")]
    assert (daimler["followers"], daimler["employees_state"]) == (4_500, "off") and pd.isna(daimler["followers_state"])
    again = import_company_table(store, path)
    assert (again["added"], again["already_stored"]) == (0, 4)


def test_off_in_the_wide_layout(store: sa.Engine, tmp_path: Path) -> None:
    path = write_wide(tmp_path / "wide.xlsx", {"2020-06-30": [["SAP", 5000, 1000, "deaktiviert", None]]},
                      WIDE_HEADER)
    import_company_table(store, path)
    with store.connect() as conn:
        frame = company_snapshots_frame(conn, platforms=["xing"])
    assert list(frame["followers_state"]) == ["off"] and frame["followers"].isna().all()


def test_a_store_made_before_gets_the_state_columns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with sa.create_engine(url).begin() as conn:  # a store as it was before: the core and panels only
        config.attributes["connection"] = conn
        command.upgrade(config, "0004_panels")
    with sa.create_engine(url).connect() as conn:
        before = {c["name"] for c in sa.inspect(conn).get_columns("company_snapshots")}
    assert "followers_state" not in before
    engine = open_store(url)
    with engine.connect() as conn:
        after = {c["name"] for c in sa.inspect(conn).get_columns("company_snapshots")}
    assert {"followers_state", "employees_state"} <= after
