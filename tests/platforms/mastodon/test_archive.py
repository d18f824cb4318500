"""`reichweite import mastodon-archive`: outbox.json (plain or in the archive zip), posts and boosts, no counts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import sqlalchemy as sa

from reichweite.platforms.mastodon.archive import read_outbox
from reichweite.store import open_store, posts_frame
from reichweite.store.schema import snapshots
from tests.support.cli import run_cli

ACTOR = "https://det.social/users/anna"


def outbox() -> dict:
    """A synthetic outbox in the layout of a real Mastodon archive (invented account and texts)."""
    return {
        "@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
        "totalItems": 4,
        "orderedItems": [
            {"id": f"{ACTOR}/statuses/1001/activity", "type": "Create", "actor": ACTOR,
             "published": "2026-03-01T09:15:02Z",
             "object": {"id": f"{ACTOR}/statuses/1001", "type": "Note", "published": "2026-03-01T09:15:02Z",
                        "url": "https://det.social/@anna/1001", "inReplyTo": None,
                        "content": "<p>Grüße aus Köln &amp; Umgebung!<br>Zeile zwei <a href=\"https://det.social/"
                                   "tags/Fotoprompt\" class=\"mention hashtag\" rel=\"tag\">#<span>Fotoprompt"
                                   "</span></a></p>",
                        "contentMap": {"de": "<p>Grüße …</p>"},
                        "tag": [{"type": "Hashtag", "href": "https://det.social/tags/fotoprompt",
                                 "name": "#Fotoprompt"}]}},
            {"id": f"{ACTOR}/statuses/1002/activity", "type": "Announce", "actor": ACTOR,
             "published": "2026-03-02T10:00:00Z", "to": ["https://www.w3.org/ns/activitystreams#Public"],
             "object": "https://mastodon.social/users/bob/statuses/555"},
            {"id": f"{ACTOR}/statuses/1003/activity", "type": "Create", "actor": ACTOR,
             "published": "2026-03-03T11:00:00Z",
             "object": {"id": f"{ACTOR}/statuses/1003", "type": "Question", "published": "2026-03-03T11:00:00Z",
                        "url": "https://det.social/@anna/1003", "content": "<p>Kaffee oder Tee?</p>",
                        "oneOf": [{"type": "Note", "name": "Kaffee"}, {"type": "Note", "name": "Tee"}]}},
            {"id": f"{ACTOR}/statuses/1004/activity", "type": "Create", "actor": ACTOR,
             "published": "2026-03-04T12:00:00Z",
             "object": {"id": f"{ACTOR}/statuses/1004", "type": "Note", "published": "2026-03-04T12:00:00Z",
                        "url": "https://det.social/@anna/1004", "inReplyTo": "https://x.y/users/c/statuses/9",
                        "content": "<p>Antwort</p>"}},
        ],
    }


def test_outbox_posts_boosts_polls_and_replies(tmp_path: Path) -> None:
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(outbox()), encoding="utf-8")
    content = read_outbox(path)
    assert content.handle == "@anna@det.social" and content.boosts == 1
    kinds = {p.native_id: p.kind for p in content.posts}
    assert kinds == {"https://det.social/@anna/1001": "post", f"{ACTOR}/statuses/1002/activity": "repost",
                     "https://det.social/@anna/1003": "poll", "https://det.social/@anna/1004": "reply"}
    first = content.posts[0]
    assert first.text == "Grüße aus Köln & Umgebung!\nZeile zwei #Fotoprompt"
    assert first.hashtags == ["fotoprompt"] and first.langs == ["de"]


def test_cli_import_zip_twice_no_duplicates_and_says_no_counts(tmp_path: Path, db_url: str) -> None:
    archive = tmp_path / "archive-20260310.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("outbox.json", json.dumps(outbox()))
        z.writestr("actor.json", json.dumps({"id": ACTOR}))
    first = run_cli("import", "mastodon-archive", str(archive), "--db", db_url)
    assert first.code == 0, first.err
    assert "4 items (3 own posts, 1 boost marked as repost), 4 new" in first.out
    assert "The archive holds no counts" in first.out
    again = run_cli("import", "mastodon-archive", str(archive), "--db", db_url)
    assert ", 0 new;" in again.out
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert len(posts_frame(conn, "mastodon", "@anna@det.social")) == 4
        assert conn.execute(sa.select(sa.func.count()).select_from(snapshots)).scalar_one() == 0


def test_numeric_actor_urls_take_the_name_from_actor_json(tmp_path: Path) -> None:
    numeric = json.loads(json.dumps(outbox()).replace(ACTOR, "https://det.social/ap/users/114000000000000001"))
    (tmp_path / "outbox.json").write_text(json.dumps(numeric), encoding="utf-8")
    assert read_outbox(tmp_path / "outbox.json").handle == "@114000000000000001@det.social"
    (tmp_path / "actor.json").write_text(json.dumps({"preferredUsername": "anna"}), encoding="utf-8")
    assert read_outbox(tmp_path / "outbox.json").handle == "@anna@det.social"


def test_bad_archive_names_file_and_problem(tmp_path: Path) -> None:
    broken = tmp_path / "outbox.json"
    broken.write_text('{"orderedItems": [\n{"type": "Create",\n', encoding="utf-8")
    result = run_cli("import", "mastodon-archive", str(broken), "--db", str(tmp_path / "m.db"))
    assert result.code == 1 and str(broken) in result.err and "line 3" in result.err and "not valid JSON" in result.err
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("tweets.js", "[]")
    result = run_cli("import", "mastodon-archive", str(other), "--db", str(tmp_path / "m.db"))
    assert result.code == 1 and "no outbox.json" in result.err
