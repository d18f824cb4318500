"""Stores that loaded the DAX panel before keep no transliterated names: 'Deutsche Boerse' becomes 'Deutsche Börse'
on upgrade, and a name the user changed stays."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from reichweite.jobs.panels import ensure_panel
from reichweite.store.db import MIGRATIONS
from reichweite.store.panels import companies


def _alembic(engine: sa.Engine, action: str, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, target)


def _names(engine: sa.Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(sa.select(companies.c.key, companies.c.name)).all())


def test_upgrade_writes_the_umlauts_back(store: sa.Engine) -> None:
    with store.begin() as conn:
        ensure_panel(conn, "dax")
    assert _names(store)["DE0005810055"] == "Deutsche Börse"
    _alembic(store, "downgrade", "0090_company_umlauts@-1")  # the names as stores before it kept them
    names = _names(store)
    assert (names["DE0005810055"], names["DE0008402215"], names["DE0008430026"]) == (
        "Deutsche Boerse", "Hannover Rueck", "Muenchener Rueck")
    with store.begin() as conn:  # a user renamed one company: that name stays
        conn.execute(companies.update().where(companies.c.key == "DE0008430026").values(name="Munich Re"))
    _alembic(store, "upgrade", "heads")
    names = _names(store)
    assert (names["DE0005810055"], names["DE0008402215"], names["DE0008430026"]) == (
        "Deutsche Börse", "Hannover Rück", "Munich Re")
