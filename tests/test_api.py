"""`import reichweite`: the calls the command line and the web app make, checked on real files and stores."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import reichweite
from reichweite.errors import InputError, NoStore

ACCOUNTS_CSV = ("platform,handle,observed_at,followers,following,posts\n"
                "xing,beispiel-ag,2026-03-08 09:00,1200,10,17\n"
                "xing,beispiel-ag,2026-02-08 09:00,1100,9,15\n")


def test_import_file_tells_the_kind_and_account_history_lists_every_measurement(tmp_path: Path) -> None:
    table = tmp_path / "accounts.csv"
    table.write_text(ACCOUNTS_CSV, encoding="utf-8")
    assert reichweite.detect_kind(table) == "table" and "table" in reichweite.file_kinds()
    with reichweite.open_store(tmp_path / "r.db") as store:
        imported = reichweite.import_file(store, table)
        assert imported.kind == "table" and json.loads(json.dumps(imported.to_json(), allow_nan=False))
        history = reichweite.account_history(store, "xing:beispiel-ag")
        assert list(history["followers"]) == [1100, 1200]
        assert list(history.columns)[:5] == ["observed_at", "source", "followers", "following", "posts"]
        again = reichweite.import_file(store, table)
        assert len(reichweite.account_history(store, ("xing", "beispiel-ag"))) == 2, again.summary


def test_a_zip_pointing_outside_itself_is_refused_before_a_store_is_made(tmp_path: Path) -> None:
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("../data/tweets.js", "window.YTD.tweets.part0 = []")
    with pytest.raises(InputError, match="points outside the archive"):
        reichweite.check_import(archive)
    with pytest.raises(InputError, match="points outside the archive"):
        reichweite.import_file(tmp_path / "r.db", archive)
    assert not (tmp_path / "r.db").exists()


def test_reading_calls_create_no_store(tmp_path: Path) -> None:
    missing = tmp_path / "none" / "r.db"
    for call in (lambda: reichweite.posts(missing, "x:someone"), lambda: reichweite.accounts(missing, "xing"),
                 lambda: reichweite.account_history(missing, "xing:beispiel-ag"),
                 lambda: reichweite.panel_report(missing, "dax")):
        with pytest.raises(NoStore):
            call()
    info, members = reichweite.panel_members(missing, "dax", at="2024-01-01")
    assert info["title"] and len(members) == 40
    assert not (tmp_path / "none").exists()
