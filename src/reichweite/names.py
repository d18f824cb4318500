"""How names and header words are compared: case, umlauts and punctuation do not count ("E.ON SE" = "eon se").

Used by the table readers (header words, "n/a" cells) and by the matching of company names (analysis.company_names).
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "&": " und "})
ISIN_PATTERN = re.compile(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")


def normalise(name: str) -> str:
    """Lower case, umlauts spelled out, dots dropped, other punctuation as spaces: 'E.ON SE' → 'eon se'."""
    text = unicodedata.normalize("NFKC", name).casefold().translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace(".", "")
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())
