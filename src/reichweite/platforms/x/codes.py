"""Codes X writes where a language belongs but none is meant (archive `lang`, API `lang`)."""

from __future__ import annotations

# und undetermined, zxx no linguistic content, qme media links only, qam mentions only, qht hashtags only,
# qct cashtags only, qst very short text, qbk and art: further labels X gives texts without a language
NO_LANGUAGE = frozenset({"und", "zxx", "qme", "qam", "qht", "qct", "qst", "qbk", "art"})


def languages(code: object) -> list[str]:
    """A tweet's `lang` as the post's languages: [] for X's pseudo-languages and anything that is not a code."""
    return [code] if isinstance(code, str) and code and code not in NO_LANGUAGE else []
