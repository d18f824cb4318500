"""The SYNTHETIC demo data over time: two measurement dates (Stichtage), a third account on Mastodon, follower counts.

Written by generate_demo_data.py after the X archive and the AppView recordings, from its own seeded generator (so
the files written before stay as they were). Everything is invented; the layouts are reichweite's table templates
(`reichweite template posts` / `reichweite template accounts`):

- stichtag-2026-11-06.csv, stichtag-2026-11-21.csv: every post of the three accounts (no retweets or reposts of
  others) with its figures as read on that day at 09:00 Berlin time (Mastodon has no quotes: empty). The Mastodon
  account "Tagesfoto (synthetic demo)" joined on day 15 of the prompt, posts it 15–40 minutes after X, sometimes
  edited, skipped two days and has two posts of its own; its posts of the last three days were first read on
  21.11. (measured once).
- followers.csv: followers, following and posts of the three accounts every Monday at 09:00 (one Mastodon count
  could not be read and is empty, i.e. unknown).
- ground_truth_over_time.json: what the files hold, for tests.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

BERLIN = ZoneInfo("Europe/Berlin")
SEED = 20261106
STICHTAGE = ("2026-11-06", "2026-11-21")
READ_AT = "09:00"
MASTODON_HANDLE = "@tagesfoto_demo@mastodon.example"
MASTODON_FROM_DAY = 15
MASTODON_SKIPPED = (40, 41)
MASTODON_LATE_DAYS = (88, 89, 90)  # first read on the second date
MASTODON_EDITED_EVERY = 7
MASTODON_ONLY = (
    (33, "Hallo Fediverse! Ab heute gibt es den Tagesfoto-Prompt auch hier. #Tagesfoto #Fotografie"),
    (70, "Lieblingsbilder der Woche aus dem Fediverse kommen am Sonntag. #Tagesfoto"),
)
WEEKS_FROM = datetime(2026, 7, 20, 9, 0, tzinfo=BERLIN)  # a Monday
WEEKS_TO = datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)
MASTODON_UNREADABLE = datetime(2026, 10, 12, 9, 0, tzinfo=BERLIN)
POST_COLUMNS = ["platform", "post_url", "post_id", "created_at", "text", "observed_at", "likes", "replies",
                "reposts", "quotes", "views"]
ACCOUNT_COLUMNS = ["platform", "handle", "observed_at", "followers", "following", "posts"]


def _local(moment: datetime) -> str:
    return moment.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M:%S")


def _grow(rng: np.random.Generator, counts: dict[str, int], share: float) -> dict[str, int]:
    return {k: v + int(rng.binomial(v, share)) if v else int(rng.random() < share) for k, v in counts.items()}


def _mastodon_id(moment: datetime, rng: np.random.Generator) -> str:
    return str((int(moment.timestamp() * 1000) << 16) | int(rng.integers(0, 1 << 16)))


def generate_over_time(out: Path, tweets: list[dict], feed: list[dict], x_replies: dict[str, int], *,
                       x_handle: str, start: datetime) -> dict:
    """Write the two measurement tables, followers.csv and ground_truth_over_time.json; return the truth."""
    rng = np.random.default_rng(SEED)
    stamps = [datetime.fromisoformat(f"{day} {READ_AT}").replace(tzinfo=BERLIN) for day in STICHTAGE]
    rows: list[list[dict]] = [[], []]
    truth: dict = {"synthetic": True, "seed": SEED, "stichtage": list(STICHTAGE), "mastodon_handle": MASTODON_HANDLE,
                   "mastodon": [], "measured_once": [], "figures": {STICHTAGE[0]: {}, STICHTAGE[1]: {}}}

    def measure(platform: str, url: str, post_id: str, created: datetime | None, text: str | None,
                base: dict[str, int], *, first: bool = True) -> None:
        d1 = _grow(rng, base, 0.08)
        d2 = _grow(rng, d1, 0.05)
        for index, counts in enumerate((d1, d2)):
            if index == 0 and not first:
                continue
            rows[index].append({"platform": platform, "post_url": url, "post_id": post_id,
                                "created_at": _local(created) if created else "", "text": text or "",
                                "observed_at": _local(stamps[index]), "quotes": "", **counts, "views": ""})
            truth["figures"][STICHTAGE[index]][post_id or url] = counts

    for item in tweets:
        t = item["tweet"]
        if t["full_text"].startswith("RT @"):
            continue
        url = f"https://x.com/{x_handle}/status/{t['id_str']}"
        base = {"likes": int(t["favorite_count"]), "replies": x_replies[t["id_str"]],
                "reposts": int(t["retweet_count"]), "quotes": 0}
        measure("x", url, t["id_str"], None, None, base)
    for item in feed:
        if "reason" in item:
            continue
        post = item["post"]
        base = {"likes": post["likeCount"], "replies": post["replyCount"], "reposts": post["repostCount"],
                "quotes": post["quoteCount"]}
        measure("bluesky", "", post["uri"], None, None, {k: int(v * 0.9) for k, v in base.items()})

    by_day: dict[int, str] = {}
    posted_for: dict[int, datetime] = {}
    for item in tweets:
        text = item["tweet"]["full_text"]
        if "der #Fotochallenge" in text:
            day = int(text.split()[1])
            by_day[day] = text
            posted_for[day] = datetime.strptime(item["tweet"]["created_at"], "%a %b %d %H:%M:%S %z %Y")
    mastodon: list[tuple[datetime, str, int | None]] = []
    for day in range(MASTODON_FROM_DAY, max(by_day) + 1):
        if day in MASTODON_SKIPPED or day not in by_day:
            continue
        text = by_day[day].split(" https://t.co/")[0]
        if day % MASTODON_EDITED_EVERY == 0:
            text = text.replace("Zeigt uns eure Bilder!", "Zeigt uns eure Bilder 🙂")
        mastodon.append((posted_for[day] + timedelta(minutes=float(rng.uniform(15, 40))), text, day))
    for day, text in MASTODON_ONLY:
        moment = (start + timedelta(days=day - 1, hours=19, minutes=int(rng.integers(0, 50)))).astimezone(UTC)
        mastodon.append((moment, text, None))
    for moment, text, day in sorted(mastodon):
        moment = moment.replace(microsecond=0)
        url = f"https://mastodon.example/@{MASTODON_HANDLE.split('@')[1]}/{_mastodon_id(moment, rng)}"
        likes = max(0, int(round(np.exp(np.log(5.0) + rng.normal(0, 0.6)))))
        base = {"likes": likes, "replies": int(rng.binomial(likes, 0.1)), "reposts": int(rng.binomial(likes, 0.3))}
        late = day in MASTODON_LATE_DAYS
        measure("mastodon", url, "", moment, text, base, first=not late)
        truth["mastodon"].append({"url": url, "day": day, "created_at": moment.isoformat(), "text": text})
        if late:
            truth["measured_once"].append(url)

    for index, day in enumerate(STICHTAGE):
        _write(out / f"stichtag-{day}.csv", POST_COLUMNS, rows[index])
    truth["followers"] = _followers(out / "followers.csv", rng, x_handle, [m[0] for m in mastodon])
    (out / "ground_truth_over_time.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
    return truth


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def _followers(path: Path, rng: np.random.Generator, x_handle: str, mastodon_times: list[datetime]) -> list[dict]:
    """Every Monday: X slowly losing followers after October, Bluesky growing, Mastodon from its first post on."""
    rows = []
    x, bluesky, mastodon = 2950, 640, 40
    moment = WEEKS_FROM
    first_mastodon = min(mastodon_times)
    while moment <= WEEKS_TO:
        x += int(rng.integers(2, 12)) if moment.month < 10 else -int(rng.integers(4, 16))
        bluesky += int(rng.integers(15, 32))
        week = {"observed_at": _local(moment)}
        rows.append({"platform": "x", "handle": x_handle, **week, "followers": x, "following": 388, "posts": ""})
        rows.append({"platform": "bluesky", "handle": "tagesfoto-demo.bsky.social", **week, "followers": bluesky,
                     "following": 214, "posts": ""})
        if moment >= first_mastodon:
            mastodon += int(rng.integers(6, 16))
            shown = "" if moment == MASTODON_UNREADABLE else mastodon
            posts = sum(1 for t in mastodon_times if t <= moment)
            rows.append({"platform": "mastodon", "handle": MASTODON_HANDLE, **week, "followers": shown,
                         "following": 57, "posts": posts})
        moment += timedelta(days=7)
    _write(path, ACCOUNT_COLUMNS, rows)
    return rows
