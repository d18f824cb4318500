"""Long posts: note-tweet.js gives cut-off tweets their full text; X's pseudo-languages are not languages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import sqlalchemy as sa

from reichweite.jobs.import_x_archive import import_x_archive
from reichweite.platforms.x.archive import read_x_archive
from reichweite.store import open_store
from reichweite.store.schema import posts
from tests.support import FIXTURES

FIXTURE = FIXTURES / "x_archive_long"


def _notes() -> dict[str, str]:
    text = (FIXTURE / "data" / "note-tweet.js").read_text(encoding="utf-8")
    items = json.loads(text[text.index("["):])
    return {n["noteTweet"]["noteTweetId"]: n["noteTweet"]["core"]["text"].replace("&amp;", "&") for n in items}


NOTES = _notes()


def test_cut_off_posts_get_their_notes_full_text() -> None:
    archive = read_x_archive(FIXTURE)
    by_id = {p.native_id: p for p in archive.posts}
    assert archive.notes == 3 and archive.long_posts == 2
    assert by_id["1899000000000000003"].text == NOTES["1899000000123456789"]
    assert by_id["1899000000000000002"].text == NOTES["1899000000123456790"]  # created one second apart
    assert "&amp;" not in by_id["1899000000000000002"].text and "Pendlerstatistik & warum" in by_id[
        "1899000000000000002"].text
    assert by_id["1899000000000000003"].hashtags == ["stadtrat", "brücke"]
    assert by_id["1899000000000000003"].raw["note_tweet"]["noteTweetId"] == "1899000000123456789"
    assert by_id["1899000000000000003"].raw["full_text"].endswith("…")  # the tweet as sent stays in raw
    assert by_id["1898000000000000009"].text == "Kurzer Beitrag ohne Fortsetzung …"  # no note: unchanged


def test_pseudo_languages_are_not_languages() -> None:
    by_id = {p.native_id: p for p in read_x_archive(FIXTURE).posts}
    assert by_id["1899000000000000001"].langs == []  # art
    assert by_id["1898000000000000008"].langs == []  # zxx
    assert by_id["1899000000000000003"].langs == ["de"]


def test_import_says_how_many_and_completes_texts_stored_cut_off(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    before = tmp_path / "before" / "data"
    shutil.copytree(FIXTURE / "data", before)
    (before / "note-tweet.js").unlink()  # an earlier import of the same posts, cut off
    import_x_archive(engine, before.parent)
    result = import_x_archive(engine, FIXTURE)
    assert ("2 long posts given their full text from note-tweet.js (1 of its 3 notes matched no post), 2 of them "
            "stored cut off before and now completed") in result.summary()
    with engine.connect() as conn:
        stored = dict(conn.execute(sa.select(posts.c.native_id, posts.c.text).where(posts.c.platform == "x")).all())
    assert stored["1899000000000000003"] == NOTES["1899000000123456789"]
    assert stored["1899000000000000002"] == NOTES["1899000000123456790"]
    again = import_x_archive(engine, FIXTURE)
    assert again.posts_new == 0 and again.snapshots_added == 0 and again.completed == 0


def test_api_long_post_takes_the_note_tweet_text() -> None:
    """API v2 with tweet.fields=note_tweet: `text` is cut, `note_tweet.text` is the whole post."""
    from reichweite.platforms.x.api import TWEET_FIELDS, tweet_post

    assert "note_tweet" in TWEET_FIELDS.split(",")
    full = NOTES["1899000000123456789"]
    tweet = {"id": "1899000000000000003", "created_at": "2025-03-10T09:15:42.000Z", "lang": "de",
             "text": full[:272] + "…", "note_tweet": {"text": full, "entities": {"hashtags": [
                 {"start": 0, "end": 9, "tag": "stadtrat"}]}},
             "public_metrics": {"like_count": 3, "retweet_count": 1, "reply_count": 0, "quote_count": 0}}
    assert tweet_post(tweet, "beispielkonto").text == full
