"""The texts of the errors of comparisons, overrides, periods, schedules and panels: each German text takes the
same values as its English one, and each error raised says in English exactly what it said before and in German
something else — also the errors the command line does not reach (the same functions serve the Python API)."""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reichweite.errors import ReichweiteError, Said
from reichweite.report.messages import error_text, say
from reichweite.report.texts.errors_analysis import TEXTS


def fields(text: object) -> set[str]:
    forms = text.values() if isinstance(text, dict) else [text]
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(str(form)) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_german_and_english_take_the_same_values(key: str) -> None:
    assert key.startswith("anl.")
    assert fields(TEXTS[key]["de"]) == fields(TEXTS[key]["en"])


def raised(call: Callable[[], object]) -> Exception:
    with pytest.raises((ValueError, ReichweiteError)) as caught:
        call()
    return caught.value


def said_of(exc: Exception) -> Said:
    said = getattr(exc, "message", None) or exc.args[0]
    assert isinstance(said, Said), repr(exc)
    return said


def cases(tmp_path: Path) -> list[tuple[Exception, str]]:
    """Errors raised by the functions themselves, each with its German line."""
    from datetime import time

    import pandas as pd

    from reichweite.analysis.growth import steps
    from reichweite.analysis.matching.crosspost import match_crossposts
    from reichweite.analysis.matching.groups import account_keys, match_groups
    from reichweite.analysis.panel import parse_composition
    from reichweite.analysis.parts import parse_parts
    from reichweite.jobs.growth import linkedin_activity
    from reichweite.store import open_store
    from reichweite.timeutil import cell_day, cell_moment, parse_day, parse_duration, read_moment, slash_order

    start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
    empty = tmp_path / "leer.db"
    open_store(str(empty)).dispose()
    return [
        (raised(lambda: parse_parts(",")), "--parts ',': erwartet common, known oder eine Liste aus replies, reposts, "
                                         "likes, quotes (z. B. likes,reposts)"),
        (raised(lambda: parse_composition("fixed")), "--composition 'fixed': as-of oder fixed:DATUM angeben (z. B. "
                                                     "fixed:2021-09-20 oder fixed:20.09.2021)"),
        (raised(lambda: steps(start, end, "year")), "every: 'year' ist keine von day, week, month"),
        (raised(lambda: steps(end, start, "day")), "das Ende des Zeitraums liegt vor seinem Anfang"),
        (raised(lambda: linkedin_activity(tmp_path, every="quarter")),
         "--every: 'quarter' ist keine von day, week, month"),
        (raised(lambda: linkedin_activity(tmp_path, start=end, end=start)), "--to liegt vor --from"),
        (raised(lambda: linkedin_activity(tmp_path / "fehlt.zip.db")),
         f"{tmp_path / 'fehlt.zip.db'}: weder ein Export (Zip oder Ordner) noch eine Datenbank"),
        (raised(lambda: linkedin_activity(empty)), f"{empty}: keine Einladungen oder Kontakte zum Zählen"),
        (raised(lambda: match_crossposts(pd.DataFrame(), pd.DataFrame(), window=timedelta(hours=-1))),
         "das Zeitfenster (window) darf nicht negativ sein"),
        (raised(lambda: account_keys(0)), "es lassen sich 1 bis 26 Konten vergleichen, nicht 0"),
        (raised(lambda: match_groups([pd.DataFrame()])), "ein Vergleich braucht mindestens zwei Konten"),
        (raised(lambda: parse_duration("40000d")), "'40000d' ist zu lang: höchstens 36500d (100 Jahre)"),
        (raised(lambda: read_moment("  ")), "leeres Datum"),
        (raised(lambda: parse_day("21.11.2023 10:00")),
         "'21.11.2023 10:00': erwartet ein Datum ohne Uhrzeit (z. B. 2023-11-21 oder 21.11.2023)"),
        (raised(lambda: cell_moment(time(9, 15))),
         "09:15:00 ist eine Uhrzeit ohne Datum (den Tag dazuschreiben, z. B. 21.11.2023 09:15:00)"),
        (raised(lambda: cell_moment(45000.5)), "45000.5 ist eine Zahl, kein Datum (z. B. 2023-11-21, 21.11.2023, "
                                               "21.11.23, 9 Sep 2022 oder 2023-11-21 09:15, auch mit Zeitzone: UTC, "
                                               "+01:00)"),
        (raised(lambda: cell_day(time(9, 15))), "09:15:00 ist eine Uhrzeit ohne Datum"),
        (raised(lambda: slash_order([(f"row {n}", "13/05/2026") for n in range(2, 9)] + [("row 9", "05/13/2026")],
                                    "column Datum")),
         "column Datum mischt Daten mit dem Tag zuerst (row 2, row 3, row 4, row 5, row 6 und 2 weitere) und mit dem "
         "Monat zuerst (row 9); sie als 2026-05-13 oder 13.05.2026 schreiben"),
        (raised(lambda: slash_order([("row 2", "01/02/2026")], "column Datum")),
         "column Datum: Daten mit Schrägstrich, bei denen Tag oder Monat zuerst stehen kann (row 2), und keines, das "
         "es entscheidet; sie als 2026-05-12 oder 12.05.2026 schreiben"),
    ]


def test_each_error_in_both_languages(tmp_path: Path) -> None:
    for exc, german in cases(tmp_path):
        said = said_of(exc)
        assert said.key in TEXTS or said.key.startswith(("error.", "use."))
        assert say(said, "en") == str(said)
        assert say(said, "de") != str(said)
        assert error_text(exc, "de") == german


def test_the_parts_left_out() -> None:
    from reichweite.analysis.parts import LeftOutPart, compared_on

    replies = LeftOutPart("replies", "a", "x", 8, 8, as_of="2026-09-03")
    quotes = LeftOutPart("quotes", "b", "bluesky", 1, 12)
    said = compared_on(("reposts", "likes"), [replies, quotes], {"a": "X", "b": "Bluesky"})
    assert str(said) == say(said, "en") == (
        "compared on reposts + likes: replies unknown for 8 of 8 X posts (2026-09-03) (the X archive has no reply "
        "counts; add them with `reichweite import table`); quotes unknown for 1 of 12 Bluesky posts")
    assert say(said, "de") == (
        "verglichen auf Reposts + Likes: Antworten unbekannt bei 8 von 8 Beiträgen von X (2026-09-03) (das X-Archiv "
        "enthält keine Antwortzahlen; mit `reichweite import table` nachtragen); Zitate unbekannt bei 1 von 12 "
        "Beiträgen von Bluesky")
    nothing = compared_on((), [quotes], {"b": "Bluesky"})
    assert say(nothing, "de") == "verglichen auf nichts: Zitate unbekannt bei 1 von 12 Beiträgen von Bluesky"
    assert say(nothing, "en") == str(nothing) == "compared on nothing: quotes unknown for 1 of 12 Bluesky posts"
