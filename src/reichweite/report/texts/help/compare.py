"""German help of the commands of cli/compare.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Compare two or more accounts post by post (cross-posts), with statistics, at one or more dates (--at) or "
    "post ages (--age); with --out also a report (xlsx, png, html).":
        "Vergleicht zwei oder mehr Konten Beitrag für Beitrag (Crossposts), mit Statistik, zu einem oder "
        "mehreren Stichtagen (--at) oder Beitragsaltern (--age); mit --out auch als Bericht (xlsx, png, html).",
    "Two or more accounts, e.g. x:tagesfoto bluesky:tagesfoto.bsky.social mastodon:@tagesfoto@mastodon.social":
        "Zwei oder mehr Konten, z. B. x:tagesfoto bluesky:tagesfoto.bsky.social "
        "mastodon:@tagesfoto@mastodon.social",
    "Figures at this post age (e.g. 7d) instead of --at; give it again for several ages (e.g. --age 1h --age "
    "7d).":
        "Zahlen bei diesem Alter der Beiträge (z. B. 7d) statt --at; mehrfach angeben für mehrere Alter (z. B. "
        "--age 1h --age 7d).",
    "With --age: how long after the age a measurement may be.":
        "Mit --age: wie lange nach diesem Alter eine Messung liegen darf.",
    "Count quotes as interactions too.":
        "Zitate auch als Interaktionen zählen.",
    "Which interaction parts count when a part is known on one side only: common (parts every compared post "
    "knows), known (each group the parts all its posts know) or a list, e.g. likes,reposts.":
        "Welche Interaktionsarten zählen, wenn eine nur auf einer Seite bekannt ist: common (Arten, die jeder "
        "verglichene Beitrag kennt), known (je Gruppe die Arten, die alle ihre Beiträge kennen) oder eine "
        "Liste, z. B. likes,reposts.",
    "Largest time between two posts of a group.":
        "Größter Abstand zwischen zwei Beiträgen einer Gruppe.",
    "Similarity (0–100) from which slightly edited texts are paired; 100 turns fuzzy off.":
        "Ähnlichkeit (0–100), ab der leicht geänderte Texte gepaart werden; 100 schaltet den unscharfen "
        "Abgleich ab.",
    "File forcing or forbidding pairs.":
        "Datei, die Paare erzwingt oder verbietet.",
    "Do not leave out reposts.":
        "Reposts nicht auslassen.",
    "Charts on a logarithmic scale (default: linear).":
        "Diagramme mit logarithmischer Skala (Standard: linear).",
    "Write the report (xlsx, png, html) to this folder.":
        "Bericht (xlsx, png, html) in diesen Ordner schreiben.",
}
