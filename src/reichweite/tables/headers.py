"""The words a table's header may use for each column, German and English, and the header a template writes.

A header cell is compared by `header_key`: case, umlauts (ä = ae), spaces, hyphens and punctuation do not count,
so "Gefällt mir", "gefaellt-mir" and "GEFÄLLT_MIR" are one column. Each column of a layout accepts its own name
(`observed_at`) and the words listed here (`Stichtag`, `Measured at` …); a layout may add words of its own
(`Datum` is the publication date in the posts layout, the measurement date in the accounts layout).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
MAX_OPTIONS = 10  # poll options a polls table may hold (option_1 … option_10)


def header_key(text: object) -> str:
    """'Gefällt mir' → 'gefaellt_mir'; ' Post-URL ' → 'post_url'."""
    value = unicodedata.normalize("NFKC", str(text)).strip().lstrip("\ufeff").casefold().translate(_TRANSLIT)
    value = "".join(ch for ch in unicodedata.normalize("NFKD", value) if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "_", value).strip("_")


# column → the words people write for it; the first is the German header of a template
WORDS: dict[str, tuple[str, ...]] = {
    "platform": ("Plattform", "Platform", "Netzwerk", "Network", "Kanal", "Channel"),
    "author": ("Konto", "Account", "Autor", "Author", "Handle"),
    "handle": ("Konto", "Account", "Handle", "Profil", "Profile"),
    "post_url": ("Link", "URL", "Post URL", "Post Link", "Beitragslink", "Link zum Beitrag", "Beitrags-URL"),
    "post_id": ("ID", "Post ID", "Beitrags-ID"),
    "created_at": ("Datum", "Date", "Veröffentlicht", "Veröffentlicht am", "Published", "Gepostet", "Posted",
                   "Erstellt", "Created"),
    "text": ("Text", "Beitrag", "Inhalt", "Post", "Content"),
    "observed_at": ("Stichtag", "Measured at", "Gemessen", "Gemessen am", "Messzeitpunkt", "Measured", "As of",
                    "Abgerufen", "Abgerufen am", "Stand"),
    "likes": ("Gefällt mir", "Likes", "Like", "Reaktionen", "Reactions", "Favs", "Favoriten"),
    "replies": ("Antworten", "Replies", "Kommentare", "Comments"),
    "reposts": ("Reposts", "Geteilt", "Repost", "Retweets", "Shares", "Boosts", "Teilungen"),
    "quotes": ("Zitate", "Quotes", "Zitiert", "Quote posts"),
    "views": ("Aufrufe", "Views", "Impressionen", "Impressions", "Ansichten"),
    "followers": ("Follower", "Followers", "Abonnenten", "Fans"),
    "following": ("Folgt", "Following", "Gefolgt"),
    "posts": ("Beiträge", "Posts", "Tweets"),
    "question": ("Frage", "Question", "Umfrage", "Poll"),
    "votes": ("Stimmen gesamt", "Votes", "Total votes", "Stimmen"),
    "voters": ("Abstimmende", "Voters", "Teilnehmende"),
    "company": ("Unternehmen", "Company", "Firma"),
    "followers_shown": ("Follower angezeigt", "Followers shown"),
    "employees": ("Mitarbeiter", "Employees", "Mitarbeitende", "Beschäftigte"),
    "employees_shown": ("Mitarbeiter angezeigt", "Employees shown"),
}
for _n in range(1, MAX_OPTIONS + 1):
    WORDS[f"option_{_n}"] = tuple(f"{w} {_n}" for w in ("Option", "Antwort", "Antwortmöglichkeit", "Choice",
                                                        "Answer"))
    WORDS[f"votes_{_n}"] = tuple(f"{w} {_n}" for w in ("Stimmen", "Votes"))

# words a layout adds for its columns (or uses instead: the layout's entry replaces the shared one)
LAYOUT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "accounts": {"observed_at": (*WORDS["observed_at"], "Datum", "Date")},
    "companies": {"observed_at": (*WORDS["observed_at"], "Datum", "Date")},
}


def words(layout: str, column: str) -> tuple[str, ...]:
    return LAYOUT_WORDS.get(layout, {}).get(column) or WORDS.get(column, ())


def aliases(layout: str, columns: Iterable[str]) -> dict[str, str]:
    """header_key of every accepted word → the column it names, for one layout. A column's own name always names
    that column; a word naming two of the layout's columns is a mistake in this module (ValueError)."""
    columns = list(columns)
    own = {header_key(c): c for c in columns}  # a column's own name always names it
    out = dict(own)
    for column in columns:
        for word in words(layout, column):
            key = header_key(word)
            if key in own:
                continue
            if out.get(key, column) != column:
                raise ValueError(f"{layout} layout: {word!r} would name both {out[key]} and {column}")
            out[key] = column
    return out


def template_header(layout: str, column: str, lang: str) -> str:
    """The header a template writes: German words in German, the column's own name in English."""
    if lang == "de" and (found := words(layout, column)):
        return found[0]
    return column

