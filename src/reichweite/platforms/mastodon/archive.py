"""A Mastodon account archive (zip or its outbox.json): own posts and boosts. The archive holds no counts.

Who could see an item follows from its ActivityPub addressing (to/cc): the Public collection in `to` is public, in
`cc` unlisted; the account's followers collection without Public is followers-only (private); neither is a direct
message, which is left out (counted, never stored)."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reichweite import visibility
from reichweite.archives import Archive
from reichweite.errors import InputError, Said, json_reason
from reichweite.model import Post
from reichweite.platforms.mastodon.api import content_warning, html_to_text, normalise_handle
from reichweite.timeutil import parse_datetime

AS_PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})


@dataclass(slots=True)
class ArchiveContent:
    posts: list[Post] = field(default_factory=list)
    boosts: int = 0
    skipped: int = 0
    handle: str | None = None
    direct: int = 0  # direct messages: left out, never stored
    private: int = 0  # followers-only posts: stored, shown only when asked for


def _addressees(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v if isinstance(v, str) else str(v.get("id", "")) if isinstance(v, dict) else "" for v in value]
    return []


def addressing_level(item: dict[str, Any], note: Any, followers: str | None) -> str:
    """public / unlisted / private / direct from to/cc (the object's own, else the activity's); an item without any
    addressing counts as public."""
    source = note if isinstance(note, dict) and ("to" in note or "cc" in note) else item
    if "to" not in source and "cc" not in source:
        return visibility.PUBLIC
    to, cc = _addressees(source.get("to")), _addressees(source.get("cc"))
    if AS_PUBLIC & set(to):
        return visibility.PUBLIC
    if AS_PUBLIC & set(cc):
        return visibility.UNLISTED
    if any(a == followers or a.endswith("/followers") for a in to + cc if a):
        return visibility.PRIVATE
    return visibility.DIRECT


def _parse(raw: bytes, where: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        reason = json_reason(exc.msg) if isinstance(exc, json.JSONDecodeError) else Said(
            str(exc), "src.masto.not_utf8", detail=str(exc), byte=f"{exc.object[exc.start]:#04x}", pos=str(exc.start))
        raise InputError(where, Said(f"not valid JSON ({reason})", "src.masto.not_json", reason=reason),
                         line=line) from None
    except RecursionError:
        raise InputError(where, Said("not valid JSON (nested too deeply)", "src.masto.too_deep")) from None


def _read_outbox(path: Path) -> tuple[Any, str, Any]:
    """outbox.json and, when it is there, actor.json beside it (its preferredUsername names the account)."""
    if path.is_dir():
        path = path / "outbox.json"
    if not path.exists():
        raise InputError(path, Said("no such file (expected a Mastodon archive .zip or its outbox.json)",
                                    "error.no_mastodon_archive"))
    if zipfile.is_zipfile(path):
        archive = Archive(path, sep="!")
        names = [n for n in archive.names if n.rsplit("/", 1)[-1] == "outbox.json"]
        if not names:
            raise InputError(path, Said("the zip holds no outbox.json: is it a Mastodon archive?", "error.no_outbox"))
        outbox = names[0]
    else:
        archive, outbox = Archive.lone(path, beside=["actor.json"]), path.name
    with archive:
        raw = archive.read(outbox)
        actor_name = outbox[: -len("outbox.json")] + "actor.json"
        actor_raw = archive.read(actor_name) if actor_name in archive else None
        where = archive.shown(outbox)
    actor = None
    if actor_raw is not None:
        try:
            actor = json.loads(actor_raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            actor = None  # the handle then comes from the actor URLs
    return _parse(raw, where), where, actor


def _handle_from_actor(actor: str, username: str | None = None) -> str | None:
    """'https://mastodon.social/users/alice' → '@alice@mastodon.social'. Newer servers use numeric actor URLs
    ('…/ap/users/1130…'): then the archive's actor.json preferredUsername gives the name."""
    parts = urlsplit(actor)
    segments = [s for s in parts.path.split("/") if s]
    if parts.netloc and segments:
        return normalise_handle(f"{username or segments[-1]}@{parts.netloc}")
    return None


def _text(value: Any) -> str | None:
    """A string field as a string; absent, empty or another type (a list, an object) → None."""
    return value if isinstance(value, str) and value else None


def _langs(note: dict[str, Any]) -> list[str]:
    content_map = note.get("contentMap")
    return sorted(content_map) if isinstance(content_map, dict) else []


def read_outbox(path: Path) -> ArchiveContent:
    """Create/Note items become posts (polls: Question), Announce items boosts (kind repost); no figures."""
    data, where, actor_doc = _read_outbox(Path(path))
    username = actor_doc.get("preferredUsername") if isinstance(actor_doc, dict) else None
    followers = actor_doc.get("followers") if isinstance(actor_doc, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("orderedItems"), list):
        raise InputError(where, Said("expected an ActivityPub OrderedCollection with orderedItems",
                                     "src.masto.no_collection"))
    out = ArchiveContent()
    for index, item in enumerate(data["orderedItems"], start=1):
        if not isinstance(item, dict):
            raise InputError(where, Said(f"item {index} is not an object", "src.masto.not_object", index=str(index)))
        kind = item.get("type")
        actor = str(item.get("actor") or "")
        handle = _handle_from_actor(actor, username if isinstance(username, str) and username else None)
        if handle is None:
            raise InputError(where, Said(f"item {index} has no actor URL (expected https://instance/users/name)",
                                         "src.masto.no_actor", index=str(index)))
        out.handle = out.handle or handle
        try:
            published = parse_datetime(str(item.get("published") or ""))
        except (ValueError, OverflowError):
            shown = repr(str(item.get("published"))[:40])
            raise InputError(where, Said(f"item {index}: 'published' is not a date: {shown}", "src.masto.published",
                                         index=str(index), value=shown)) from None
        note = item.get("object")
        if kind == "Announce" or (kind == "Create" and isinstance(note, dict)
                                  and note.get("type") in ("Note", "Question")):
            level = addressing_level(item, note, followers if isinstance(followers, str) else f"{actor}/followers")
            if level == visibility.DIRECT:
                out.direct += 1
                continue
        if kind == "Announce":
            target = _text(note)
            # a boost is its activity; without an id, the boosted post and the time tell boosts apart
            boost_id = _text(item.get("id")) or (f"{target}#boost-{published.isoformat()}" if target else None)
            if boost_id is None:
                out.skipped += 1
                continue
            out.private += level == visibility.PRIVATE
            out.posts.append(Post(
                platform="mastodon", native_id=boost_id, author=handle, created_at=published,
                text=target or "", kind="repost", url=target, raw=item, visibility=level,
            ))
            out.boosts += 1
            continue
        if kind != "Create" or not isinstance(note, dict) or note.get("type") not in ("Note", "Question"):
            out.skipped += 1
            continue
        tag_list = note.get("tag") if isinstance(note.get("tag"), list) else []
        tags = [str(t.get("name", "")).lstrip("#").lower() for t in tag_list
                if isinstance(t, dict) and t.get("type") == "Hashtag" and t.get("name")]
        is_poll = note.get("type") == "Question"
        in_reply = _text(note.get("inReplyTo"))
        url = _text(note.get("url")) or _text(note.get("id"))
        if url is None:
            out.skipped += 1
            continue
        out.private += level == visibility.PRIVATE
        try:
            created_at = parse_datetime(str(note.get("published") or item.get("published")))
        except (ValueError, OverflowError):
            shown = repr(str(note.get("published"))[:40])
            raise InputError(where, Said(f"item {index}: the note's 'published' is not a date: {shown}",
                                         "src.masto.note_published", index=str(index), value=shown)) from None
        out.posts.append(Post(
            platform="mastodon",
            native_id=url,
            author=handle,
            created_at=created_at,
            text=html_to_text(_text(note.get("content"))),
            langs=_langs(note),
            hashtags=tags,
            kind="poll" if is_poll else "reply" if in_reply else "post",
            url=url,
            reply_to=in_reply,
            raw=item,
            visibility=level,
            content_warning=content_warning(note.get("summary")),
        ))
    return out
