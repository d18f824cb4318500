"""Every command that takes a date reads it by the one date rule: ISO and German spellings mean the same moment,
a bare date is the end of that day in --tz (the start of it for --since), an ambiguous slash date, an unknown or
ambiguous zone and a time without a date are refused naming the option."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reichweite.cli import app
from reichweite.errors import ReichweiteError
from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.store import open_store, save_account_snapshots, save_posts, save_snapshots
from tests.support.replay import ReplayServer, XReplay

FIXTURES = Path(__file__).parents[1] / "fixtures"
# Berlin is UTC+1 in November: 21.11.2023 runs from 20.11. 23:00 UTC to 21.11. 22:59:59 UTC
BEFORE = datetime(2023, 11, 20, 11, 0, tzinfo=UTC)  # the day before
DURING = datetime(2023, 11, 21, 14, 0, tzinfo=UTC)  # 15:00 in Berlin on the Stichtag
AFTER = datetime(2023, 11, 22, 9, 0, tzinfo=UTC)  # the day after


@dataclass
class Done:
    code: int
    out: str
    err: str


def cli(*args: str, env: dict[str, str] | None = None) -> Done:
    result = CliRunner().invoke(app, list(args), env=env, standalone_mode=False)
    if isinstance(result.exception, ReichweiteError):
        return Done(result.exception.exit_code, result.stdout, f"Error: {result.exception}")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    code = result.exit_code if result.return_value is None else int(result.return_value or 0)
    return Done(code, result.stdout, result.stderr)


@pytest.fixture
def db(sqlite_url: str) -> str:
    """Two X posts and two Bluesky posts (one of each a poll), measured the day before, on and after the Stichtag;
    the X account measured the same three times."""
    engine = open_store(sqlite_url)
    created = datetime(2023, 11, 19, 9, 0, tzinfo=UTC)
    with engine.begin() as conn:
        posts = [
            Post("x", "1001", "alice", created, "Abendlicht über der Spree #fotoprompt"),
            Post("bluesky", "at://did:plc:alice/app.bsky.feed.post/3kabc", "alice.bsky.social", created,
                 "Abendlicht über der Spree #fotoprompt"),
            Post("x", "1002", "alice", created, "Welche Farbe? Umfrage", kind="poll"),
        ]
        ids = save_posts(conn, posts, source="api")
        snaps = []
        for when, likes in ((BEFORE, 5), (DURING, 9), (AFTER, 20)):
            snaps += [
                Snapshot("x", "1001", when, "api", likes=likes, reposts=1),
                Snapshot("bluesky", "at://did:plc:alice/app.bsky.feed.post/3kabc", when, "api", likes=likes + 1,
                         reposts=0, replies=0, quotes=0),
                Snapshot("x", "1002", when, "api", likes=likes, poll_votes=likes * 10,
                         poll_options=[{"title": "rot", "votes": likes * 4}, {"title": "blau", "votes": likes * 6}]),
            ]
        save_snapshots(conn, snaps, post_ids=ids)
        save_account_snapshots(conn, [AccountSnapshot("x", "alice", when, "api", followers=f, following=10, posts=3)
                                      for when, f in ((BEFORE, 100), (DURING, 120), (AFTER, 150))])
    engine.dispose()
    return sqlite_url


@pytest.mark.parametrize("spelling", ["2023-11-21", "21.11.2023", "21.11.23", "21 Nov 2023", "21. November 2023",
                                      "Nov 21, 2023"])
def test_accounts_at_a_bare_date_is_the_end_of_that_day(db: str, spelling: str) -> None:
    done = cli("accounts", "x:alice", "--at", spelling, "--json", "--db", db)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["as_of"] == "2023-11-21T22:59:59.999999Z"
    assert [a["followers"] for a in data["accounts"]] == [120]


def test_at_with_tz_takes_the_day_in_that_zone(db: str) -> None:
    done = cli("accounts", "x:alice", "--at", "20.11.2023", "--tz", "America/Los_Angeles", "--json", "--db", db)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["as_of"] == "2023-11-21T07:59:59.999999Z"
    assert [a["followers"] for a in data["accounts"]] == [100]


@pytest.mark.parametrize(("value", "as_of", "followers"), [
    ("21.11.2023 05:30 PST", "2023-11-21T13:30:00Z", 100),  # half an hour before the Stichtag's measurement
    ("2023-11-21 06:30 PST", "2023-11-21T14:30:00Z", 120),
    ("21.11.2023 15:30 MEZ", "2023-11-21T14:30:00Z", 120),
    ("2023-11-21 09:30 EST", "2023-11-21T14:30:00Z", 120),
])
def test_zone_abbreviations_are_used(db: str, value: str, as_of: str, followers: int) -> None:
    done = cli("accounts", "x:alice", "--at", value, "--json", "--db", db)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["as_of"] == as_of
    assert [a["followers"] for a in data["accounts"]] == [followers]


@pytest.mark.parametrize(("value", "message"), [
    ("12/05/2023", "day or month first"),
    ("2023-11-21 09:00 CST", "CST can mean"),
    ("2023-11-21 09:00 XYZ", "unknown time zone"),
    ("09:15", "a time without a date"),
    ("gestern", "is not a date"),
])
@pytest.mark.parametrize("command", [["accounts", "x:alice"], ["polls"], ["posts", "x:alice"],
                                     ["compare", "x:alice", "bluesky:alice.bsky.social"]])
def test_unreadable_at_is_refused_naming_the_option(db: str, command: list[str], value: str, message: str) -> None:
    done = cli(*command, "--at", value, "--db", db)
    assert done.code == 2
    assert done.err.startswith("Error: --at: ") and message in done.err


def test_unknown_tz_is_refused(db: str) -> None:
    done = cli("accounts", "x:alice", "--at", "21.11.2023", "--tz", "Mars/Olympus", "--db", db)
    assert done.code == 2 and "--tz: unknown time zone 'Mars/Olympus'" in done.err


def test_posts_at_german_date_equals_iso(db: str) -> None:
    iso = cli("posts", "x:alice", "--at", "2023-11-21", "--json", "--db", db)
    german = cli("posts", "x:alice", "--at", "21.11.2023", "--json", "--db", db)
    assert iso.code == german.code == 0, german.err
    assert json.loads(german.out) == json.loads(iso.out)
    assert sorted(p["likes"] for p in json.loads(german.out)) == [9, 9]


def test_polls_at_german_date_is_the_end_of_that_day(db: str) -> None:
    done = cli("polls", "x:alice", "--at", "21.11.23", "--json", "--db", db)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["as_of"] == "2023-11-21T22:59:59.999999Z"
    assert [p["votes"] for p in data["polls"]] == [90]


def test_compare_at_german_date_equals_iso(db: str, tmp_path: Path) -> None:
    runs = {}
    for spelling in ("2023-11-21", "21.11.2023"):
        done = cli("compare", "x:alice", "bluesky:alice.bsky.social", "--at", spelling, "--json", "--lang", "en",
                   "--out", str(tmp_path / spelling), "--db", db)
        assert done.code == 0, done.err
        runs[spelling] = json.loads(done.out)
    pairs = runs["21.11.2023"]["pairs"]
    assert [(p["a_native_id"], p["a_interactions"], p["b_interactions"]) for p in pairs] == [("1001", 10, 10)]
    assert pairs == runs["2023-11-21"]["pairs"]


@pytest.mark.parametrize("command", [
    ["collect", "bluesky", "alice.bsky.social", "--appview", "http://127.0.0.1:9"],
    ["collect", "mastodon", "@alice@example.org", "--instance-url", "http://127.0.0.1:9"],
    ["collect", "x", "alice", "--api-url", "http://127.0.0.1:9"],
])
@pytest.mark.parametrize(("value", "message"), [("09:15", "a time without a date"),
                                                ("12/05/2026", "day or month first")])
def test_since_is_refused_before_anything_is_fetched(sqlite_url: str, command: list[str], value: str,
                                                     message: str) -> None:
    done = cli(*command, "--since", value, "--db", sqlite_url, env={"X_BEARER_TOKEN": "test-token-not-real"})
    assert done.code == 2, (done.out, done.err)
    assert done.err.startswith("Error: --since: ") and message in done.err


def test_since_bare_date_is_the_start_of_that_day() -> None:
    from reichweite.cli.common import parse_date_option

    for spelling in ("2023-11-21", "21.11.2023", "21 Nov 2023"):
        assert parse_date_option(spelling, "--since", "Europe/Berlin", bare="start") == datetime(
            2023, 11, 20, 23, 0, tzinfo=UTC)


def test_linkedin_page_at_german_date(sqlite_url: str) -> None:
    path = FIXTURES / "linkedin" / "page" / "beispiel-ag_followers_1718755200000.xlsx"
    done = cli("import", "linkedin-page", str(path), "--at", "19.06.2024", "--json", "--db", sqlite_url)
    assert done.code == 0, done.err
    assert json.loads(done.out)["files"][0]["observed_at"] == "2024-06-19T21:59:59.999999Z"


def test_panel_dates_accept_german_spellings(sqlite_url: str, tmp_path: Path) -> None:
    iso = cli("panel", "members", "dax", "--at", "2021-09-20", "--json", "--db", sqlite_url)
    german = cli("panel", "members", "dax", "--at", "20.09.2021", "--json", "--db", sqlite_url)
    assert iso.code == german.code == 0, german.err
    assert json.loads(german.out) == json.loads(iso.out)
    assert json.loads(german.out)["count"] == 40
    example = Path(__file__).parents[2] / "examples" / "panel-data" / "dax_panel_synthetic.xlsx"
    assert cli("import", "table", str(example), "--db", sqlite_url).code == 0
    report = cli("panel", "report", "dax", "--composition", "fixed:20.09.2021", "--at", "30.06.19", "--json",
                 "--db", sqlite_url)
    assert report.code == 0, report.err
    data = json.loads(report.out)
    assert data["composition"] == "fixed:2021-09-20"
    assert data["latest"] == "2019-06-30"
    template = cli("template", "companies", str(tmp_path / "t.xlsx"), "--wide", "--panel", "dax", "--at",
                   "20.09.2021", "--db", sqlite_url)
    assert template.code == 0, template.err
    assert "(40 companies of dax on 2021-09-20)" in template.err


def test_panel_date_with_a_time_is_refused(sqlite_url: str) -> None:
    done = cli("panel", "members", "dax", "--at", "20.09.2021 10:00", "--db", sqlite_url)
    assert done.code == 2 and "--at: '20.09.2021 10:00': expected a date without a time" in done.err


@pytest.mark.parametrize("spelling", ["2023-11-21", "21.11.2023", "21.11.23", "21. November 2023"])
def test_collect_since_a_bare_date_reaches_back_to_the_start_of_that_day(
        sqlite_url: str, x_replay: tuple[ReplayServer, XReplay], spelling: str) -> None:
    """The timeline is read back to --since: a page whose oldest post is 00:30 in Berlin on the 21st is inside it
    (the next page, from the 20th, is the last read); the end of the day would have stopped after the first."""
    server, replay = x_replay
    first, second, third = "1385164195260469248", "1383055313276964865", "1383055194603323392"
    replay.dates = {first: datetime(2023, 11, 20, 23, 30, tzinfo=UTC),  # 00:30 on the 21st in Berlin
                    second: datetime(2023, 11, 20, 22, 30, tzinfo=UTC),  # 23:30 on the 20th in Berlin
                    third: datetime(2023, 11, 19, 9, 0, tzinfo=UTC)}
    replay.timeline("BeatriceMazoyer", [[first], [second], [third]])
    done = cli("collect", "x", "BeatriceMazoyer", "--api-url", server.url + "/2", "--since", spelling,
               "--now", "2023-11-22T12:00:00Z", "--db", sqlite_url)
    assert done.code == 0, done.err
    pages = [r for r in server.requests if r.path.endswith("/tweets") and r.path.startswith("/2/users/")]
    assert len(pages) == 2
