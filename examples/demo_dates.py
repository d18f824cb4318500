"""The demo's second part: the SYNTHETIC demo data over time (examples/demo_over_time.py wrote them) compared at two
measurement dates across three accounts.

1. `reichweite import table` of the two measurement tables (06.11. and 21.11.2026: X, Bluesky and Mastodon posts with
   their figures) and of followers.csv (weekly follower counts of the three accounts)
2. `reichweite compare x:… bluesky:… mastodon:… --at 2026-11-06 --at 2026-11-21 --out DIR/over-time`: both dates,
   the change, rates per 1,000 followers and interactions over post age in HTML, xlsx and PNG; its --json into
   DIR/over-time/comparison.json
3. the same comparison `--format csv` into DIR/over-time/listing.csv: one row per date, group and account, from which
   every number of the comparison can be recomputed
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ACCOUNTS = ("x:tagesfoto_demo", "bluesky:tagesfoto-demo.bsky.social", "mastodon:@tagesfoto_demo@mastodon.example")
DATES = ("2026-11-06", "2026-11-21")


def compare_over_time(reichweite: Callable[..., str], common: list[str], out: Path, lang: str | None = None) -> Path:
    """Import the tables over time into the demo store and write the comparison at both dates to out/over-time."""
    for name in (*(f"stichtag-{day}.csv" for day in DATES), "followers.csv"):
        reichweite(["import", "table", str(DATA / name), *common])
    folder = out / "over-time"
    compare = ["compare", *ACCOUNTS, *(a for day in DATES for a in ("--at", day)), *common]
    if lang:
        compare += ["--lang", lang]
    reichweite([*compare, "--out", str(folder)])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "comparison.json").write_text(reichweite([*compare, "--json"], quiet=True), encoding="utf-8")
    reichweite([*compare, "--format", "csv", "-o", str(folder / "listing.csv")], quiet=True)
    return folder / "comparison.json"
