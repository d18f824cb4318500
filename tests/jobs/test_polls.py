"""Polls: votes, views and participation (unknown where views are unknown), the report section in de and en."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.polls import poll_results
from reichweite.jobs.polls import polls_as_of
from reichweite.model import Post, Snapshot
from reichweite.report.polls import polls_text, write_polls_report
from reichweite.store import save_posts, save_snapshots, snapshots_as_of

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _store(engine: sa.Engine) -> None:
    linkedin = Post("linkedin", "urn:li:activity:1", "beispiel-ag", T0, text="Homeoffice <b>oder</b> Büro?",
                    kind="poll")
    mastodon = Post("mastodon", "https://det.social/@anna/1003", "@anna@det.social", T0, text="Kaffee oder Tee?",
                    kind="poll")
    plain = Post("mastodon", "https://det.social/@anna/1004", "@anna@det.social", T0, text="kein Poll")
    options = [{"title": "Homeoffice", "votes": 30}, {"title": "Büro", "votes": 10}]
    with engine.begin() as conn:
        ids = save_posts(conn, [linkedin, mastodon, plain], source="manual")
        save_snapshots(conn, [
            Snapshot("linkedin", linkedin.native_id, T0 + timedelta(days=1), "manual", poll_votes=20, views=400),
            Snapshot("linkedin", linkedin.native_id, T0 + timedelta(days=7), "manual", poll_votes=40, views=800,
                     poll_options=options),
            Snapshot("mastodon", mastodon.native_id, T0 + timedelta(days=1), "api", poll_votes=12, poll_voters=9,
                     likes=3, poll_options=[{"title": "Kaffee", "votes": 8}, {"title": "Tee", "votes": 4}]),
            Snapshot("mastodon", plain.native_id, T0 + timedelta(days=1), "api", likes=1),
        ], post_ids=ids)


def test_participation_as_of_each_date(store: sa.Engine) -> None:
    _store(store)
    day2 = polls_as_of(store, None, None, T0 + timedelta(days=2))
    week = polls_as_of(store, None, None, T0 + timedelta(days=8))
    assert [(p.platform, p.votes, p.views, p.participation) for p in day2] == [
        ("linkedin", 20, 400, 0.05), ("mastodon", 12, None, None)]
    assert [(p.platform, p.votes, p.views, p.participation) for p in week] == [
        ("linkedin", 40, 800, 0.05), ("mastodon", 12, None, None)]
    assert [(o.title, o.votes, o.share) for o in week[0].options] == [("Homeoffice", 30, 0.75), ("Büro", 10, 0.25)]
    assert polls_as_of(store, "mastodon", "anna@det.social", T0 + timedelta(days=2))[0].voters == 9
    assert polls_as_of(store, None, None, T0 - timedelta(days=1)) == []  # not yet published


def test_votes_from_options_when_the_total_is_missing() -> None:
    posts = pd.DataFrame([{"id": 1, "platform": "x", "native_id": "1", "author": "a", "created_at": T0,
                           "text": "", "kind": "poll", "url": None}])
    figures = pd.DataFrame([{"observed_at": T0, "source": "api", "poll_votes": pd.NA, "poll_voters": pd.NA,
                             "views": pd.NA, "poll_options": [{"title": "a", "votes": 2}, {"title": "b", "votes": 3}]}],
                           index=[1])
    assert poll_results(posts, figures)[0].votes == 5
    figures.at[1, "poll_options"] = [{"title": "a", "votes": 2}, {"title": "b", "votes": None}]
    assert poll_results(posts, figures)[0].votes is None  # one option unknown: the total is unknown


def test_report_section_html_and_excel(store: sa.Engine, tmp_path: Path) -> None:
    _store(store)
    at = T0 + timedelta(days=8)
    polls = polls_as_of(store, None, None, at)
    html, xlsx, png, svg = write_polls_report(polls, tmp_path / "de", at, "de")
    assert png.name == "polls.png" and "Homeoffice &lt;b&gt;oder&lt;/b&gt; Büro?" in svg.read_text(encoding="utf-8")
    text = html.read_text(encoding="utf-8")
    assert "Homeoffice &lt;b&gt;oder&lt;/b&gt; Büro?" in text and "<b>oder</b>" not in text
    assert "Beteiligung" in text and "5,0\u00a0%" in text and "75,0\u00a0%" in text
    en = write_polls_report(polls, tmp_path / "en", at, "en")[0].read_text(encoding="utf-8")
    assert "Participation" in en and "unknown (–), not 0" in en
    sheet = openpyxl.load_workbook(xlsx)["Umfragen"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["Option"] == "Homeoffice" and first["Stimmen der Option"] == 30 and first["Beteiligung"] == 0.05
    assert first["Plattform"] == "LinkedIn" and sheet["L2"].number_format == "0.0 %"
    assert "participation 5.0%" in polls_text(polls, at, "en")
    assert "Beteiligung 5,0\u00a0%" in polls_text(polls, at, "de")
    with store.connect() as conn:  # the report changed nothing
        assert len(snapshots_as_of(conn, [1, 2, 3], at)) == 3
