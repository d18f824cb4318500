"""The texts of the errors of comparisons, overrides, periods, schedules and panels: each German text takes the
same values as its English one, and each error raised says in English exactly what it said before and in German
something else — also the errors the command line does not reach (the same functions serve the Python API)."""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import UTC, datetime
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
    from reichweite.analysis.growth import steps
    from reichweite.analysis.panel import parse_composition
    from reichweite.analysis.parts import parse_parts
    from reichweite.jobs.growth import linkedin_activity
    from reichweite.store import open_store

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
    ]


def test_each_error_in_both_languages(tmp_path: Path) -> None:
    for exc, german in cases(tmp_path):
        said = said_of(exc)
        assert said.key in TEXTS or said.key.startswith(("error.", "use."))
        assert say(said, "en") == str(said)
        assert say(said, "de") != str(said)
        assert error_text(exc, "de") == german
