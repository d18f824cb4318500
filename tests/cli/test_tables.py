"""The shared terminal table (reichweite.cli.tables) at the widths people use: every layout keeps ids, handles and
figures whole on one line, wraps texts between words, and stays within the console's width whenever the ids fit."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from reichweite.cli.tables import Column, print_table

SENTENCE = "Werte: die letzte Messung bis zum Ende des Schritts, in Klammern die Veränderung zum Schritt davor"
HANDLES = ["X @tagesfoto", "Bluesky @tagesfoto.bsky.social", "Mastodon @tagesfoto@mastodon.example"]


def _shown(width: int, title: str, columns: list[Column], rows: list[list[str]], **options: bool) -> list[str]:
    out = io.StringIO()
    print_table(Console(file=out, width=width, color_system=None), title, columns, rows, **options)
    return out.getvalue().splitlines()


def _on_one_line(token: str, lines: list[str]) -> bool:
    return any(re.search(rf"(?<![\w.,]){re.escape(token)}(?![\w])", line) for line in lines)


def test_a_wide_terminal_shows_each_row_on_one_line() -> None:
    columns = [Column("Konto", "id", label=True), Column("Follower", "figure"), Column("Hinweis")]
    rows = [[h, f"{n:,}".replace(",", ".") + " (+12, +0,4\u00a0%)", SENTENCE] for n, h in zip((3031, 800, 134),
                                                                                            HANDLES, strict=True)]
    lines = _shown(200, "Stand", columns, rows)
    assert lines[0] == "Stand"
    body = [line for line in lines if line.startswith("│")]
    assert len(body) == 3 and all(SENTENCE in line for line in body)
    assert max(len(line) for line in lines) < 200  # as wide as the content, not the terminal


def test_at_80_columns_texts_wrap_between_words_and_figures_stay_whole() -> None:
    columns = [Column("Woche", "id", label=True), Column("Follower", "figure"), Column("Folgt", "figure"),
               Column("Hinweis")]
    rows = [[f"2026-W{40 + i}", f"{3031 - i * 7:,} (−{i + 5}, −0,{i}\u00a0%)".replace(",", ".", 1),
             "388 (±0, ±0,0\u00a0%)", SENTENCE] for i in range(4)]
    lines = _shown(80, "", columns, rows)
    assert max(len(line) for line in lines) <= 80
    for row in rows:
        assert _on_one_line(row[0], lines)
        figure, note = row[1].split(" ", 1)
        assert _on_one_line(figure, lines)  # the figure whole; its note may go to the next line
        assert " ".join(note.split()) in " ".join(" ".join(lines).replace("│", " ").split())
    words = " ".join(" ".join(lines).replace("│", " ").split())
    assert all(word in words.split() for word in SENTENCE.split())  # no word cut or folded


def test_a_short_summary_too_wide_is_turned_one_column_per_account() -> None:
    headers = ["Gruppen", "verglichen", "Siege", "Median", "Mittelwert", "Summe", "Spitze", "ohne Gegenstück"]
    columns = [Column("Konto", label=True)] + [Column(h, "figure") for h in headers]
    rows = [[h, *(str(10 * i + j) for j in range(len(headers)))] for i, h in enumerate(HANDLES[:2], 1)]
    lines = _shown(60, "", columns, rows)
    assert max(len(line) for line in lines) <= 60
    head = " ".join(lines[:4])
    assert "X @tagesfoto" in head and "@tagesfoto.bsky.social" in head  # the accounts head the columns
    assert sum(1 for line in lines if line.startswith("│Gruppen")) == 1  # the headers go down the side


def test_many_columns_are_split_beside_the_column_naming_the_rows() -> None:
    days = [f"30.06.{year}" for year in range(2010, 2025)]
    columns = [Column("Unternehmen", label=True)] + [Column(d, "figure") for d in days]
    companies = ["adidas", "Dr. Ing. h.c. F. Porsche AG", "Münchener Rück", "Mercedes-Benz Group (Daimler)"]
    rows = [[c, *(f"{(i + 1) * 1000 + j:,}".replace(",", ".") for j in range(len(days)))]
            for i, c in enumerate(companies * 5)]
    lines = _shown(80, "", columns, rows)
    assert max(len(line) for line in lines) <= 80
    groups = [line for line in lines if line.startswith("┃Unternehmen")]
    assert len(groups) >= 2  # the company column beside each group of dates
    assert all(_on_one_line(d, lines) for d in days)
    assert all(_on_one_line(cell, lines) for row in rows for cell in row[1:])
    sizes = [line.count("┃") - 2 for line in groups]
    assert max(sizes) - min(sizes) <= 1  # groups of even size


def test_rows_that_do_not_fit_side_by_side_become_blocks_and_ids_stay_whole() -> None:
    did = "did:plc:6jrgkhgxjkwn6kn72pdj325g"
    link = "(calendly.com/tobias-wendler/interview)"
    columns = [Column("Rang", "figure"), Column("Konto", "id"), Column("Beiträge pro Tag", "figure"),
               Column("Gründe")]
    rows = [[str(i), did, "1,5", f"verspricht Geld {link} +2,5"] for i in range(1, 4)]
    lines = _shown(60, "", columns, rows)
    assert max(len(line) for line in lines) <= 60
    assert sum(1 for line in lines if did in line) == 3 and sum(1 for line in lines if link in line) == 3
    assert sum(1 for line in lines if line.startswith("│Konto")) == 3  # a block per row, the header beside


@pytest.mark.parametrize("width", [30, 40])
def test_an_id_wider_than_the_terminal_is_never_cut(width: int) -> None:
    url = "https://mastodon.example/users/tagesfoto/statuses/113456789012345678"
    lines = _shown(width, "", [Column("Beitrag", "id"), Column("Stimmen", "figure")], [[url, "12"]])
    assert any(url in line for line in lines)
    assert "…" not in "".join(lines)


def test_a_value_too_wide_beside_its_header_goes_under_it() -> None:
    uri = "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3lx0000000000"
    columns = [Column("Konto", label=True), Column("ID", "id"), Column("gemessen")]
    rows = [["Bluesky @tagesfoto.bsky.social", uri, "01.09.2026, 12:12"]] * 2
    lines = _shown(80, "", columns, rows)
    assert max(len(line) for line in lines) <= 80
    assert sum(1 for line in lines if uri in line) == 2
    assert [line.strip("│ ") for line in lines if line.strip("│ ") in ("Konto", "ID", "gemessen")] == \
        ["Konto", "ID", "gemessen"] * 2
