"""Fuzzing every reader with mutated real samples: whatever the bytes, a reader gives a result or one
ReichweiteError line — never another exception, never a traceback.

Each test starts from a real-format sample (tests/fixtures, see their SOURCES.md) and mutates it the ways files go
wrong or are made to go wrong: a value replaced by a hostile one (markup, escape sequences, a lone surrogate, a count
past 64 bits, 1e400, a date at the end of time, a formula), a key removed, the bytes cut short or flipped. The runs
are derandomised (the same examples every run, no example database), so CI is stable; REICHWEITE_FUZZ_EXAMPLES
raises the number of examples per reader for a longer hunt (default 40: about 30 s for all readers on 2 cores).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reichweite.errors import ReichweiteError
from reichweite.store import open_store
from tests.support import FIXTURES

EXAMPLES = int(os.environ.get("REICHWEITE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
NOW = datetime(2026, 3, 8, 9, 0, tzinfo=UTC)

HOSTILE: list[Any] = [
    None, "", " ", "[/]", "[link=https://evil.example]klick[/link]", "\x1b[2J\x1b]0;title\x07", "\ud800",
    "\u202e\u0000", 2**63, 10**20, -1, -(2**63) - 1, 1e308, float("inf"), float("nan"), 0.5, True, [], {}, [None],
    {"a": None}, "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+14:00", "99999999999999999999", "1e400",
    "=cmd|' /C calc'!A0", "../../../etc/passwd", "x" * 5000, "2026-02-30", "1.5.3K", "NaN", "-0",
]


def _paths(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """Every path into a JSON value (keys and indexes), containers included."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:50]):
            yield from _paths(item, (*prefix, index))


@st.composite
def mutated_json(draw: st.DrawFn, document: Any) -> Any:
    """The document with one to three of its values replaced by hostile ones or removed."""
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = paths[draw(st.integers(0, len(paths) - 1))]
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and draw(st.booleans()) and draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(st.sampled_from(HOSTILE))
    return doc


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """The bytes cut short, with a few flipped, or with hostile bytes inserted."""
    how = draw(st.sampled_from(["cut", "flip", "insert"]))
    at = draw(st.integers(0, max(len(data) - 1, 0)))
    if how == "cut":
        return data[:at]
    if how == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            index = draw(st.integers(0, max(len(out) - 1, 0)))
            out[index] = draw(st.integers(0, 255))
        return bytes(out)
    piece = draw(st.sampled_from([b"\x00", b"\xff\xfe", b'"', b"\n", b"\r", b",", b";", b"[/]", b"\x1b[2J",
                                  b"\xed\xa0\x80", b"99999999999999999999999", b"1e400", b"\xef\xbb\xbf", b"{",
                                  b"]"]))
    return data[:at] + piece + data[at:]


def _json_text(value: Any) -> str:
    """JSON as a platform would send it (NaN and Infinity as the non-standard words Python writes)."""
    return json.dumps(value, ensure_ascii=False)


def result_or_one_line(call: Callable[[], Any]) -> Any:
    """Run a reader: a result, or a ReichweiteError whose message is one line. Anything else fails the test."""
    try:
        return call()
    except ReichweiteError as exc:
        text = str(exc)
        assert text.strip() and "\n" not in text.strip(), f"not one line: {text!r}"
        return None


def _cell(value: Any) -> Any:
    """A value as a workbook can hold it (no control characters or surrogates: openpyxl refuses to write them)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, list | dict):
        value = str(value)
    return ILLEGAL_CHARACTERS_RE.sub("", value).replace("\ud800", "?") if isinstance(value, str) else value


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8", "surrogatepass"))  # a lone surrogate arrives as its UTF-8 bytes
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return open_store(str(tmp_path_factory.mktemp("fuzz") / "fuzz.db"))


# --- X archive ----------------------------------------------------------------------------------------------------

X_DATA = FIXTURES / "x_archive" / "data"
X_PREFIX = "window.YTD.tweets.part0 = "
X_TWEETS = json.loads((X_DATA / "tweets.js").read_text(encoding="utf-8")[len(X_PREFIX):])[:25]


@FUZZ
@given(tweets=mutated_json(X_TWEETS))
def test_x_archive(tmp_path_factory: pytest.TempPathFactory, store, tweets: Any) -> None:  # type: ignore[no-untyped-def]
    from reichweite.jobs.import_x_archive import import_x_archive

    folder = tmp_path_factory.mktemp("x") / "data"
    folder.mkdir()
    (folder / "manifest.js").write_bytes((X_DATA / "manifest.js").read_bytes())
    _write(folder / "tweets.js", X_PREFIX + _json_text(tweets))
    result_or_one_line(lambda: import_x_archive(store, folder.parent))


@FUZZ
@given(raw=mutated_bytes(X_PREFIX.encode() + json.dumps(X_TWEETS[:5]).encode()))
def test_x_archive_bytes(tmp_path_factory: pytest.TempPathFactory, store, raw: bytes) -> None:  # type: ignore[no-untyped-def]
    from reichweite.jobs.import_x_archive import import_x_archive

    zipped = tmp_path_factory.mktemp("xz") / "archive.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(X_DATA / "manifest.js", "data/manifest.js")
        archive.writestr("data/tweets.js", raw)
    result_or_one_line(lambda: import_x_archive(store, zipped))


X_LONG = FIXTURES / "x_archive_long" / "data"
NOTE_PREFIX = "window.YTD.note_tweet.part0 = "


def _notes() -> Any:
    text = (X_LONG / "note-tweet.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("["):])


@FUZZ
@given(notes=mutated_json(_notes()))
def test_x_archive_long_posts(tmp_path_factory: pytest.TempPathFactory, store, notes: Any) -> None:  # type: ignore[no-untyped-def]
    from reichweite.jobs.import_x_archive import import_x_archive

    folder = tmp_path_factory.mktemp("xl") / "data"
    folder.mkdir()
    for name in ("manifest.js", "tweets.js"):
        (folder / name).write_bytes((X_LONG / name).read_bytes())
    prefix = (X_LONG / "note-tweet.js").read_text(encoding="utf-8").split("[", 1)[0]
    _write(folder / "note-tweet.js", prefix + _json_text(notes))
    result_or_one_line(lambda: import_x_archive(store, folder.parent))


# --- Mastodon archive ---------------------------------------------------------------------------------------------

def _outbox() -> dict:
    from tests.platforms.mastodon.test_archive import outbox

    return outbox()


@FUZZ
@given(outbox=mutated_json(_outbox()))
def test_mastodon_outbox(tmp_path_factory: pytest.TempPathFactory, store, outbox: Any) -> None:  # type: ignore[no-untyped-def]
    from reichweite.jobs.platforms import import_mastodon_archive

    path = _write(tmp_path_factory.mktemp("m") / "outbox.json", _json_text(outbox))
    result_or_one_line(lambda: import_mastodon_archive(store, path))


# --- LinkedIn member export and page analytics --------------------------------------------------------------------

LINKEDIN_LAYOUTS = [FIXTURES / "linkedin" / name for name in ("export-2024", "export-2018", "export-excel-de",
                                                                 "export-excel-us", "export-2024-inmail")]


def _decoded(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


@FUZZ
@given(files=st.sampled_from([(layout, p.name) for layout in LINKEDIN_LAYOUTS for p in sorted(layout.iterdir())]),
       data=st.data())
def test_linkedin_export(tmp_path_factory: pytest.TempPathFactory, store, files: tuple[Path, str],  # type: ignore[no-untyped-def]
                         data: st.DataObject) -> None:
    from reichweite.jobs.linkedin import import_member_export

    layout, name = files
    folder = tmp_path_factory.mktemp("li")
    for file in layout.iterdir():
        (folder / file.name).write_bytes(file.read_bytes())
    original = (layout / name).read_bytes()
    if data.draw(st.booleans()):
        rows = list(csv.reader(io.StringIO(_decoded(original), newline="")))
        row = data.draw(st.integers(0, len(rows) - 1))
        if rows[row]:
            cell = data.draw(st.integers(0, len(rows[row]) - 1))
            rows[row][cell] = str(data.draw(st.sampled_from(HOSTILE)))
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        _write(folder / name, out.getvalue())
    else:
        (folder / name).write_bytes(data.draw(mutated_bytes(original)))
    result_or_one_line(lambda: import_member_export(store, folder))


ANALYTICS = sorted([*(FIXTURES / "linkedin" / "page").glob("*.xlsx"),
                    *(FIXTURES / "linkedin" / "creator").glob("*.xlsx")])


@FUZZ
@given(source=st.sampled_from(ANALYTICS), data=st.data())
def test_linkedin_page_and_creator_analytics(tmp_path_factory: pytest.TempPathFactory, store, source: Path,  # type: ignore[no-untyped-def]
                                             data: st.DataObject) -> None:
    from openpyxl import load_workbook

    from reichweite.jobs.linkedin import import_page_exports

    name = source.name
    book = load_workbook(source)
    sheet = book.worksheets[data.draw(st.integers(0, len(book.worksheets) - 1))]
    for _ in range(data.draw(st.integers(1, 3))):
        row = data.draw(st.integers(1, max(sheet.max_row, 1)))
        column = data.draw(st.integers(1, max(sheet.max_column, 1)))
        sheet.cell(row, column).value = _cell(data.draw(st.sampled_from(HOSTILE)))
    path = tmp_path_factory.mktemp("page") / name
    book.save(path)
    result_or_one_line(lambda: import_page_exports(store, [path]))


# --- Jetstream lines ----------------------------------------------------------------------------------------------

JETSTREAM = [json.loads(line) for line in
             (FIXTURES / "languages" / "golden_v1.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@FUZZ
@given(events=mutated_json(JETSTREAM), cut=st.booleans())
def test_jetstream_lines(tmp_path_factory: pytest.TempPathFactory, events: list, cut: bool) -> None:
    from reichweite.engines.languages import count_languages
    from reichweite.jobs.automation import automation_accounts

    text = "\n".join(_json_text(e) for e in events) if isinstance(events, list) else _json_text(events)
    path = _write(tmp_path_factory.mktemp("jet") / "events.jsonl", text[: len(text) // 2] if cut else text)
    accounts = result_or_one_line(lambda: automation_accounts([path]))
    tables = result_or_one_line(lambda: count_languages([path], detect="none"))
    assert accounts is not None and tables is not None  # a bad line is never fatal
    assert accounts[1].malformed == tables.stats["malformed"]  # and both count the same lines as malformed


# --- API JSON (AppView, Mastodon, X) ------------------------------------------------------------------------------

APPVIEW = json.loads((FIXTURES / "bluesky" / "bluesky-posts.json").read_text(encoding="utf-8"))[:20]


@FUZZ
@given(views=mutated_json(APPVIEW))
def test_appview_post_views(views: Any) -> None:
    from reichweite.platforms.bluesky.appview import post_view_to_records

    for view in views if isinstance(views, list) else [views]:
        result_or_one_line(lambda view=view: post_view_to_records(view, NOW, "https://public.api.bsky.app"))


def _mastodon_status() -> dict:
    cassette = yaml.safe_load((FIXTURES / "mastodon" / "test_status.yaml").read_text(encoding="utf-8"))
    return json.loads(cassette["interactions"][0]["response"]["body"]["string"])


@FUZZ
@given(status=mutated_json(_mastodon_status()))
def test_mastodon_statuses(status: Any) -> None:
    from reichweite.platforms.mastodon.api import status_post, status_snapshot

    result_or_one_line(lambda: status_post(status, "localhost:3000"))
    result_or_one_line(lambda: status_snapshot(status, NOW, "http://localhost:3000/api/v1/statuses"))


X_PAGE = json.loads((FIXTURES / "x" / "payload-v2.json").read_text(encoding="utf-8"))


@FUZZ
@given(page=mutated_json(X_PAGE))
def test_x_api_pages(page: Any) -> None:
    from reichweite.platforms.x.api import _page, tweet_post, tweet_snapshot

    tweets = result_or_one_line(lambda: _page(page, "https://api.x.com/2/users/1/tweets"))
    for tweet in getattr(tweets, "tweets", []) or []:
        result_or_one_line(lambda tweet=tweet: tweet_post(tweet, "someone"))
        result_or_one_line(lambda tweet=tweet: tweet_snapshot(tweet, NOW, "https://api.x.com/2/tweets"))


# --- the table importer -------------------------------------------------------------------------------------------

POSTS_CSV = ("platform,post_url,observed_at,likes,replies,reposts,quotes,views\n"
             "bluesky,https://bsky.app/profile/alice.bsky.social/post/3kaheyt6vpc22,08.03.2026 09:00,12,3,4,,1.200\n"
             "x,https://x.com/alice/status/1765432109876543210,2026-03-08 09:00,\"1,5K\",2,7,1,\n"
             "mastodon,https://mastodon.social/@alice/112233445566778899,2026-03-08T09:00:00+01:00,5,0,1,,\n")


@FUZZ
@given(raw=mutated_bytes(POSTS_CSV.encode()), cell=st.sampled_from(HOSTILE), row=st.integers(1, 3),
       column=st.integers(0, 7), as_xlsx=st.booleans())
def test_table_importer(tmp_path_factory: pytest.TempPathFactory, store, raw: bytes, cell: Any, row: int,  # type: ignore[no-untyped-def]
                        column: int, as_xlsx: bool) -> None:
    from reichweite.jobs.import_table import import_table

    folder = tmp_path_factory.mktemp("table")
    if as_xlsx:
        from openpyxl import Workbook

        rows = list(csv.reader(io.StringIO(POSTS_CSV)))
        rows[row][column] = _cell(cell)
        book = Workbook()
        for values in rows:
            book.active.append(values)
        path = folder / "posts.xlsx"
        book.save(path)
    else:
        path = folder / "posts.csv"
        path.write_bytes(raw)
    result_or_one_line(lambda: import_table(store, path))


COMPANIES_CSV = ("platform,company,isin,observed_at,followers,employees\n"
                 "linkedin,SAP,DE0007164600,2023-06-30,\"1,2 Mio.\",108000\n"
                 "xing,SAP SE,,30.06.2023,45.300,\n"
                 "linkedin,BASF,,2023-06-30,10.001+,-\n")


@FUZZ
@given(raw=mutated_bytes(COMPANIES_CSV.encode()), cell=st.sampled_from(HOSTILE), row=st.integers(1, 3),
       column=st.integers(0, 5), as_xlsx=st.booleans())
def test_company_table(tmp_path_factory: pytest.TempPathFactory, store, raw: bytes, cell: Any, row: int,  # type: ignore[no-untyped-def]
                       column: int, as_xlsx: bool) -> None:
    from reichweite.jobs.panels import import_company_table

    folder = tmp_path_factory.mktemp("companies")
    if as_xlsx:
        from openpyxl import Workbook

        rows = list(csv.reader(io.StringIO(COMPANIES_CSV)))
        rows[row][column] = _cell(cell)
        book = Workbook()
        for values in rows:
            book.active.append(values)
        path = folder / "companies.xlsx"
        book.save(path)
    else:
        path = folder / "companies.csv"
        path.write_bytes(raw)
    result_or_one_line(lambda: import_company_table(store, path))
