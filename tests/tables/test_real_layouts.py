"""Tables that are what they look like (fixtures in tests/fixtures/tables, see SOURCES.md there): formulas,
long ids, encodings, Excel's `sep=` line and title rows, malformed shown figures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reichweite.errors import InputError
from reichweite.jobs.import_table import import_table
from reichweite.store import open_store
from reichweite.tables.detect import load_file
from reichweite.tables.tabular import read_tables
from tests.support import FIXTURES

TABLES = FIXTURES / "tables"


def accounts(name: str) -> list[tuple[str, int | None, int | None]]:
    [loaded] = load_file(TABLES / name)
    return [(s.handle, s.followers, s.following) for s in loaded.records["account_snapshots"]]


def test_formulas_without_computed_values_are_refused_naming_the_cells() -> None:
    with pytest.raises(InputError, match=r"formulas-without-values.xlsx \[accounts\]: formula cells without a "
                                         r"computed value: D3, E3, D4\. "):
        load_file(TABLES / "formulas-without-values.xlsx")


def test_formulas_with_computed_values_count_by_them() -> None:
    assert accounts("formulas-with-values.xlsx") == [("beispiel-ag", 1200, 40), ("beispiel-ag", 1235, 40)]


def test_ids_in_number_cells_within_2_53_are_read_exactly_beyond_refused() -> None:
    [table] = read_tables(TABLES / "ids-in-number-cells.xlsx")
    assert table.id_text(table.rows[0], "post_id") == "123456789012345"
    with pytest.raises(InputError, match=r"\[posts\], row 3: post_id: 2000000000000000000 is a number cell, which "
                                         r"cannot hold an id this long exactly \(it keeps about 15 digits\)"):
        load_file(TABLES / "ids-in-number-cells.xlsx")


def test_ids_excel_shortened_are_refused() -> None:
    with pytest.raises(InputError, match=r"row 2: post_id: '2E\+18' is an id Excel shortened"):
        load_file(TABLES / "ids-shortened-by-excel.csv")


def test_a_file_mixing_encodings_is_refused_naming_its_first_bad_row() -> None:
    with pytest.raises(InputError, match=r"mixed-encoding.csv, line 3: mixes encodings: line 3 is not UTF-8"):
        load_file(TABLES / "mixed-encoding.csv")


def test_windows_1252_file_is_read_in_one_encoding() -> None:
    assert accounts("excel-windows-1252.csv") == [("müller-grafik", 310, 25), ("jürgen-böhm", 95, 12)]


def test_excel_sep_line_names_the_delimiter_and_rows_keep_their_numbers() -> None:
    [loaded] = load_file(TABLES / "excel-sep-line.csv")
    snaps = loaded.records["account_snapshots"]
    assert [(s.handle, s.followers, s.followers_shown) for s in snaps] == [
        ("beispiel-ag", 1200, None), ("@beispiel@social.example", 1200, "1,2 Tsd.")]
    assert [s.origin.rsplit(" ", 1)[-1] for s in snaps] == ["3", "4"]
    assert loaded.table.header_row == 2


def test_utf16_csv_is_read() -> None:
    assert accounts("excel-unicode-text.csv") == [("müller-grafik", 310, 25), ("beispiel.bsky.social", 1234, 98)]


def test_a_merged_title_row_above_the_header_is_skipped() -> None:
    [loaded] = load_file(TABLES / "merged-title-row.xlsx")
    assert loaded.table.header_row == 3
    assert [(s.handle, s.followers) for s in loaded.records["account_snapshots"]] == [
        ("beispiel-ag", 1200), ("beispiel.bsky.social", 870)]
    assert loaded.records["account_snapshots"][0].observed_at == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(("name", "shown"), [("malformed-shown-figure.csv", "1.5.3K"),
                                             ("malformed-shown-figure-mio.csv", "1,2,3 Mio")])
def test_malformed_shown_figures_are_refused(name: str, shown: str) -> None:
    with pytest.raises(InputError, match=rf"row 2: followers: '{shown}' is not a shown figure"):
        load_file(TABLES / name)


def test_a_refused_file_stores_nothing(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    with pytest.raises(InputError):
        import_table(engine, TABLES / "formulas-without-values.xlsx")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM account_snapshots").scalar_one() == 0
