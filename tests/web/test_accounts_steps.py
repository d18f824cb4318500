"""Accounts page and API by step: the figures at the end of each day, week or month, as `reichweite accounts
--every` gives them, in German and English."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ACCOUNTS, ROOT, csrf_of, make_client

BSKY = ACCOUNTS[1]


def test_api_accounts_every_week_is_the_json_of_the_command(demo_db: str) -> None:
    done = subprocess.run([sys.executable, "-m", "reichweite", "accounts", BSKY, "--every", "day", "--from",
                           "2026-01-01", "--to", "2026-12-31", "--json", "--db", demo_db],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    expected = json.loads(done.stdout)
    client = make_client(demo_db)
    response = client.get("/api/accounts", params={"account": BSKY, "every": "day", "from": "2026-01-01",
                                                   "to": "2026-12-31"})
    assert response.status_code == 200, response.text
    got = response.json()
    assert got == expected
    assert got["every"] == "day" and len(got["rows"]) == 365
    assert any(r["followers"] is not None for r in got["rows"])


def test_accounts_page_by_week_in_german(demo_db: str) -> None:
    client = make_client(demo_db)
    client.post("/lang", data={"lang": "de", "csrf_token": csrf_of(client)})
    page = client.get("/accounts", params={"account": BSKY, "every": "week", "from": "2026-01-01",
                                           "to": "2026-12-31"})
    assert page.status_code == 200
    assert "Stand am Ende jeder Woche" in page.text and '<th scope="col">Woche</th>' in page.text
    assert page.text.count("<tr><td>2026-W") >= 52
    wrong = client.get("/accounts", params={"account": BSKY, "every": "fortnight"})
    assert wrong.status_code == 400 and "fortnight" in wrong.text
