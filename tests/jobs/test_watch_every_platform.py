"""The issue's "done when": a watch list with one account per platform against local servers replaying recorded
answers, LinkedIn and Xing figures from imports, the collector run twice across a simulated day, then `accounts`,
`polls`, `posts` and `compare` show the right numbers as of each date — on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from reichweite.store import open_store
from reichweite.store.schema import collection_runs
from tests.support import FIXTURES
from tests.support.cli import TOKEN, run_cli
from tests.support.replay import BlueskyReplay, MastodonReplay, ReplayServer, XReplay

DAY1 = "2026-08-01T15:00:00Z"
DAY2 = "2026-08-02T15:00:00Z"
EVENING1 = "2026-08-01T20:00:00Z"
EVENING2 = "2026-08-02T20:00:00Z"
NEWEST_BLUESKY = "at://did:plc:hbbrkyeqnurr25zqve3a5udb/app.bsky.feed.post/3lm7rsu272c2t"
HAM = "http://localhost:3000/@admin/117020574694606796"


def _json(*args: str) -> dict | list:
    result = run_cli(*args)
    data = json.loads(result.out)
    nothing = isinstance(data, dict) and data.get("accounts") == []  # nothing found: the data, and exit code 1
    assert result.code == (1 if nothing else 0), result.err
    return data


def test_watch_list_two_days_every_platform(tmp_path: Path, db_url: str, monkeypatch) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    bluesky = BlueskyReplay(
        "boogheta.bsky.social",
        # the newest real post moved to 2026-08-01 13:46 UTC, the others keep their distance to it
        shift=datetime(2026, 8, 1, 13, 46, 8, 981000, tzinfo=UTC) - datetime(2025, 4, 7, 10, 46, 8, 981000, tzinfo=UTC),
    )
    # a cross-post: the newest Bluesky post carries the text of the admin's recorded status
    bluesky.retext[NEWEST_BLUESKY] = "I have never stolen a ham in my life."
    mastodon = MastodonReplay()
    x = XReplay(TOKEN, shift=datetime(2026, 8, 1, 13, 15, tzinfo=UTC) - datetime(2023, 1, 26, 15, 15, tzinfo=UTC))
    x.timeline("TOMOKAPEACE", [["1618628579440619521"]])
    x.add_poll("1618628579440619521", [("Ja", 10), ("Nein", 5)])  # the recordings hold no poll: added, documented
    with ExitStack() as stack:
        b_srv = stack.enter_context(ReplayServer(bluesky))
        m_srv = stack.enter_context(ReplayServer(mastodon))
        x_srv = stack.enter_context(ReplayServer(x))
        mastodon.base = m_srv.url
        watch = tmp_path / "watch.toml"
        watch.write_text(f"""
[plan]
post_ages = ["1h", "24h"]
tolerance = "3h"
accounts_every = "1d"

[bluesky]
appview = "{b_srv.url}"
accounts = ["boogheta.bsky.social"]

[mastodon]
instance_url = "{m_srv.url}"
accounts = ["@admin@localhost:3000"]

[x]
api_url = "{x_srv.url}"
accounts = ["TOMOKAPEACE"]

[linkedin]
accounts = ["beispiel-ag"]

[xing]
accounts = ["beispiel-ag"]
""", encoding="utf-8")
        xing = tmp_path / "xing.csv"
        xing.write_text("platform,handle,observed_at,followers,following,posts\n"
                        "xing,beispiel-ag,2026-08-01 09:00,\"1,2 Tsd.\",,17\n"
                        "xing,beispiel-ag,2026-08-02 09:00,1234,,18\n", encoding="utf-8")
        imported = run_cli("import", "table", str(xing), "--db", db_url)
        assert imported.code == 0, imported.err
        page = run_cli("import", "linkedin-page", str(FIXTURES / "linkedin" / "page" /
                                                      "beispiel-ag_followers_1718755200000.xlsx"),
                       "--followers", "1000", "--db", db_url)
        assert page.code == 0, page.err

        first = run_cli("collect", "--config", str(watch), "--db", db_url, "--now", DAY1)
        assert first.code == 0, first.err
        assert "linkedin: no API" in first.err
        for replay in (bluesky, mastodon, x):
            replay.day = 1
        second = run_cli("collect", "--config", str(watch), "--db", db_url, "--now", DAY2)
        assert second.code == 0, second.err
        # a third run at the same moment finds nothing due
        third = run_cli("collect", "--config", str(watch), "--db", db_url, "--now", DAY2)
    assert "0 post snapshots, 0 account snapshots" in third.err, third.err

    def followers(target: str, at: str) -> int | None:
        data = _json("accounts", target, "--db", db_url, "--at", at, "--json")
        return data["accounts"][0]["followers"] if data["accounts"] else None

    admin_followers = mastodon.accounts["admin"]["followers_count"]
    assert (followers("bluesky:boogheta.bsky.social", EVENING1), followers("bluesky:boogheta.bsky.social", EVENING2)) \
        == (240, 250)
    assert (followers("mastodon:@admin@localhost:3000", EVENING1),
            followers("mastodon:@admin@localhost:3000", EVENING2)) == (admin_followers, admin_followers + 5)
    assert (followers("x:TOMOKAPEACE", EVENING1), followers("x:TOMOKAPEACE", EVENING2)) == (
        x.users["tomokapeace"]["public_metrics"]["followers_count"],
        x.users["tomokapeace"]["public_metrics"]["followers_count"] + 7)
    assert (followers("xing:beispiel-ag", EVENING1), followers("xing:beispiel-ag", EVENING2)) == (1200, 1234)
    assert followers("bluesky:boogheta.bsky.social", "2026-07-31T12:00:00Z") is None  # before the first run
    # LinkedIn page (synthetic export): 1000 on its last day (2024-06-14, which brought 2 new), no newer figure
    linkedin = (followers("linkedin:beispiel-ag", "2024-06-14T00:00:00Z"), followers("linkedin:beispiel-ag", EVENING2))
    assert linkedin == (998, 1000)

    polls1 = _json("polls", "--db", db_url, "--at", EVENING1, "--json")["polls"]
    polls2 = _json("polls", "--db", db_url, "--at", EVENING2, "--json")["polls"]
    got1 = {p["platform"]: (p["votes"], p["voters"], p["views"], p["participation"]) for p in polls1}
    got2 = {p["platform"]: (p["votes"], p["voters"], p["views"], p["participation"]) for p in polls2}
    # Mastodon shows no views: participation unknown. X: 0 impressions on day 1 → unknown, 100 on day 2.
    assert got1 == {"mastodon": (1, 1, None, None), "x": (15, None, 0, None)}
    assert got2 == {"mastodon": (2, 2, None, None), "x": (17, None, 100, 0.17)}

    def likes(target: str, at: str) -> dict[str, int | None]:
        return {p["id"]: p["likes"] for p in _json("posts", target, "--db", db_url, "--at", at, "--json")}

    bsky1, bsky2 = likes("bluesky:boogheta.bsky.social", EVENING1), likes("bluesky:boogheta.bsky.social", EVENING2)
    assert len(bsky1) == 9 and bsky1[NEWEST_BLUESKY] == 0
    assert bsky2[NEWEST_BLUESKY] == 2  # re-measured at 24 h: due on day 2
    # older posts were past their windows: not re-measured on day 2, their day-1 figures stand
    older = "at://did:plc:hbbrkyeqnurr25zqve3a5udb/app.bsky.feed.post/3ljpthyfcqs2e"
    assert bsky1[older] == bsky2[older] == 7

    compared = {}
    for at in (EVENING1, EVENING2):
        data = _json("compare", "bluesky:boogheta.bsky.social", "mastodon:@admin@localhost:3000", "--db", db_url,
                     "--at", at, "--json", "--out", str(tmp_path / "report"))
        pairs = {(p["a_native_id"], p["b_native_id"]): (p["a_interactions"], p["b_interactions"])
                 for p in data["pairs"]}
        compared[at] = pairs[(NEWEST_BLUESKY, HAM)]
    # interactions = replies + reposts + likes; day 2: Bluesky +2 likes +1 repost, Mastodon +3 +1 +1
    assert compared == {EVENING1: (0, 0), EVENING2: (3, 5)}

    engine = open_store(db_url)
    with engine.connect() as conn:
        runs = pd.DataFrame(conn.execute(sa.select(collection_runs)).mappings().all())
    assert set(runs["platform"]) == {"bluesky", "mastodon", "x"} and set(runs["status"]) == {"ok"}
    assert len(runs) == 9  # three runs, one row per watched account
