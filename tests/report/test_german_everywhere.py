"""A German report holds no English label and no raw float: every text of the German outputs — terminal, workbook,
HTML and the charts' SVG — is scanned against the English outputs of the same reports.

The reports run on the demo store (synthetic X archive, Bluesky AppView replay, reply table), the shipped synthetic
DAX panel, a Jetstream fixture and two polls. A German text fails when
- it also appears, whole, in the English outputs, unless it is data (a post, handle, name, URL, file path …) or
  made of words German uses too ('Median X', 'X: Likes', 'August 2026');
- it holds a word only English uses: a word of the English text tables (or an English month or day name) that the
  German tables never use;
- it holds a raw float (five or more decimals), or a number cell of the workbook has no number format.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from babel import Locale
from typer.testing import CliRunner

from reichweite.cli import app
from reichweite.model import Post, Snapshot
from reichweite.report.texts import accounts, automation, common, comparison, languages, panel, polls
from reichweite.store import open_store, save_posts, save_snapshots
from tests.support import EXAMPLES, FIXTURES
from tests.support.images import svg_texts

sys.path.insert(0, str(EXAMPLES))
import demo  # noqa: E402

TABLES = [common.TEXTS, comparison.TEXTS, panel.TEXTS, languages.TEXTS, polls.TEXTS, accounts.TEXTS,
          automation.TEXTS]
WORD = re.compile(r"[^\W\d_]{2,}")
RAW_FLOAT = re.compile(r"\d[.,]\d{5,}")
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # a column name of the code ('a_native_id', 'delta_seconds')
# German uses these as they are; a German table entry identical to its English one does not count as German
SHARED_WORDS = {"id"}
# a Jetstream field named in the counting rule, for readers who look it up
FIELD_NAMES = {"time_us"}
POLL_AT = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _table_texts(lang: str, *, translated: bool = False) -> list[str]:
    """Every text of the tables in a language; with `translated` only those that differ from the other language
    (a German entry copied from the English one teaches no German)."""
    out = []
    for table in TABLES:
        for texts in table.values():
            if translated and texts["de"] == texts["en"]:
                continue
            value = texts[lang]
            out += [value] if isinstance(value, str) else list(value.values())
    return out


def _vocabularies() -> tuple[set[str], set[str]]:
    """The words only English uses (English tables and month/day names, minus every German word), and every word
    German uses (German tables, month and day names)."""
    german = set().union(*(_words(t) for t in _table_texts("de", translated=True))) | SHARED_WORDS
    de, en = Locale.parse("de_DE"), Locale.parse("en_GB")
    german |= set().union(*(_words(" ".join(map(str, part.values()))) for part in (
        de.months["format"]["wide"], de.months["format"]["abbreviated"], de.days["format"]["wide"],
        de.days["format"]["abbreviated"])))
    english = set().union(*(_words(t) for t in _table_texts("en")))
    english |= set().union(*(_words(" ".join(map(str, part.values()))) for part in (
        en.months["format"]["wide"], en.days["format"]["wide"])))
    return english - german, german


@dataclass
class Outputs:
    """The texts of one language's outputs, by where they were found."""

    texts: dict[str, set[str]] = field(default_factory=dict)
    number_cells: list[str] = field(default_factory=list)  # numeric workbook cells without a number format

    def add(self, where: str, texts: Iterable[str]) -> None:
        self.texts.setdefault(where, set()).update(t.strip() for t in texts if t and t.strip())

    def all(self) -> set[str]:
        return set().union(*self.texts.values())


def _terminal_texts(output: str) -> list[str]:
    """Lines, and the cells of tables apart (their widths differ between the languages)."""
    texts = []
    for line in output.splitlines():
        cells = [c.strip() for c in re.split(r"[│┃]", line)]
        texts += cells if len(cells) > 1 else [line]
    return texts


def _html_texts(path: Path) -> list[str]:
    page = path.read_text(encoding="utf-8")
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    attributes = re.findall(r'\b(?:alt|title)="([^"]*)"', page)
    texts = re.split(r"<[^>]+>", page)
    return [html_lib.unescape(t) for t in [*texts, *attributes]]


def _workbook_texts(path: Path, out: Outputs, where: str) -> None:
    book = openpyxl.load_workbook(path)
    out.add(where, book.sheetnames)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    out.add(where, [cell.value])
                elif (isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
                      and cell.number_format == "General"):
                    out.number_cells.append(f"{path.name}!{sheet.title}!{cell.coordinate}={cell.value!r}")


def _files(folder: Path, out: Outputs, where: str) -> None:
    for path in sorted(folder.iterdir()):
        if path.suffix == ".html":
            out.add(f"{where} html", _html_texts(path))
        elif path.suffix == ".xlsx":
            _workbook_texts(path, out, f"{where} xlsx")
        elif path.suffix == ".svg":
            out.add(f"{where} svg", svg_texts(path.read_text(encoding="utf-8")))


def _polls(db: str) -> None:
    engine = open_store(db)
    t0 = POLL_AT - timedelta(days=7)
    linkedin = Post("linkedin", "urn:li:activity:1", "beispiel-ag", t0, text="Homeoffice oder Büro?", kind="poll")
    mastodon = Post("mastodon", "https://det.social/@anna/1003", "@anna@det.social", t0, text="Kaffee oder Tee?",
                    kind="poll")
    with engine.begin() as conn:
        ids = save_posts(conn, [linkedin, mastodon], source="manual")
        save_snapshots(conn, [
            Snapshot("linkedin", linkedin.native_id, t0 + timedelta(days=6), "manual", poll_votes=40, views=800,
                     poll_options=[{"title": "Homeoffice", "votes": 30}, {"title": "Büro", "votes": 10}]),
            Snapshot("mastodon", mastodon.native_id, t0 + timedelta(days=1), "api", poll_votes=12, poll_voters=9,
                     poll_options=[{"title": "Kaffee", "votes": 8}, {"title": "Tee", "votes": 4}]),
        ], post_ids=ids)
    engine.dispose()


def _data(db: str) -> set[str]:
    """Texts that come from the data (posts, handles, names, URLs, origins, the shipped notes): shown as they are."""
    engine = open_store(db)
    found: set[str] = set()
    with engine.connect() as conn:
        for query in ("SELECT text, url, native_id, author FROM posts", "SELECT origin FROM snapshots",
                      "SELECT name, key FROM companies", "SELECT handle FROM accounts", "SELECT notes FROM panels",
                      "SELECT origin FROM company_snapshots"):
            for row in conn.execute(sa.text(query)):
                for value in row:
                    if isinstance(value, str):
                        found.add(value.strip())
                        if value.startswith("at://"):
                            found.add(value.rsplit("/", 1)[1])  # `posts` shows the last part of Bluesky's ids
                        found.update(line.strip() for line in value.splitlines())
        for (options,) in conn.execute(sa.text("SELECT poll_options FROM snapshots WHERE poll_options IS NOT NULL")):
            parsed = json.loads(options) if isinstance(options, str) else options
            found.update(o["title"] for o in parsed or [])
        for row in conn.execute(sa.text("SELECT followers_shown, employees_shown FROM company_snapshots")):
            found.update(v for v in row if v)
        accounts_ = conn.execute(sa.text("SELECT DISTINCT platform, author FROM posts")).all()
    names = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "linkedin": "LinkedIn", "xing": "Xing"}
    found.update(names.values())
    found.update(f"{names[p]} @{a.lstrip('@')}" for p, a in accounts_)
    engine.dispose()
    return found


def _run(lang: str, db: str, out: Path) -> Outputs:
    result = Outputs()
    runner = CliRunner()

    def cli(where: str, *args: str) -> None:
        done = runner.invoke(app, list(args), env={"COLUMNS": "200"})
        assert done.exit_code == 0, (args, done.output)
        result.add(f"{where} terminal", _terminal_texts(done.output))

    compare = out / "compare"
    cli("compare", "compare", f"x:{demo.X_HANDLE}", f"bluesky:{demo.BSKY_HANDLE}", "--db", db, "--lang", lang,
        "--out", str(compare))
    _files(compare, result, "compare")
    cli("panel", "panel", "report", "dax", "--platforms", "linkedin,xing", "--threshold", "1000000", "--db", db,
        "--lang", lang, "--out", str(out / "panel"))
    _files(out / "panel", result, "panel")
    cli("languages", "languages", str(FIXTURES / "languages" / "handcheck.jsonl"), "--detect", "all",
        "--share-of", "de", "--lang", lang, "--out", str(out / "languages"))
    _files(out / "languages", result, "languages")
    cli("polls", "polls", "--db", db, "--at", POLL_AT.isoformat(), "--lang", lang, "--out", str(out / "polls"))
    _files(out / "polls", result, "polls")
    cli("accounts", "accounts", "bluesky", "--db", db, "--lang", lang)
    cli("posts", "posts", f"bluesky:{demo.BSKY_HANDLE}", "--db", db, "--lang", lang)
    return result


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Outputs, Outputs, set[str]]:
    folder = tmp_path_factory.mktemp("german")
    demo.run_demo(folder / "demo", "en")
    db = str(folder / "demo" / "demo.db")
    panel_file = EXAMPLES / "panel-data" / "dax_panel_synthetic.xlsx"
    assert CliRunner().invoke(app, ["import", "table", str(panel_file), "--db", db]).exit_code == 0
    _polls(db)
    german = _run("de", db, folder / "de")
    english = _run("en", db, folder / "en")
    files = {p.name for p in (folder / "de").rglob("*") if p.is_file()}  # the file names a report lists
    return german, english, _data(db) | files | {str(folder)}


def _is_data(text: str, data: set[str]) -> bool:
    """A text that is data as a whole; a line that only holds data (a path, a post text) is checked without it."""
    return text in data or text.startswith(("http://", "https://", "/"))


def _without_data(text: str, data: set[str]) -> str:
    for value in sorted((d for d in data if len(d) > 3 and d in text), key=len, reverse=True):
        text = text.replace(value, " ")
    return re.sub(r"(?:/|https?://)\S+", " ", text)


def test_no_english_label_and_no_raw_float_in_the_german_report(outputs: tuple[Outputs, Outputs, set[str]]) -> None:
    german, english, data = outputs
    english_only, german_words = _vocabularies()
    german_words |= set().union(*(_words(d) for d in data))
    english_texts = english.all()
    untranslated, english_words, floats = [], [], []
    for where, texts in sorted(german.texts.items()):
        for text in sorted(texts):
            if _is_data(text, data):
                continue
            rest = _without_data(text, data)
            if text in english_texts and _words(rest) - german_words:  # the same text in both, not all German words
                untranslated.append(f"{where}: {text!r}")
            found = sorted(_words(rest) & english_only)
            snake = sorted(set(SNAKE.findall(rest)) - FIELD_NAMES)
            if found or snake:
                english_words.append(f"{where}: {found or snake} in {text!r}")
            if RAW_FLOAT.search(rest):
                floats.append(f"{where}: {text!r}")
    assert not untranslated, "texts identical in the English report:\n" + "\n".join(untranslated)
    assert not english_words, "English words in the German report:\n" + "\n".join(english_words)
    assert not floats, "raw floats in the German report:\n" + "\n".join(floats)
    assert not german.number_cells, "numbers without a number format:\n" + "\n".join(german.number_cells[:20])


def test_the_scan_sees_every_output(outputs: tuple[Outputs, Outputs, set[str]]) -> None:
    """The scan reads what it claims to: each report's terminal, workbook, HTML and SVG texts, in both languages."""
    german, english, _ = outputs
    for where in ("compare terminal", "compare xlsx", "compare html", "compare svg", "panel terminal", "panel xlsx",
                  "panel html", "panel svg", "languages terminal", "languages xlsx", "languages html",
                  "languages svg", "polls terminal", "polls xlsx", "polls html", "polls svg", "accounts terminal",
                  "posts terminal"):
        assert german.texts.get(where) and english.texts.get(where), where
    assert "Interaktionen pro Tag (Paare)" in german.texts["compare svg"]
    assert "Interactions per day (pairs)" in english.texts["compare svg"]
    assert "Hinweise" in german.texts["panel xlsx"] and "Notes" in english.texts["panel xlsx"]
    english_only, _ = _vocabularies()
    # the English outputs are full of words the German ones must not have: the scan would see them
    assert len(_words(" ".join(english.all())) & english_only) > 100
