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
    # company figures and panels (tables/company_table.py, company_page.py, panel_table.py, company_template.py)
    "tab.empty": {"de": "ist leer", "en": "is empty"},
    "tab.row": {"de": "Zeile {n}", "en": "row {n}"},
    "tab.sheet_row": {"de": "Blatt {sheet}, Zeile {n}", "en": "sheet {sheet}, row {n}"},
    "tab.company.no_name": {"de": "ist leer; jede Zeile braucht den Namen des Unternehmens",
                            "en": "is empty; every row needs the company's name"},
    "tab.company.no_name_figures": {"de": "ist leer, aber die Zeile hat Zahlen",
                                    "en": "is empty, but the row has figures"},
    "tab.company.sheet_date": {
        "de": "das Blatt {sheet} enthält Unternehmenszahlen, sein Name ist aber kein Stichtag: jedes Blatt nach "
              "seinem Datum benennen, z. B. 2019-06-30",
        "en": "sheet {sheet} holds company figures, but its name is not a measurement date: name each sheet by its "
              "date, e.g. 2019-06-30"},
    "tab.company.wide_csv": {
        "de": "die breite Form braucht eine Arbeitsmappe mit einem Blatt pro Stichtag (benannt wie 2019-06-30); eine "
              "CSV-Datei enthält die lange Form",
        "en": "the wide layout needs a workbook with one sheet per measurement date (named like 2019-06-30); a CSV "
              "file holds the long layout"},
    "tab.company.unplaced": {
        "de": "die Spalte(n) {columns} enthalten Zahlen keiner bekannten Plattform; eine von {platforms} in die "
              "Überschrift schreiben (z. B. 'Facebook Follower')",
        "en": "column(s) {columns} hold figures of no known platform; name one of {platforms} in the header (e.g. "
              "'Facebook Follower')"},
    "tab.company.both_hold": {"de": "die Spalten {first} und {second} enthalten beide {platform} {field}",
                              "en": "columns {first} and {second} both hold {platform} {field}"},
    "tab.company.none": {
        "de": "keine Unternehmenstabelle gefunden: erwartet die Spalten platform, company, observed_at, followers, "
              "employees (lange Form) oder ein Blatt pro Stichtag mit Spalten wie 'Company', 'LinkedIn Follower', "
              "'Xing Mitarbeiter' (breite Form)",
        "en": "no company table found: expected the columns platform, company, observed_at, followers, employees "
              "(long layout) or one sheet per date with columns like 'Company', 'LinkedIn Follower', 'Xing "
              "Mitarbeiter' (wide layout)"},
    "tab.company.platforms": {"de": "--platforms {value}: einige von {choices} angeben",
                              "en": "--platforms {value}: give some of {choices}"},
    "tab.page.not_followers": {
        "de": "kein Follower-Export (kein Blatt 'New followers' / 'Neue Follower'): das Panel braucht die Follower "
              "der Seite",
        "en": "not a followers export (no 'New followers' / 'Neue Follower' sheet): the panel needs the page's "
              "followers"},
    "tab.page.no_count": {
        "de": "der Export enthält neue Follower pro Tag, nicht die Follower-Zahl der Seite: --followers-on-last-day N "
              "angeben (die Zahl, die die Seite am Ende des {last} zeigte)",
        "en": "the export holds new followers per day, not the page's follower count: give --followers-on-last-day "
              "N (the count the page showed at the end of {last})"},
    "tab.panel.no_table": {
        "de": "erwartet eine Mitgliedertabelle mit den Spalten company, joined, left (isin und source freiwillig); "
              "Daten wie 2020-08-24, ein leeres joined/left heißt offen",
        "en": "expected a membership table with the columns company, joined, left (isin and source optional); dates "
              "as 2020-08-24, an empty joined/left meaning open-ended"},
    "tab.panel.no_name": {"de": "ist leer; jeder Mitgliedszeitraum braucht den Namen des Unternehmens",
                          "en": "is empty; every spell needs the company's name"},
    "tab.panel.isin": {"de": "{value} ist keine ISIN (zwei Buchstaben, neun Zeichen, eine Ziffer)",
                       "en": "{value} is not an ISIN (two letters, nine characters, a digit)"},
    "tab.panel.order": {"de": "{company}: aufgenommen {joined} liegt nicht vor ausgeschieden {left}",
                        "en": "{company}: joined {joined} is not before left {left}"},
    "tab.panel.overlap": {
        "de": "{later} ({later_where}) überschneidet sich mit {earlier} ({earlier_where}): die Mitgliedszeiträume "
              "eines Unternehmens dürfen sich nicht überschneiden",
        "en": "{later} ({later_where}) overlaps {earlier} ({earlier_where}): spells of one company must not "
              "overlap"},
    # templates and the import job (report/table_template.py, jobs/import_table.py, jobs/polls.py)
    "tab.tpl.wide_accounts": {
        "de": "template posts --wide: die Konten nebeneinander angeben, z. B. --accounts "
              "x:fotovorschlag,bluesky:fotovorschlag.bsky.social",
        "en": "template posts --wide: give the accounts side by side, e.g. --accounts "
              "x:fotovorschlag,bluesky:fotovorschlag.bsky.social"},
    "tab.tpl.no_layout": {"de": "keine Tabellenform {name}; bekannt: {known}",
                          "en": "no table layout {name}; known: {known}"},
    "tab.tpl.lang": {"de": "--lang {value}: de oder en angeben", "en": "--lang {value}: use de or en"},
    "tab.import.no_author": {
        "de": "{post} ist noch nicht in der Datenbank, und die Zeile sagt nicht, wessen er ist: eine Spalte author "
              "(Konto) ergänzen (oder eine post_url, die das Konto nennt)",
        "en": "{post} is not in the store yet and the row does not say whose it is: add an author column (or a "
              "post_url naming it)"},
    "tab.import.no_saver": {
        "de": "die Form {layout} wird erkannt, aber diese Installation kann sie nicht speichern",
        "en": "the {layout} layout is recognised but this installation cannot store it"},
    "tab.unknown_platform": {"de": "unbekannte Plattform {value}", "en": "unknown platform {value}"},
    # LinkedIn exports (platforms/linkedin/*)
    "tab.li.fields": {"de": "{fields} Felder, aber die Kopfzeile hat {columns} Spalten",
                      "en": "{fields} fields but the header has {columns} columns"},
    "tab.li.csv": {"de": "kein gültiges CSV ({reason})", "en": "not valid CSV ({reason})"},
    "tab.li.header": {"de": "unerwartete Kopfzeile {header}; erwartet die Spalten {expected}",
                      "en": "unexpected header {header}; expected the columns {expected}"},
    "tab.li.not_zip": {"de": "weder eine Zip-Datei noch ein Ordner des LinkedIn-Datenexports",
                       "en": "neither a zip file nor a folder of the LinkedIn data export"},
    "tab.li.no_part": {"de": "keine Datei des LinkedIn-Datenexports eines Mitglieds gefunden (erwartet eine von "
                             "{names})",
                       "en": "no file of the LinkedIn member data export found (expected any of {names})"},
    "tab.li.time": {"de": "{column} {value} ist kein Datum mit Uhrzeit wie {example}",
                    "en": "{column} {value} is not a date/time like {example}"},
    "tab.li.day": {"de": "Connected On {value} ist kein Datum wie '09 Sep 2022'",
                   "en": "Connected On {value} is not a date like '09 Sep 2022'"},
    "tab.li.direction": {"de": "Direction {value} ist weder INCOMING noch OUTGOING",
                         "en": "Direction {value} is neither INCOMING nor OUTGOING"},
    "tab.li.no_owner": {
        "de": "{where}: wessen Export das ist, lässt sich nicht sagen (keine Einladungen, keine Nachrichten mit "
              "klarem Absender); --owner 'Vorname Nachname' angeben, damit die Shares als Beiträge dieses Mitglieds "
              "gespeichert werden",
        "en": "{where}: whose export this is cannot be told (no invitations, no messages with a clear owner); pass "
              "--owner 'First Last' so the shares can be stored as that member's posts"},
    "tab.li.not_stored": {"de": "{where}: nicht gespeichert ({reason})", "en": "{where}: not stored ({reason})"},
    "tab.cannot_read": {"de": "die Datei lässt sich nicht lesen ({reason})", "en": "cannot read the file ({reason})"},
    "tab.xls_unreadable": {"de": "keine lesbare .xls-Arbeitsmappe ({reason})",
                           "en": "not a readable .xls workbook ({reason})"},
    "tab.li.not_excel": {
        "de": "keine Excel-Arbeitsmappe (.xls oder .xlsx), wie sie der Analytics-Export einer LinkedIn-Seite schreibt",
        "en": "not an Excel workbook (.xls or .xlsx) as LinkedIn's page analytics export writes"},
    "tab.li.beyond": {"de": "{value} ist keine Anzahl (jenseits jeder echten Zahl)",
                      "en": "{value} is not a count (beyond any real figure)"},
    "tab.li.not_whole": {"de": "{value} ist keine ganze Zahl", "en": "{value} is not a whole number"},
    "tab.li.not_count": {"de": "{value} ist keine Anzahl", "en": "{value} is not a count"},
    "tab.li.cell": {"de": "Blatt {sheet}, Spalte {column}: {value} ist {expected}",
                    "en": "sheet {sheet}, column {column}: {value} is not {expected}"},
    "tab.li.a_count": {"de": "keine Anzahl", "en": "a count"},
    "tab.li.a_rate": {"de": "keine Rate", "en": "a rate"},
    "tab.li.a_day": {"de": "kein Datum wie 06/18/2024 oder 18.06.2024", "en": "a date like 06/18/2024 or 18.06.2024"},
    "tab.li.no_created": {"de": "Blatt {sheet}: der Beitrag {link} hat kein Erstellungsdatum",
                          "en": "sheet {sheet}: the post {link} has no created date"},
    "tab.li.no_page_sheet": {
        "de": "kein Blatt eines LinkedIn-Analytics-Exports gefunden: erwartet ein Export einer Unternehmensseite — "
              "eine Kopfzeile (Zeile 1 oder 2) mit 'Date, Sponsored followers, Organic followers, Auto-invited "
              "followers, Total followers' (Follower), 'Date, Impressions (total), …' (Metrics) oder 'Post title, "
              "Post link, Created date, Impressions, …' (All posts) oder den deutschen Namen (Datum, Organische "
              "Follower, Impressionen, …) — oder der Creator-Analytics-Export eines Mitglieds (Blätter DISCOVERY, "
              "ENGAGEMENT, TOP POSTS mit 'Post URL, Post publish date', FOLLOWERS mit 'Total followers on …')",
        "en": "no sheet of a LinkedIn analytics export found: expected a company page export — a header (row 1 or 2) "
              "with 'Date, Sponsored followers, Organic followers, Auto-invited followers, Total followers' "
              "(followers), 'Date, Impressions (total), …' (Metrics) or 'Post title, Post link, Created date, "
              "Impressions, …' (All posts), or the German names (Datum, Organische Follower, Impressionen, …) — or a "
              "member's creator analytics export (sheets DISCOVERY, ENGAGEMENT, TOP POSTS with 'Post URL, Post "
              "publish date', FOLLOWERS with 'Total followers on …')"},
    "tab.li.creator_day": {"de": "Blatt {sheet}: {value} ist kein Datum wie 6/18/2024",
                           "en": "sheet {sheet}: {value} is not a date like 6/18/2024"},
    "tab.li.creator_count": {"de": "Blatt {sheet}: {value} ist keine Anzahl",
                             "en": "sheet {sheet}: {value} is not a count"},
    "tab.li.creator_whose": {
        "de": "wessen Creator-Analytics das sind, lässt sich der Datei nicht entnehmen: --page NAME angeben (der "
              "eigene LinkedIn-Name wie in der Profil-URL, z. B. jana-beispiel)",
        "en": "whose creator analytics these are cannot be told from the file: give --page NAME (your LinkedIn name "
              "as in your profile URL, e.g. jana-beispiel)"},
    "tab.li.creator_no_date": {
        "de": "Blatt {sheet}: keine Kopfzeile, die mit 'Date' beginnt, über den neuen Followern pro Tag",
        "en": "sheet {sheet}: no header row starting with 'Date' above the new followers per day"},
    "tab.li.not_creator": {
        "de": "kein Creator-Analytics-Export: kein Blatt wie DISCOVERY, ENGAGEMENT, TOP POSTS oder FOLLOWERS",
        "en": "not a creator analytics export: no sheet like DISCOVERY, ENGAGEMENT, TOP POSTS or FOLLOWERS"},
}
