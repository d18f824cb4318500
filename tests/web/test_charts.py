"""The pages' interactive charts are the report chart module's specs for the same data: one definition gives the chart
in the browser and the PNG/SVG of the report files."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reichweite import api
from reichweite.report.charts.render import to_png

from .conftest import ACCOUNTS, make_client


def embedded(page: str) -> dict[str, dict[str, Any]]:
    """The specs the page hands to vega-embed, by element id (the attribute holds tojson's escaped JSON)."""
    found = re.findall(r'<div class="vega" id="([^"]+)" role="img" aria-label="[^"]*" data-spec-json=\'([^\']*)\'',
                       page)
    return {chart_id: json.loads(text) for chart_id, text in found}


def plain(spec: dict[str, Any]) -> Any:
    return json.loads(json.dumps(spec))


def _at() -> str:
    return (datetime.now(UTC) + timedelta(days=1)).date().isoformat()  # after the AppView replay's fetch


def test_compare_page_embeds_the_report_charts_and_the_png_download_is_drawn_from_them(demo_db: str) -> None:
    from reichweite.report.comparison import chart_specs

    at = _at()
    client = make_client(demo_db)
    page = client.get("/compare", params={"account": ACCOUNTS, "at": at}).text
    charts = embedded(page)
    result = api.compare(demo_db, *ACCOUNTS, at=at)
    expected = chart_specs(result, "en")
    assert set(charts) == {f"compare-{stem}" for stem in expected}
    for stem, spec in expected.items():
        assert charts[f"compare-{stem}"] == plain(spec), stem
    scatter = charts["compare-pairs_scatter"]
    assert len(scatter["layer"][2]["data"]["values"]) == result.stats.n == 88
    # the report's PNG is the image of the very spec the page draws
    png = client.get("/compare/download/png", params={"account": ACCOUNTS, "at": at})
    assert png.status_code == 200
    assert png.content == to_png(scatter)


def test_compare_of_several_dates_embeds_the_series_charts(demo_db: str) -> None:
    from reichweite.report.series import chart_specs

    day = datetime.now(UTC).date()
    dates = [(day - timedelta(days=3)).isoformat(), (day + timedelta(days=1)).isoformat()]
    client = make_client(demo_db)
    page = client.get("/compare", params={"account": ACCOUNTS, "at": ", ".join(dates)}).text
    charts = embedded(page)
    expected = chart_specs(api.compare(demo_db, *ACCOUNTS, at=dates), "en")
    assert expected, "the series has charts"
    assert charts == {f"series-{stem}": plain(spec) for stem, spec in expected.items()}


def test_panel_page_embeds_the_panel_report_charts(demo_db: str, tmp_path: Path) -> None:
    from reichweite.report.panel import chart_specs
    from tests.support.cli import run_cli
    from tests.support.panels import WIDE_HEADER, synthetic_panel_sheets, write_wide

    panel = write_wide(tmp_path / "panel.xlsx", synthetic_panel_sheets(), WIDE_HEADER)  # synthetic DAX figures
    imported = run_cli("import", "table", str(panel), "--db", demo_db)
    assert imported.code == 0, imported.err
    client = make_client(demo_db)
    page = client.get("/panel", params={"name": "dax"}).text
    charts = embedded(page)
    report = api.panel_report(demo_db, "dax", lang="en")
    expected = chart_specs(report.result, "en")
    assert expected, "the demo's panel has charts"
    assert charts == {f"panel-{stem}": plain(spec) for stem, spec in expected.items()}


def test_accounts_page_embeds_the_growth_report_charts(demo_db: str) -> None:
    from reichweite.api_over_time import account_growth
    from reichweite.report.growth import chart_specs

    client = make_client(demo_db)
    measured = ACCOUNTS[1]  # the demo's X account has no account figures: no line, no error
    for every, params in (("day", {"every": "day"}), ("week", {})):  # by week when no step is chosen
        shown = [measured] if params else ACCOUNTS
        page = client.get("/accounts", params={"account": shown, **params}).text
        expected = chart_specs(account_growth(demo_db, [measured], every=every), "en")
        assert "followers" in expected
        assert embedded(page) == {f"growth-{stem}": plain(spec) for stem, spec in expected.items()}, every
