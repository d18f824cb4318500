"""`reichweite compare A B C --at D1 --at D2` as a user runs it: a section per date, the change, rates with the
followers count used, curves over age, the parts rule; csv/jsonl long rows; --json is the Python API's JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import reichweite
from reichweite.store import open_store
from tests.support.series_seed import seed_three_accounts

ACCOUNTS = ("x:tagesfoto", "bluesky:tagesfoto.bsky.social", "mastodon:@tagesfoto@mastodon.example")
DATES = ("--at", "2026-11-06", "--at", "2026-11-21")


@pytest.fixture
def db(sqlite_url: str) -> str:
    engine = open_store(sqlite_url)
    seed_three_accounts(engine)
    engine.dispose()
    return sqlite_url


def test_three_accounts_two_dates_for_people(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    done = cli("compare", *ACCOUNTS, *DATES, "--lang", "en", "--db", db, env={"COLUMNS": "250"})
    assert done.code == 0, done.err
    out = done.out
    assert out.index("As of 6 Nov 2026") < out.index("As of 21 Nov 2026") < out.index("Change between the dates")
    assert "Every pair of accounts (6 Nov 2026)" in out
    assert "X @tagesfoto – Mastodon @tagesfoto@mastodon.example" in out
    # rates beside interactions, with the followers count used and when it was measured (Berlin time)
    assert "1,200 (measured 3 Nov 2026, 23:59)" in out and "1,260 (measured 18 Nov 2026, 23:59)" in out
    assert "Interactions by post age" in out
    assert "1 post measured only once" in out and "https://mastodon.example/users/tagesfoto/statuses/9" in out
    # X has no replies at the first date: the rule, the parts counted and how many groups each covered
    assert "Rule: common (only parts every compared post knows at every date) — counted: Reposts + Likes" in out
    assert "6 Nov 2026: groups counting each part (of 10 compared): Replies 0, Reposts 10, Likes 10" in out
    assert "per_1000_followers = interactions / followers × 1,000" in out
    assert "compared on reposts + likes: replies unknown for 10 of 10 X @tagesfoto posts (2026-11-06)" in done.err
    german = cli("compare", *ACCOUNTS, *DATES, "--lang", "de", "--db", db, env={"COLUMNS": "250"})
    assert "Stand 06.11.2026" in german.out and "1.200 (gemessen 03.11.2026, 23:59)" in german.out
    assert "Regel: common" in german.out and "Antworten 0, Reposts 10, Likes 10" in german.out


def test_at_80_columns_the_summaries_are_turned_and_no_figure_is_cut(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    done = cli("compare", *ACCOUNTS, *DATES, "--lang", "en", "--db", db, env={"COLUMNS": "80"})
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in done.out  # nothing cut short
    # one column per account, the figures down the side: each figure whole on its row
    summary = lines[lines.index(next(x for x in lines if x.startswith("As of 6 Nov 2026"))):]
    groups = next(x for x in summary if x.startswith("│Groups"))
    assert [c.strip() for c in groups.strip("│").split("│")][0] == "Groups"
    assert len([c for c in groups.strip("│").split("│") if c.strip()]) == 4


def test_csv_rows_per_date_group_and_account(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    done = cli("compare", *ACCOUNTS, *DATES, "--format", "csv", "--db", db)
    assert done.code == 0, done.err
    rows = list(csv.DictReader(io.StringIO(done.out)))
    assert len(rows) == 2 * (10 + 8 + 8)
    for column in ("as_of", "group", "account", "post_id", "created_at", "interactions", "likes", "reposts",
                   "replies", "quotes", "per_1000_followers"):
        assert column in rows[0]
    assert {r["as_of"] for r in rows} == {"2026-11-06T22:59:59.999999Z", "2026-11-21T22:59:59.999999Z"}
    assert all(r["created_at"].endswith("Z") for r in rows)
    x_first = [r for r in rows if r["account"] == "x:tagesfoto" and r["as_of"].startswith("2026-11-06")]
    for r in x_first:
        assert r["followers"] == "1200"
        assert float(r["per_1000_followers"]) == pytest.approx(int(r["interactions"]) / 1200 * 1000)
        assert int(r["interactions"]) == int(r["likes"]) + int(r["reposts"])  # replies unknown: left out
    assert all(r["per_1000_followers"] == "" for r in rows if r["account"].startswith("mastodon:"))


def test_json_is_the_python_api_json(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    done = cli("compare", *ACCOUNTS, *DATES, "--parts", "known", "--json", "--db", db)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    api = reichweite.compare(db, *ACCOUNTS, at=["2026-11-06", "2026-11-21"], parts="known").to_json()
    assert data == json.loads(json.dumps(api))
    assert data["definitions"]["parts_rule"] == "known"
    # with `known` X's groups count what all their posts know; the X posts never had replies at the first date
    assert data["dates"][0]["coverage"]["replies"] == 0 and data["dates"][0]["coverage"]["likes"] == 10
    assert [c["from"] for c in data["change"]] == ["2026-11-06"] * 3


def test_jsonl_at_two_ages_and_an_explicit_parts_list(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    done = cli("compare", *ACCOUNTS[:2], "--age", "1d", "--age", "60d", "--parts", "likes,reposts", "--format",
               "jsonl", "--tolerance", "60d", "--db", db)
    assert done.code == 0, done.err
    rows = [json.loads(line) for line in done.out.splitlines()]
    assert {r["age"] for r in rows} == {"1d", "60d"} and all(r["as_of"] is None for r in rows)
    assert {r["parts"] for r in rows} == {"likes + reposts"}


@pytest.mark.parametrize(("args", "message"), [
    (("x:tagesfoto",), "at least two accounts"),
    ((*ACCOUNTS, "--at", "2026-11-06", "--age", "7d"), "either --at or --age"),
    ((*ACCOUNTS, "--at", "2026-11-21", "--at", "2026-11-06"), "--at: give the values in order"),
    ((*ACCOUNTS, "--parts", "likes,views"), "--parts 'likes,views': expected common, known"),
    ((ACCOUNTS[0], ACCOUNTS[0], ACCOUNTS[1]), "An account is given twice"),
])
def test_bad_options_are_one_line_usage_errors(cli, db: str, args: tuple[str, ...], message: str,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    done = cli("compare", *args, "--db", db)
    assert done.code == 2, done.err
    assert message in done.err and len(done.err.strip().splitlines()) == 1
    assert done.out == ""
