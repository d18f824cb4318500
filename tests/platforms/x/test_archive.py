"""The X archive reader on the real 2,045-tweet archive: zip, folder, single file, split parts, bad input."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.errors import InputError
from reichweite.jobs.import_x_archive import import_x_archive
from reichweite.platforms.x.archive import read_x_archive
from reichweite.store import open_store
from reichweite.store.schema import posts, snapshots
from tests.support import FIXTURES

FIXTURE = FIXTURES / "x_archive"
TWEETS_JS = FIXTURE / "data" / "tweets.js"
GENERATED = datetime(2026, 3, 6, 13, 15, 31, 187000, tzinfo=UTC)


def _raw_tweets() -> list[dict]:
    """The tweets read independently of the parser: cut the JS prefix, json.loads the rest."""
    text = TWEETS_JS.read_text(encoding="utf-8")
    return [item["tweet"] for item in json.loads(text[text.index("[") :])]


RAW = _raw_tweets()
RAW_RTS = {t["id_str"] for t in RAW if t["full_text"].startswith("RT @")}
RAW_REPLIES = {t["id_str"] for t in RAW if t.get("in_reply_to_status_id_str") and t["id_str"] not in RAW_RTS}


def _zip_folder(folder: Path, target: Path, root: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for file in folder.rglob("*"):
            if file.is_file():
                z.write(file, root + file.relative_to(folder).as_posix())
    return target


def test_folder_gives_every_tweet_with_kinds_from_the_raw_json() -> None:
    archive = read_x_archive(FIXTURE)
    assert len(RAW) == 2045
    assert len(archive.posts) == 2045 == len(archive.snapshots)
    kinds = {p.native_id: p.kind for p in archive.posts}
    assert {i for i, k in kinds.items() if k == "repost"} == RAW_RTS
    assert {i for i, k in kinds.items() if k == "reply"} == RAW_REPLIES
    assert archive.count("post") == 2045 - len(RAW_RTS) - len(RAW_REPLIES)
    assert archive.author == "milahu104"
    assert archive.observed_at == GENERATED
    assert "generationDate" in archive.observed_note


def test_specific_tweets_figures_text_and_provenance() -> None:
    archive = read_x_archive(FIXTURE)
    by_id = {p.native_id: p for p in archive.posts}
    snaps = {s.native_id: s for s in archive.snapshots}
    top = by_id["2027321425615274143"]  # the most-liked tweet: favorite_count "167", retweet_count "1"
    assert top.kind == "reply" and top.reply_to == "2027317716764295516"
    assert top.created_at == datetime(2026, 2, 27, 9, 54, 28, tzinfo=UTC)
    assert top.url == "https://x.com/milahu104/status/2027321425615274143"
    s = snaps["2027321425615274143"]
    assert (s.likes, s.reposts) == (167, 1)
    assert s.replies is None and s.views is None and s.quotes is None  # the archive has none of these
    assert s.source == "archive" and s.observed_at == GENERATED and s.origin.endswith("data/tweets.js")
    assert top.raw["favorite_count"] == "167"  # raw JSON kept as sent
    tagged = by_id["1977058079918461055"]
    assert tagged.hashtags == ["hatetwitter"] and tagged.kind == "post"
    rt = by_id["2001571772517253131"]
    assert rt.kind == "repost" and "trips & tranqs" in rt.text  # &amp; unescaped
    assert snaps[rt.native_id].likes is None  # a retweet's 0 is not the original's figure


def test_zip_with_and_without_a_root_folder(tmp_path: Path) -> None:
    flat = read_x_archive(_zip_folder(FIXTURE, tmp_path / "archive.zip"))
    nested = read_x_archive(_zip_folder(FIXTURE, tmp_path / "nested.zip", root="twitter-2026-03-06/"))
    assert len(flat.posts) == len(nested.posts) == 2045
    assert flat.observed_at == nested.observed_at == GENERATED
    assert flat.snapshots[0].origin == f"{tmp_path / 'archive.zip'}:data/tweets.js"


def test_the_data_folder_itself() -> None:
    archive = read_x_archive(FIXTURE / "data")
    assert len(archive.posts) == 2045 and archive.author == "milahu104" and archive.observed_at == GENERATED


def test_single_tweets_file_without_manifest_needs_handle_and_uses_mtime(tmp_path: Path) -> None:
    lone = tmp_path / "tweets.js"
    shutil.copy(TWEETS_JS, lone)
    os.utime(lone, (1767225600, 1767225600))  # 2026-01-01 00:00 UTC
    with pytest.raises(InputError, match="--handle"):
        read_x_archive(lone)
    archive = read_x_archive(lone, handle="@milahu104")
    assert len(archive.posts) == 2045 and archive.author == "milahu104"
    assert archive.observed_at == datetime(2026, 1, 1, tzinfo=UTC)
    assert "modification time" in archive.observed_note


def test_older_tweet_js_name_and_unwrapped_items(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    items = [t for t in RAW[:10]]  # older archives list bare tweet objects in tweet.js
    (tmp_path / "data" / "tweet.js").write_text("window.YTD.tweet.part0 = " + json.dumps(items), encoding="utf-8")
    archive = read_x_archive(tmp_path, handle="milahu104")
    assert [p.native_id for p in archive.posts] == [t["id_str"] for t in RAW[:10]]


def _split_archive(tmp_path: Path, with_manifest: bool) -> Path:
    text = TWEETS_JS.read_text(encoding="utf-8")
    items = json.loads(text[text.index("[") :])
    data = tmp_path / "split" / "data"
    data.mkdir(parents=True)
    parts = [items[:700], items[700:1400], items[1400:]]
    names = ["tweets.js", "tweets-part1.js", "tweets-part2.js"]
    for n, (name, part) in enumerate(zip(names, parts, strict=True)):
        (data / name).write_text(f"window.YTD.tweets.part{n} = " + json.dumps(part, indent=2), encoding="utf-8")
    if with_manifest:
        manifest = (FIXTURE / "data" / "manifest.js").read_text(encoding="utf-8")
        config = json.loads(manifest[manifest.index("{") :])
        config["dataTypes"]["tweets"]["files"] = [
            {"fileName": f"data/{name}", "globalName": f"YTD.tweets.part{n}", "count": str(len(part))}
            for n, (name, part) in enumerate(zip(names, parts, strict=True))
        ]
        (data / "manifest.js").write_text("window.__THAR_CONFIG = " + json.dumps(config), encoding="utf-8")
    return data.parent


@pytest.mark.parametrize("with_manifest", [True, False])
def test_split_parts_are_all_read(tmp_path: Path, with_manifest: bool) -> None:
    folder = _split_archive(tmp_path, with_manifest)
    archive = read_x_archive(folder, handle=None if with_manifest else "milahu104")
    assert len(archive.posts) == 2045
    assert len(archive.files) == 3
    assert [p.native_id for p in archive.posts] == [t["id_str"] for t in RAW]
    zipped = read_x_archive(_zip_folder(folder, tmp_path / "split.zip"), handle="milahu104")
    assert len(zipped.posts) == 2045


def test_manifest_listing_a_missing_part_is_an_error(tmp_path: Path) -> None:
    folder = _split_archive(tmp_path, with_manifest=True)
    (folder / "data" / "tweets-part1.js").unlink()
    with pytest.raises(InputError, match=r"tweets-part1\.js: listed in the manifest but missing"):
        read_x_archive(folder)


def test_truncated_json_names_the_line(tmp_path: Path) -> None:
    text = TWEETS_JS.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    cut = tmp_path / "tweets.js"
    cut.write_text("".join(lines[:5000]), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_x_archive(cut, handle="milahu104")
    assert info.value.line is not None and 4990 <= info.value.line <= 5001
    assert "truncated JSON" in str(info.value) and str(cut) in str(info.value)


def test_invalid_json_in_the_middle_names_its_line(tmp_path: Path) -> None:
    lines = TWEETS_JS.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[99] = lines[99].replace(":", "=", 1) if ":" in lines[99] else "oops\n"
    bad = tmp_path / "tweets.js"
    bad.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError, match=r"line 100: invalid JSON"):
        read_x_archive(bad, handle="x")


def test_corrupt_zip_and_missing_tweets(tmp_path: Path) -> None:
    good = _zip_folder(FIXTURE, tmp_path / "a.zip").read_bytes()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good[: len(good) // 2])
    with pytest.raises(InputError, match="corrupt zip"):
        read_x_archive(broken)
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(good[:200] + b"\0" * 5000 + good[5200:])  # directory intact, data damaged
    with pytest.raises(InputError, match=r"damaged\.zip"):
        read_x_archive(damaged)
    empty = tmp_path / "empty"
    (empty / "data").mkdir(parents=True)
    shutil.copy(FIXTURE / "data" / "manifest.js", empty / "data")
    (empty / "data" / "manifest.js").write_text(
        (FIXTURE / "data" / "manifest.js").read_text().replace('"data/tweets.js"', '"data/nope.js"'))
    with pytest.raises(InputError, match="missing"):
        read_x_archive(empty)
    with pytest.raises(InputError, match="no tweets file"):
        read_x_archive(_empty_folder(tmp_path), handle="x")
    with pytest.raises(InputError, match="no such file"):
        read_x_archive(tmp_path / "nothing-here.zip")


def _empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "no-tweets"
    folder.mkdir()
    (folder / "like.js").write_text("window.YTD.like.part0 = []")
    return folder


def test_import_stores_once_and_reimport_adds_nothing(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    first = import_x_archive(engine, FIXTURE)
    again = import_x_archive(engine, _zip_folder(FIXTURE, tmp_path / "archive.zip"))
    assert (first.posts, first.posts_new, first.snapshots_added) == (2045, 2045, 2045)
    assert (again.posts, again.posts_new, again.snapshots_added) == (2045, 0, 0)
    assert first.reposts == len(RAW_RTS) and first.replies == len(RAW_REPLIES)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one() == 2045
        assert conn.execute(sa.select(sa.func.count()).select_from(snapshots)).scalar_one() == 2045
        row = conn.execute(
            sa.select(snapshots.c.likes, snapshots.c.replies, snapshots.c.views, snapshots.c.observed_at)
            .join(posts, posts.c.id == snapshots.c.post_id).where(posts.c.native_id == "2027321425615274143")
        ).one()
    assert (row.likes, row.replies, row.views, row.observed_at) == (167, None, None, GENERATED)
    assert "2,045 posts (0 new, 2,045 known" in again.summary()


def test_edited_tweets_count_once_as_their_latest_version(tmp_path: Path) -> None:
    # Two real tweets turned into one edit chain (ids and counts kept; the edit_info fields as X documents them:
    # "up to 5 edited tweets with unique editTweetIds, all connected by the initialTweetID").
    first, second = (json.loads(json.dumps(t)) for t in (RAW[5], RAW[4]))
    ids = [first["id_str"], second["id_str"]]
    assert int(ids[0]) < int(ids[1])
    first["edit_info"] = {"initial": {"editTweetIds": ids, "editableUntil": "2026-03-06T14:00:00.000Z",
                                      "editsRemaining": "4", "isEditEligible": True}}
    second["edit_info"] = {"edit": {"initialTweetId": ids[0], "editControlInitial": {
        "editTweetIds": ids, "editableUntil": "2026-03-06T14:00:00.000Z", "editsRemaining": "4",
        "isEditEligible": True}}}
    path = tmp_path / "tweets.js"
    path.write_text("window.YTD.tweets.part0 = " + json.dumps([{"tweet": t} for t in (second, first, RAW[0])]))
    archive = read_x_archive(path, handle="milahu104")
    assert [p.native_id for p in archive.posts] == [ids[1], RAW[0]["id_str"]]
    assert archive.earlier_versions == 1
    engine = open_store(str(tmp_path / "r.db"))
    summary = import_x_archive(engine, path, handle="milahu104").summary()
    assert "1 earlier version of edited tweets left out" in summary
