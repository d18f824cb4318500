"""Texts of the errors raised about tables typed in or exported (LinkedIn, Xing, company sheets, workbooks) (keys
named by `errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    # files and their header (tables/tabular.py, tables/reading.py, workbooks.py)
    "tab.no_such_file": {"de": "Datei nicht gefunden", "en": "no such file"},
    "tab.xls": {"de": "alte .xls-Arbeitsmappen werden nicht gelesen: als .xlsx oder .csv speichern",
                "en": "old .xls workbooks are not read: save it as .xlsx or .csv"},
    "tab.suffix": {"de": "erwartet eine .csv- oder .xlsx-Datei", "en": "expected a .csv or .xlsx file"},
    "tab.no_header": {"de": "keine Kopfzeile gefunden (die Datei ist leer oder enthält nur #-Kommentare)",
                      "en": "no header row found (the file is empty or holds only # comments)"},
    "tab.column_twice": {"de": "die Spalte {name} steht zweimal in der Kopfzeile",
                         "en": "column {name} appears twice in the header"},
    "tab.no_header_above": {"de": "ein Wert ({value}) in Spalte {n}, die keine Überschrift hat",
                            "en": "a value ({value}) in column {n}, which has no header"},
    "tab.both_mean": {"de": "die Spalten {first} und {second} meinen beide {name}",
                      "en": "columns {first} and {second} both mean {name}"},
    "tab.csv_unreadable": {"de": "keine lesbare CSV-Datei ({reason})", "en": "not a readable CSV file ({reason})"},
    "tab.xlsx_unreadable": {"de": "keine lesbare .xlsx-Arbeitsmappe ({reason})",
                            "en": "not a readable .xlsx workbook ({reason})"},
    "tab.xlsx_not_zip": {"de": "keine Zip-Datei, wie es jede .xlsx ist", "en": "not a zip file, as every .xlsx is"},
    "tab.xlsx_cells": {"de": "die Zellen der Arbeitsmappe lassen sich nicht lesen ({reason})",
                       "en": "cannot read the workbook's cells ({reason})"},
    "tab.where": {"de": "{where}: {detail}", "en": "{where}: {detail}"},
    "tab.formulas": {
        "de": "Formelzellen ohne berechneten Wert: {cells}{more}. Die Datei wurde von einem Programm geschrieben, das "
              "keine Formeln berechnet; sie in Excel oder LibreOffice öffnen und speichern oder die Werte selbst "
              "eintragen",
        "en": "formula cells without a computed value: {cells}{more}. The file was written by a program that does "
              "not compute formulas; open it in Excel or LibreOffice and save it, or write the values themselves"},
    "tab.and_more": {"de": " und {n} weitere", "en": " and {n} more"},
    "tab.span_columns": {"de": "reicht über {columns} Spalten", "en": "spans {columns} columns"},
    "tab.span_cells": {"de": "reicht über {rows} Zeilen × {columns} Spalten = {cells} Zellen",
                       "en": "spans {rows} rows × {columns} columns = {cells} cells"},
    # counts (tables/counts.py)
    "tab.count.beyond": {"de": "{value} liegt jenseits jeder echten Anzahl", "en": "{value} is beyond any real count"},
    "tab.count.unit": {"de": "{value}: unbekannte Einheit {unit} (K/Tsd., M/Mio., B/Mrd. verwenden)",
                       "en": "{value}: unknown unit {unit} (use K/Tsd., M/Mio., B/Mrd.)"},
    "tab.count.not_shown": {
        "de": "{value} ist keine angezeigte Zahl (eine ganze Zahl wie 12345, 12.345 oder 12,345, oder eine "
              "gezeigte Zahl wie 4,5 Tsd., 1,2 Mio., 1.2M)",
        "en": "{value} is not a shown figure (a whole number like 12345, 12.345 or 12,345, or a shown figure like "
              "4.5K, 1,2 Mio., 1.2M)"},
    # rows of the posts, accounts and polls tables (tables/identity.py, tables/layouts.py, tables/polls_table.py)
    "tab.no_observed_at": {
        "de": "ist leer, und --at fehlt; jede Zeile braucht Datum (und Uhrzeit), zu dem die Zahlen abgelesen wurden",
        "en": "is empty and no --at was given; every row needs the date (and time) the figures were read"},
    "tab.no_post": {
        "de": "ist leer; den {label}-Beitrag über seinen Link, seine ID oder den Tag seiner Veröffentlichung "
              "(created_at, Datum) samt Konto nennen",
        "en": "is empty; name the {label} post by its link, its id or the day it was published (created_at, Datum) "
              "with the account"},
    "tab.author_several": {"de": "ist leer, und --accounts nennt mehrere {label}-Konten ({accounts})",
                           "en": "is empty and --accounts names several {label} accounts ({accounts})"},
    "tab.author_whose": {
        "de": "ist leer; wessen {label}-Beitrag ist das? Eine Spalte Konto (author) ergänzen oder --accounts "
              "{platform}:NAME angeben",
        "en": "is empty; whose {label} post is it? Add an author (Konto) column or give --accounts {platform}:NAME"},
    "tab.handle_whose": {
        "de": "ist leer; wessen Zahlen sind das? Das Konto eintragen oder --accounts {platform}:NAME angeben",
        "en": "is empty; whose figures are these? Fill it in or give --accounts {platform}:NAME"},
    "tab.measured_twice": {
        "de": "{what} hat schon eine Zeile mit diesem Stichtag (Zeile {row}); eine Messung je Beitrag/Konto und "
              "Zeitpunkt",
        "en": "{what} already has a row with this observed_at (row {row}); one measurement per post/account and "
              "moment"},
    "tab.what.post": {"de": "{platform}-Beitrag {id}", "en": "{platform} post {id}"},
    "tab.what.account": {"de": "{platform}-Konto {handle}", "en": "{platform} account {handle}"},
    "tab.what.poll": {"de": "{platform}-Umfrage {id}", "en": "{platform} poll {id}"},
    "tab.poll.votes_no_option": {"de": "hat Stimmen, aber Option {n} hat keinen Text",
                                 "en": "has votes, but option {n} has no text"},
    "tab.poll.votes_sum": {"de": "nennt {given} Stimmen, die Optionen ergeben zusammen aber {summed}",
                           "en": "says {given} votes, but the options add up to {summed}"},
    "tab.poll.no_options": {
        "de": "ist leer; eine Umfrage braucht ihre Optionen (Option 1, Stimmen 1, …) oder ihre Stimmen gesamt",
        "en": "is empty; a poll needs its options (Option 1, Stimmen 1, …) or its total votes"},
    # the wide posts table (tables/wide_posts.py)
    "tab.wide.not_given": {
        "de": "Spalte {column} nennt das {label}-Konto {handle}, das nicht unter --accounts ({accounts}) steht",
        "en": "column {column} names the {label} account {handle}, which is not among --accounts ({accounts})"},
    "tab.wide.column": {"de": "Spalte {column}: {detail}", "en": "column {column}: {detail}"},
    "tab.wide.both_hold": {"de": "die Spalten {first} und {second} enthalten beide {field}",
                           "en": "columns {first} and {second} both hold the {field}"},
    "tab.wide.no_figure": {"de": "Spalte {column}: {label} zeigt keine {field} (seine Zahlen: {figures})",
                           "en": "column {column}: {label} shows no {field} (its figures: {figures})"},
    "tab.wide.no_followers": {"de": "Spalte {column}: {label} zeigt keine Follower",
                              "en": "column {column}: {label} shows no followers"},
    "tab.wide.both_hold_figure": {"de": "die Spalten {first} und {second} enthalten beide {field} von {label} {handle}",
                                  "en": "columns {first} and {second} both hold {label} {handle} {field}"},
    "tab.wide.unknown": {
        "de": "Tabelle mit Beiträgen nebeneinander: die Spalte(n) {columns} sind weder Datum/Date, Text, "
              "Stichtag/Measured at noch Plattform und Zahl wie 'X Likes', 'Bluesky Antworten', 'LinkedIn "
              "Impressionen'",
        "en": "wide posts table: column(s) {columns} are neither Datum/Date, Text, Stichtag/Measured at nor a "
              "platform and figure like 'X Likes', 'Bluesky Antworten', 'LinkedIn Impressionen'"},
    "tab.wide.no_observed_at": {
        "de": "wann wurden die Zahlen abgelesen? Eine Spalte Stichtag ergänzen oder --at angeben, z. B. "
              "--at 21.11.2023",
        "en": "when were the figures read? Add a Stichtag column or give --at, e.g. --at 21.11.2023"},
    "tab.wide.whose_post": {
        "de": "ist leer; wessen {label}-Beitrag ist es dann? Den Link eintragen oder --accounts {platform}:NAME "
              "angeben",
        "en": "is empty; without it, whose {label} post is it? Fill in the link or give --accounts {platform}:NAME"},
    "tab.wide.no_day": {"de": "ist leer, aber die Zeile hat Zahlen; jede Zeile braucht den Tag ihres Beitrags",
                        "en": "is empty, but the row has figures; every row needs the day of its post"},
    "tab.wide.row_no_observed_at": {"de": "ist leer, und --at fehlt; wann wurden die Zahlen abgelesen?",
                                    "en": "is empty and no --at was given; when were the figures read?"},
    "tab.wide.two_posts": {
        "de": "{label} {author} hat am {day} zwei Beiträge in den Zeilen {first} und {second}, die sich nicht "
              "unterscheiden lassen; jedem seinen Text oder Link geben",
        "en": "{label} {author} has two posts on {day} in rows {first} and {second} that cannot be told apart; give "
              "each its text or link"},
}
