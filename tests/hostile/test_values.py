"""Values no real export holds — counts past 64 bits or 1e400, lone surrogates, dates at the end of time, boosts
without an id — end in one line naming where, or are kept as what they can be; never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.errors import InputError
from reichweite.jobs.import_table import import_table
from reichweite.jobs.import_x_archive import import_x_archive
from reichweite.model import plausible_count
from reichweite.platforms.mastodon.archive import read_outbox
from reichweite.store.schema import posts
from tests.support import FIXTURES

PREFIX = "window.YTD.tweets.part0 = "
TWEETS = json.loads((FIXTURES / "x_archive" / "data" / "tweets.js").read_text(encoding="utf-8")[len(PREFIX):])[:3]


def _archive(tmp_path: Path, change: dict) -> Path:
    tweets = json.loads(json.dumps(TWEETS))
    tweets[0]["tweet"].update(change)
    data = tmp_path / "archive" / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_bytes((FIXTURES / "x_archive" / "data" / "manifest.js").read_bytes())
    (data / "tweets.js").write_text(PREFIX + json.dumps(tweets), encoding="ascii")  # "\ud800" stays an escape
    return data.parent


@pytest.mark.parametrize(("change", "expected"), [
    ({"favorite_count": "99999999999999999999"}, "favorite_count is 99999999999999999999, beyond any real count"),
    ({"retweet_count": 1e400}, "retweet_count is 'inf', expected a count"),
    ({"created_at": "9999-12-31T23:59:59-05:00"}, "created_at '9999-12-31T23:59:59-05:00' is not a date"),
])
def test_impossible_x_archive_values_are_one_line(tmp_path: Path, store: sa.Engine, change: dict,
                                                  expected: str) -> None:
    with pytest.raises(InputError, match="tweet 1") as caught:
        import_x_archive(store, _archive(tmp_path, change))
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_a_lone_surrogate_is_stored_as_a_replacement_character(tmp_path: Path, store: sa.Engine) -> None:
    import_x_archive(store, _archive(tmp_path, {"full_text": "Hallo \ud800 Welt"}))
    with store.connect() as conn:
        texts = [t for (t,) in conn.execute(sa.select(posts.c.text)) if t and t.startswith("Hallo")]
    assert texts == ["Hallo \ufffd Welt"]


def test_a_count_past_64_bits_in_a_table_names_the_cell(tmp_path: Path, store: sa.Engine) -> None:
    table = tmp_path / "posts.csv"
    table.write_text("platform,post_url,observed_at,likes\n"
                     "x,https://x.com/alice/status/1765432109876543210,2026-03-08 09:00,99999999999999999999\n",
                     encoding="utf-8")
    with pytest.raises(InputError, match=r"row 2.*likes: '99999999999999999999' is beyond any real count"):
        import_table(store, table)


def test_api_counts_no_count_can_be_are_unknown() -> None:
    assert [plausible_count(v) for v in (12, 12.0, 2**63, float("inf"), float("nan"), -1, True, "5", 0.5)] == [
        12, 12, None, None, None, None, None, None, None]


def test_boosts_without_an_id_stay_apart(tmp_path: Path) -> None:
    actor = "https://mastodon.social/users/alice"
    boosts = [{"type": "Announce", "actor": actor, "published": f"2024-11-2{i}T10:00:00Z",
               "object": f"https://example.social/users/bob/statuses/{i}"} for i in range(1, 4)]
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps({"type": "OrderedCollection", "orderedItems": boosts}), encoding="utf-8")
    content = read_outbox(path)
    assert content.boosts == 3 and len({p.native_id for p in content.posts}) == 3


def test_a_creator_followers_sheet_without_its_header_row_is_one_line(tmp_path: Path, store: sa.Engine) -> None:
    from openpyxl import load_workbook

    from reichweite.jobs.linkedin import import_page_exports

    name = "Content_2024-06-01_2024-06-30_JanaBeispiel.xlsx"
    book = load_workbook(FIXTURES / "linkedin" / "creator" / name)
    book["FOLLOWERS"]["A3"] = "Datum?"
    book.save(tmp_path / name)
    with pytest.raises(InputError, match=r"sheet 'FOLLOWERS': no header row starting with 'Date'") as caught:
        import_page_exports(store, [tmp_path / name])
    assert "\n" not in str(caught.value)


def test_a_long_post_note_with_hashtags_that_are_no_list_is_read(tmp_path: Path, store: sa.Engine) -> None:
    source = FIXTURES / "x_archive_long" / "data"
    data = tmp_path / "archive" / "data"
    data.mkdir(parents=True)
    for part in ("manifest.js", "tweets.js"):
        (data / part).write_bytes((source / part).read_bytes())
    prefix, notes = (source / "note-tweet.js").read_text(encoding="utf-8").split("[", 1)
    parsed = json.loads("[" + notes)
    for note in parsed:
        note["noteTweet"]["core"]["hashtags"] = 2**63
    (data / "note-tweet.js").write_text(prefix + json.dumps(parsed), encoding="utf-8")
    import_x_archive(store, data.parent)
    with store.connect() as conn:
        longest = max(len(t or "") for (t,) in conn.execute(sa.select(posts.c.text)))
    assert longest > 280


def test_an_empty_linkedin_file_leaves_the_other_files_to_land(tmp_path: Path, store: sa.Engine) -> None:
    from reichweite.jobs.linkedin import import_member_export

    export = tmp_path / "export"
    shutil.copytree(FIXTURES / "linkedin" / "export-2018", export)
    (export / "Connections.csv").write_bytes(b"")
    result = import_member_export(store, export)
    assert result.failed == {} and result.read["connections"] == 0  # an empty file holds no rows
    assert result.layout == "2018" and result.added["messages"] > 0 and result.added["shares"] > 0
