"""The report opens in headless Chromium: charts decode, tables render, no console errors, nothing fetched."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from reichweite.jobs.compare import compare
from reichweite.store import open_store
from tests.support.browser import visit
from tests.support.compare_seed import FETCH_2, seed_store

CHECK = """
(() => {
  const images = [...document.images].map(i => ({id: i.id, complete: i.complete, width: i.naturalWidth,
                                                 height: i.naturalHeight}));
  const tables = Object.fromEntries([...document.querySelectorAll('table')].map(
      t => [t.id || '?', {rows: t.tBodies.length ? t.tBodies[0].rows.length : 0, height: t.offsetHeight}]));
  const external = performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('data:'));
  return {title: document.title, lang: document.documentElement.lang, images, tables, external,
          scripts: document.scripts.length, wins: document.getElementById('wins')?.innerText ?? null,
          firstPairText: document.querySelector('#pairs-table tbody tr td.text')?.innerText ?? null};
})()
"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "de"])
def test_report_renders_in_chromium(sqlite_url: str, tmp_path: Path, lang: str) -> None:
    engine = open_store(sqlite_url)
    data = seed_store(engine)
    compare(engine, ("x", "tagesfoto"), ("bluesky", "tagesfoto.bsky.social"), at=FETCH_2 + timedelta(hours=1),
            out=tmp_path, lang=lang)
    page = visit(tmp_path / "index.html", CHECK)
    assert page.errors == []
    value = page.result
    assert value["lang"] == lang
    assert [i["id"] for i in value["images"]] == ["chart-daily", "chart-scatter"]
    for image in value["images"]:
        assert image["complete"] and image["width"] > 300 and image["height"] > 300
    tables = value["tables"]
    assert tables["pairs-table"]["rows"] == 8 and tables["pairs-table"]["height"] > 100
    assert tables["summary-table"]["rows"] == 5
    assert tables["by-weekday"]["rows"] == 7 and tables["unmatched-a"]["rows"] == 1
    assert value["external"] == [] and value["scripts"] == 0
    # the hostile post text is shown as text, not run as a script
    assert value["firstPairText"].startswith(data.hostile_text)
    assert value["wins"].startswith("Bluesky had more interactions" if lang == "en" else "Bluesky hatte in")


@pytest.mark.browser
def test_a_broken_chart_is_caught(tmp_path: Path) -> None:
    """The check can fail: an image that does not decode has naturalWidth 0 and a script error is reported."""
    page_path = tmp_path / "broken.html"
    page_path.write_text(
        '<!DOCTYPE html><html><body><img id="x" src="data:image/png;base64,AAAA">'
        "<script>console.error('boom')</script></body></html>",
        encoding="utf-8",
    )
    page = visit(page_path, "[...document.images].map(i => i.naturalWidth)")
    assert page.result == [0]
    assert any("boom" in e for e in page.errors)
