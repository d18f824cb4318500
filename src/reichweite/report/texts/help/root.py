"""German help of the root command `reichweite` (cli/__init__.py), keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Measure and compare reach across Bluesky, X, Mastodon, LinkedIn and Xing.":
        "Misst und vergleicht Reichweite auf Bluesky, X, Mastodon, LinkedIn und Xing.",
    "Show the version.":
        "Zeigt die Version.",
    "Largest archive member unpacked (default 1GB).":
        "Größte Datei, die aus einem Archiv entpackt wird (Standard 1GB).",
    "Limits":
        "Grenzen",
    "Most bytes unpacked from one archive (default 4GB).":
        "Höchstzahl der Bytes, die aus einem Archiv entpackt werden (Standard 4GB).",
    "Highest compression ratio of an archive member (default 100).":
        "Höchstes Kompressionsverhältnis einer Datei im Archiv (Standard 100).",
    "Longest JSON line; longer ones count as malformed (default 16MB).":
        "Längste JSON-Zeile; längere gelten als fehlerhaft (Standard 16MB).",
    "Most cells a worksheet may span (default 20,000,000).":
        "Höchstzahl der Zellen eines Tabellenblatts (Standard 20.000.000).",
    "Most columns a worksheet may span (default 1,000).":
        "Höchstzahl der Spalten eines Tabellenblatts (Standard 1.000).",
}
