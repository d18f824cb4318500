"""Writes the SYNTHETIC demo data set into examples/data/ (seeded, deterministic).

Everything here is invented: the account "Tagesfoto (synthetic demo)", its texts and every count. The files follow
the real formats byte for byte in structure:

- x-archive/data/manifest.js and x-archive/data/tweets.js: an X account archive (`window.__THAR_CONFIG = {…}`,
  `window.YTD.tweets.part0 = [{"tweet": {…}}]`, counts and indices as strings, `created_at` in X's format),
  shaped after the real archive in github.com/milahu/twitter-milahu104 (copied to tests/fixtures/x_archive).
- appview/*.json: recorded Bluesky AppView responses (app.bsky.actor.getProfile, app.bsky.feed.getAuthorFeed pages
  with cursors, one short page that still has a cursor) and routes.json saying which request gets which file.
- x-replies.csv: reply counts of the X posts in the `reichweite template posts` layout (the X archive has none).
- ground_truth.json: what a careful person would find: the cross-posted pairs, the unmatched posts and each post's
  figures, so that tests can check the report's numbers against the data.

Story: 90 days of a daily photo prompt with hashtags, posted on X and within minutes on Bluesky; sometimes the
Bluesky text is slightly edited; a few posts exist on one side only; a few reposts/retweets and replies; counts are
right-skewed (log-normal) with two viral days.

Run: python examples/generate_demo_data.py [--out examples/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from demo_formats import B32, author_view, cid, iso_z, post_view, snowflake, tid, tweet
from demo_over_time import generate_over_time

SEED = 20260720
DAYS = 90
START = datetime(2026, 7, 20, tzinfo=ZoneInfo("Europe/Berlin"))
GENERATED = datetime(2026, 10, 20, 7, 12, 44, 318000, tzinfo=UTC)  # the archive's generationDate
REPLIES_READ_AT = "2026-10-20T10:00:00+02:00"  # when the X reply counts were read off the screen
X_HANDLE = "tagesfoto_demo"
X_ACCOUNT_ID = "1790000000000000042"
BSKY_HANDLE = "tagesfoto-demo.bsky.social"
BSKY_DID = "did:plc:s7nthd3m0tag3sf0t0d3m0aa"
DISPLAY = "Tagesfoto (synthetic demo)"
PAGE_SIZES = (30, 22, 30)  # then the rest; the 22-item page still has a cursor
X_ONLY_DAYS = (17,)  # the prompt of these days went out on X only
BSKY_ONLY_DAYS = (63,)
EDITED_EVERY = 9  # every 9th day the Bluesky text is a slightly edited version
VIRAL = {23: ("b", 22.0), 71: ("a", 28.0)}  # day: (side, factor)

THEMES = [
    "Spiegelung", "Schatten", "Linien", "Morgenlicht", "Rot", "Fenster", "Treppen", "Wasser", "Symmetrie",
    "Blau", "Türen", "Muster", "Himmel", "Kontrast", "Alltag", "Bewegung", "Grün", "Ecken", "Nebel", "Kreise",
    "Holz", "Straße", "Blüten", "Gelb", "Brücken", "Stille", "Räder", "Abendrot", "Glas", "Minimalismus", "Regen",
    "Hände", "Schrift", "Beton", "Wolken", "Licht und Schatten", "Orange", "Zäune", "Reflexe", "Metall", "Weite",
    "Perspektive", "Dächer", "Laub", "Kaffee", "Spuren", "Weiß", "Bögen", "Zahlen", "Unschärfe", "Stein", "Ufer",
    "Zuhause", "Silhouetten", "Texturen", "Gegenlicht", "Punkte", "Farbe", "Natur", "Geometrie", "Fahrräder",
    "Nahaufnahme", "Lieblingsort", "Sonne", "Wege", "Kanten", "Tiere", "Rost", "Blätter", "Nachtlicht", "Gelassen",
    "Herbst", "Ordnung", "Chaos", "Einsamkeit", "Horizont", "Tür auf", "Stadt", "Land", "Morgen", "Ruhe",
    "Lichterkette", "Pilze", "Kürbis", "Nebelmorgen", "Rückblick", "Fernweh", "Neugier", "Spiel", "Dank",
]
X_ONLY_TEXTS = [
    "Kurze Umfrage: Fotografiert ihr lieber morgens oder abends? Antworten gern hier drunter.",
    "Danke für die vielen Bilder diese Woche, ich komme mit dem Liken kaum hinterher!",
    "Technischer Hinweis: Der Prompt morgen kommt etwas später.",
]
BSKY_ONLY_TEXTS = [
    "Hallo Bluesky! Ab heute gibt es den Tagesfoto-Prompt auch hier. #Tagesfoto",
    "Wir sind jetzt 1000 hier, danke euch! 📷",
    "Lieblingsbilder der Woche kommen am Sonntag. #Tagesfoto",
    "Frage an alle: Welches Thema wünscht ihr euch für nächste Woche?",
]
RETWEETED = [
    ("fotoverein_ost", "Ausstellung am Samstag: 40 Bilder aus dem Tagesfoto-Projekt hängen im Foyer."),
    ("lichtbild_mag", "Fünf Tipps für Gegenlicht, die wirklich helfen."),
    ("stadtarchiv_demo", "Wir suchen alte Fotos von der Markthalle. Wer hat welche?"),
]
def prompt_text(day: int, theme: str) -> str:
    return f"Tag {day} der #Fotochallenge: Thema „{theme}“. Zeigt uns eure Bilder! #Tagesfoto #Fotografie"


def edited(text: str, day: int) -> str:
    """A small edit as people make them when posting the same text twice."""
    variants = [
        lambda s: s.replace("Zeigt uns eure Bilder!", "Zeigt uns eure Bilder! 📷"),
        lambda s: s.replace("Zeigt uns", "Zeigt mir"),
        lambda s: s.replace("Thema „", "Thema heute: „"),
    ]
    return variants[(day // EDITED_EVERY) % len(variants)](text)


def counts(rng: np.random.Generator, median_likes: float, quality: float, factor: float) -> dict[str, int]:
    likes = max(0, int(round(np.exp(np.log(median_likes) + quality + rng.normal(0, 0.55)) * factor)))
    return {
        "likes": likes,
        "reposts": int(rng.binomial(likes, 0.14)) if likes else 0,
        "replies": int(rng.binomial(likes, 0.07)) if likes else 0,
        "quotes": int(rng.binomial(likes, 0.02)) if likes else 0,
    }


def generate(out: Path) -> dict:
    rng = np.random.default_rng(SEED)
    me = author_view(BSKY_HANDLE, BSKY_DID, DISPLAY, "2024-02-11T18:03:12.441Z")
    tweets: list[tuple[datetime, dict]] = []
    feed: list[tuple[datetime, dict]] = []
    truth: dict = {"synthetic": True, "seed": SEED, "x_handle": X_HANDLE, "bluesky_handle": BSKY_HANDLE,
                   "archive_generated": iso_z(GENERATED), "replies_read_at": REPLIES_READ_AT,
                   "pairs": [], "unmatched_x": [], "unmatched_bluesky": [], "x_retweets": [], "bluesky_reposts": [],
                   "x_replies_csv": []}
    clock = 7

    def add_x(moment: datetime, text: str, c: dict[str, int], *, media: bool, reply_to=None) -> str:
        tweet_id = snowflake(moment, rng)
        made = tweet(tweet_id, moment, text, c, media=media, rng=rng, handle=X_HANDLE, reply_to=reply_to)
        tweets.append((moment, made))
        truth["x_replies_csv"].append({"id": tweet_id, "replies": c["replies"]})
        return tweet_id

    def add_bsky(moment: datetime, text: str, c: dict[str, int], *, image: bool, reply=None) -> str:
        uri = f"at://{BSKY_DID}/app.bsky.feed.post/{tid(moment, clock)}"
        feed.append((moment, {"post": post_view(uri, moment, text, c, rng, author=me, image=image, reply=reply)}))
        return uri

    for day in range(1, DAYS + 1):
        date = START + timedelta(days=day - 1)
        posted = date.replace(hour=7, minute=30) + timedelta(minutes=float(rng.normal(0, 12)))
        posted = posted.replace(microsecond=0).astimezone(UTC)
        theme = THEMES[(day - 1) % len(THEMES)]
        text = prompt_text(day, theme)
        quality = float(rng.normal(0, 0.45)) + (0.25 if posted.astimezone(START.tzinfo).weekday() >= 5 else 0.0)
        side, factor = VIRAL.get(day, ("", 1.0))
        cx = counts(rng, 9.0, quality, factor if side == "a" else 1.0)
        cb = counts(rng, 14.0, quality, factor if side == "b" else 1.0)
        if day not in BSKY_ONLY_DAYS:
            x_id = add_x(posted, text, cx, media=True)
        if day not in X_ONLY_DAYS:
            b_moment = posted + timedelta(minutes=float(rng.uniform(1, 9)), milliseconds=int(rng.integers(0, 999)))
            b_text = edited(text, day) if day % EDITED_EVERY == 0 else text
            b_uri = add_bsky(b_moment, b_text, cb, image=True)
        if day in X_ONLY_DAYS:
            truth["unmatched_x"].append(x_id)
        elif day in BSKY_ONLY_DAYS:
            truth["unmatched_bluesky"].append(b_uri)
        else:
            truth["pairs"].append({
                "day": day, "x_id": x_id, "bluesky_uri": b_uri, "edited": day % EDITED_EVERY == 0,
                "x": {k: cx[k] for k in ("likes", "reposts", "replies")}, "bluesky": cb,
                "x_created_at": iso_z(posted), "bluesky_created_at": iso_z(b_moment),
            })

    # posts on one side only, at other times of day
    for i, text in enumerate(X_ONLY_TEXTS):
        moment = (START + timedelta(days=11 + 29 * i, hours=18, minutes=int(rng.integers(0, 50)))).astimezone(UTC)
        truth["unmatched_x"].append(add_x(moment, text, counts(rng, 6.0, 0.0, 1.0), media=False))
    for i, text in enumerate(BSKY_ONLY_TEXTS):
        moment = (START + timedelta(days=2 + 23 * i, hours=20, minutes=int(rng.integers(0, 50)))).astimezone(UTC)
        truth["unmatched_bluesky"].append(add_bsky(moment, text, counts(rng, 10.0, 0.0, 1.0), image=False))

    # two replies on X and one on Bluesky (to followers): kept, not cross-posts
    first_pair = truth["pairs"][4]
    for i, text in enumerate(["@lena_knipst Wunderschön geworden!", "@kamera_kalle Danke, freut mich sehr."]):
        moment = datetime.fromisoformat(first_pair["x_created_at"].replace("Z", "+00:00")) + timedelta(hours=3 + i)
        truth["unmatched_x"].append(add_x(moment, text, counts(rng, 2.0, 0.0, 1.0), media=False,
                                          reply_to=(snowflake(moment - timedelta(minutes=30), rng),
                                                    str(1700000000000000000 + i), text.split()[0][1:])))
    parent = first_pair["bluesky_uri"]
    moment = datetime.fromisoformat(first_pair["bluesky_created_at"].replace("Z", "+00:00")) + timedelta(hours=4)
    ref = {"cid": cid(rng), "uri": parent}
    truth["unmatched_bluesky"].append(add_bsky(moment, "Danke euch allen, so viele schöne Bilder heute!",
                                               counts(rng, 3.0, 0.0, 1.0), image=False,
                                               reply={"parent": ref, "root": ref}))

    # retweets on X (counts "0" in the archive) and reposts of others on Bluesky
    for i, (user, text) in enumerate(RETWEETED):
        moment = (START + timedelta(days=20 + 25 * i, hours=12)).astimezone(UTC)
        rt_id = snowflake(moment, rng)
        tweets.append((moment, tweet(rt_id, moment, f"RT @{user}: {text}", {"likes": 0, "reposts": 0},
                                     media=False, rng=rng, handle=X_HANDLE)))
        truth["x_retweets"].append(rt_id)
        other_did = "did:plc:" + "".join(B32[int(j)] for j in rng.integers(0, 32, 24))
        other = author_view(f"{user.replace('_', '-')}.bsky.social", other_did, user, "2023-09-01T10:00:00.000Z")
        other_moment = moment - timedelta(hours=5)
        other_uri = f"at://{other_did}/app.bsky.feed.post/{tid(other_moment, 3)}"
        view = post_view(other_uri, other_moment, text, counts(rng, 30.0, 0.0, 1.0), rng, author=other, image=False)
        feed.append((moment, {"post": view, "reason": {
            "$type": "app.bsky.feed.defs#reasonRepost",
            "by": {k: me[k] for k in ("did", "handle", "displayName", "avatar", "viewer", "labels", "createdAt")},
            "indexedAt": iso_z(moment)}}))
        truth["bluesky_reposts"].append(other_uri)

    write_x_archive(out / "x-archive", [t for _, t in sorted(tweets, key=lambda item: item[0], reverse=True)])
    write_appview(out / "appview", [f for _, f in sorted(feed, key=lambda item: item[0], reverse=True)], me,
                  followers=1187, follows=214)
    write_replies_csv(out / "x-replies.csv", truth["x_replies_csv"])
    (out / "ground_truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    generate_over_time(out, [t for _, t in sorted(tweets, key=lambda item: item[0])],
                       [f for _, f in sorted(feed, key=lambda item: item[0])],
                       {r["id"]: r["replies"] for r in truth["x_replies_csv"]}, x_handle=X_HANDLE, start=START)
    return truth


def write_x_archive(folder: Path, tweets: list[dict]) -> None:
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    manifest = {
        "userInfo": {"accountId": X_ACCOUNT_ID, "userName": X_HANDLE, "displayName": DISPLAY},
        "archiveInfo": {"sizeBytes": "4211337", "generationDate": iso_z(GENERATED), "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            "tweets": {"mediaDirectory": "data/tweets_media", "files": [
                {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(len(tweets))}]},
            "tweetsMedia": {"mediaDirectory": "data/tweets_media"},
        },
    }
    # X writes JSON with " : " separators and two-space indentation
    (data / "manifest.js").write_text(
        "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2, ensure_ascii=False).replace('": ', '" : '),
        encoding="utf-8",
    )
    body = json.dumps(tweets, indent=2, ensure_ascii=False).replace('": ', '" : ')
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + body, encoding="utf-8")
    (data / "README.txt").write_text(
        "SYNTHETIC DEMO ARCHIVE written by reichweite's examples/generate_demo_data.py.\n"
        "The account, the texts and all counts are invented; only the file layout follows X's archive format.\n",
        encoding="utf-8",
    )


def write_appview(folder: Path, feed: list[dict], me: dict, *, followers: int, follows: int) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    routes = []
    profile = {**{k: me[k] for k in ("did", "handle", "displayName", "avatar", "associated")},
               "description": "SYNTHETIC demo account for reichweite. Täglich ein Fotothema. #Tagesfoto",
               "followersCount": followers, "followsCount": follows, "postsCount": len(feed),
               "indexedAt": "2024-02-11T18:03:12.441Z", "createdAt": me["createdAt"],
               "viewer": me["viewer"], "labels": [], "pinnedPost": None}
    profile = {k: v for k, v in profile.items() if v is not None}
    (folder / "getProfile.json").write_text(json.dumps(profile, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    routes.append({"nsid": "app.bsky.actor.getProfile", "cursor": None, "file": "getProfile.json"})
    start, cursor, page = 0, None, 1
    sizes = list(PAGE_SIZES)
    while start < len(feed):
        size = sizes.pop(0) if sizes else 30
        items = feed[start : start + size]
        start += size
        body: dict = {"feed": items}
        if start < len(feed):
            last = items[-1]
            body["cursor"] = last.get("reason", {}).get("indexedAt") or last["post"]["indexedAt"]
        name = f"getAuthorFeed-{page}.json"
        (folder / name).write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        routes.append({"nsid": "app.bsky.feed.getAuthorFeed", "cursor": cursor, "file": name})
        cursor = body.get("cursor")
        page += 1
    (folder / "routes.json").write_text(json.dumps({
        "note": "SYNTHETIC recorded AppView responses for the reichweite demo; served by examples/appview_replay.py",
        "actor": [BSKY_HANDLE, BSKY_DID], "routes": routes}, indent=1) + "\n", encoding="utf-8")


def write_replies_csv(path: Path, rows: list[dict]) -> None:
    """The table template layout; only replies (and the time they were read) are known, the rest stays empty."""
    columns = ["platform", "post_url", "post_id", "created_at", "text", "observed_at", "likes", "replies", "reposts",
               "quotes", "views"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({"platform": "x", "post_url": f"https://x.com/{X_HANDLE}/status/{row['id']}",
                             "post_id": row["id"], "observed_at": REPLIES_READ_AT, "replies": row["replies"]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    args = parser.parse_args()
    truth = generate(args.out)
    print(f"wrote {args.out}: {len(truth['pairs'])} cross-posted pairs, {len(truth['unmatched_x'])} X-only and "
          f"{len(truth['unmatched_bluesky'])} Bluesky-only posts, {len(truth['x_retweets'])} retweets, "
          f"{len(truth['bluesky_reposts'])} Bluesky reposts (SYNTHETIC)")


if __name__ == "__main__":
    main()
