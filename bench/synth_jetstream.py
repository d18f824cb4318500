"""Synthetic Jetstream archive for benchmarks: seeded, realistic mix, marked synthetic in every DID.

Post texts are real labelled sentences (tests/fixtures/langid, Leipzig Wortschatz via lingua-py) dressed up with
emoji, hashtags, mentions and links. The mix: ~70 % post creates (~15 % of them without `langs`, some declared
wrongly, some with two languages), likes, reposts, follows, post deletes, identity and account events, repeated
deliveries and a few malformed lines.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests" / "fixtures" / "langid" / "eval_sentences.tsv"
LANG_WEIGHTS = {"en": 50, "ja": 14, "pt": 9, "de": 6, "es": 5, "fr": 4, "nl": 2, "it": 2, "pl": 2, "tr": 2, "sv": 1,
                "da": 1, "ru": 2}
DECORATIONS = ["", "", "", " 🎉", " 😂😂", " #bluesky", " https://example.org/a/b?c=1", " @friend.bsky.social", " ✨🙏",
               " #news #politik", " www.example.com/x", " 🇩🇪"]
B32 = "234567abcdefghijklmnopqrstuvwxyz"


def _tid(rng: random.Random) -> str:
    return "3m" + "".join(rng.choice(B32) for _ in range(11))


def _cid(rng: random.Random) -> str:
    return "bafyrei" + "".join(rng.choice(B32) for _ in range(52))


def _load_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        lang, _, text = line.partition("\t")
        texts[lang].append(text)
    return texts


def _stamp(time_us: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(time_us / 1e6, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def generate(out: Path, events: int = 1_000_000, seed: int = 7, start_us: int = 1_767_225_600_000_000,
             days: int = 3) -> dict[str, int]:
    """Write `events` lines to `out` (.jsonl, .jsonl.gz or .jsonl.zst); returns what was written, for checks."""
    rng = random.Random(seed)
    texts = _load_texts()
    langs, weights = list(LANG_WEIGHTS), list(LANG_WEIGHTS.values())
    dids = [f"did:plc:synthetic{i:015d}" for i in range(20_000)]
    span = days * 86_400_000_000
    recent: list[str] = []
    counts: dict[str, int] = defaultdict(int)
    if out.name.endswith(".zst"):
        import zstandard

        sink = zstandard.ZstdCompressor(level=3).stream_writer(out.open("wb"))  # noqa: SIM115
    elif out.name.endswith(".gz"):
        import gzip

        sink = gzip.open(out, "wb", compresslevel=3)  # noqa: SIM115
    else:
        sink = out.open("wb")  # noqa: SIM115
    buffer: list[str] = []
    for i in range(events):
        time_us = start_us + span * i // events + rng.randrange(1000)
        did = rng.choice(dids)
        roll = rng.random()
        if roll < 0.004:
            line = rng.choice(['{"did":"did:plc:synthetic","time_us":', "not json at all", '{"kind":"commit"}', "[]"])
            counts["malformed"] += 1
        elif roll < 0.02 and recent:
            line = rng.choice(recent)  # at-least-once delivery repeats an event
            counts["duplicates"] += 1
        elif roll < 0.70:
            lang = rng.choices(langs, weights)[0]
            text = rng.choice(texts[lang]) + rng.choice(DECORATIONS)
            r = rng.random()
            if r < 0.15:
                declared: list[str] | None = None
            elif r < 0.18:
                declared = [rng.choice(["en", "de", "es"])]  # declared wrongly, often the client default
            elif r < 0.21:
                declared = [lang, "en"] if lang != "en" else ["en", "de"]
            elif r < 0.23:
                declared = [{"en": "en-US", "pt": "pt-BR", "de": "de-DE"}.get(lang, lang)]
            else:
                declared = [lang]
            record: dict[str, object] = {"$type": "app.bsky.feed.post", "createdAt": _stamp(time_us), "text": text}
            if declared is not None:
                record["langs"] = declared
            if rng.random() < 0.3:
                parent = {"cid": _cid(rng), "uri": f"at://{rng.choice(dids)}/app.bsky.feed.post/{_tid(rng)}"}
                record["reply"] = {"parent": parent, "root": parent}
            event = {"did": did, "time_us": time_us, "kind": "commit",
                     "commit": {"rev": _tid(rng), "operation": "create", "collection": "app.bsky.feed.post",
                                "rkey": _tid(rng), "record": record, "cid": _cid(rng)}}
            line = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
            counts["posts"] += 1
            recent.append(line)
            if len(recent) > 5000:
                recent = recent[-2500:]
        elif roll < 0.975:
            collection = rng.choices(["app.bsky.feed.like", "app.bsky.feed.repost", "app.bsky.graph.follow"],
                                     [70, 15, 15])[0]
            subject: object = ({"cid": _cid(rng), "uri": f"at://{rng.choice(dids)}/app.bsky.feed.post/{_tid(rng)}"}
                               if collection != "app.bsky.graph.follow" else rng.choice(dids))
            event = {"did": did, "time_us": time_us, "kind": "commit",
                     "commit": {"rev": _tid(rng), "operation": "create", "collection": collection, "rkey": _tid(rng),
                                "record": {"$type": collection, "createdAt": _stamp(time_us), "subject": subject},
                                "cid": _cid(rng)}}
            line = json.dumps(event, separators=(",", ":"))
            counts["other_creates"] += 1
        elif roll < 0.99:
            event = {"did": did, "time_us": time_us, "kind": "commit",
                     "commit": {"rev": _tid(rng), "operation": "delete", "collection": "app.bsky.feed.post",
                                "rkey": _tid(rng)}}
            line = json.dumps(event, separators=(",", ":"))
            counts["deletes"] += 1
        elif roll < 0.995:
            event = {"did": did, "time_us": time_us, "kind": "identity",
                     "identity": {"did": did, "handle": f"user{rng.randrange(10**6)}.bsky.social", "seq": i,
                                  "time": _stamp(time_us)}}
            line = json.dumps(event, separators=(",", ":"))
            counts["identity"] += 1
        else:
            event = {"did": did, "time_us": time_us, "kind": "account",
                     "account": {"active": True, "did": did, "seq": i, "time": _stamp(time_us)}}
            line = json.dumps(event, separators=(",", ":"))
            counts["account"] += 1
        buffer.append(line)
        if len(buffer) >= 10_000:
            sink.write(("\n".join(buffer) + "\n").encode("utf-8"))
            buffer.clear()
    if buffer:
        sink.write(("\n".join(buffer) + "\n").encode("utf-8"))
    sink.close()
    counts["events"] = events
    return dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic Jetstream archive (seeded).")
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(generate(args.out, args.events, args.seed)))


if __name__ == "__main__":
    main()
