"""German help of the commands of cli/imports.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Import exports and tables into the store.":
        "Importiert Exporte und Tabellen in die Datenbank.",
    "Import the official X account archive (posts, likes and reposts as of the archive's date).":
        "Importiert das offizielle Kontoarchiv von X (Beiträge, Likes und Reposts zum Datum des Archivs).",
    "The archive: .zip, its folder, or a tweets.js file.":
        "Das Archiv: .zip, sein Ordner oder eine tweets.js-Datei.",
    "The account's handle when there is no manifest.js (a lone tweets.js).":
        "Der Kontoname (Handle), wenn es keine manifest.js gibt (eine einzelne tweets.js).",
    "Import figures typed in by hand (posts, posts side by side, polls, accounts, company pages; the layout is "
    "detected from the header, German or English).":
        "Importiert von Hand eingetragene Zahlen (Beiträge, Beiträge nebeneinander, Umfragen, Konten, "
        "Unternehmensseiten; das Layout wird an der Kopfzeile erkannt, deutsch oder englisch).",
    "A .csv or .xlsx file following `reichweite template …`.":
        "Eine .csv- oder .xlsx-Datei nach `reichweite template …`.",
    "Whose figures: PLATFORM:HANDLE,… (e.g. x:fotovorschlag,bluesky:fotovorschlag.bsky.social) for a table "
    "whose columns or rows do not name the account.":
        "Wessen Zahlen: PLATFORM:HANDLE,… (z. B. x:fotovorschlag,bluesky:fotovorschlag.bsky.social), für eine "
        "Tabelle, deren Spalten oder Zeilen das Konto nicht nennen.",
    "When the figures were read (21.11.2023 or 2023-11-21 09:00), for a table without a Stichtag (observed_at) "
    "column; a date alone means the end of that day.":
        "Wann die Zahlen abgelesen wurden (21.11.2023 oder 2023-11-21 09:00), für eine Tabelle ohne Spalte "
        "Stichtag (observed_at); ein Datum allein meint das Ende dieses Tages.",
    "Own posts and boosts (as reposts) from a Mastodon account archive. The archive holds no counts.":
        "Eigene Beiträge und Boosts (als Reposts) aus einem Mastodon-Kontoarchiv. Das Archiv enthält keine "
        "Zahlen.",
    "The archive .zip or its outbox.json.":
        "Das Archiv als .zip oder seine outbox.json.",
    "Import a LinkedIn member data export (layouts 2018 to today, also files re-saved by Excel): messages, "
    "invitations, connections, shares, poll votes, reactions. Each file is stored on its own: a file that "
    "cannot be read is named (with the line and what was expected) and the others are stored; the exit code is "
    "then 1. Importing it again, or one of its files alone, adds nothing.":
        "Importiert einen LinkedIn-Datenexport eines Mitglieds (Layouts von 2018 bis heute, auch von Excel neu "
        "gespeicherte Dateien): Nachrichten, Einladungen, Kontakte, geteilte Beiträge, Umfragestimmen, "
        "Reaktionen. Jede Datei wird für sich gespeichert: eine Datei, die sich nicht lesen lässt, wird genannt"
        " (mit der Zeile und dem, was erwartet war), die anderen werden gespeichert; der Exit-Code ist dann 1. "
        "Ein erneuter Import, auch einer einzelnen Datei daraus, fügt nichts hinzu.",
    "The member data export: the zip LinkedIn sends, or its folder.":
        "Der Datenexport des Mitglieds: die zip-Datei, die LinkedIn schickt, oder ihr Ordner.",
    "Import LinkedIn analytics exports: company page exports (English or German: new followers per day, page "
    "figures per day, every post with impressions, likes, comments and reposts) and your own creator analytics "
    "(impressions, engagements and new followers per day, followers, members reached, top posts).":
        "Importiert LinkedIn-Analytics-Exporte: Exporte von Unternehmensseiten (englisch oder deutsch: neue "
        "Follower je Tag, Seitenzahlen je Tag, jeder Beitrag mit Impressionen, Likes, Kommentaren und Reposts) "
        "und die eigenen Creator-Analytics (Impressionen, Interaktionen und neue Follower je Tag, Follower, "
        "erreichte Mitglieder, Top-Beiträge).",
    "Analytics exports (.xls/.xlsx): a company page's followers and content exports, or your own creator "
    "analytics export.":
        "Analytics-Exporte (.xls/.xlsx): Follower- und Inhalte-Exporte einer Unternehmensseite oder der eigene "
        "Creator-Analytics-Export.",
    "The page's name or slug, or yours for creator analytics (default: from the file name or the posts' URLs).":
        "Name oder Slug der Seite, bei Creator-Analytics der eigene (Standard: aus dem Dateinamen oder den URLs"
        " der Beiträge).",
    "Followers the page had on the export's last day: back-computes counts.":
        "Follower der Seite am letzten Tag des Exports: daraus werden die Zahlen davor zurückgerechnet.",
    "When the export was made (default: from the file name); a bare date means the end of that day.":
        "Wann der Export erstellt wurde (Standard: aus dem Dateinamen); ein Datum ohne Uhrzeit meint das Ende "
        "dieses Tages.",
    "Company-page figures (followers, employees) in the long or the wide layout (a sheet per date).":
        "Zahlen von Unternehmensseiten (Follower, Beschäftigte) im langen oder breiten Layout (ein Blatt je "
        "Datum).",
    "CSV or XLSX file.":
        "CSV- oder XLSX-Datei.",
    "Add unknown names as new companies.":
        "Unbekannte Namen als neue Unternehmen anlegen.",
    "Your own company page's LinkedIn followers from its page analytics export, for panels.":
        "Die LinkedIn-Follower der eigenen Unternehmensseite aus ihrem Analytics-Export, für Panels.",
    "LinkedIn page followers export (.xls/.xlsx).":
        "Follower-Export der LinkedIn-Seite (.xls/.xlsx).",
    "The company the page belongs to (default: the page name in the file name).":
        "Das Unternehmen, zu dem die Seite gehört (Standard: der Seitenname im Dateinamen).",
    "The follower count the page showed at the end of the export's last day (needed when the export holds only "
    "new followers per day).":
        "Die Followerzahl, die die Seite am Ende des letzten Exporttags zeigte (nötig, wenn der Export nur neue"
        " Follower je Tag enthält).",
    "Keep every day, not only the last one.":
        "Jeden Tag behalten, nicht nur den letzten.",
    "Add an unknown company.":
        "Ein unbekanntes Unternehmen anlegen.",
}
