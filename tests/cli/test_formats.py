"""Every listing command's machine output read the strict way a script reads it: JSON without NaN or Infinity,
JSON Lines one object per line, CSV with one header and equal rows, times ISO 8601 UTC with Z, no formula cells."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from reichweite.model import Post, Snapshot
from reichweite.store import open_store, save_posts, save_snapshots

from ..support import EXAMPLES
from ..support.compare_seed import FETCH_2, T0, seed_store
from .conftest import ACCOUNTS_CSV, process

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TIME_LIKE = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$")
FORMULA = "=+-@\t\r"
STRICT_READER = """
import csv, json, re, sys
fmt = sys.argv[1]
text = sys.stdin.read()
def refuse(name):
    raise ValueError(f"not strict JSON: {name}")
if fmt == "json":
    json.loads(text, parse_constant=refuse)
elif fmt == "jsonl":
    for line in text.splitlines():
        assert isinstance(json.loads(line, parse_constant=refuse), dict)
else:
    rows = list(csv.reader(text.splitlines(), strict=True))
    assert rows and all(len(row) == len(rows[0]) for row in rows)
print("ok", fmt)
"""


def _refuse(name: str) -> Any:
    raise ValueError(f"not strict JSON: {name}")


def _times(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [t for v in value.values() for t in _times(v)]
    if isinstance(value, list):
        return [t for v in value for t in _times(v)]
    return [value] if isinstance(value, str) and TIME_LIKE.match(value) else []


def strict(fmt: str, text: str) -> list[dict[str, Any]] | Any:
    """Parse as a strict reader would and check every time and cell; returns the rows (or the JSON document)."""
    if fmt == "json":
        document = json.loads(text, parse_constant=_refuse)
        assert all(ISO_UTC.match(t) for t in _times(document)), _times(document)
        return document
    if fmt == "jsonl":
        rows = [json.loads(line, parse_constant=_refuse) for line in text.splitlines()]
        assert all(isinstance(row, dict) for row in rows)
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        rows = list(reader)
        assert reader.fieldnames and all(None not in row and len(row) == len(reader.fieldnames) for row in rows)
        for row in rows:
            for cell in row.values():
                assert not (cell and cell[0] in FORMULA and not re.fullmatch(r"[+-]?[\d.]+", cell)), cell
    assert all(ISO_UTC.match(t) for t in _times(rows)), _times(rows)
    return rows


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One store with cross-posts, accounts, polls (a text that looks like a formula) and the synthetic DAX panel."""
    from ..support.panels import WIDE_HEADER, synthetic_panel_sheets, write_wide

    folder = tmp_path_factory.mktemp("formats")
    url = str(folder / "r.db")
    engine = open_store(url)
    seed_store(engine, with_replies=True)
    poll = Post("mastodon", "https://det.social/@anna/1003", "@anna@det.social", T0, text="=1+1 Kaffee oder Tee?",
                kind="poll")
    with engine.begin() as conn:
        ids = save_posts(conn, [poll], source="api")
        save_snapshots(conn, [Snapshot("mastodon", poll.native_id, T0 + timedelta(days=1), "api", poll_votes=12,
                                       poll_options=[{"title": "@Kaffee", "votes": 8}, {"title": "Tee", "votes": 4}])],
                       post_ids=ids)
    engine.dispose()
    (folder / "accounts.csv").write_text(ACCOUNTS_CSV, encoding="utf-8")
    panel = write_wide(folder / "panel.xlsx", synthetic_panel_sheets(), WIDE_HEADER)
    for table in (folder / "accounts.csv", panel, EXAMPLES / "data" / "followers.csv"):
        assert process("import", "table", table, "--db", url).code == 0
    return url


def listings(db: str) -> dict[str, list[str]]:
    export = FIXTURES / "automation" / "export-2024"
    return {
        "posts": ["posts", "x:tagesfoto", "--at", FETCH_2.isoformat()],
        "accounts": ["accounts", "xing", "--at", "2026-09-03"],
        "polls": ["polls", "--at", "2026-09-03"],
        "compare": ["compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03"],
        "panel report": ["panel", "report", "dax"],
        "panel members": ["panel", "members", "dax", "--at", "2024-01-01"],
        "languages": ["languages", str(FIXTURES / "languages" / "edge_cases.jsonl"), "--detect", "none",
                      "--share-of", "de"],
        "automation linkedin": ["automation", "linkedin", str(export), "--lang", "en"],
        "automation accounts": ["automation", "accounts", str(FIXTURES / "languages" / "handcheck.jsonl"),
                                "--min-posts", "1", "--top", "5", "--lang", "en"],
    }


STORE_COMMANDS = {"posts", "accounts", "polls", "compare", "panel report", "panel members", "automation linkedin"}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
@pytest.mark.parametrize("name", ["posts", "accounts", "polls", "compare", "panel report", "panel members",
                                  "languages", "automation linkedin", "automation accounts"])
def test_every_listing_is_strict_in_every_format(cli, db: str, name: str, fmt: str) -> None:
    args = listings(db)[name] + (["--db", db] if name in STORE_COMMANDS else [])
    done = cli(*args, "--format", fmt)
    assert done.code == 0, done.err
    parsed = strict(fmt, done.out)
    assert parsed, f"{name} --format {fmt} printed no data"
    if fmt != "json":
        as_json = cli(*args, "--json")
        assert as_json.code == 0 and json.loads(as_json.out) == json.loads(cli(*args, "--format", "json").out)


def test_compare_long_form_one_row_per_matched_post(cli, db: str) -> None:
    args = ["compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03", "--db", db]
    rows = strict("csv", cli(*args, "--format", "csv").out)
    document = strict("json", cli(*args, "--format", "json").out)
    pairs = document["pairs"]
    assert len(rows) == 2 * len(pairs) == 16
    assert list(rows[0])[:6] == ["as_of", "age", "group", "account", "platform", "handle"]
    for needed in ("post_id", "created_at", "interactions", "likes", "reposts", "replies", "quotes",
                   "per_1000_followers"):
        assert needed in rows[0]
    for n, pair in enumerate(pairs, 1):
        a, b = (r for r in rows if r["group"] == str(n))
        assert (a["account"], a["post_id"], a["interactions"]) == \
            ("x:tagesfoto", pair["a_native_id"], str(pair["a_interactions"]))
        assert (b["account"], b["post_id"], b["interactions"]) == \
            ("bluesky:tagesfoto.bsky.social", pair["b_native_id"], str(pair["b_interactions"]))
        assert a["as_of"] == b["as_of"] == "2026-09-03T21:59:59.999999Z"  # end of the day, Europe/Berlin
        assert a["per_1000_followers"] == ""
    jsonl = strict("jsonl", cli(*args, "--format", "jsonl").out)
    assert [r["post_id"] for r in jsonl] == [r["post_id"] for r in rows]
    assert all(r["per_1000_followers"] is None and isinstance(r["group"], int) for r in jsonl)


def test_cells_from_data_never_start_a_formula(cli, db: str) -> None:
    rows = strict("csv", cli("polls", "--format", "csv", "--db", db).out)
    assert {r["text"] for r in rows} == {"'=1+1 Kaffee oder Tee?"}
    assert [r["option"] for r in rows] == ["'@Kaffee", "Tee"]
    assert json.loads(cli("polls", "--json", "--db", db).out)["polls"][0]["text"] == "=1+1 Kaffee oder Tee?"


def test_output_file_holds_the_data_and_stdout_stays_empty(cli, db: str, tmp_path: Path) -> None:
    target = tmp_path / "posts.csv"
    done = cli("posts", "x:tagesfoto", "--format", "csv", "-o", target, "--db", db)
    assert done.code == 0 and done.out == "" and done.err == f"Wrote {target}\n"
    assert strict("csv", target.read_text(encoding="utf-8"))[0]["platform"] == "x"
    dash = cli("posts", "x:tagesfoto", "--format", "csv", "-o", "-", "--db", db)
    assert dash.out == target.read_text(encoding="utf-8")


def test_format_errors_are_usage_errors(cli, db: str) -> None:
    bad = cli("posts", "x:tagesfoto", "--format", "xml", "--db", db)
    assert bad.code == 2 and bad.err.startswith("Error: --format 'xml': use one of table, csv, jsonl, json")
    both = cli("posts", "x:tagesfoto", "--format", "csv", "--json", "--db", db)
    assert both.code == 2 and "--json means --format json" in both.err


def test_nothing_found_still_writes_valid_empty_data_and_exits_1(cli, db: str) -> None:
    for fmt, expected in (("json", "[]\n"), ("jsonl", ""), ("csv", None)):
        done = cli("posts", "x:nobody", "--format", fmt, "--db", db)
        assert done.code == 1 and done.err.startswith("No posts of x:nobody in the store")
        if expected is not None:
            assert done.out == expected
        else:
            assert done.out.splitlines()[0].startswith("platform,handle,post_id")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_piped_into_a_strict_reader(db: str, fmt: str) -> None:
    """The real command's stdout piped into `python -c '…'` as a shell pipeline would."""
    from .conftest import SRC

    producer = subprocess.Popen(
        [sys.executable, "-m", "reichweite", "compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at",
         "2026-09-03", "--format", fmt, "--db", db],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    reader = subprocess.run([sys.executable, "-c", STRICT_READER, fmt], stdin=producer.stdout, capture_output=True,
                            text=True, timeout=300)
    producer.stdout.close()  # type: ignore[union-attr]
    assert producer.wait(timeout=300) == 0, producer.stderr.read()  # type: ignore[union-attr]
    assert reader.returncode == 0 and reader.stdout == f"ok {fmt}\n", reader.stderr


TABLES = {  # every listing command at 80 columns: its arguments beyond listings() and the keys of its --format jsonl
    # rows whose values the table shows whole (ids, handles, steps; figures as the report writes them)
    "posts": ([], ["post_id"], ["likes", "replies", "reposts"]),
    "accounts": ([], ["handle"], ["followers", "following", "posts"]),
    "accounts over time": (["accounts", "x:tagesfoto_demo", "mastodon:@tagesfoto_demo@mastodon.example", "--from",
                            "2026-10-01", "--to", "2026-11-30", "--every", "week"], ["step"],
                           ["followers", "following", "posts"]),
    "accounts at one date": (["accounts", "x:tagesfoto_demo", "mastodon:@tagesfoto_demo@mastodon.example", "--at",
                              "2026-11-15"], ["step"], ["followers", "following", "posts"]),
    "polls": ([], ["post"], ["votes", "option_votes"]),
    "compare": ([], [], []),
    "compare over dates": (["compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-08-21", "--at",
                            "2026-09-03"], [], []),
    "panel report": ([], [], ["followers_total", "employees_total"]),
    "panel series": (["panel", "series", "dax"], [], ["value"]),
    "panel members": ([], ["isin"], []),
    "languages": ([], [], []),
    "linkedin activity": (["linkedin", "activity", str(FIXTURES / "linkedin" / "export-2024"), "--every", "week"],
                          ["step"], ["invitations_received", "invitations_sent", "connections"]),
    "automation linkedin": ([], [], []),
    "automation accounts": ([], ["account"], ["posts"]),
}
STORE_TABLES = STORE_COMMANDS | {"accounts over time", "accounts at one date", "compare over dates", "panel series"}


def _whole(token: str, lines: list[str]) -> bool:
    """The token on one line, not part of a longer word or number."""
    pattern = re.compile(rf"(?<!\w)(?<!\d[.,]){re.escape(token)}(?!\w)(?![.,]\d)")
    return any(pattern.search(line) for line in lines)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("name", list(TABLES))
def test_tables_fit_80_columns_and_show_ids_whole(cli, db: str, name: str, lang: str) -> None:
    from reichweite.report.i18n import format_number

    extra, ids, figures = TABLES[name]
    args = [a for a in extra or listings(db)[name] if a not in ("--lang", "en")]
    args += ["--db", db] if name in STORE_TABLES else []
    args += ["--lang", lang]
    done = cli(*args, env={"COLUMNS": "80"})
    assert done.code == 0 and done.out, done.err
    lines = done.out.splitlines()
    assert max(len(line) for line in lines) <= 80, "\n".join(line for line in lines if len(line) > 80)
    assert not re.search(r"\w…", done.out)  # nothing cut short
    rows = strict("jsonl", cli(*args, "--format", "jsonl").out)
    whole = {str(row[key]) for row in rows for key in ids if row.get(key) is not None}
    whole |= {format_number(row[key], lang) for row in rows for key in figures if isinstance(row.get(key), int)}
    missing = sorted(token for token in whole if not _whole(token, lines))
    assert not missing, missing
    assert bool(whole) == bool(ids or figures)


def test_panel_members_in_german(cli, db: str) -> None:
    done = cli("panel", "members", "dax", "--at", "2024-01-01", "--db", db, "--lang", "de", env={"COLUMNS": "120"})
    assert done.code == 0, done.err
    head, table = done.out.splitlines()[0], done.out
    assert head.startswith("DAX") and " 40 Mitglieder am 01.01.2024 (Quelle: " in head, head
    assert "Unternehmen" in table and "[aufgenommen, ausgeschieden)" in table and "members on" not in table


@pytest.mark.parametrize("name", ["accounts over time", "panel report"])
def test_a_wide_terminal_shows_each_row_on_one_line(cli, db: str, name: str) -> None:
    extra = TABLES[name][0] or listings(db)[name]
    args = [*extra, "--db", db, "--lang", "de"]
    rows = strict("jsonl", cli(*args, "--format", "jsonl").out)
    lines = cli(*args, env={"COLUMNS": "200"}).out.splitlines()
    body = [line for line in lines if line.startswith("│")]
    assert len(body) == len(rows) and all("│ " in line for line in body)
