"""Compare page and /api/compare with several dates (or more than two accounts): the series of
`reichweite compare A B --at D1 --at D2`, the same JSON as the job."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from reichweite.cli.common import parse_at, parse_target
from reichweite.jobs.compare_series import compare_series

from .conftest import ACCOUNTS, csrf_of, make_client


def test_api_compare_at_two_dates_is_the_series_json(demo_db: str) -> None:
    first = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    second = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    client = make_client(demo_db)
    response = client.get("/api/compare", params={"account": ACCOUNTS, "at": [first, second]})
    assert response.status_code == 200, response.text
    got = response.json()
    expected = compare_series(client.app.state.engine, [parse_target(a) for a in ACCOUNTS],  # type: ignore[attr-defined]
                              ats=[parse_at(first), parse_at(second)], out=None).to_json()
    assert got == json.loads(json.dumps(expected))
    assert [d["label"] for d in got["dates"]] == [first, second]
    assert got["dates"][0]["pairwise"][0]["n"] == 88  # the demo's pairs at either date
    # several dates in one field, separated by a comma, are the same request
    same = client.get("/api/compare", params={"account": ACCOUNTS, "at": f"{first}, {second}"})
    assert same.json() == got


def test_compare_page_at_two_dates_in_german(demo_db: str) -> None:
    first = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    second = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    client = make_client(demo_db)
    client.post("/lang", data={"lang": "de", "csrf_token": csrf_of(client)})
    page = client.get("/compare", params={"account": ACCOUNTS, "at": f"{first}, {second}"})
    assert page.status_code == 200, page.text
    result = page.text[page.text.index('<section id="result"'):]
    assert f"Stand {first}" in result and f"Stand {second}" in result
    assert "Median-Verhältnis" in result and "Veränderung zwischen den Stichtagen" in result
    assert f'value="{first}, {second}"' in page.text  # the form keeps both dates
    twice = client.get("/compare", params={"account": [ACCOUNTS[0], ACCOUNTS[0]], "at": first})
    assert twice.status_code == 200  # one account given twice is one account: the form, no result
    assert "Stand " not in twice.text[twice.text.index('<section id="result"'):]
