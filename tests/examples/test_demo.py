"""The demo end to end: its report's numbers follow from the synthetic example data (ground_truth.json)."""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from tests.support import EXAMPLES

sys.path.insert(0, str(EXAMPLES))

import demo  # noqa: E402
import generate_demo_data  # noqa: E402


def test_generator_is_deterministic_and_matches_the_committed_files(tmp_path: Path) -> None:
    generate_demo_data.generate(tmp_path)
    committed = sorted(p.relative_to(EXAMPLES / "data") for p in (EXAMPLES / "data").rglob("*") if p.is_file()
                       and p.name != "README.md")
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert written == committed
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (EXAMPLES / "data" / rel).read_bytes(), rel
    total = sum(p.stat().st_size for p in (EXAMPLES / "data").rglob("*") if p.is_file())
    assert total < 2_000_000


PRINTED: dict[str, str] = {}  # what the demo printed (stdout and stderr in order, as a terminal shows `make demo`)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    out = tmp_path_factory.mktemp("demo") / "report"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        report = demo.run_demo(out, "en")
    PRINTED["text"] = printed.getvalue()
    truth = json.loads((EXAMPLES / "data" / "ground_truth.json").read_text(encoding="utf-8"))
    result = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    assert report == out.resolve() / "index.html"
    return out, truth, result


def test_demo_pairs_are_the_generated_cross_posts(demo_run: tuple[Path, dict, dict]) -> None:
    _, truth, result = demo_run
    assert truth["synthetic"] is True
    found = {(p["a_native_id"], p["b_native_id"]) for p in result["pairs"]}
    assert found == {(p["x_id"], p["bluesky_uri"]) for p in truth["pairs"]}
    assert len(result["pairs"]) == len(truth["pairs"]) == 88
    assert set(result["unmatched_a"]) == set(truth["unmatched_x"])
    assert set(result["unmatched_b"]) == set(truth["unmatched_bluesky"])
    listed = set(result["unmatched_a"]) | {p["a_native_id"] for p in result["pairs"]}
    assert not listed & set(truth["x_retweets"])  # retweets are left out of the comparison
    assert result["a"]["measured"]["excluded"] == {"repost": len(truth["x_retweets"])}


def test_demo_numbers_follow_from_the_data(demo_run: tuple[Path, dict, dict]) -> None:
    _, truth, result = demo_run
    # replies of X came from the table, so the full definition is used on both sides
    assert result["definitions"]["interactions"] == "replies + reposts + likes"
    assert result["definitions"]["parts_note"] is None
    by_x = {p["x_id"]: p for p in truth["pairs"]}
    a_values, b_values = [], []
    for pair in result["pairs"]:
        expected = by_x[pair["a_native_id"]]
        a = sum(expected["x"][k] for k in ("likes", "reposts", "replies"))
        b = sum(expected["bluesky"][k] for k in ("likes", "reposts", "replies"))
        assert (pair["a_interactions"], pair["b_interactions"]) == (a, b)
        assert pair["difference"] == b - a
        a_values.append(a)
        b_values.append(b)
    a_arr, b_arr = np.array(a_values), np.array(b_values)
    summary = result["summary"]
    assert summary["n"] == 88
    assert summary["wins_a"] == int((a_arr > b_arr).sum()) and summary["wins_b"] == int((b_arr > a_arr).sum())
    assert summary["ties"] == int((a_arr == b_arr).sum())
    assert summary["a"]["median"] == float(np.median(a_arr)) and summary["b"]["mean"] == pytest.approx(b_arr.mean())
    # the viral days of the generator are the peaks
    peak_a = next(p for p in truth["pairs"] if p["x_id"] == summary["a"]["peak"]["native_id"])
    peak_b = next(p for p in truth["pairs"] if p["bluesky_uri"] == summary["b"]["peak"]["native_id"])
    assert peak_a["day"] == 71 and peak_b["day"] == 23
    ratio = summary["ratio"]
    assert ratio["median_ratio"] == pytest.approx(float(np.median((b_arr + 1) / (a_arr + 1))))
    assert ratio["low"] <= ratio["median_ratio"] <= ratio["high"]
    assert summary["wilcoxon"]["p_value"] is not None and summary["wilcoxon"]["n_used"] == int((a_arr != b_arr).sum())
    # X figures are as of the archive's generation time, the replies as of when they were read
    sources = {s["source"]: s for s in result["a"]["measured"]["sources"]}
    assert sources["archive"]["first_observed"].startswith(truth["archive_generated"][:19].replace("Z", ""))
    assert set(sources) == {"archive", "manual"}
    # the Bluesky fetch is pinned to the morning the archive was made: both sides measured the same day
    fetched = result["b"]["measured"]["sources"]
    assert [s["source"] for s in fetched] == ["api"] and fetched[0]["last_observed"].startswith("2026-10-20T08:15")
    assert result["definitions"]["measurement_gap_hours"] < 24


def test_demo_report_files(demo_run: tuple[Path, dict, dict]) -> None:
    out, truth, _ = demo_run
    for name in ("index.html", "comparison.xlsx", "interactions_per_day.png", "pairs_scatter.png", "pairs_scatter.svg",
                 "comparison.json", "demo.db"):
        assert (out / name).stat().st_size > 0, name
    html = (out / "index.html").read_text(encoding="utf-8")
    assert f"Pairs ({len(truth['pairs'])})" in html
    assert "Tag 71 der #Fotochallenge" in html  # the peak of X, with its text
    assert html.count('src="data:image/svg+xml;base64,') == 2
    assert 'id="gap-note"' not in html  # no "measured 45.9 days apart" on the bundled data


def test_the_readme_shows_the_demo_as_printed(demo_run: tuple[Path, dict, dict]) -> None:
    """README.md's demo block is what `make demo` prints (its folder is report/, its AppView port varies; the
    comparison over time in the middle is left out)."""
    out, _, _ = demo_run
    first = "$ reichweite import x-archive examples/data/x-archive"
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    shown = first + readme.split("```\n" + first, 1)[1].split("```", 1)[0]
    printed = PRINTED["text"].replace(str(out.resolve()), "report").replace(f"{EXAMPLES.parent}/", "")
    printed = printed.replace(" --lang en", "")  # make demo leaves the language to the locale

    def lines(text: str) -> list[str]:
        return [line.rstrip() for line in re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", text).strip().splitlines()]

    head, tail = (lines(part) for part in shown.split("\n…\n"))  # … : the comparison over time, left out
    assert lines(printed)[:len(head)] == head and lines(printed)[-len(tail):] == tail


def _recompute(listing: pd.DataFrame) -> dict:
    """Per date and account, from the csv listing alone: what the comparison's summary says."""
    out = {}
    for as_of, rows in listing.groupby("as_of", sort=False):
        wide = rows.pivot(index="group", columns="key", values="interactions").astype(float)
        rates = rows.pivot(index="group", columns="key", values="per_1000_followers").astype(float)
        known = wide.notna().sum(axis=1) >= 2
        for key in wide.columns:
            mine = wide[key][known & wide[key].notna()]
            others = wide.drop(columns=[key]).loc[mine.index].max(axis=1)
            out[(as_of, key)] = {
                "groups": int(rows[rows["key"] == key]["group"].nunique()), "compared": len(mine),
                "wins": int((mine > others).sum()), "shared_first": int((mine == others).sum()),
                "median": float(mine.median()), "mean": float(mine.mean()), "total": int(mine.sum()),
                "peak": int(mine.max()), "median_per_1000_followers": float(rates[key][mine.index].dropna().median()),
                "followers": rows[rows["key"] == key]["followers"].dropna().unique().tolist(),
            }
    return out


def test_demo_over_time_is_reproduced_by_the_csv_listing(demo_run: tuple[Path, dict, dict]) -> None:
    """`compare x bluesky mastodon --at 2026-11-06 --at 2026-11-21` on the demo data over time: both dates, the
    change, rates and curves; the csv listing reproduces the numbers of the comparison."""
    out = demo_run[0] / "over-time"
    data = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    listing = pd.read_csv(out / "listing.csv", dtype={"post_id": str, "key": str})
    dates = ["2026-11-06T22:59:59.999999Z", "2026-11-21T22:59:59.999999Z"]
    assert list(listing["as_of"].unique()) == dates == [d["as_of"] for d in data["dates"]]
    made = _recompute(listing)
    for as_of, date in zip(dates, data["dates"], strict=True):
        for key, summary in date["accounts"].items():
            expected = made[(as_of, key)]
            for name in ("groups", "compared", "wins", "shared_first", "median", "total"):
                assert summary[name] == expected[name], (as_of, key, name)
            assert summary["mean"] == pytest.approx(expected["mean"])
            assert summary["peak"]["value"] == expected["peak"]
            assert summary["median_per_1000_followers"] == pytest.approx(expected["median_per_1000_followers"])
            assert [f["followers"] for f in summary["followers"]] == expected["followers"]  # one count, named
        for pair in date["pairwise"]:  # every pair of accounts from the listing
            wide = listing[listing["as_of"] == as_of].pivot(index="group", columns="key", values="interactions")
            both = wide[[pair["first"], pair["second"]]].dropna().astype(float)
            first, second = both[pair["first"]], both[pair["second"]]
            assert pair["n"] == len(both) and pair["wins_first"] == int((first > second).sum())
            assert pair["median_ratio"] == pytest.approx(float(np.median((second + 1) / (first + 1))))
    for change in data["change"]:  # the change between the dates, over the groups with interactions at both
        mine = listing[listing["key"] == change["account"]].pivot(index="group", columns="as_of",
                                                                  values="interactions").dropna().astype(float)
        assert change["groups"] == len(mine)
        assert change["total_from"] == mine[dates[0]].sum() and change["total_to"] == mine[dates[1]].sum()
        assert change["median_from"] == mine[dates[0]].median() and change["median_to"] == mine[dates[1]].median()
    # the three Mastodon posts of the last days were first measured on 21.11.: measured once, named
    truth = json.loads((EXAMPLES / "data" / "ground_truth_over_time.json").read_text(encoding="utf-8"))
    assert sorted(p["url"] for p in data["curves"]["measured_once"]) == sorted(truth["measured_once"])
    assert {c["account"] for c in data["curves"]["curve"]} == {"a", "b", "c"}


def _sheet(book: openpyxl.Workbook, name: str) -> list[dict]:
    rows = list(book[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_demo_over_time_workbook_is_reproduced_by_the_csv_listing(demo_run: tuple[Path, dict, dict]) -> None:
    """One `compare x bluesky mastodon --at 2026-11-06 --at 2026-11-21 --out` gives both dates, the change, rates and
    curves in HTML, xlsx and PNG; the csv listing reproduces the numbers of the workbook."""
    out = demo_run[0] / "over-time"
    for name in ("index.html", "comparison.xlsx", "change.png", "curves.png", "rates.png", "listing.csv"):
        assert (out / name).stat().st_size > 0, name
    html = (out / "index.html").read_text(encoding="utf-8")
    for anchor in ('id="date-1"', 'id="date-2"', 'id="change"', 'id="chart-change"', 'id="chart-rates"',
                   'id="chart-curves"', 'id="curves"', "per_1000_followers = interactions / followers × 1,000",
                   "Rule: common", "3 posts measured only once"):
        assert anchor in html, anchor
    listing = pd.read_csv(out / "listing.csv", dtype={"post_id": str, "key": str})
    assert list(listing["as_of"].unique()) == ["2026-11-06T22:59:59.999999Z", "2026-11-21T22:59:59.999999Z"]
    made = _recompute(listing)
    book = openpyxl.load_workbook(out / "comparison.xlsx")
    summary = _sheet(book, "Summary")
    keys = {"X @tagesfoto_demo": "a", "Bluesky @tagesfoto-demo.bsky.social": "b",
            "Mastodon @tagesfoto_demo@mastodon.example": "c"}
    dates = list(listing["as_of"].unique())
    assert len(summary) == 2 * 3
    for index, row in enumerate(summary):
        expected = made[(dates[index // 3], keys[row["Account"]])]
        assert row["Groups"] == expected["groups"] and row["Compared"] == expected["compared"]
        assert row["Wins"] == expected["wins"] and row["Shared first places"] == expected["shared_first"]
        assert row["Median"] == expected["median"] and row["Mean"] == pytest.approx(expected["mean"])
        assert row["Total"] == expected["total"] and row["Peak"] == expected["peak"]
        assert row["Median per 1,000 followers"] == pytest.approx(expected["median_per_1000_followers"])
        [followers] = expected["followers"]  # one count per account and date, named in the report
        assert f"{int(followers):,} (measured" in row["Followers used"]
    # every pair of accounts: pairs, wins and the median ratio from the listing
    for row in _sheet(book, "Pairs of accounts"):
        first, second = (keys[label] for label in row["Pair"].split(" – "))
        as_of = dates[0] if row["Date"] == "6 Nov 2026" else dates[1]
        wide = listing[listing["as_of"] == as_of].pivot(index="group", columns="key", values="interactions")
        both = wide[[first, second]].dropna().astype(float)
        assert row["Pairs compared"] == len(both)
        assert row["Wins first"] == int((both[first] > both[second]).sum())
        assert row["Wins second"] == int((both[second] > both[first]).sum())
        assert row["Median ratio"] == pytest.approx(float(np.median((both[second] + 1) / (both[first] + 1))))
    # the change between the dates per account, over the groups with interactions at both
    for row in _sheet(book, "Change"):
        key = keys[row["Account"]]
        mine = listing[listing["key"] == key].pivot(index="group", columns="as_of", values="interactions")
        mine = mine.dropna().astype(float)
        assert row["Groups"] == len(mine)
        assert row["Total before"] == mine[dates[0]].sum() and row["Total after"] == mine[dates[1]].sum()
        assert row["Median before"] == mine[dates[0]].median() and row["Median after"] == mine[dates[1]].median()
        # a percentage is a real share in the workbook (0.042 shown as 4.2 %)
        assert row["Change of total %"] == pytest.approx(mine[dates[1]].sum() / mine[dates[0]].sum() - 1)
    # the curves follow from their points (every measurement of the posts, one per post and age range)
    points = pd.DataFrame(_sheet(book, "Curve points"))
    for row in _sheet(book, "Curves"):
        values = points[(points["Account"] == row["Account"]) & (points["Post age"] == row["Post age"])]
        assert row["Posts"] == len(values) and row["Median"] == float(values["Interactions"].median())
    once = _sheet(book, "Measured once")
    assert len(once) == 3 and {r["Account"] for r in once} == {"Mastodon @tagesfoto_demo@mastodon.example"}
