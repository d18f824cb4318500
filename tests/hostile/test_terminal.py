"""Text from data on a terminal: rich markup, escape sequences and control characters in post texts, handles,
sender names and DIDs are shown as text, never interpreted, and never crash the output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console

from reichweite.terminal import bare, plain
from tests.support import FIXTURES

from .conftest import run_main

HOSTILE = "[/] [link=https://evil.example]klick[/link] \x1b]8;;https://evil.example\x07x\x1b]8;;\x07 " \
          "\x1b[31mrot\x1b[0m \x1b]0;title\x07 \x9b2J bell\x07 \ud800 [bold]fett"


def test_plain_shows_exactly_the_text_without_escapes() -> None:
    console = Console(record=True, width=300, color_system=None, force_terminal=True)
    console.print(plain(HOSTILE))
    shown = console.export_text()
    assert "[/] [link=https://evil.example]klick[/link]" in shown and "[bold]fett" in shown
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "rot" in shown and "title" not in shown and "\ufffd" in shown
    assert bare("Zeile 1\nZeile\t2") == "Zeile 1\nZeile\t2"


def _stream(tmp_path: Path) -> Path:
    start = datetime(2026, 5, 25, 8, 0, tzinfo=UTC)
    lines, text = [], HOSTILE.replace("\ud800", "")  # a lone surrogate makes the line malformed: tested elsewhere
    for i in range(6):
        at = start + timedelta(minutes=20 * i)
        lines.append(json.dumps({
            "did": "did:plc:[/]\x1b[2J" + "[link=https://evil.example]x[/link]", "time_us": int(at.timestamp() * 1e6),
            "kind": "commit", "commit": {"operation": "create", "collection": "app.bsky.feed.post", "rkey": f"r{i}",
                                         "record": {"text": text, "createdAt": at.isoformat()}}}))
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_automation_accounts_prints_a_hostile_did_as_text(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "reichweite", "automation", "accounts", str(_stream(tmp_path))],
                         capture_output=True, text=True, env={"COLUMNS": "250", "PATH": ""})
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert "did:plc:[/]" in run.stdout and "[link=https://evil.example]x[/link]" in run.stdout
    assert "\x1b[2J" not in run.stdout and "\x1b]8;;https://evil.example" not in run.stdout


def test_an_error_line_carries_no_escape_sequences(tmp_path: Path) -> None:
    bad = tmp_path / "tweets\x1b[2J.js"
    bad.write_text("window.YTD.tweets.part0 = [{\"tweet\": {\"id_str\": \"1\", \"created_at\": \"\x1b]0;x\x07\"}}]")
    run = subprocess.run([sys.executable, "-m", "reichweite", "import", "x-archive", str(bad), "--handle", "a",
                          "--db", str(tmp_path / "s.db")], capture_output=True, text=True, env={"PATH": ""})
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "\x1b" not in run.stderr


WIDE = {"COLUMNS": "250"}


def _shown_as_text(done: subprocess.CompletedProcess[str], *texts: str) -> None:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for text in texts:
        assert text in done.stdout.replace("\n", " "), (text, done.stdout)
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout and "\x9b" not in done.stdout


def test_post_texts_and_warnings_from_the_store_are_shown_as_text(tmp_path: Path, db_url: str) -> None:
    actor = "https://det.social/users/anna"
    text = HOSTILE.replace("\ud800", "")
    note = {"id": f"{actor}/statuses/1", "type": "Note", "published": "2026-03-01T09:00:00Z",
            "url": "https://det.social/@anna/1", "to": ["https://www.w3.org/ns/activitystreams#Public"],
            "content": f"<p>{text}</p>", "summary": f"CW {text}"}
    outbox = tmp_path / "outbox.json"
    outbox.write_text(json.dumps({"type": "OrderedCollection", "orderedItems": [
        {"id": f"{actor}/statuses/1/activity", "type": "Create", "actor": actor, "published": note["published"],
         "to": note["to"], "object": note}]}), encoding="utf-8")
    done = run_main("import", "mastodon-archive", str(outbox), "--db", db_url)
    assert done.returncode == 0, done.stderr
    _shown_as_text(run_main("posts", "mastodon:@anna@det.social", "--at", "2026-04-01", "--db", db_url, env=WIDE),
                   "CW [/]", "[link=https://evil.example]klick[/link]", "[bold]fett")
    as_csv = run_main("posts", "mastodon:@anna@det.social", "--at", "2026-04-01", "--format", "csv", "--db", db_url)
    _shown_as_text(as_csv, "CW [/] [link=https://evil.example]klick[/link]", "rot", "[bold]fett")
    for fmt in ("json", "jsonl"):  # exact text, every control character escaped
        as_json = run_main("posts", "mastodon:@anna@det.social", "--at", "2026-04-01", "--format", fmt, "--db", db_url)
        _shown_as_text(as_json, "\\u009b2J", "\\u001b[31mrot")
        loaded = json.loads(as_json.stdout) if fmt == "json" else [json.loads(as_json.stdout)]
        assert "\x9b2J bell\x07" in loaded[0]["text"]


def test_linkedin_sender_names_with_markup_are_shown_and_labelled_as_text(tmp_path: Path, db_url: str) -> None:
    export = tmp_path / "export"
    shutil.copytree(FIXTURES / "linkedin" / "export-2024", export)
    sender = "Eva [/][link=https://evil.example]Klick[/link] \x1b[2JKraus"
    messages = export / "messages.csv"
    messages.write_text(messages.read_text(encoding="utf-8").replace("Aylin Demir", sender), encoding="utf-8")
    shown = "Eva [/][link=https://evil.example]Klick[/link]"
    _shown_as_text(run_main("automation", "linkedin", str(export), "--db", db_url, env=WIDE), shown)
    done = run_main("automation", "label", sender, "spam", "--export", str(export), "--db", db_url)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "\x1b" not in done.stdout + done.stderr
    _shown_as_text(run_main("automation", "labels", "--db", db_url, env=WIDE), shown)
