"""Every platform of the registry works end to end through the typed-in tables: the templates name it, `import
table` and `import companies` take its rows, `posts`, `accounts` and `panel report` show its figures. The registry's
own entries are checked too (labels, colours, URL forms, handles, mentions, collectors)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import openpyxl
import pytest

from reichweite import registry
from reichweite.analysis.matching.normalize import normalize_text
from tests.support.cli import run_cli

SHOWN = ("likes", "replies", "reposts", "quotes")  # the figures `posts` lists


def _ok(*args: str) -> str:
    result = run_cli(*args)
    assert result.code == 0, (args, result.out, result.err)
    return result.out


def _fill_template(template: Path, out: Path, rows: list[dict[str, str]]) -> Path:
    """The written CSV template with its header kept and rows filled in by column name, as a user fills it."""
    lines = template.read_text(encoding="utf-8-sig").splitlines()
    header = next(r for r in csv.reader(lines) if r and not r[0].startswith("#"))
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(name, "") for name in header])
    return out


@pytest.mark.parametrize("name", registry.NAMES)
def test_posts_and_accounts_typed_in(name: str, tmp_path: Path) -> None:
    platform = registry.get(name)
    db = str(tmp_path / "r.db")
    handle = registry.normalise_handle(name, platform.handle_example)
    _ok("template", "posts", str(tmp_path / "posts-template.csv"))
    _ok("template", "accounts", str(tmp_path / "accounts-template.csv"))
    figures = {f: str(10 * (i + 1)) for i, f in enumerate(platform.figures)}
    posts = _fill_template(tmp_path / "posts-template.csv", tmp_path / "posts.csv", [{
        "platform": name, "post_url": platform.post_url_example, "author": platform.handle_example,
        "created_at": "2026-03-01 09:00", "observed_at": "2026-03-08 09:00", "text": "Tagesfoto", **figures,
    }])
    accounts = _fill_template(tmp_path / "accounts-template.csv", tmp_path / "accounts.csv", [{
        "platform": name, "handle": platform.handle_example, "observed_at": "2026-03-08 09:00", "followers": "1.234",
    }])
    assert "1 post new" in _ok("import", "table", str(posts), "--db", db)
    assert "1 account snapshot added" in _ok("import", "table", str(accounts), "--db", db)

    listed = json.loads(_ok("posts", f"{name}:{handle}", "--json", "--db", db))
    assert len(listed) == 1
    assert {f: listed[0][f] for f in SHOWN} == {f: int(figures[f]) if f in figures else None for f in SHOWN}
    account = json.loads(_ok("accounts", f"{name}:{handle}", "--json", "--db", db))["accounts"]
    assert [(a["handle"], a["followers"]) for a in account] == [(handle, 1234)]


@pytest.mark.parametrize("name", registry.names_with("companies"))
def test_company_figures_typed_in_and_panel_report(name: str, tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    (tmp_path / "spells.csv").write_text("company,isin,joined,left\nBeispiel AG,,2020-01-01,\nMuster SE,,2020-01-01,\n",
                                         encoding="utf-8")
    _ok("panel", "import", "demo", str(tmp_path / "spells.csv"), "--db", db)
    # the long layout through `import table`, from its template
    _ok("template", "companies", str(tmp_path / "long-template.csv"))
    long = _fill_template(tmp_path / "long-template.csv", tmp_path / "long.csv", [
        {"platform": name, "company": "Beispiel AG", "observed_at": "2023-06-30", "followers": "1000"},
        {"platform": name, "company": "Muster SE", "observed_at": "2023-06-30", "followers": "2.000"},
    ])
    _ok("import", "table", str(long), "--db", db)
    # the wide layout through `import companies`, from the pre-filled template of the panel
    wide = tmp_path / "wide.xlsx"
    _ok("template", "companies", str(wide), "--wide", "--panel", "demo", "--platforms", name, "--at", "2024-06-30",
        "--db", db)
    book = openpyxl.load_workbook(wide)
    sheet = book["2024-06-30"]
    header = [c.value for c in sheet[1]]
    assert header == ["Company", "ISIN", f"{registry.label(name)} Follower", f"{registry.label(name)} Mitarbeiter"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 3).value = 1000 * row
        sheet.cell(row, 4).value = 10
    book.save(wide)
    assert "2 new measurements" in _ok("import", "companies", str(wide), "--db", db)

    report = json.loads(_ok("panel", "report", "demo", "--platforms", name, "--json", "--out",
                            str(tmp_path / "report"), "--db", db))
    totals = {(t["date"], t["platform"]): (t["followers_total"], t["employees_total"]) for t in report["totals"]}
    assert totals == {("2023-06-30", name): (3000, None), ("2024-06-30", name): (5000, 20)}
    html = (tmp_path / "report").glob("*.html")
    assert any(registry.label(name) in page.read_text(encoding="utf-8") for page in html)


def test_a_figure_column_of_no_known_platform_is_refused_not_dropped(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2024-06-30"
    sheet.append(["Company", "LinkedIn Follower", "Instagramm Follower"])
    sheet.append(["Beispiel AG", 1000, 2000])
    book.save(tmp_path / "wide.xlsx")
    result = run_cli("import", "companies", str(tmp_path / "wide.xlsx"), "--db", str(tmp_path / "r.db"))
    assert result.code != 0
    assert "'instagramm_follower' hold figures of no known platform" in result.err


def test_entries() -> None:
    assert len({p.label for p in registry.PLATFORMS}) == len(registry.PLATFORMS)
    assert len({p.colour for p in registry.PLATFORMS}) == len(registry.PLATFORMS)
    for p in registry.PLATFORMS:
        assert re.fullmatch(r"[a-z]{1,16}", p.name)  # stored in String(16) columns, typed as PLATFORM:HANDLE
        assert re.fullmatch(r"#[0-9a-f]{6}", p.colour)
        assert set(p.figures) <= set(registry.POST_FIGURES) and set(p.typed_in) <= set(registry.TYPED_IN)
        assert set(p.account_figures) <= set(registry.ACCOUNT_FIGURES)
        assert registry.host_matches(p.name, p.post_url_example), p.name
        if p.url_patterns:
            assert re.match(p.url_patterns[0], p.post_url_example), p.name


@pytest.mark.parametrize("name", registry.api_platforms())
def test_collectors_load_lazily_and_answer_the_protocol(name: str) -> None:
    collector = registry.load_collector(name)
    for method in ("account", "timeline", "remeasure", "close"):
        assert callable(getattr(collector, method))
    assert collector.platform == name
    assert set(registry.get(name).watch_options) <= set(collector.__dataclass_fields__)


def test_table_only_platforms_have_no_collector() -> None:
    with pytest.raises(LookupError, match="xing has no API"):
        registry.load_collector("xing")


@pytest.mark.parametrize(("name", "typed", "stored"), [
    ("mastodon", "alice@Mastodon.Social", "@alice@mastodon.social"),
    ("mastodon", "@admin@localhost:3000", "@admin@localhost:3000"),
    ("bluesky", "@Alice.bsky.social", "alice.bsky.social"),
    ("bluesky", "did:plc:AbC123", "did:plc:AbC123"),
    ("x", "@TOMOKAPEACE", "TOMOKAPEACE"),
    ("linkedin", "Beispiel AG", "Beispiel AG"),
    ("instagram", "@beispiel.ag", "beispiel.ag"),
])
def test_handles(name: str, typed: str, stored: str) -> None:
    assert registry.normalise_handle(name, typed) == stored


@pytest.mark.parametrize(("name", "typed"), [
    ("mastodon", "alice"), ("x", "name with spaces"), ("x", "a" * 16), ("bluesky", "a/b"), ("tiktok", ""),
])
def test_bad_handles_say_how_the_platform_writes_them(name: str, typed: str) -> None:
    with pytest.raises(ValueError, match=f"not a {registry.label(name)} handle \\(written like"):
        registry.normalise_handle(name, typed)


@pytest.mark.parametrize("name", [p.name for p in registry.PLATFORMS if p.mention])
def test_every_mention_form_is_removed_before_texts_are_compared(name: str) -> None:
    handle = registry.get(name).handle_example.lstrip("@")
    assert normalize_text(f"Danke @{handle} für das Foto") == "danke für das foto"
    assert normalize_text("Mail an info@beispiel.de") == "mail an info@beispiel.de"
