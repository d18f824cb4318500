"""Posts typed in without an id become the post with the real id once it is saved — never two posts for one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from reichweite.model import Post, Snapshot
from reichweite.post_keys import day_window, typed_id, typed_raw
from reichweite.store import save_posts, save_snapshots
from reichweite.store.schema import posts, snapshots
from reichweite.store.typed_in import same_post

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2023, 11, 21)
END_OF_DAY = datetime(2023, 11, 21, 22, 59, 59, 999999, tzinfo=UTC)
TEXT = "Tagesfoto: Nebel über der Spree #fotoprompt"


def _typed(conn: sa.Connection, text: str | None = TEXT, *, day: date = DAY, kind: str = "post") -> str:
    native = typed_id("fotovorschlag", day, text)
    post = Post("x", native, "fotovorschlag", END_OF_DAY.replace(day=day.day), text or "", kind=kind,
                raw=typed_raw(day, BERLIN))
    ids = save_posts(conn, [post], source="manual")
    save_snapshots(conn, [Snapshot("x", native, datetime(2023, 11, 21, 23, 0, tzinfo=UTC), "manual", likes=4,
                                   replies=1, reposts=0)], post_ids=ids)
    return native


def _real(conn: sa.Connection, native: str, created: datetime, text: str, *, kind: str = "post",
          author: str = "Fotovorschlag") -> None:
    ids = save_posts(conn, [Post("x", native, author, created, text + " https://t.co/AbC", kind=kind)],
                     source="api")
    save_snapshots(conn, [Snapshot("x", native, datetime(2023, 11, 25, 9, 0, tzinfo=UTC), "api", likes=9,
                                   replies=2, reposts=1)], post_ids=ids)


def _posts(conn: sa.Connection) -> list[tuple[str, str]]:
    return [tuple(r) for r in conn.execute(sa.select(posts.c.native_id, posts.c.kind).order_by(posts.c.native_id))]


def _likes(conn: sa.Connection, native: str) -> list[int]:
    return list(conn.execute(
        sa.select(snapshots.c.likes).join(posts, posts.c.id == snapshots.c.post_id)
        .where(posts.c.native_id == native).order_by(snapshots.c.observed_at)
    ).scalars())


def test_the_collected_post_takes_over_the_typed_in_one(store: sa.Engine) -> None:
    with store.begin() as conn:
        _typed(conn, kind="poll")
        _real(conn, "1726900000000000001", datetime(2023, 11, 21, 7, 15, tzinfo=UTC), TEXT)
        assert _posts(conn) == [("1726900000000000001", "poll")]
        assert _likes(conn, "1726900000000000001") == [4, 9]  # the typed-in measurement moved over


def test_only_the_same_account_day_and_text_is_joined(store: sa.Engine) -> None:
    with store.begin() as conn:
        stand_in = _typed(conn)
        # the day before in Berlin (22:59 UTC on the 20th is 23:59 there), another text, a reply, another account
        _real(conn, "1", datetime(2023, 11, 20, 22, 59, tzinfo=UTC), TEXT)
        _real(conn, "2", datetime(2023, 11, 21, 9, 0, tzinfo=UTC), "Tagesfoto: Regen am Kanal #fotoprompt")
        _real(conn, "3", datetime(2023, 11, 21, 9, 0, tzinfo=UTC), TEXT, kind="reply")
        _real(conn, "4", datetime(2023, 11, 21, 9, 0, tzinfo=UTC), TEXT, author="jemand_anders")
        assert stand_in in [n for n, _ in _posts(conn)]
        assert len(_posts(conn)) == 5


def test_a_row_without_text_is_the_only_post_of_that_day(store: sa.Engine) -> None:
    with store.begin() as conn:
        _typed(conn, None)
        _real(conn, "5", datetime(2023, 11, 21, 12, 0, tzinfo=UTC), "Ein Foto")
        assert _posts(conn) == [("5", "post")]


def test_an_import_after_the_collector_finds_the_real_post(store: sa.Engine) -> None:
    window = day_window(DAY, BERLIN)
    with store.begin() as conn:
        _real(conn, "6", datetime(2023, 11, 21, 12, 0, tzinfo=UTC), TEXT)
        _real(conn, "7", datetime(2023, 11, 21, 13, 0, tzinfo=UTC), "Zweites Foto des Tages #fotoprompt")
        assert same_post(conn, "x", "fotovorschlag", window, "Tagesfoto: Nebel über der Spree …") == "6"
        assert same_post(conn, "x", "fotovorschlag", window, "Zweites Foto des Tages #fotoprompt") == "7"
        assert same_post(conn, "x", "fotovorschlag", window, None) is None  # two posts that day: which?
        assert same_post(conn, "x", "fotovorschlag", day_window(date(2023, 11, 22), BERLIN), TEXT) is None
