"""`automation accounts` says how many accounts posted, how many it scored and why the others were left out, and
gives rates per day only for a stream spanning long enough."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from reichweite.analysis.automation.accounts import posts_from_events, score_stream

from .test_accounts import T0, event


def test_accounts_below_min_posts_are_counted_and_named(tmp_path: Path) -> None:
    events = [event(f"did:plc:once{i}", "a", T0 + timedelta(minutes=5 * i), "Guten Morgen") for i in range(14)]
    events += [event("did:plc:busy", f"b{i}", T0 + timedelta(minutes=7 * i), f"Beitrag {i}") for i in range(12)]
    result = score_stream(posts_from_events(events), min_posts=2)
    assert (result.posted, len(result.scores), result.below_min_posts) == (15, 1, 14)
    stream = tmp_path / "stream.jsonl"
    stream.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reichweite", "automation", "accounts", str(stream), "--lang", "en"],
                         capture_output=True, text=True, env={"COLUMNS": "200", "PATH": ""})
    assert run.returncode == 0, run.stderr
    assert "Accounts that posted: 15; scored: 1, flagged: 1" in run.stdout  # every 7 minutes: regular
    assert "Left out: 14 with fewer than 2 posts (--min-posts)." in run.stdout


def test_three_posts_within_2_ms_get_no_rate_and_the_output_says_why(tmp_path: Path) -> None:
    events = [event("did:plc:thread", f"t{i}", T0 + timedelta(microseconds=1000 * i), f"Teil {i}/3")
              for i in range(3)]
    result = score_stream(posts_from_events(events))
    (thread,) = result.scores
    assert not result.rated and thread.posts_per_day is None
    assert not {"high_volume", "very_high_volume"} & {s.name for s in thread.signals}
    stream = tmp_path / "thread.jsonl"
    stream.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reichweite", "automation", "accounts", str(stream), "--lang", "de"],
                         capture_output=True, text=True, env={"COLUMNS": "200", "PATH": ""})
    assert run.returncode == 0, run.stderr
    assert "Keine Raten pro Tag: der Datenstrom umfasst nur 2 ms, Raten brauchen mindestens 10 min." in run.stdout
    assert "72" not in run.stdout
