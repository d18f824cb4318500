"""One --db route: typed on the root, on a group or on the command, or set in $REICHWEITE_DB, it names the store
the command uses; read commands never create one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def _followers(cli, db: Path) -> list[int]:  # type: ignore[no-untyped-def]
    shown = cli("accounts", "xing", "--json", "--db", db)
    assert shown.code == 0, shown.err
    return [a["followers"] for a in json.loads(shown.out)["accounts"]]


@pytest.mark.parametrize("where", ["root", "group", "command"])
def test_db_is_honoured_wherever_it_is_typed(cli, tmp_path: Path, accounts_csv: Path, where: str) -> None:
    db = tmp_path / "x.db"
    args = {"root": ["--db", db, "import", "table", accounts_csv],
            "group": ["import", "--db", db, "table", accounts_csv],
            "command": ["import", "table", accounts_csv, "--db", db]}[where]
    done = cli(*args, env={"REICHWEITE_DB": str(tmp_path / "from-env.db")})
    assert done.code == 0, done.err
    assert db.exists() and not (tmp_path / "from-env.db").exists()
    assert _followers(cli, db) == [1200]


def test_the_innermost_db_wins_and_the_environment_is_the_fallback(cli, tmp_path: Path, accounts_csv: Path) -> None:
    outer, inner, env = tmp_path / "outer.db", tmp_path / "inner.db", tmp_path / "env.db"
    assert cli("--db", outer, "import", "--db", inner, "table", accounts_csv).code == 0
    assert inner.exists() and not outer.exists()
    assert cli("import", "table", accounts_csv, env={"REICHWEITE_DB": str(env)}).code == 0
    assert env.exists()
    shown = cli("--db", env, "accounts", "xing", "--json", env={"REICHWEITE_DB": str(outer)})
    assert shown.code == 0 and json.loads(shown.out)["accounts"][0]["followers"] == 1200


@pytest.mark.parametrize("args", [
    ["posts", "x:someone"], ["accounts", "xing"], ["polls"], ["compare", "x:a", "bluesky:b"],
    ["panel", "report", "dax"], ["db", "info"], ["automation", "labels"],
])
def test_a_read_command_on_a_missing_store_says_so_and_creates_nothing(cli, tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "not" / "there.db"
    done = cli(*args, "--db", db)
    assert done.code == 1, (done.out, done.err)
    assert done.err == f"Error: No store at sqlite:///{db}: nothing imported or collected there yet " \
                       "(give --db or set REICHWEITE_DB to use another one)\n"
    assert done.out == "" and not (tmp_path / "not").exists()


@pytest.mark.postgres
def test_a_read_command_on_an_empty_postgres_database_creates_no_tables(cli, pg_url: str) -> None:
    import sqlalchemy as sa

    done = cli("posts", "x:someone", "--db", pg_url)
    assert done.code == 1 and "No store at postgresql" in done.err
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        assert sa.inspect(conn).get_table_names() == []
    engine.dispose()


def test_a_missing_input_file_creates_no_store(cli, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    done = cli("import", "table", tmp_path / "nope.csv", "--db", db)
    assert (done.code, done.out) == (1, "")
    assert done.err == f"Error: {tmp_path / 'nope.csv'}: no such file or folder\n"
    assert not db.exists()


def test_a_built_in_panel_is_listed_without_a_store_and_none_is_created(cli, tmp_path: Path) -> None:
    db = tmp_path / "not" / "there.db"
    alone = cli("panel", "members", "dax", "--at", "2024-01-01", "--db", db, "--json")
    assert alone.code == 0 and not (tmp_path / "not").exists(), alone.err
    members = json.loads(alone.out)["members"]
    assert len(members) == 40 and {"company": "Zalando", "isin": "DE000ZAL1111"}.items() <= members[-1].items()
    stored = tmp_path / "r.db"
    assert cli("panel", "members", "dax", "--at", "2024-01-01", "--db", stored, "--json").out == alone.out
    template = tmp_path / "dax.csv"
    done = cli("template", "companies", template, "--panel", "dax", "--at", "2024-01-01", "--db", db)
    assert done.code == 0 and "40 companies of dax" in done.err and not (tmp_path / "not").exists()
    assert "Zalando" in template.read_text(encoding="utf-8")
    unknown = cli("panel", "members", "mdax", "--db", db)
    assert unknown.code == 1 and unknown.err.startswith("Error: no panel 'mdax'; known panels: dax")
    assert not (tmp_path / "not").exists()
