"""Collect in the web app offers every platform of the registry with an API collector, and runs each through the one
collection runner against local servers replaying recorded API responses."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite import registry
from tests.support.cli import TOKEN
from tests.support.replay import MastodonReplay, ReplayServer, XReplay

from .conftest import make_client, wait_for_job


def test_collect_page_offers_the_registry_platforms_with_a_collector(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "empty.db"))
    page = client.get("/collect").text
    select = re.search(r'<select id="platform" name="platform">(.*?)</select>', page, re.S)
    assert select, page
    offered = re.findall(r'<option value="([^"]+)">([^<]+)</option>', select.group(1))
    assert [name for name, _ in offered] == list(registry.api_platforms())
    assert [label for _, label in offered] == [registry.label(name) for name in registry.api_platforms()]
    assert "x" in dict(offered)  # X collects through the API like Bluesky and Mastodon


def test_a_platform_without_collector_is_refused_with_the_list(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "empty.db"))
    response = client.post("/api/collections", data={"platform": "linkedin", "handle": "beispiel-ag"})
    assert response.status_code == 422
    assert ", ".join(registry.api_platforms()) in response.text


@pytest.mark.parametrize("platform", ["mastodon", "x"])
def test_collect_mastodon_and_x_from_the_web_app(platform: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    db = tmp_path / "store.db"
    if platform == "mastodon":
        replay: MastodonReplay | XReplay = MastodonReplay()
        handle, posts = "@admin@localhost:3000", 6
    else:
        replay = XReplay(TOKEN, shift=datetime(2026, 8, 1, 13, 15, tzinfo=UTC) - datetime(2023, 1, 26, 15, 15,
                                                                                            tzinfo=UTC))
        replay.timeline("TOMOKAPEACE", [["1618628579440619521"]])
        handle, posts = "TOMOKAPEACE", 1
    with ReplayServer(replay) as server:
        if isinstance(replay, MastodonReplay):
            replay.base = server.url
        client = make_client(str(db))
        started = client.post("/api/collections", data={"platform": platform, "handle": handle,
                                                        "server": server.url})
        assert started.status_code == 202, started.text
        job = wait_for_job(client, started.json()["job"])
    assert job["status"] == "done", job
    assert job["summary"]["platform"] == platform
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT count(*) FROM posts WHERE platform = ?",
            (platform,)).scalar_one()
    engine.dispose()
    assert stored == posts
