"""The one text normalisation used to decide whether two posts say the same thing.

Every comparison of post texts (cross-post matching here, and the DuckDB/Spark engines) calls `normalize_text`, so
that all of them agree on edge cases such as the Turkish dotted capital İ. The rules, in order:

1. HTML entities are unescaped (X archives store ``&amp;``, ``&gt;``), repeatedly, so ``&amp;amp;`` becomes ``&``.
2. Unicode NFKC (full-width letters, ligatures, the ellipsis "…" becomes "...").
3. Case folding, language-independent: İ (U+0130), I, ı (U+0131) and i all become ``i`` (a combining dot above
   after an i is dropped); ß and ẞ become ``ss``; then ``str.casefold`` and NFKC again.
4. Links are removed: anything with a scheme (``https://t.co/…``), ``www.…``, and bare domains with a known
   top-level domain, with or without a path (``example.com/x``, ``laviedesidees.fr/L-HCERES-et-...``). The
   ``...`` with which Bluesky and X shorten a displayed link belongs to the link and goes with it, also when the
   cut falls inside the domain (``medialab.sciencespo...``).
5. Mentions are removed: ``@user`` (X), ``@handle.bsky.social`` (Bluesky), ``@user@instance.social`` (Mastodon).
   An e-mail address is not a mention and stays.
6. The ``#`` of a hashtag is dropped, the word stays (``#photo`` → ``photo``).
7. Emoji and other pictographic symbols (Unicode category So, skin tones, variation selectors, keycaps, tags) are
   dropped, as are invisible format characters (zero-width space and joiner, bidi marks, soft hyphen).
   Platforms and cross-posting tools render emoji differently (❤ vs ❤️), so they never decide a match.
8. A trailing ellipsis or dangling separator left by a removed link card (``Read more: …``, ``… →``) is removed.
9. Whitespace is collapsed to single spaces and trimmed.

The function is idempotent (normalising a normalised text changes nothing) and never raises for any ``str``.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from reichweite import registry
from reichweite.analysis.matching.arrow_strings import offsets_and_bytes

# Generic top-level domains accepted for bare domains (without http:// or www.), besides any two-letter country code.
# Kept short on purpose: a common word after a missing space ("Hello.World") should not read as a link. A link with
# a scheme or www. is removed whatever its top-level domain.
_GENERIC_TLDS = (
    "com net org edu gov mil int info biz name pro mobi aero coop museum jobs travel asia xxx app dev page blog "
    "news social blue xyz online site website tech link email club shop store space media press science network "
    "systems cloud digital global wiki zone city studio design academy agency company group team community "
    "foundation institute university education church health photography gallery video film audio games chat "
    "forum host hosting software codes tools solutions services consulting support eus gal berlin hamburg koeln "
    "cologne bayern nrw ruhr saarland wien paris london nyc tokyo swiss bzh scot wales amsterdam brussels moe "
    "ninja guru rocks lol wtf icu vip fyi gmbh ltd inc"
)
_TLD = "(?:[a-z]{2}|" + "|".join(sorted(set(_GENERIC_TLDS.split()), key=lambda t: (-len(t), t))) + ")"

# Links with a scheme or www.; each regex starts with a literal, so the engine jumps from candidate to candidate.
_SCHEME_LINK = re.compile(r"(?:https?|ftp)://\S*")
_OTHER_LINK = re.compile(r"www(?<![\w@.]www)\d?\.\S+|at://\S*")
# Bare domains (+ path), and display links cut short inside the domain ("medialab.sciencespo..."). Applied to the
# whitespace-separated words that contain a dot followed by two letters (a domain never spans whitespace).
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\."
_DOMAIN = re.compile(
    r"(?<![\w@.\-/])(?:"
    r"(?:" + _LABEL + r")+" + _TLD + r"(?![\w-])(?:[/?#:]\S*)?"
    r"|(?:" + _LABEL + r")+[a-z0-9-]+\S*?\.\.\.+(?!\S)"
    r")"
)
# Every bare domain has a dot followed by two letters: texts without one skip _DOMAIN.
_DOMAIN_HINT = re.compile(r"\.[a-z]{2}")
_DOMAIN_HINT_ANY_CASE = re.compile(r"\.[a-zA-Z]{2}")
# '@' first so that the engine searches for it; the look-behind then checks the character before it.
_MENTION = re.compile(registry.mention_pattern())  # the mention forms of every platform in the registry
_ALNUM = re.compile(r"[^\W_]")
_HASH = re.compile(r"#+(?=\w)")
_SEPARATORS = " :;,|/-\u2013\u2014\u2192\u21d2\u00bb>\u00b7\u2022"
_TRAILING = frozenset(_SEPARATORS + ".")  # a text ending in none of these has nothing for rule 8 to remove
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i", "I": "i", "\u1e9e": "ss"})


def _dropped_characters() -> dict[int, str]:
    """Translation table for rule 7: category So (emoji, pictographs) and Cf (format), plus emoji parts → space."""
    table: dict[int, str] = {}
    for cp in range(0x80, sys.maxunicode + 1):
        if 0x32000 <= cp < 0xE0000:
            continue  # no So or Cf characters there
        if unicodedata.category(chr(cp)) in ("So", "Cf") or 0x1F3FB <= cp <= 0x1F3FF or cp in (0xFE0E, 0xFE0F):
            table[cp] = " "
    return table


_DROP = _dropped_characters()

# Rule 7 touches only non-ASCII characters (every key of _DROP is ≥ 0x80): translating the runs of them alone is the
# same as translating the whole text, and faster for texts that are mostly ASCII.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _drop_run(match: re.Match[str]) -> str:
    return match[0].translate(_DROP)


def _unescape(text: str) -> str:
    while "&" in text:
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return text


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DOTTED_I)
    text = text.casefold().replace("i\u0307", "i")
    return unicodedata.normalize("NFKC", text)


def _strip_trailing(text: str) -> str:
    """Drop a trailing ellipsis and dangling separators ("Read more: …", "… →") left by a removed link card."""
    if not text or text[-1] not in _TRAILING:
        return text
    while True:
        stripped = text.rstrip(_SEPARATORS)
        if stripped.endswith("..."):
            stripped = stripped.rstrip(".")
        if stripped == text:
            return text
        text = stripped


def _one_pass(text: str) -> str:
    if "&" in text:
        text = _unescape(text)
    text = text.lower() if text.isascii() else _fold(text)
    if "://" in text:
        text = _SCHEME_LINK.sub(" ", text)
    if "www" in text or "at://" in text:
        text = _OTHER_LINK.sub(" ", text)
    if "." in text and _DOMAIN_HINT.search(text):
        text = " ".join(_DOMAIN.sub(" ", word) if _DOMAIN_HINT.search(word) else word for word in text.split())
    if "@" in text:
        text = _MENTION.sub(" ", text)
    if "#" in text:
        text = _HASH.sub("", text)
    if not text.isascii():
        text = _NON_ASCII_RUN.sub(_drop_run, text)
    text = " ".join(text.split())
    return _strip_trailing(text)


def _may_change_again(text: str) -> bool:
    """False when a second pass provably changes nothing (ASCII, no entity, mention, hashtag or link left)."""
    return (
        not text.isascii()
        or "&" in text
        or "@" in text
        or "#" in text
        or "://" in text
        or "www" in text
        or ("." in text and _DOMAIN_HINT.search(text) is not None)
    )


def normalize_text(text: str) -> str:
    """The text as used for matching: see the module docstring for the rules. '' for None or empty input."""
    if not text:
        return ""
    if (
        text.isascii()
        and "&" not in text
        and "@" not in text
        and "#" not in text
        and "://" not in text
        and "www" not in text
        and ("." not in text or _DOMAIN_HINT_ANY_CASE.search(text) is None)
    ):
        # Plain ASCII text without entities, mentions, hashtags or links: only rules 3, 8 and 9 apply, once.
        return _strip_trailing(" ".join(text.lower().split()))
    result = _one_pass(text)
    # Removing a link or an emoji can bring pieces together that a rule acts on (an entity, a '#'): repeat until
    # nothing changes, so that the result is a fixed point. Almost every text is stable after the first pass.
    for _ in range(8):
        if not _may_change_again(result):
            break
        again = _one_pass(result)
        if again == result:
            break
        result = again
    return result


def is_matchable(normalized: str) -> bool:
    """A normalised text takes part in matching only if it has a letter or digit (not just punctuation)."""
    return _ALNUM.search(normalized) is not None


# Bulk path (Arrow compute, RE2; Arrow's kernels release the GIL) for the common case: ASCII text without entities,
# mentions, control characters other than tab and newline, or links other than scheme links. On such text
# `normalize_text` lower-cases, replaces scheme links by a space, drops the '#' before a word character, collapses
# whitespace and cleans up the end, and stops after that one pass when the result holds no '#', '://', 'www' or dot
# followed by two letters; every other text is left to `normalize_text`.
# tests/analysis/matching/test_normalize_fast_paths.py checks this path against `normalize_text`
# (hypothesis, real texts).
_BULK_REFUSED = r"[^\t\n\x20-\x25\x27-\x3f\x41-\x7e]"  # non-ASCII, '&', '@', other control characters
_BULK_LINK = r"(?:https?|ftp)://[^ \t\n]*"  # _SCHEME_LINK, with \S reduced to what the refused characters leave
_BULK_HASH = r"#+([0-9A-Za-z_])"  # _HASH (the word character is put back)
_BULK_LONE_HASH = r"#(?:[^#0-9A-Za-z_]|$)"  # a '#' that _HASH keeps: without one, every '#' goes
_BULK_SPACING = r"[\t\n]|  |^ | $"
_BULK_SPACES = r"[ \t\n]{2,}|[\t\n]"  # whitespace that is not a single space
_BULK_SEPARATORS = "".join(c for c in _SEPARATORS if c.isascii())
_BULK_TRAILING = "(?:[" + re.escape(_BULK_SEPARATORS) + r"]|\.{3,})+$"  # _strip_trailing in one match
_BULK_AGAIN = r"#|www|://|\.[a-z]{2}"  # what a second pass would act on (cf. _may_change_again)
_BULK_THREADS = 2
_BULK_CHUNK = 50_000  # texts per thread task


def _replace_where(
    values: pa.Array, mask: np.ndarray, pattern: str, replacement: str, literal: bool = False
) -> pa.Array:
    """`values` with the (regex or literal) replacement applied only to the rows where `mask` is true."""
    if not mask.any():
        return values
    arrow_mask = pa.array(mask)
    selected = pc.filter(values, arrow_mask)
    if literal:
        changed = pc.replace_substring(selected, pattern, replacement)
    else:
        changed = pc.replace_substring_regex(selected, pattern, replacement)
    return pc.replace_with_mask(values, arrow_mask, changed)


def _where(values: pa.Array, mask: np.ndarray, pattern: str) -> np.ndarray:
    """Rows where `mask` is true and the regex matches."""
    found = np.zeros(len(values), dtype=bool)
    if mask.any():
        found[mask] = np.asarray(pc.match_substring_regex(pc.filter(values, pa.array(mask)), pattern))
    return found


def _last_bytes(values: pa.Array) -> np.ndarray:
    """The last byte of each text (string array without nulls), 0 for an empty text."""
    offsets, data = offsets_and_bytes(values)
    last = np.zeros(len(values), dtype=np.uint8)
    filled = offsets[1:] > offsets[:-1]
    if filled.any():
        last[filled] = data[offsets[1:][filled] - 1]
    return last


def _bulk(texts: pa.Array) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """(results, taken, matchable) of one piece of normalize_bulk; texts: large_string without nulls."""
    taken = ~np.asarray(pc.match_substring_regex(texts, _BULK_REFUSED))
    result = pc.ascii_lower(texts)
    links = np.asarray(pc.match_substring(result, "://")) & taken
    result = _replace_where(result, links, _BULK_LINK, " ")
    # What is left of '://' after the scheme links (e.g. 'at://') is for the other rules: not this path.
    taken &= ~_where(result, links, "://")
    hashes = np.asarray(pc.match_substring(result, "#")) & taken
    lone = _where(result, hashes, _BULK_LONE_HASH)
    result = _replace_where(result, hashes & ~lone, "#", "", literal=True)
    result = _replace_where(result, lone, _BULK_HASH, r"\1")
    spaced = links | _where(result, taken & ~links, _BULK_SPACING)
    result = _replace_where(result, spaced, _BULK_SPACES, " ")
    result = _replace_where(result, spaced, r"^ | $", "")
    trailing = np.isin(_last_bytes(result), np.frombuffer((_BULK_SEPARATORS + ".").encode(), dtype=np.uint8))
    result = _replace_where(result, trailing & taken, _BULK_TRAILING, "")
    taken &= ~_where(result, taken, _BULK_AGAIN)
    matchable = _where(result, taken, "[0-9a-z]")
    return result, taken, matchable


def normalize_bulk(texts: pa.Array) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """`normalize_text` of many texts (an Arrow string array) at once, where that provably gives the same result.

    Returns (normalised texts as large_string, taken, matchable): `taken` says for which texts this path was
    taken (the others — non-ASCII, entities, mentions, links other than scheme links, results a second pass would
    change, null — are left to `normalize_text`; their entries in the results are meaningless), `matchable` is
    `is_matchable` of each taken result. Runs on two threads.
    """
    texts = texts.cast(pa.large_string())
    valid = ~np.asarray(texts.is_null()) if texts.null_count else None
    if valid is not None:
        texts = texts.fill_null("")
    # Pieces of _BULK_CHUNK texts keep the intermediate copies small; the threads take them in turn.
    pieces = [texts.slice(start, _BULK_CHUNK) for start in range(0, len(texts), _BULK_CHUNK)] or [texts]
    with ThreadPoolExecutor(max_workers=_BULK_THREADS) as pool:
        parts = list(pool.map(_bulk, pieces))
    result = pa.concat_arrays([part[0] for part in parts])
    del pieces
    taken = np.concatenate([part[1] for part in parts])
    matchable = np.concatenate([part[2] for part in parts])
    if valid is not None:
        taken &= valid
    return result, taken, matchable
