"""`reichweite accounts … --from --to --every` and `reichweite linkedin activity` as a user runs them, against
counts done by hand from the files (the demo's followers.csv; the 2024 layout member export)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from tests.support import EXAMPLES, FIXTURES
from tests.support.chart_data import chart_rows

FOLLOWERS = EXAMPLES / "data" / "followers.csv"
EXPORT_2024 = FIXTURES / "linkedin" / "export-2024"
MASTODON = "mastodon:@tagesfoto_demo@mastodon.example"


@pytest.fixture
def demo_db(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.db"
    assert cli("--db", db, "import", "table", FOLLOWERS).code == 0
    return db


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_weeks_of_the_demo_account_match_the_table(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    # followers.csv, Mastodon rows on Mondays 09:00: 05.10. 147/57/63, 12.10. (followers blank)/57/70,
    # 19.10. 167/57/75, 26.10. 182/57/75
    ran = cli("--db", demo_db, "accounts", MASTODON, "--from", "05.10.2026", "--to", "2026-11-01",
              "--every", "week", "--format", "csv")
    assert ran.code == 0, ran.err
    rows = _csv(ran.out)
    assert [r["step"] for r in rows] == ["2026-W41", "2026-W42", "2026-W43", "2026-W44"]
    assert [r["followers"] for r in rows] == ["147", "147", "167", "182"]  # 12.10. unknown: 05.10. stays
    assert [r["posts"] for r in rows] == ["63", "70", "75", "75"]
    assert [r["followers_change"] for r in rows] == ["", "0", "20", "15"]
    assert float(rows[2]["followers_change_pct"]) == pytest.approx(20 / 147 * 100)
    assert float(rows[1]["posts_change_pct"]) == pytest.approx(7 / 63 * 100)
    assert rows[1]["followers_observed_at"] == "2026-10-05T07:00:00Z"  # 09:00 Berlin (summer time) in UTC
    assert rows[3]["end"].startswith("2026-11-01T22:59:59")  # Sunday 01.11. ends at 23:59:59 Berlin (CET)


def test_months_of_two_accounts_and_their_machine_forms(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    # X: 26.10. 2,995 followers; 30.11. 2,942. Mastodon: 26.10. 182; 30.11. 233
    args = ("--db", demo_db, "accounts", "x:tagesfoto_demo", MASTODON, "--from", "2026-10-01", "--to",
            "30.11.2026", "--every", "month")
    document = json.loads(cli(*args, "--json").out)
    assert document["every"] == "month" and document["tz"] == "Europe/Berlin"
    assert document["accounts"] == ["X @tagesfoto_demo", "Mastodon @tagesfoto_demo@mastodon.example"]
    by = {(r["handle"], r["step"]): r for r in document["rows"]}
    assert (by["tagesfoto_demo", "2026-10"]["followers"], by["tagesfoto_demo", "2026-11"]["followers"]) == (2995, 2942)
    assert by["tagesfoto_demo", "2026-11"]["followers_change"] == -53
    assert by["tagesfoto_demo", "2026-11"]["posts"] is None  # X posts never measured: unknown, not 0
    mastodon = by["@tagesfoto_demo@mastodon.example", "2026-11"]
    assert (mastodon["followers"], mastodon["followers_change"]) == (233, 51)
    assert mastodon["followers_change_pct"] == pytest.approx(51 / 182 * 100)
    lines = cli(*args, "--format", "jsonl").out.splitlines()
    assert [json.loads(line)["followers"] for line in lines] == [2995, 2942, 182, 233]
    table = cli(*args, "--lang", "de")
    assert table.code == 0
    assert "2.942 (−53, −1,8\u00a0%)" in table.out and "233 (+51, +28,0\u00a0%)" in table.out
    english = cli(*args, "--lang", "en").out
    assert "2,942 (−53, −1.8%)" in english and "as of the end of each month" in english


def _strict(text: str) -> dict:
    def refuse(word: str) -> None:
        raise AssertionError(f"not strict JSON: {word}")

    return json.loads(text, parse_constant=refuse)


def test_several_accounts_at_one_date_give_the_records_of_every(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    # followers.csv: X 09.11. 2,971 followers / 388 following; Mastodon 09.11. 202 / 57 / 75 posts; the next
    # measurements are on 16.11., after the date asked for
    two = ("x:tagesfoto_demo", MASTODON)
    single = _strict(cli("--db", demo_db, "accounts", *two, "--at", "15.11.2026", "--json").out)
    series = _strict(cli("--db", demo_db, "accounts", *two, "--from", "2026-11-09", "--to", "2026-11-15", "--every",
                         "day", "--json").out)
    assert set(single) == set(series) and single["accounts"] == series["accounts"]
    assert [list(r) for r in single["rows"]] == [list(series["rows"][0])] * 2  # the same keys, in the same order
    assert [r["step"] for r in single["rows"]] == ["2026-11-15", "2026-11-15"]
    last = {r["handle"]: r for r in series["rows"] if r["step"] == "2026-11-15"}
    for row in single["rows"]:
        for key in ("followers", "following", "posts", "followers_observed_at", "end"):
            assert row[key] == last[row["handle"]][key]
    assert [(r["followers"], r["following"], r["posts"]) for r in single["rows"]] == [(2971, 388, None), (202, 57, 75)]
    assert single["rows"][0]["end"] == "2026-11-15T22:59:59.999999Z" and single["to"] == single["rows"][0]["end"]
    moments = [v for r in single["rows"] + series["rows"] for k, v in r.items()
               if v is not None and (k in ("start", "end") or k.endswith("_observed_at"))]
    assert moments and all(v.endswith("Z") and "T" in v for v in moments)
    csv_rows = _csv(cli("--db", demo_db, "accounts", *two, "--at", "15.11.2026", "--format", "csv").out)
    assert [r["followers"] for r in csv_rows] == ["2971", "202"] and list(csv_rows[0]) == list(single["rows"][0])
    german = cli("--db", demo_db, "accounts", *two, "--at", "15.11.2026", "--lang", "de").out
    assert "Stand am Ende jedes Tages" in german and "2.971" in german


def test_growth_options_are_checked(cli, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("--db", demo_db, "accounts", "x:tagesfoto_demo", "--from", "2026-10-01", "--every",
               "fortnight").code == 2
    backwards = cli("--db", demo_db, "accounts", "x:tagesfoto_demo", "--from", "2026-10-01", "--to", "2026-09-01")
    assert backwards.code == 2 and "--to" in backwards.err
    assert cli("--db", demo_db, "accounts", "x:tagesfoto_demo", "--from", "31.02.2026").code == 2
    both = cli("--db", demo_db, "accounts", "x:tagesfoto_demo", "--at", "2026-10-01", "--every", "week")
    assert both.code == 2 and "--at" in both.err
    several = cli("--db", demo_db, "accounts", "x:tagesfoto_demo", MASTODON, "--format", "csv")  # as of now
    assert several.code == 0 and [r["followers"] for r in _csv(several.out)] == ["2942", "233"]
    unknown = cli("--db", demo_db, "accounts", "x:nobody", "--every", "week")
    assert unknown.code == 1 and unknown.err.startswith("Error: No account figures of x:nobody")
    assert "Traceback" not in unknown.err


def test_linkedin_activity_per_week_from_the_export_and_from_a_store(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # export-2024: Invitations.csv — INCOMING 6/1/24 11:02 AM (week 22), OUTGOING 6/14/24 5:57 AM (week 24);
    # Connections.csv — 03 May 2024 (week 18), 18 Jun 2024 (week 25)
    expected = {"2024-W18": (0, 0, 1), "2024-W22": (1, 0, 0), "2024-W24": (0, 1, 0), "2024-W25": (0, 0, 1)}
    ran = cli("linkedin", "activity", EXPORT_2024, "--every", "week", "--format", "csv")
    assert ran.code == 0, ran.err
    rows = _csv(ran.out)
    assert [r["step"] for r in rows] == [f"2024-W{w}" for w in range(18, 26)]
    for row in rows:
        counts = (int(row["invitations_received"]), int(row["invitations_sent"]), int(row["connections"]))
        assert counts == expected.get(row["step"], (0, 0, 0)), row["step"]
    db = tmp_path / "li.db"
    assert cli("--db", db, "import", "linkedin-export", EXPORT_2024).code == 0
    stored = _csv(cli("linkedin", "activity", db, "--every", "week", "--format", "csv").out)
    assert [(r["step"], r["invitations_received"], r["invitations_sent"], r["connections"]) for r in stored] == \
        [(r["step"], r["invitations_received"], r["invitations_sent"], r["connections"]) for r in rows]
    german = cli("linkedin", "activity", EXPORT_2024, "--every", "month", "--lang", "de")
    assert "Einladungen" in german.out and "01.06.2024–18.06.2024" in german.out
    # the connection of 03.05.2024 lies before --from: said, not counted
    later = cli("linkedin", "activity", EXPORT_2024, "--from", "2024-06-01", "--json", "--lang", "en")
    assert json.loads(later.out)["left_out"] == {"undirected": 0, "undated": 0, "outside": 1}
    assert "1 event outside the period not counted" in later.err
    missing = cli("linkedin", "activity", tmp_path / "nothing.zip")
    assert missing.code != 0 and "Traceback" not in missing.err


def test_the_workbook_holds_the_table(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    out = tmp_path / "report"
    ran = cli("--db", demo_db, "accounts", MASTODON, "--from", "05.10.2026", "--to", "2026-11-01", "--every",
              "week", "--out", out, "--lang", "de")
    assert ran.code == 0, ran.err
    sheet = openpyxl.load_workbook(out / "accounts_over_time.xlsx")["Verlauf"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Konto", "Woche", "Stand", "Follower", "Follower ±", "Follower ± %")
    assert [r[3] for r in rows[1:]] == [147, 147, 167, 182]
    assert rows[3][4] == 20 and rows[3][5] == pytest.approx(20 / 147)  # a share, shown as 13,6 %
    assert rows[1][2].date() == date(2026, 10, 11)  # the week's last day, a date cell
    assert rows[1][4] is None  # no step before the first: empty, not 0
    refused = cli("--db", demo_db, "accounts", MASTODON, "--out", out)
    assert refused.code == 2 and "--out" in refused.err


def test_the_charts_of_accounts_and_activity(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "charts"
    ran = cli("--db", demo_db, "accounts", "x:tagesfoto_demo", MASTODON, "--from", "2026-10-01", "--to",
              "30.11.2026", "--every", "month", "--out", out, "--lang", "en")
    assert ran.code == 0, ran.err
    for stem in ("accounts_followers", "accounts_following", "accounts_posts"):
        assert (out / f"{stem}.png").read_bytes().startswith(b"\x89PNG")
        assert (out / f"{stem}.svg").read_text(encoding="utf-8").startswith("<svg")
    import reichweite
    from reichweite.report.growth import chart_specs

    found = reichweite.account_growth(demo_db, ["x:tagesfoto_demo", MASTODON], start="2026-10-01",
                                      end="30.11.2026", every="month")
    rows = chart_rows(chart_specs(found, "de")["followers"])[0]
    assert [(r["day"], r["value"]) for r in rows if r["series"] == "X @tagesfoto_demo"] == \
        [("2026-10-31", 2995), ("2026-11-30", 2942)]
    x_posts = [r["value"] for r in chart_rows(chart_specs(found, "en")["posts"])[0]
               if r["series"] == "X @tagesfoto_demo"]
    assert x_posts == [None, None]  # X posts never measured: no point, never 0
    subtitle = chart_specs(found, "de")["followers"]["title"]["subtitle"]
    assert subtitle[0].startswith("31.10.2026 bis 30.11.2026 · Kalendertage Europe/Berlin")
    assert subtitle[1] == "Quelle: Kontozahlen im Speicher (Sammlungen und Tabellen) · Stand 30.11.2026"
    weekly = reichweite.linkedin_activity(EXPORT_2024, every="week")
    counts = chart_specs(weekly, "en")["activity"]
    axis = counts["layer"][0]["encoding"]["y"]["axis"]
    assert axis["values"] == [0, 1]  # whole counts: no tick at 0.5
    assert counts["title"]["subtitle"][1] == "Source: LinkedIn member export export-2024 · as of 18 Jun 2024"
    activity = cli("linkedin", "activity", EXPORT_2024, "--out", out, "--lang", "de")
    assert activity.code == 0 and (out / "linkedin_activity.png").exists()
    assert (out / "linkedin_activity.xlsx").exists()
