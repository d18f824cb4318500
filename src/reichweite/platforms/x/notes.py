"""Long posts in an X archive: `data/note-tweet.js` holds the full text of every post longer than 280 characters,
whose `full_text` in tweets.js is cut off ("…", often followed by a t.co link).

A note is `{"noteTweet": {"noteTweetId", "createdAt" (ISO), "updatedAt", "core": {"text", "urls", "mentions",
"hashtags", "cashtags", "styletags"}, "lifecycle"}}`. Its id is not the tweet's id: a note belongs to the tweet
created at the same time (within a few seconds) whose cut-off text its text starts with.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from reichweite.errors import InputError, Said
from reichweite.model import Post
from reichweite.timeutil import DateError, parse_datetime

NOTE_FILE = re.compile(r"(?:^|/)note-tweet(?:-part(\d+))?\.js$")
_SLACK = timedelta(seconds=5)
_TCO = re.compile(r"https?://t\.co/\S*")
_CUT = re.compile(r"(?:…|\.\.\.)\s*$")


@dataclass(slots=True)
class Note:
    note_id: str
    created_at: datetime
    text: str
    hashtags: list[str]
    raw: dict


def _comparable(text: str) -> str:
    """Text without t.co links and with one space for every run of white space, for prefix comparison."""
    return " ".join(_TCO.sub(" ", html.unescape(text)).split())


def read_notes(items: object, shown: str) -> list[Note]:
    """The notes of one note-tweet.js file (already parsed from its `window.YTD.note_tweet.partN =` form)."""
    if not isinstance(items, list):
        raise InputError(shown, Said("expected a JSON list of notes after `window.YTD.note_tweet.partN =`",
                                     "src.x.no_notes_list"))
    notes = []
    for index, item in enumerate(items, start=1):
        note = item.get("noteTweet") if isinstance(item, dict) else None
        core = note.get("core") if isinstance(note, dict) else None
        if not isinstance(note, dict) or not isinstance(core, dict) or not isinstance(core.get("text"), str):
            raise InputError(shown, Said(f"note {index} is not a noteTweet with core.text", "src.x.not_note",
                                         index=str(index)))
        try:
            created = parse_datetime(str(note.get("createdAt") or ""))
        except DateError:
            given = repr(note.get("createdAt"))
            raise InputError(shown, Said(f"note {index}: createdAt {given} is not a date", "src.x.note_date",
                                         index=str(index), value=given)) from None
        listed = core.get("hashtags")
        tags = [h.get("text") for h in listed if isinstance(h, dict)] if isinstance(listed, list) else []
        notes.append(Note(str(note.get("noteTweetId") or ""), created, html.unescape(core["text"]),
                          [t for t in tags if isinstance(t, str) and t], note))
    return notes


def merge_notes(posts: list[Post], notes: list[Note]) -> int:
    """Give each cut-off post its note's full text (raw keeps the tweet and the note); returns how many got one.

    A note goes to the post created within a few seconds of it whose text, without the trailing "…" and t.co
    links, begins its text. Posts already holding their full text, reposts and notes without such a post stay
    as they are.
    """
    by_second: dict[int, list[Post]] = {}
    for post in posts:
        if post.kind != "repost":
            by_second.setdefault(int(post.created_at.timestamp()), []).append(post)
    merged = 0
    taken: set[str] = set()
    for note in sorted(notes, key=lambda n: n.created_at):
        full = _comparable(note.text)
        second = int(note.created_at.timestamp())
        near = [p for s in range(second - _SLACK.seconds, second + _SLACK.seconds + 1) for p in by_second.get(s, [])]
        near.sort(key=lambda p: abs(p.created_at - note.created_at))
        for post in near:
            if post.native_id in taken:
                continue
            cut = _comparable(_CUT.sub("", _TCO.sub("", post.text).rstrip()))
            if not cut or not full.startswith(cut) or len(full) <= len(cut):
                continue
            post.text = note.text
            post.hashtags = list(dict.fromkeys([*post.hashtags, *note.hashtags]))
            post.raw = {**post.raw, "note_tweet": note.raw} if isinstance(post.raw, dict) else post.raw
            taken.add(post.native_id)
            merged += 1
            break
    return merged
