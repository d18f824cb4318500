"""Accounts in a post stream: a scheduled bot stands out by cadence, second-of-minute, repeats and links; people
posting irregularly do not. Events are synthetic (invented DIDs, texts) in the real Jetstream line shape."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reichweite.analysis.automation.accounts import posts_from_events, posts_from_records, score_accounts
from reichweite.model import Post
from reichweite.report.automation import account_reasons
from tests.support import FIXTURES, SRC

GOLDEN = FIXTURES / "automation" / "jetstream" / "golden_v1.jsonl"
T0 = datetime(2026, 5, 25, 8, 0, tzinfo=UTC)


def event(did: str, rkey: str, at: datetime, text: str, *, reply: bool = False, link: str | None = None,
          lag_ms: int = 350) -> dict:
    record: dict = {"$type": "app.bsky.feed.post", "createdAt": at.isoformat().replace("+00:00", "Z"),
                    "langs": ["en"], "text": text}
    if reply:
        uri = "at://did:plc:parentparentparentparent/app.bsky.feed.post/3mmojbrjwbs26"
        record["reply"] = {"parent": {"cid": "bafyparent", "uri": uri}, "root": {"cid": "bafyparent", "uri": uri}}
    if link:
        record["text"] = f"{text} {link}"
        start = len(text.encode()) + 1
        record["facets"] = [{"index": {"byteStart": start, "byteEnd": start + len(link.encode())},
                             "features": [{"$type": "app.bsky.richtext.facet#link", "uri": link}]}]
    time_us = int((at + timedelta(milliseconds=lag_ms)).timestamp() * 1_000_000)
    return {"did": did, "time_us": time_us, "kind": "commit",
            "commit": {"rev": "3mmoojpaqkn2z", "operation": "create", "collection": "app.bsky.feed.post",
                       "rkey": rkey, "record": record, "cid": "bafysynthetic"}}


def stream() -> list[dict]:
    rng = random.Random(7)
    events = []
    # a scheduler: every 15 minutes at :00 seconds, three texts in rotation, always a link
    for i in range(40):
        at = T0 + timedelta(minutes=15 * i)
        text = ["Top 5 crypto picks today", "Earn passive income now", "Free signals group"][i % 3]
        events.append(event("did:plc:schedulerbot000000000000", f"b{i}", at, text, link=f"https://bit.ly/x{i % 3}"))
    # a reply bot: replies all day with the same words
    for i in range(30):
        at = T0 + timedelta(minutes=20 * i, seconds=rng.randint(0, 59))
        events.append(event("did:plc:replybot00000000000000000", f"r{i}", at, "Great post! Check my profile",
                            reply=True))
    # people: irregular gaps, varied texts, few links
    for person in range(4):
        at = T0
        for i in range(8):
            at += timedelta(minutes=rng.expovariate(1 / 90), seconds=rng.randint(0, 59))
            events.append(event(f"did:plc:person{person}0000000000000000", f"p{person}-{i}", at,
                                f"Gedanke {person}-{i}: " + " ".join(rng.choice(["Wahl", "Kaffee", "Daten", "Zug",
                                                                                  "Regen", "Buch"]) for _ in range(6)),
                                link="https://example.org/a" if i == 3 else None))
    rng.shuffle(events)
    events += events[:5]  # Jetstream delivers at least once: duplicates must not count twice
    return events


def test_the_scheduler_and_the_reply_bot_rank_on_top() -> None:
    scores = score_accounts(posts_from_events(stream()))
    assert [s.account for s in scores[:2]] == ["did:plc:schedulerbot000000000000", "did:plc:replybot00000000000000000"]
    bot = scores[0]
    assert bot.posts == 40 and bot.flagged
    assert bot.gap_cv == 0.0 and bot.same_second_share == 1.0 and bot.link_share == 1.0
    assert bot.duplicate_share == round(37 / 40, 3)
    assert {s.name for s in bot.signals} == {"regular_cadence", "same_second", "duplicate_texts", "links"}
    reply_bot = scores[1]
    assert reply_bot.flagged and reply_bot.reply_share == 1.0
    assert {s.name for s in reply_bot.signals} == {"regular_cadence", "duplicate_texts", "replies"}
    people = [s for s in scores if "person" in s.account]
    assert len(people) == 4 and not any(p.flagged for p in people)
    assert all(p.gap_cv is not None and p.gap_cv > 0.25 for p in people)


def test_reasons_in_both_languages() -> None:
    bot = score_accounts(posts_from_events(stream()))[0]
    en = account_reasons(bot.signals, "en")
    de = account_reasons(bot.signals, "de")
    assert "100% of posts at the same second of the minute (:00) +1.5" in en
    assert "100% der Beiträge zur selben Sekunde der Minute (:00) +1,5" in de
    assert any(r.startswith("posts like clockwork: gaps hardly vary (coefficient of variation 0.00, mean 15.0 min)")
               for r in en)


def test_posts_per_day_over_the_stream_window() -> None:
    events = [event("did:plc:a", str(i), T0 + timedelta(hours=i), f"text {i} " * 3) for i in range(25)]
    (score,) = score_accounts(posts_from_events(events))
    assert score.posts_per_day == round(25 / 1.0, 2)  # 25 posts in 24 hours
    assert "high_volume" not in {s.name for s in score.signals}


def test_volume_alone_is_not_enough_but_with_repeats_it_is() -> None:
    rng = random.Random(3)
    events = []
    at = T0
    for i in range(300):  # 300 varied posts in an hour: very high volume, nothing else
        at += timedelta(seconds=rng.randint(1, 23), milliseconds=rng.randint(0, 999))
        words = " ".join(rng.choice(["goal", "corner", "foul", "save", "header", "pass", "offside", "chance"])
                         for _ in range(5))
        events.append(event("did:plc:busy", f"v{i}", at, f"live blog: {words}"))
    (busy,) = score_accounts(posts_from_events(events))
    assert busy.posts_per_day > 200
    assert {s.name for s in busy.signals} == {"high_volume", "very_high_volume"}
    assert not busy.flagged
    events = [event("did:plc:spam", f"s{i}", T0 + timedelta(seconds=11 * i + (i % 7)), "Follow me for follow back!")
              for i in range(300)]
    (spam,) = score_accounts(posts_from_events(events))
    assert spam.flagged and {"duplicate_texts", "very_high_volume"} <= {s.name for s in spam.signals}


def test_real_jetstream_lines_yield_only_post_creations() -> None:
    events = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    posts = list(posts_from_events(events))
    assert len(posts) == 1
    post = posts[0]
    assert post.account == "did:plc:q235v55g5unth4zjjdpacfdr"
    assert post.is_reply and not post.has_link
    assert post.text == "Try RSV for a good time !!"
    assert post.created_at == datetime(2026, 5, 25, 14, 23, 28, 757000, tzinfo=UTC)


def test_an_implausible_client_clock_falls_back_to_server_time() -> None:
    e = event("did:plc:a", "1", T0, "hello")
    e["commit"]["record"]["createdAt"] = "1970-01-01T00:00:00Z"
    (post,) = posts_from_events([e])
    assert post.created_at == T0 + timedelta(milliseconds=350)


def test_cli_accounts_over_compressed_files(tmp_path: Path) -> None:
    import gzip
    import subprocess
    import sys

    import zstandard

    events = stream()
    lines = [json.dumps(e) for e in events]
    with gzip.open(tmp_path / "part1.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines[:60]) + "\n{broken\n")
    (tmp_path / "part2.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(
        ("\n".join(lines[60:]) + "\n").encode()))
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin"}
    proc = subprocess.run([sys.executable, "-m", "reichweite", "automation", "accounts", str(tmp_path), "--top", "3",
                           "--json", "--lang", "en"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["account"] for r in rows[:2]] == ["did:plc:schedulerbot000000000000",
                                                "did:plc:replybot00000000000000000"]
    assert len(rows) == 3 and rows[0]["posts"] == 40 and rows[0]["flagged"] and not rows[2]["flagged"]
    assert set(rows[0]) >= {"account", "score", "flagged", "reasons", "posts_per_day", "gap_cv",
                            "same_second_share", "duplicate_share", "link_share", "reply_share"}
    assert "1 malformed lines skipped" in proc.stderr
    human = subprocess.run([sys.executable, "-m", "reichweite", "automation", "accounts",
                            str(tmp_path / "part*.jsonl.*"), "--lang", "de"], capture_output=True, text=True, env=env)
    assert human.returncode == 0, human.stderr
    flat = " ".join(human.stdout.split())  # sentences wrap at the terminal's width
    assert "Konten mit Beiträgen: 6; bewertet: 6, davon markiert: 2; gezeigt: die 6 höchsten Werte." in flat


def test_cli_accounts_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin"}
    proc = subprocess.run([sys.executable, "-m", "reichweite", "automation", "accounts", str(tmp_path / "no.jsonl")],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Error: {tmp_path / 'no.jsonl'}: no such file or folder"


def test_posts_from_other_archives() -> None:
    """Post records (X archive, Mastodon outbox, ...) go through the same scoring; reposts are not the author's."""
    posts = [Post("x", str(i), "promo_bot", T0 + timedelta(hours=2 * i), "New deal! https://t.co/abc", kind="post")
             for i in range(12)]
    posts += [Post("x", f"r{i}", "promo_bot", T0 + timedelta(hours=2 * i, minutes=1), "RT @other: hi", kind="repost")
              for i in range(5)]
    posts += [Post("x", "h1", "human", T0, "Guten Morgen"), Post("x", "h2", "human", T0 + timedelta(hours=5),
                                                                   "Danke!", kind="reply", reply_to="99")]
    scores = {s.account: s for s in score_accounts(posts_from_records(posts))}
    bot = scores["promo_bot"]
    assert bot.posts == 12 and bot.flagged
    assert {s.name for s in bot.signals} == {"regular_cadence", "same_second", "duplicate_texts", "links"}
    assert scores["human"].reply_share == 0.5 and not scores["human"].flagged
