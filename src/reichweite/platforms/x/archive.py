"""The official X account archive ("Download an archive of your data"): .zip, folder, or a single tweets.js.

Counts in the archive are strings; it has no reply count and no impressions (those figures stay None).
Retweets are `RT @…` texts whose counts the archive writes as 0: they are not the original's figures, so a
repost's snapshot leaves them unknown.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from reichweite.archives import Archive
from reichweite.errors import InputError, Said, json_reason
from reichweite.model import MAX_COUNT, Post, Snapshot
from reichweite.platforms.x.codes import languages
from reichweite.platforms.x.notes import NOTE_FILE, merge_notes, read_notes
from reichweite.timeutil import parse_datetime

PLATFORM = "x"
# `window.YTD.tweets.part0 = [` (newer), `window.YTD.tweet.part0 = [` (older), `window.__THAR_CONFIG = {`
_PREFIX = re.compile(r"^\s*window\.[A-Za-z0-9_.$]+\s*=\s*")
_TWEET_FILE = re.compile(r"(?:^|/)(tweets?)(?:-part(\d+))?\.js$")


@dataclass
class XArchive:
    """What one archive holds: posts, one snapshot per post, and where the figures' time comes from."""

    author: str
    observed_at: datetime
    observed_note: str
    files: list[str]
    observed_from: str = "manifest"  # where the time comes from: "manifest" (generationDate) or "mtime"
    observed_file: str = ""  # the file it was read from
    posts: list[Post] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
    earlier_versions: int = 0  # versions of edited tweets superseded by a later edit in the archive
    notes: int = 0  # long posts' full texts in note-tweet.js
    long_posts: int = 0  # cut-off posts that got their full text from a note

    def count(self, kind: str) -> int:
        return sum(1 for p in self.posts if p.kind == kind)


def _text(archive: Archive, name: str) -> str:
    if name not in archive and not name.startswith("..") and "/../" not in name:
        raise InputError(archive.shown(name), Said("listed in the manifest but missing from the archive",
                                                    "src.x.listed_missing"))
    return _decode(archive.read(name), archive.shown(name))


def _decode(data: bytes, shown: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(shown, Said("is not UTF-8 text (an X archive file is UTF-8 JavaScript)", "src.x.not_utf8"),
                         line=line) from None


def parse_js_assignment(text: str, shown: str) -> Any:
    """`window.YTD.tweets.part0 = [...]` → the JSON value. Truncated or invalid JSON names the line."""
    match = _PREFIX.match(text)
    if not match:
        raise InputError(shown, Said("expected a file starting with `window.YTD.<name>.partN = [` (X archive format)",
                                     "src.x.no_prefix"), line=1)
    # keep the prefix's characters as spaces, so JSON line numbers are the file's line numbers
    body = " " * match.end() + text[match.end():]
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        ends_early = exc.pos >= len(body.rstrip()) or not body.rstrip().endswith(("]", "}"))
        reason = json_reason(exc.msg)
        what = (Said(f"truncated JSON, the file ends early ({reason})", "src.x.truncated", reason=reason)
                if ends_early else Said(f"invalid JSON: {reason}", "src.x.invalid_json", reason=reason))
        raise InputError(shown, Said(f"{what}; the file may be damaged, download the archive again",
                                     "src.x.damaged", what=what), line=exc.lineno) from None
    except RecursionError:
        raise InputError(shown, Said("invalid JSON: nested too deeply", "src.x.too_deep")) from None


def _manifest_info(manifest: Any, shown: str) -> tuple[str | None, datetime | None, list[str]]:
    """userName, generationDate and the tweets files the manifest lists."""
    if not isinstance(manifest, dict):
        raise InputError(shown, Said("manifest is not a JSON object", "src.x.manifest_object"))
    user = manifest.get("userInfo")
    name = user.get("userName") if isinstance(user, dict) else None
    generated = None
    info = manifest.get("archiveInfo")
    if isinstance(info, dict) and isinstance(info.get("generationDate"), str):
        try:
            generated = parse_datetime(info["generationDate"])
        except ValueError:
            raise InputError(shown, Said(f"archiveInfo.generationDate {info['generationDate']!r} is not a date",
                                         "src.x.generation_date", value=repr(info["generationDate"]))) from None
    files: list[str] = []
    types = manifest.get("dataTypes")
    if isinstance(types, dict):
        for key in ("tweets", "tweet"):
            entry = types.get(key)
            if isinstance(entry, dict) and isinstance(entry.get("files"), list):
                files += [f["fileName"] for f in entry["files"] if isinstance(f, dict)
                          and isinstance(f.get("fileName"), str)]
    return (name if isinstance(name, str) and name else None), generated, files


def _locate(name: str, root: str, here: str, names: list[str]) -> str:
    """A manifest fileName (relative to the archive root); when the `data` folder itself was given, beside it."""
    direct, beside = root + name, here + PurePosixPath(name).name
    return beside if direct not in names and beside in names else direct


def _part_order(name: str) -> tuple[int, str]:
    m = _TWEET_FILE.search(name)
    return (int(m.group(2)) if m and m.group(2) else -1, name)


def _tweet_files(names: list[str]) -> list[str]:
    """tweets.js / tweet.js / tweets-partN.js, outside media folders, in part order."""
    found = [n for n in names if _TWEET_FILE.search(n) and "/deleted" not in n]
    return sorted(found, key=_part_order)


def read_x_archive(path: str | Path, *, handle: str | None = None) -> XArchive:
    """Read an X archive (zip, folder or a tweets file) into posts and one archive snapshot per post.

    The author is the manifest's userName (or `handle` when there is no manifest); observed_at is the
    manifest's generationDate, else the modification time of the file given.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, Said("no such file or folder", "error.no_such_file"))
    if path.is_file() and not zipfile.is_zipfile(path):
        if path.suffix.lower() == ".zip":
            raise InputError(path, Said("corrupt zip file (no zip directory found); download the archive again",
                                        "src.x.corrupt_zip"))
        # a single tweets file; a manifest.js beside it still tells author and date
        archive = Archive.lone(path, beside=["manifest.js", "note-tweet.js"])
        tweet_names = [path.name]
        manifest_name = "manifest.js" if "manifest.js" in archive else None
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    else:
        archive = Archive(path)
        scripts = [n for n in archive.names if n.endswith(".js")]
        manifests = [n for n in scripts if PurePosixPath(n).name == "manifest.js"]
        manifest_name = min(manifests, key=len) if manifests else None
        tweet_names = _tweet_files(scripts)
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    with archive:
        return _read(archive, path, handle, manifest_name, tweet_names, mtime)


def _read(archive: Archive, path: Path, handle: str | None, manifest_name: str | None, tweet_names: list[str],
          mtime: datetime) -> XArchive:
    author, generated, listed = None, None, []
    if manifest_name:
        author, generated, listed = _manifest_info(
            parse_js_assignment(_text(archive, manifest_name), archive.shown(manifest_name)),
            archive.shown(manifest_name),
        )
        if listed and not (path.is_file() and archive.zip is None):
            # fileName is relative to the archive root, i.e. the folder holding `data/`
            root = str(PurePosixPath(manifest_name).parent.parent)
            root = "" if root == "." else root + "/"
            here = str(PurePosixPath(manifest_name).parent)
            here = "" if here == "." else here + "/"
            tweet_names = [_locate(name, root, here, archive.names) for name in listed]
    if not tweet_names:
        raise InputError(path, Said("no tweets file found: expected data/tweets.js (or tweet.js, tweets-partN.js) "
                                    "in an X archive zip or folder, or a tweets.js file", "error.no_tweets"))
    if handle:
        author = handle.lstrip("@")
    if not author:
        raise InputError(path, Said("the archive has no manifest.js naming the account: give --handle",
                                    "error.no_manifest"))

    if generated is not None:
        note = Said(f"archive generationDate from {manifest_name}", "imp.x.from_manifest", file=str(manifest_name))
        observed_at, by, source = generated, "manifest", str(manifest_name)
    else:
        note = Said(f"modification time of {path.name} (no manifest with generationDate)", "imp.x.from_mtime",
                    file=path.name)
        observed_at, by, source = mtime, "mtime", path.name

    result = XArchive(author=author, observed_at=observed_at, observed_note=note,
                      files=[archive.shown(n) for n in tweet_names], observed_from=by, observed_file=source)
    seen: set[str] = set()
    for name in tweet_names:
        shown = archive.shown(name)
        items = parse_js_assignment(_text(archive, name), shown)
        if not isinstance(items, list):
            raise InputError(shown, Said("expected a JSON list of tweets after `window.YTD.tweets.partN =`",
                                         "src.x.no_list"))
        for index, item in enumerate(items, start=1):
            tweet = item.get("tweet", item) if isinstance(item, dict) else None
            if not isinstance(tweet, dict):
                raise InputError(shown, Said(f"item {index} is not a tweet object", "src.x.not_tweet",
                                             index=str(index)))
            post, snap = tweet_to_records(tweet, author, observed_at, shown, index)
            if post.native_id in seen:
                continue
            seen.add(post.native_id)
            result.posts.append(post)
            result.snapshots.append(snap)
    _keep_latest_edits(result, seen)
    for name in sorted(n for n in archive.names if NOTE_FILE.search(n)):
        notes = read_notes(parse_js_assignment(_text(archive, name), archive.shown(name)), archive.shown(name))
        result.notes += len(notes)
        result.long_posts += merge_notes(result.posts, notes)
    return result


def _edit_chain(tweet: dict) -> list[str]:
    """All ids of an edited tweet's versions (`edit_info.initial` on the first, `edit_info.edit` on later ones)."""
    info = tweet.get("edit_info")
    if not isinstance(info, dict):
        return []
    initial = info.get("initial")
    edit = info.get("edit")
    control = initial if isinstance(initial, dict) else (
        edit.get("editControlInitial") if isinstance(edit, dict) else None)
    ids = control.get("editTweetIds") if isinstance(control, dict) else None
    return [i for i in ids if isinstance(i, str) and i.isdigit()] if isinstance(ids, list) else []


def _keep_latest_edits(result: XArchive, present: set[str]) -> None:
    """The archive lists every version of an edited tweet (up to 5, linked by editTweetIds): keep the latest
    version present, so one post is counted once."""
    superseded: set[str] = set()
    for post in result.posts:
        chain = [i for i in _edit_chain(post.raw) if i in present]
        if len(chain) > 1:
            latest = max(chain, key=int)
            superseded |= {i for i in chain if i != latest}
    if superseded:
        keep = [i for i, p in enumerate(result.posts) if p.native_id not in superseded]
        result.posts = [result.posts[i] for i in keep]
        result.snapshots = [result.snapshots[i] for i in keep]
        result.earlier_versions = len(superseded)


def _count(tweet: dict, key: str, shown: str, index: int) -> int | None:
    value = tweet.get(key)
    if value is None:
        return None
    if isinstance(value, bool):
        raise InputError(shown, Said(f"tweet {index}: {key} is {value!r}, expected a count", "src.x.not_count",
                                     index=str(index), field=key, value=repr(value)))
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value)
    else:
        raise InputError(shown, Said(f"tweet {index}: {key} is {str(value)[:40]!r}, expected a count",
                                     "src.x.not_count", index=str(index), field=key, value=repr(str(value)[:40])))
    if number < 0:
        raise InputError(shown, Said(f"tweet {index}: {key} is negative", "src.x.negative", index=str(index),
                                     field=key))
    if number > MAX_COUNT:
        raise InputError(shown, Said(f"tweet {index}: {key} is {number}, beyond any real count", "src.x.too_large",
                                     index=str(index), field=key, value=str(number)))
    return number


def tweet_to_records(tweet: dict, author: str, observed_at: datetime, shown: str, index: int) -> tuple[Post, Snapshot]:
    """One archive tweet → Post (raw kept) and its archive Snapshot (likes, reposts; replies/views unknown)."""
    tweet_id = tweet.get("id_str", tweet.get("id"))
    if isinstance(tweet_id, int) and not isinstance(tweet_id, bool):
        tweet_id = str(tweet_id)
    if not isinstance(tweet_id, str) or not tweet_id.isdigit():
        raise InputError(shown, Said(f"tweet {index}: no id_str (got {tweet_id!r})", "src.x.no_id", index=str(index),
                                     value=repr(tweet_id)))
    created = tweet.get("created_at")
    if not isinstance(created, str):
        raise InputError(shown, Said(f"tweet {index} (id {tweet_id}): no created_at", "src.x.no_created",
                                     index=str(index), id=tweet_id))
    try:
        created_at = parse_datetime(created)
    except (ValueError, OverflowError):
        raise InputError(shown, Said(f"tweet {index} (id {tweet_id}): created_at {created!r} is not a date "
                                     "(expected e.g. 'Thu Mar 05 16:07:50 +0000 2026')", "src.x.created_date",
                                     index=str(index), id=tweet_id, value=repr(created))) from None
    text = tweet.get("full_text", tweet.get("text", ""))
    if not isinstance(text, str):
        raise InputError(shown, Said(f"tweet {index} (id {tweet_id}): full_text is not text", "src.x.text_not_text",
                                     index=str(index), id=tweet_id))
    text = html.unescape(text)  # the archive escapes &, < and >
    reply_to = tweet.get("in_reply_to_status_id_str")
    reply_to = reply_to if isinstance(reply_to, str) and reply_to else None
    if text.startswith("RT @"):
        kind = "repost"
    elif reply_to:
        kind = "reply"
    else:
        kind = "post"
    hashtags: list[str] = []
    entities = tweet.get("entities")
    if isinstance(entities, dict) and isinstance(entities.get("hashtags"), list):
        hashtags = [h["text"] for h in entities["hashtags"] if isinstance(h, dict) and isinstance(h.get("text"), str)]
    langs = languages(tweet.get("lang"))
    likes = _count(tweet, "favorite_count", shown, index)
    reposts = _count(tweet, "retweet_count", shown, index)
    if kind == "repost":  # the archive writes 0 for a retweet: not the original's figures
        likes = reposts = None
    post = Post(
        platform=PLATFORM, native_id=tweet_id, author=author, created_at=created_at, text=text, langs=langs,
        hashtags=hashtags, kind=kind, url=f"https://x.com/{author}/status/{tweet_id}", reply_to=reply_to,
        raw=tweet,
    )
    snap = Snapshot(platform=PLATFORM, native_id=tweet_id, observed_at=observed_at, source="archive",
                    likes=likes, reposts=reposts, replies=None, quotes=None, views=None, origin=shown)
    return post, snap
