"""Garbage in: the X archive and table parsers raise InputError (never anything else) and write nothing."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reichweite.errors import InputError
from reichweite.jobs.import_table import import_table
from reichweite.jobs.import_x_archive import import_x_archive
from reichweite.store import open_store
from reichweite.store.schema import account_snapshots, posts, snapshots
from reichweite.tables.detect import LAYOUTS

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ENGINE: sa.Engine


@pytest.fixture(scope="module", autouse=True)
def _engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One store for all examples: every failed import must leave it as it was."""
    global ENGINE
    ENGINE = open_store(str(tmp_path_factory.mktemp("garbage") / "garbage.db"))
    yield
    ENGINE.dispose()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
TWEET_KEYS = ["id_str", "created_at", "full_text", "favorite_count", "retweet_count", "in_reply_to_status_id_str",
              "entities", "lang", "id"]
tweetish = st.dictionaries(st.sampled_from(TWEET_KEYS), json_values | st.sampled_from(
    ["123", "Thu Mar 05 16:07:50 +0000 2026", "RT @a: b", "7", "-1", ""]), max_size=8)


def _rows_in_store() -> int:
    with ENGINE.connect() as conn:
        return sum(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                   for t in (posts, snapshots, account_snapshots))


def _import_or_input_error(run, path: Path) -> bool:  # type: ignore[no-untyped-def]
    """True if the import went through; on InputError the store must be unchanged."""
    before = _rows_in_store()
    try:
        run(ENGINE, path)
    except InputError:
        assert _rows_in_store() == before
        return False
    return True


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes_as_tweets_js_zip_csv_xlsx(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("tweets.js", "archive.zip"):
            path = Path(tmp) / name
            path.write_bytes(data)
            _import_or_input_error(lambda e, p: import_x_archive(e, p, handle="h"), path)
        for name in ("t.csv", "t.xlsx"):
            path = Path(tmp) / name
            path.write_bytes(data)
            _import_or_input_error(import_table, path)


@SETTINGS
@given(st.text(max_size=300))
def test_random_text_after_the_archive_prefix(body: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tweets.js"
        path.write_text("window.YTD.tweets.part0 = " + body, encoding="utf-8")
        _import_or_input_error(lambda e, p: import_x_archive(e, p, handle="h"), path)


@SETTINGS
@given(st.lists(st.one_of(tweetish, json_values, st.fixed_dictionaries({"tweet": tweetish})), max_size=5))
def test_random_json_tweets(items: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tweets.js"
        path.write_text("window.YTD.tweets.part0 = " + json.dumps(items), encoding="utf-8")
        _import_or_input_error(lambda e, p: import_x_archive(e, p, handle="h"), path)


cells = st.one_of(st.text(max_size=15), st.sampled_from(
    ["x", "bluesky", "mastodon", "linkedin", "https://x.com/a/status/12", "2026-03-08 09:00", "1,2 Mio.", "#",
     "https://bsky.app/profile/a.b/post/3l", "12.345", "", "at://did:plc:a/app.bsky.feed.post/1"]))
all_columns = sorted({c for layout in LAYOUTS.values() for c in layout.names})


@SETTINGS
@given(
    st.lists(st.sampled_from(all_columns + ["junk", ""]), min_size=1, max_size=8),
    st.lists(st.lists(cells, max_size=9), max_size=5),
    st.sampled_from([",", ";", "\t"]),
)
def test_random_tables(header: list[str], rows: list[list[str]], delimiter: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        lines = [header, *rows]
        path.write_text("\n".join(delimiter.join(c.replace(delimiter, " ").replace("\n", " ").replace('"', "")
                                                 for c in line) for line in lines), encoding="utf-8")
        _import_or_input_error(import_table, path)
