"""A member's own creator analytics (fixtures in tests/fixtures/linkedin/creator, see ../README.md): the five-sheet
workbook (numbers as numbers, and since 2026 as text) and a Top Posts workbook alone, imported into posts, account
snapshots, days and the window's figures."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.jobs.linkedin import import_page_exports
from reichweite.store import open_store
from reichweite.store.schema_linkedin import linkedin_creator_windows, linkedin_page_days
from tests.support import FIXTURES
from tests.support.cli import run_cli

CREATOR = FIXTURES / "linkedin" / "creator"
CONTENT = CREATOR / "Content_2024-06-01_2024-06-30_JanaBeispiel.xlsx"
AGGREGATE = CREATOR / "AggregateAnalytics_JanaBeispiel_2024-06-01_2024-06-30.xlsx"
END_OF_JUNE = datetime(2024, 6, 30, 21, 59, 59, tzinfo=UTC)  # 30 June 23:59:59 in Berlin


@pytest.mark.parametrize("workbook", [CONTENT, AGGREGATE], ids=["numbers", "numbers-as-text"])
def test_the_workbook_goes_into_posts_snapshots_days_and_the_window(tmp_path: Path, workbook: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    result = import_page_exports(engine, [workbook])
    [file] = result.files
    assert (file.kind, file.page, file.observed_at) == ("creator", "jana-beispiel", END_OF_JUNE)
    assert (file.window, file.impressions, file.members_reached) == ((date(2024, 6, 1), date(2024, 6, 30)),
                                                                     14820, 6311)
    assert result.added == {"posts": 4, "snapshots": 3, "days": 30, "follower snapshots": 30}
    with engine.connect() as conn:
        window = conn.execute(sa.select(linkedin_creator_windows.c.impressions,
                                        linkedin_creator_windows.c.members_reached)).one()
        day = conn.execute(sa.select(linkedin_page_days.c.impressions, linkedin_page_days.c.engagements,
                                     linkedin_page_days.c.new_followers)
                           .where(linkedin_page_days.c.page == "jana-beispiel",
                                  linkedin_page_days.c.day == date(2024, 6, 4))).one()
    assert tuple(window) == (14820, 6311)
    assert tuple(day) == (300 + 17 * 4, 4 + 4 % 9, 12)
    again = import_page_exports(engine, [workbook])
    assert again.added["posts"] == 0 and again.added["snapshots"] == 0 and again.added["follower snapshots"] == 0


def test_followers_and_top_posts_answer_as_of_questions(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    done = run_cli("import", "linkedin-page", str(CONTENT), "--db", db)
    assert done.code == 0, done.err
    assert done.out.splitlines()[0] == (f"{CONTENT.name}: creator analytics of jana-beispiel, 2024-06-01 … "
                                        "2024-06-30 (impressions 14,820, members reached 6,311), figures as of "
                                        "2024-06-30 21:59 UTC")
    accounts = run_cli("accounts", "linkedin:jana-beispiel", "--at", "30.06.2024", "--json", "--db", db)
    assert [a["followers"] for a in json.loads(accounts.out)["accounts"]] == [1312]
    earlier = run_cli("accounts", "linkedin:jana-beispiel", "--at", "2024-06-03", "--json", "--db", db)
    assert [a["followers"] for a in json.loads(earlier.out)["accounts"]] == [1312 - 54 + 5]
    posts = json.loads(run_cli("posts", "linkedin:jana-beispiel", "--at", "30.06.2024", "--json", "--db", db).out)
    assert {p["id"] for p in posts} == {"urn:li:activity:7206000000000000001", "urn:li:ugcPost:7207000000000000002",
                          "urn:li:share:7208000000000000003", "urn:li:activity:7209000000000000004"}


def test_a_top_posts_workbook_alone(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    at = datetime(2024, 7, 1, 8, 0, tzinfo=UTC)
    result = import_page_exports(engine, [CREATOR / "Top Posts.xlsx"], observed_at=at)
    [file] = result.files
    assert (file.kind, file.page, file.sheets) == ("creator", "jana-beispiel", {"TOP POSTS": "posts"})
    assert result.added == {"posts": 4, "snapshots": 3, "days": 0, "follower snapshots": 0}
    with engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT p.native_id, s.views, s.observed_at FROM posts p JOIN snapshots s ON s.post_id = p.id "
            "ORDER BY p.native_id")).all()
    assert [(r[0], r[1]) for r in rows] == [("urn:li:activity:7206000000000000001", 5210),
                                            ("urn:li:activity:7209000000000000004", 1210),
                                            ("urn:li:ugcPost:7207000000000000002", 3977)]
