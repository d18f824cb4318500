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
_MENTION = re.compile(r"@(?<![\w@/]@)[\w][\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?")
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
        text = text.translate(_DROP)
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
