"""The web app in headless Chromium (Playwright, Debian's /usr/bin/chromium): the flow a new user takes — upload
the demo X archive, collect from the local AppView replay, read Compare with the numbers of `compare --json`,
switch to German — plus keyboard navigation and no console error on any page.

Set REICHWEITE_WEB_SCREENSHOTS=docs/images/web to keep the screenshots the docs show."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from .conftest import ACCOUNTS, DATA, ROOT, LiveServer, appview

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("REICHWEITE_WEB_SCREENSHOTS")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str, Path]]:
    """A live server over a new empty store (the flow fills it), with a folder the app may read."""
    from reichweite.web.app import create_app
    from reichweite.web.settings import WebSettings

    root = tmp_path_factory.mktemp("web-live")
    folder = root / "files"
    shutil.copytree(ROOT / "tests" / "fixtures" / "automation" / "export-2024", folder / "linkedin-export")
    db = str(root / "store.db")
    with LiveServer(create_app(WebSettings(db=db, folders=(folder,)))) as server:
        yield server, db, folder


@pytest.fixture
def page(browser, live):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.console_errors = errors
    yield page
    context.close()


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def _finished_job(page, section: str, label: str) -> str:  # type: ignore[no-untyped-def]
    job = page.locator(f"{section} .job", has_text=label).first
    job.locator(".status").filter(has_text="done").or_(job.locator(".status").filter(has_text="failed")).wait_for()
    return job.inner_text()


def test_the_new_users_flow(page, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, db, _folder = live
    base = server.url
    archive = shutil.make_archive(str(tmp_path / "twitter-archive"), "zip", DATA / "x-archive")

    page.goto(f"{base}/import")
    page.set_input_files("#file", archive)
    page.click("#import-form button[type=submit]")
    text = _finished_job(page, "#import-jobs", "twitter-archive.zip")
    assert "x-archive tagesfoto_demo: 97 posts" in text, text
    page.set_input_files("#file", str(DATA / "x-replies.csv"))
    page.click("#import-form button[type=submit]")
    assert "table x-replies.csv" in _finished_job(page, "#import-jobs", "x-replies.csv")
    shot(page, "import")

    with appview() as (url, requests):
        page.goto(f"{base}/collect")
        page.fill("#handle", "tagesfoto-demo.bsky.social")
        page.fill("#server", url)
        page.click("#collect-form button[type=submit]")
        text = _finished_job(page, "#collect-jobs", "tagesfoto-demo")
    assert "bluesky tagesfoto-demo.bsky.social: ok; 94 posts read" in text, text
    assert requests, "the collector did not call the local AppView"

    at = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    page.goto(f"{base}/compare")
    page.select_option("#account-a", ACCOUNTS[0])
    page.select_option("#account-b", ACCOUNTS[1])
    page.fill("#at", at)
    page.click("#compare-form button[type=submit]")
    page.locator("#compare-summary").wait_for()
    page.locator("#compare-pairs_scatter svg").first.wait_for()
    cli = subprocess.run([sys.executable, "-m", "reichweite", "compare", *ACCOUNTS, "--at", at, "--json",
                          "--out", str(tmp_path / "report"), "--db", db], capture_output=True, text=True, cwd=ROOT)
    expected = json.loads(cli.stdout)["summary"]
    cell = lambda key: page.locator(f'#compare-summary [data-key="{key}"]').inner_text()  # noqa: E731
    assert cell("n") == str(expected["n"]) == "88"
    assert (cell("wins_a"), cell("wins_b"), cell("ties")) == tuple(
        str(expected[k]) for k in ("wins_a", "wins_b", "ties"))
    assert cell("median_a") == f"{expected['a']['median']:.1f}" and cell("median_b") == f"{expected['b']['median']:.1f}"
    assert cell("peak_a") == f"{expected['a']['peak']['value']:,}"
    assert "at=" in page.url  # the comparison has an address to come back to
    assert page.locator("#pairs tbody tr").count() == len(json.loads(cli.stdout)["pairs"])
    page.fill("#pair-filter", "zzzz-no-such-text")
    assert page.locator("#pairs tbody tr:visible").count() == 0
    page.fill("#pair-filter", "")
    shot(page, "compare")

    page.click('form.lang button[value="de"]')
    page.locator("h1", has_text="Konten vergleichen").wait_for()
    assert page.locator("html").get_attribute("lang") == "de"
    assert cell("median_a") == f"{expected['a']['median']:.1f}".replace(".", ",")
    assert "Siege" in page.locator("#compare-summary").inner_text()
    shot(page, "compare-de")
    page.click('form.lang button[value="en"]')
    page.locator("h1", has_text="Compare accounts").wait_for()
    assert page.console_errors == []


def test_several_dates_and_growth_fit_1200_px(browser, live) -> None:  # type: ignore[no-untyped-def]
    """The compare view of several dates and the accounts' growth by week: no part wider than a 1200 px window
    (wide tables and charts scroll inside their own box)."""
    server, _db, _folder = live
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server.url}/import")
    for name in ("stichtag-2026-11-06.csv", "stichtag-2026-11-21.csv", "followers.csv"):  # the demo over time
        page.set_input_files("#file", str(DATA / name))
        page.click("#import-form button[type=submit]")
        assert name in _finished_job(page, "#import-jobs", name)

    def fits() -> int:
        return page.evaluate("document.documentElement.scrollWidth")

    three = [*ACCOUNTS, "mastodon:@tagesfoto_demo@mastodon.example"]
    page.goto(f"{server.url}/compare?" + "&".join(f"account={a}" for a in three) + "&at=2026-11-06,2026-11-21")
    page.locator("#series-change svg").first.wait_for()
    assert page.locator("table.series-pairs").count() == 2
    assert page.locator("table#series-change tbody tr td:first-child").count() == 3  # every account's change
    box = page.locator("table#series-change")  # the widest table fits its box: no column cut off
    assert box.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth")
    assert fits() <= 1200
    shot(page, "compare-series")
    page.goto(f"{server.url}/accounts?account={ACCOUNTS[0]}&account={ACCOUNTS[1]}&every=week")
    page.locator("#growth-followers svg").first.wait_for()
    assert page.locator("table.growth.steps").count() == 2
    # the calendar axis carries its day labels in the browser too (not only in the report's PNG)
    days = page.locator('#growth-followers g.role-axis[aria-label^="X-axis"] g.role-axis-label text')
    assert days.count() >= 3 and all((t or "").strip() for t in days.all_text_contents())
    assert fits() <= 1200
    shot(page, "accounts-growth")
    assert errors == []
    context.close()


def test_label_a_sender_in_spam_triage(page, live) -> None:  # type: ignore[no-untyped-def]
    server, db, folder = live
    page.goto(f"{server.url}/triage")
    page.select_option("#export", str(folder / "linkedin-export"))
    page.click("#triage-form button[type=submit]")
    first = page.locator("#senders tbody tr").first
    assert first.locator("td").nth(1).inner_text() == "Sender 1"  # names hidden by default
    first.get_by_role("button", name="Label Sender 1 as spam").click()
    page.locator('#senders button[aria-pressed="true"]').first.wait_for()
    assert page.locator("#senders tbody tr").first.get_by_role("button", name="Label Sender 1 as spam") \
        .get_attribute("aria-pressed") == "true"
    from reichweite.jobs.automation import stored_labels
    from reichweite.store import open_store

    assert [x.label for x in stored_labels(open_store(db))] == ["spam"]
    shot(page, "triage")
    assert page.console_errors == []


def test_keyboard_navigation(page, live) -> None:  # type: ignore[no-untyped-def]
    server, _db, _folder = live
    page.goto(f"{server.url}/")
    page.wait_for_load_state("networkidle")
    page.bring_to_front()
    for _ in range(3):  # a busy headless browser may give the first Tab to the window itself
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement !== document.body"):
            break
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(f"{server.url}/")
    page.wait_for_load_state("networkidle")
    page.focus("a.skip")
    labels = [page.evaluate("document.activeElement.textContent.trim()")]
    for _ in range(13):
        page.keyboard.press("Tab")
        labels.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert labels[:3] == ["Skip to content", "reichweite", "Overview"]
    assert "Compare" in labels and "DE" in labels
    # a form is usable without a mouse: focus, type, submit with Enter
    page.goto(f"{server.url}/polls")
    page.focus("#poll-account")
    page.keyboard.type("mastodon:@nobody@example.social")
    page.keyboard.press("Enter")
    page.wait_for_url("**/polls?account=mastodon*")
    assert page.locator("#poll-account").input_value() == "mastodon:@nobody@example.social"
    assert page.console_errors == []


def test_no_page_logs_a_console_error(page, live) -> None:  # type: ignore[no-untyped-def]
    from reichweite.web.render import NAV

    server, _db, _folder = live
    for item in (*NAV, "api/docs", "accounts?account=bluesky:tagesfoto-demo.bsky.social"):
        path = "/" if item == "overview" else f"/{item}"
        response = page.goto(f"{server.url}{path}")
        assert response is not None and response.status == 200, path
        page.wait_for_load_state("networkidle")
        assert page.console_errors == [], (path, page.console_errors)
        if item == "accounts?account=bluesky:tagesfoto-demo.bsky.social":
            page.locator("#growth-followers svg").first.wait_for()
            shot(page, "accounts")
        if item == "overview":
            shot(page, "overview")
