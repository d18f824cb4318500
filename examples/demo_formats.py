"""Builders of the real file formats the SYNTHETIC demo data use: X archive tweets, AT Protocol ids, AppView views.

Used by examples/generate_demo_data.py; every value they fill in is invented by the caller.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

B32 = "234567abcdefghijklmnopqrstuvwxyz"


def tid(moment: datetime, clock: int) -> str:
    """An AT Protocol record key (TID): 53 bits of microseconds since 1970, 10 bits of clock id, base32-sortable."""
    value = (int(moment.timestamp() * 1_000_000) << 10) | (clock & 0x3FF)
    return "".join(B32[(value >> (5 * i)) & 31] for i in reversed(range(13)))


def snowflake(moment: datetime, rng: np.random.Generator) -> str:
    """An X tweet id: milliseconds since X's epoch shifted by 22 bits, plus machine/sequence bits."""
    return str(((int(moment.timestamp() * 1000) - 1288834974657) << 22) | int(rng.integers(0, 1 << 22)))


def cid(rng: np.random.Generator, prefix: str = "bafyrei") -> str:
    return prefix + "".join(B32[int(i)] for i in rng.integers(0, 32, 52))


def tco(rng: np.random.Generator) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "https://t.co/" + "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), 10))


def iso_z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def x_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def hashtags(text: str) -> list[tuple[str, int, int]]:
    """(#tag without '#', code point start, code point end)."""
    out = []
    i = 0
    while (i := text.find("#", i)) >= 0:
        j = i + 1
        while j < len(text) and (text[j].isalnum() or text[j] == "_"):
            j += 1
        out.append((text[i + 1 : j], i, j))
        i = j
    return out


def tweet(tweet_id: str, moment: datetime, text: str, c: dict[str, int], *, media: bool, rng: np.random.Generator,
          handle: str, reply_to: tuple[str, str, str] | None = None) -> dict:
    """One archive tweet in X's layout (strings for numbers)."""
    full = text
    entities: dict = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
    for tag, start, end in hashtags(text):
        entities["hashtags"].append({"text": tag, "indices": [str(start), str(end)]})
    extended = None
    if media:
        link = tco(rng)
        start = len(full) + 1
        full = f"{full} {link}"
        media_id = snowflake(moment - timedelta(seconds=20), rng)
        item = {
            "expanded_url": f"https://x.com/{handle}/status/{tweet_id}/photo/1",
            "indices": [str(start), str(len(full))],
            "url": link,
            "media_url": f"http://pbs.twimg.com/media/{cid(rng, 'G')[:15]}.jpg",
            "id_str": media_id,
            "id": media_id,
            "media_url_https": f"https://pbs.twimg.com/media/{cid(rng, 'G')[:15]}.jpg",
            "sizes": {
                "thumb": {"w": "150", "h": "150", "resize": "crop"},
                "medium": {"w": "1200", "h": "800", "resize": "fit"},
                "small": {"w": "680", "h": "453", "resize": "fit"},
                "large": {"w": "2048", "h": "1365", "resize": "fit"},
            },
            "type": "photo",
            "display_url": "pic.x.com/" + link.rsplit("/", 1)[1],
        }
        entities["media"] = [item]
        extended = {"media": [item]}
    body: dict = {
        "edit_info": {"initial": {"editTweetIds": [tweet_id], "editableUntil": iso_z(moment + timedelta(hours=1)),
                                  "editsRemaining": "5", "isEditEligible": True}},
        "retweeted": False,
        "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
        "entities": entities,
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(c["likes"]),
        "id_str": tweet_id,
        "truncated": False,
        "retweet_count": str(c["reposts"]),
        "id": tweet_id,
        "possibly_sensitive": False,
        "created_at": x_date(moment),
        "favorited": False,
        "full_text": full,
        "lang": "de",
    }
    if reply_to is not None:
        status_id, user_id, screen_name = reply_to
        body.update({"in_reply_to_status_id_str": status_id, "in_reply_to_status_id": status_id,
                     "in_reply_to_user_id": user_id, "in_reply_to_user_id_str": user_id,
                     "in_reply_to_screen_name": screen_name})
    if extended:
        body["extended_entities"] = extended
    return {"tweet": body}


def author_view(handle: str, did: str, display: str, created: str) -> dict:
    avatar = cid(np.random.default_rng(len(did)), "bafkrei")
    return {"did": did, "handle": handle, "displayName": display,
            "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/{avatar}@jpeg",
            "associated": {"chat": {"allowIncoming": "following"}},
            "viewer": {"muted": False, "blockedBy": False}, "labels": [], "createdAt": created}


def post_view(uri: str, moment: datetime, text: str, c: dict[str, int], rng: np.random.Generator, *,
              author: dict, image: bool, reply: dict | None = None) -> dict:
    facets = []
    for tag, start, end in hashtags(text):
        facets.append({
            "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}],
            "index": {"byteStart": len(text[:start].encode()), "byteEnd": len(text[:end].encode())},
        })
    record: dict = {"$type": "app.bsky.feed.post", "createdAt": iso_z(moment), "langs": ["de"], "text": text}
    if facets:
        record["facets"] = facets
    view: dict = {"uri": uri, "cid": cid(rng), "author": author, "record": record}
    if reply is not None:
        record["reply"] = reply
    if image:
        blob = cid(rng, "bafkrei")
        alt = "Beispielbild zum Thema des Tages (synthetisch)"
        record["embed"] = {"$type": "app.bsky.embed.images", "images": [{
            "alt": alt, "aspectRatio": {"height": 1365, "width": 2048},
            "image": {"$type": "blob", "ref": {"$link": blob}, "mimeType": "image/jpeg",
                      "size": int(rng.integers(180_000, 900_000))}}]}
        did = author["did"]
        view["embed"] = {"$type": "app.bsky.embed.images#view", "images": [{
            "thumb": f"https://cdn.bsky.app/img/feed_thumbnail/plain/{did}/{blob}@jpeg",
            "fullsize": f"https://cdn.bsky.app/img/feed_fullsize/plain/{did}/{blob}@jpeg",
            "alt": alt, "aspectRatio": {"height": 1365, "width": 2048}}]}
    view.update({
        "bookmarkCount": int(rng.integers(0, 3)), "replyCount": c["replies"], "repostCount": c["reposts"],
        "likeCount": c["likes"], "quoteCount": c["quotes"],
        "indexedAt": iso_z(moment + timedelta(seconds=float(rng.uniform(0.4, 3.0)))),
        "viewer": {"threadMuted": False, "embeddingDisabled": False}, "labels": [],
    })
    return view
