"""Values no real export holds — counts past 64 bits or 1e400, lone surrogates, dates at the end of time, boosts
without an id — end in one line naming where, or are kept as what they can be; never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.errors import InputError
from reichweite.jobs.import_table import import_table
from reichweite.jobs.import_x_archive import import_x_archive
from reichweite.model import plausible_count
from reichweite.platforms.mastodon.archive import read_outbox
from reichweite.store.schema import posts
from tests.support import FIXTURES

PREFIX = "window.YTD.tweets.part0 = "
TWEETS = json.loads((FIXTURES / "x_archive" / "data" / "tweets.js").read_text(encoding="utf-8")[len(PREFIX):])[:3]


def _archive(tmp_path: Path, change: dict) -> Path:
    tweets = json.loads(json.dumps(TWEETS))
    tweets[0]["tweet"].update(change)
    data = tmp_path / "archive" / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_bytes((FIXTURES / "x_archive" / "data" / "manifest.js").read_bytes())
    (data / "tweets.js").write_text(PREFIX + json.dumps(tweets), encoding="ascii")  # "\ud800" stays an escape
    return data.parent


@pytest.mark.parametrize(("change", "expected"), [
    ({"favorite_count": "99999999999999999999"}, "favorite_count is 99999999999999999999, beyond any real count"),
    ({"retweet_count": 1e400}, "retweet_count is 'inf', expected a count"),
    ({"created_at": "9999-12-31T23:59:59-05:00"}, "created_at '9999-12-31T23:59:59-05:00' is not a date"),
])
def test_impossible_x_archive_values_are_one_line(tmp_path: Path, store: sa.Engine, change: dict,
                                                  expected: str) -> None:
    with pytest.raises(InputError, match="tweet 1") as caught:
        import_x_archive(store, _archive(tmp_path, change))
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_a_lone_surrogate_is_stored_as_a_replacement_character(tmp_path: Path, store: sa.Engine) -> None:
    import_x_archive(store, _archive(tmp_path, {"full_text": "Hallo \ud800 Welt"}))
    with store.connect() as conn:
        texts = [t for (t,) in conn.execute(sa.select(posts.c.text)) if t and t.startswith("Hallo")]
    assert texts == ["Hallo \ufffd Welt"]


def test_a_count_past_64_bits_in_a_table_names_the_cell(tmp_path: Path, store: sa.Engine) -> None:
    table = tmp_path / "posts.csv"
    table.write_text("platform,post_url,observed_at,likes\n"
                     "x,https://x.com/alice/status/1765432109876543210,2026-03-08 09:00,99999999999999999999\n",
                     encoding="utf-8")
    with pytest.raises(InputError, match=r"row 2.*likes: '99999999999999999999' is beyond any real count"):
        import_table(store, table)


def test_api_counts_no_count_can_be_are_unknown() -> None:
    assert [plausible_count(v) for v in (12, 12.0, 2**63, float("inf"), float("nan"), -1, True, "5", 0.5)] == [
        12, 12, None, None, None, None, None, None, None]


def test_boosts_without_an_id_stay_apart(tmp_path: Path) -> None:
    actor = "https://mastodon.social/users/alice"
    boosts = [{"type": "Announce", "actor": actor, "published": f"2024-11-2{i}T10:00:00Z",
               "object": f"https://example.social/users/bob/statuses/{i}"} for i in range(1, 4)]
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps({"type": "OrderedCollection", "orderedItems": boosts}), encoding="utf-8")
    content = read_outbox(path)
    assert content.boosts == 3 and len({p.native_id for p in content.posts}) == 3
