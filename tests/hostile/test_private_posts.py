"""Private stays private: Mastodon visibility (archive and API) stored for every post, direct messages never stored,
followers-only posts stored but left out of `posts`, comparisons, polls and reports unless --visibility asks, content
warnings kept and shown; stores written before upgrade with every post public."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path

import sqlalchemy as sa

from reichweite.store import open_store
from tests.support.replay import MastodonReplay, ReplayServer, Reply, Request

from .conftest import run_main, store_at

ACTOR = "https://det.social/users/anna"
FOLLOWERS = f"{ACTOR}/followers"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
HANDLE = "@anna@det.social"
DM_TEXT = "Meine Telefonnummer ist 0171 5550199, bitte nicht weitersagen"
PRIVATE_TEXT = "Nur für Follower: Urlaubsfotos vom Wochenende"


def _create(number: int, day: int, to: list[str], cc: list[str], text: str, *, kind: str = "Note",
            summary: str | None = None, **extra: object) -> dict:
    """A Create activity as a Mastodon archive writes it: addressing on the activity and on its object."""
    note = {"id": f"{ACTOR}/statuses/{number}", "type": kind, "summary": summary, "inReplyTo": None,
            "published": f"2026-03-0{day}T09:00:00Z", "url": f"https://det.social/@anna/{number}",
            "attributedTo": ACTOR, "to": to, "cc": cc, "sensitive": summary is not None,
            "content": f"<p>{text}</p>", "contentMap": {"de": f"<p>{text}</p>"}, "tag": [], **extra}
    return {"id": f"{ACTOR}/statuses/{number}/activity", "type": "Create", "actor": ACTOR,
            "published": note["published"], "to": to, "cc": cc, "object": note}


def archive(tmp_path: Path) -> Path:
    """A synthetic archive (invented account and texts) in the real layout: outbox.json + actor.json in a zip."""
    items = [
        _create(1001, 1, [PUBLIC], [FOLLOWERS], "Öffentlich: neuer Artikel ist online"),
        _create(1002, 2, [FOLLOWERS], [PUBLIC], "Ungelistet: kleine Notiz"),
        _create(1003, 3, [FOLLOWERS], ["https://mastodon.social/users/bob"], PRIVATE_TEXT),
        _create(1004, 4, ["https://mastodon.social/users/bob"], [], DM_TEXT),
        _create(1005, 5, [PUBLIC], [FOLLOWERS], "Was denkt ihr zur Wahl?", summary="Politik, Wahl"),
        _create(1006, 6, [FOLLOWERS], [], "Kaffee oder Tee? (nur Follower)", kind="Question",
                oneOf=[{"type": "Note", "name": "Kaffee", "replies": {"totalItems": 3}},
                       {"type": "Note", "name": "Tee", "replies": {"totalItems": 1}}]),
        {"id": f"{ACTOR}/statuses/1007/activity", "type": "Announce", "actor": ACTOR,
         "published": "2026-03-07T10:00:00Z", "to": [PUBLIC], "cc": [FOLLOWERS, "https://mastodon.social/users/bob"],
         "object": "https://mastodon.social/users/bob/statuses/555"},
    ]
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items), "orderedItems": items}
    actor = {"id": ACTOR, "type": "Person", "preferredUsername": "anna", "followers": FOLLOWERS}
    path = tmp_path / "archive-20260310.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("outbox.json", json.dumps(outbox))
        z.writestr("actor.json", json.dumps(actor))
    return path


def _stored(db_url: str) -> dict[str, tuple[str | None, str | None]]:
    engine = open_store(db_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT native_id, visibility, content_warning, text FROM posts")).all()
    engine.dispose()
    return {r[0].rsplit("/", 1)[-1]: (r[1], r[2]) for r in rows}


def test_archive_keeps_visibility_and_warnings_and_never_stores_direct_messages(tmp_path: Path, db_url: str) -> None:
    done = run_main("import", "mastodon-archive", str(archive(tmp_path)), "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert "6 items" in done.stdout
    assert "2 of them followers-only" in done.stdout and "1 direct message left out (never stored)" in done.stdout
    stored = _stored(db_url)
    assert stored == {
        "1001": ("public", None), "1002": ("unlisted", None), "1003": ("private", None),
        "1005": ("public", "Politik, Wahl"), "1006": ("private", None), "activity": ("public", None),
    }
    engine = open_store(db_url)
    with engine.connect() as conn:
        texts = [str(v) for row in conn.execute(sa.text("SELECT text, raw FROM posts")) for v in row]
    engine.dispose()
    assert not any("0171" in t for t in texts)  # the direct message is nowhere, not even as raw JSON


def test_listings_comparisons_and_polls_leave_followers_only_posts_out_unless_asked(
        tmp_path: Path, db_url: str) -> None:
    assert run_main("import", "mastodon-archive", str(archive(tmp_path)), "--db", db_url).returncode == 0
    at = ["--at", "2026-03-31"]
    listed = run_main("posts", f"mastodon:{HANDLE}", "--json", *at, "--db", db_url)
    assert listed.returncode == 0, listed.stderr
    posts = json.loads(listed.stdout)
    assert {p["visibility"] for p in posts} == {"public", "unlisted"} and len(posts) == 4
    assert "2 followers-only posts left out" in listed.stderr
    assert not any(PRIVATE_TEXT in p["text"] for p in posts)
    warned = next(p for p in posts if p["content_warning"])
    assert warned["content_warning"] == "Politik, Wahl" and "Wahl?" in warned["text"]
    everything = json.loads(run_main("posts", f"mastodon:{HANDLE}", "--json", "--visibility", "private", *at,
                                     "--db", db_url).stdout)
    assert len(everything) == 6 and {p["visibility"] for p in everything} == {"public", "unlisted", "private"}
    table = run_main("posts", f"mastodon:{HANDLE}", *at, "--db", db_url)
    assert "CW: Politik, Wahl" in table.stdout and "Urlaubsfotos" not in table.stdout

    # the same account compared with itself: the report says how many followers-only posts it left out
    out = tmp_path / "report"
    done = run_main("compare", f"mastodon:{HANDLE}", f"mastodon:{HANDLE}", *at, "--out", str(out), "--lang", "en",
                    "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert "Followers-only posts left out" in done.stderr
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Followers-only posts are excluded" in html and "Urlaubsfotos" not in html
    assert "@@anna" not in html and "@@anna" not in done.stdout and "Mastodon @anna@det.social" in html
    with zipfile.ZipFile(next(out.glob("*.xlsx"))) as book:
        assert not any(b"Urlaubsfotos" in book.read(n) for n in book.namelist())
    included = tmp_path / "included"
    done = run_main("compare", f"mastodon:{HANDLE}", f"mastodon:{HANDLE}", *at, "--out", str(included),
                    "--visibility", "all", "--lang", "en", "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert "Followers-only posts are included" in (included / "index.html").read_text(encoding="utf-8")

    polls = run_main("polls", f"mastodon:{HANDLE}", "--json", *at, "--out", str(tmp_path / "polls"), "--db", db_url)
    assert polls.returncode == 1, polls.stderr  # no poll shown: nothing found, the (empty) data still written
    data = json.loads(polls.stdout)
    assert data["polls"] == [] and data["left_out_followers_only"] == 1
    assert "1 followers-only poll left out" in (tmp_path / "polls" / "polls.html").read_text(encoding="utf-8")
    asked = json.loads(run_main("polls", f"mastodon:{HANDLE}", "--json", "--visibility", "private", *at,
                                "--db", db_url).stdout)
    assert [p["text"] for p in asked["polls"]] == ["Kaffee oder Tee? (nur Follower)"]


def test_visibility_option_is_checked_before_anything_runs(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    for value, expected in (("direct", "never stored"), ("friends", "expected public, unlisted, private or all")):
        done = run_main("posts", f"mastodon:{HANDLE}", "--visibility", value, "--db", str(db))
        assert done.returncode == 2 and "--visibility" in done.stderr and expected in done.stderr
    assert not db.exists()


class _Visibilities:
    """The recorded Mastodon server with the statuses' visibility set as a user would have posted them: one
    followers-only with a content warning, one direct message; the rest as recorded (unlisted)."""

    def __init__(self, inner: MastodonReplay) -> None:
        self.inner = inner

    def __call__(self, request: Request) -> Reply:
        reply = self.inner(request)
        if isinstance(reply.body, list) and len(reply.body) >= 2:
            body = copy.deepcopy(reply.body)
            body[0].update(visibility="private", spoiler_text="Gesundheit")
            body[1].update(visibility="direct", content=f"<p>{DM_TEXT}</p>")
            return Reply(reply.status, body, reply.headers, reply.delay)
        return reply


def test_api_collect_stores_visibility_and_leaves_direct_messages_out(db_url: str) -> None:
    replay = MastodonReplay()
    with ReplayServer(_Visibilities(replay)) as server:
        replay.base = server.url
        done = run_main("collect", "mastodon", "@mastodonpy_test@localhost:3000", "--instance-url", server.url,
                        "--db", db_url, env={"REICHWEITE_NOW": "2026-08-01T15:00:00Z"})
    assert done.returncode == 0, done.stderr
    assert "direct messages left out (never stored)" in done.stdout
    assert "followers-only posts stored" in done.stdout
    engine = open_store(db_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT visibility, content_warning, text FROM posts")).all()
        raw = [str(r[0]) for r in conn.execute(sa.text("SELECT raw FROM posts"))]
    engine.dispose()
    levels = [r[0] for r in rows]
    assert "direct" not in levels and levels.count("private") >= 1 and "unlisted" in levels
    assert all(r[1] == "Gesundheit" for r in rows if r[0] == "private")
    assert not any("0171" in (r[2] or "") for r in rows) and not any("0171" in r for r in raw)


def test_posts_stored_before_are_public(db_url: str) -> None:
    """A store from before visibility was recorded upgrades; its posts count as public, as they did."""
    with store_at(db_url, "0060_redact_stored") as conn:
        conn.execute(sa.text("INSERT INTO posts (platform, native_id, author, created_at, text, kind, first_seen_at) "
                             "VALUES ('mastodon', 'https://det.social/@anna/1', '@anna@det.social', "
                             "'2026-03-01 09:00:00', 'alt', 'post', '2026-03-01 10:00:00')"))
    done = run_main("posts", f"mastodon:{HANDLE}", "--json", "--at", "2026-03-31", "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert [(p["text"], p["visibility"]) for p in json.loads(done.stdout)] == [("alt", "public")]
