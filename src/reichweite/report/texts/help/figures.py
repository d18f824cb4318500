"""German help of the commands of cli/figures.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "An account's posts with kind and their figures as of a date (default: now). Followers-only posts only with"
    " --visibility private (how many were left out is said).":
        "Die Beiträge eines Kontos mit Art und ihren Zahlen zu einem Stichtag (Standard: jetzt). Beiträge nur "
        "für Follower nur mit --visibility private (wie viele ausgelassen wurden, wird gesagt).",
    "e.g. bluesky:alice.bsky.social":
        "z. B. bluesky:alice.bsky.social",
    "Followers, following and posts of an account as of a date (the latest account snapshot ≤ --at); with "
    "--from/--to/--every of one or more accounts at the end of each day, week or month, with the change. "
    "Several accounts with --at (default: now): the same records as --every, of one step ending at --at.":
        "Follower, gefolgte Konten und Beiträge eines Kontos zu einem Stichtag (die letzte Messung des Kontos ≤"
        " --at); mit --from/--to/--every von einem oder mehreren Konten am Ende jedes Tages, jeder Woche oder "
        "jedes Monats, mit der Veränderung. Mehrere Konten mit --at (Standard: jetzt): dieselben Zeilen wie mit"
        " --every, für einen Schritt, der mit --at endet.",
    "PLATFORM:HANDLE, or just PLATFORM for every account of it; several PLATFORM:HANDLE with "
    "--from/--to/--every.":
        "PLATFORM:HANDLE, oder nur PLATFORM für alle ihre Konten; mehrere PLATFORM:HANDLE mit "
        "--from/--to/--every.",
    "Polls with options, votes, views and participation (= votes / views; unknown where views are unknown).":
        "Umfragen mit Antworten, Stimmen, Aufrufen und Beteiligung (= Stimmen / Aufrufe; unbekannt, wo die "
        "Aufrufe unbekannt sind).",
    "PLATFORM:HANDLE or PLATFORM (default: every platform).":
        "PLATFORM:HANDLE oder PLATFORM (Standard: alle Plattformen).",
    "Also write polls.html and polls.xlsx here.":
        "Auch polls.html und polls.xlsx hierhin schreiben.",
}
