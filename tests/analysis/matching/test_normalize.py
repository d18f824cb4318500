"""normalize_text: the rules of docs/matching.md, on made-up and on real posts."""

from __future__ import annotations

import html
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reichweite.analysis.matching.normalize import is_matchable, normalize_text
from tests import support

FIXTURES = support.FIXTURES / "analysis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # case folding, incl. Turkish dotted/dotless i and German sharp s
        ("İstanbul", "istanbul"),
        ("ISTANBUL", "istanbul"),
        ("ıstanbul", "istanbul"),
        ("i\u0307stanbul", "istanbul"),  # i + combining dot above, as casefold('İ') gives
        ("Straße", "strasse"),
        ("STRAẞE", "strasse"),
        ("ＦＵＬＬ width", "full width"),
        # whitespace
        ("  many \n\n  spaces\there\u00a0too ", "many spaces here too"),
        # links
        ("Neuer Beitrag https://t.co/Ab3dE9xYz1", "neuer beitrag"),
        ("see http://example.org/a?b=1#c now", "see now"),
        ("see www.example.org/page now", "see now"),
        ("see example.com/x now", "see now"),
        ("see example.com now", "see now"),
        ("laviedesidees.fr/L-HCERES-et-... par", "par"),
        ("youtu.be/k8zZUYV_yl4?...", ""),
        ("x.com/milahu104/stat\u2026", ""),
        ("bsky.app/profile/did:... and more", "and more"),
        ("article : medialab.sciencespo....", "article"),
        # not links
        ("milahu/darknet-git-hosting-services", "milahu/darknet-git-hosting-services"),
        ("e.g. z.B. u.a. i.e. 3.50 EUR v1.2", "e.g. z.b. u.a. i.e. 3.50 eur v1.2"),
        ("Hello.World", "hello.world"),
        # mentions: X, Bluesky, Mastodon; e-mail addresses stay
        ("@SamaHoole thanks", "thanks"),
        ("thanks @alice.bsky.social and @digitalmethods.net!", "thanks and !"),
        ("thanks @bob@mastodon.social", "thanks"),
        ("mail bob@example.com", "mail bob@example.com"),
        # hashtags keep their word
        ("Good morning #photo #Art", "good morning photo art"),
        ("##double", "double"),
        ("# alone", "# alone"),
        # HTML entities as in X archives
        ("Q&amp;A &gt; quote &lt;3", "q&a > quote <3"),
        ("&amp;amp;", "&"),
        # emoji and invisible characters are dropped
        ("Sunset 🌅🔥 at the lake ❤️", "sunset at the lake"),
        ("thumbs 👍🏽 up", "thumbs up"),
        ("zero\u200bwidth and \u202cbidi", "zero width and bidi"),
        # trailing ellipsis and separators left by link cards
        ("Read more: https://t.co/abc", "read more"),
        ("A long text that was cut… https://t.co/abc", "a long text that was cut"),
        ("New post → https://example.com/p/1", "new post"),
        ("The end.", "the end."),
    ],
)
def test_rules(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_turkish_and_german_fold_alike() -> None:
    assert normalize_text("İSTANBUL'DA GÜZEL BİR GÜN") == normalize_text("istanbul'da güzel bir gün")
    assert normalize_text("Die STRASSE") == normalize_text("die Straße")


def test_empty_and_unmatchable() -> None:
    assert normalize_text("") == ""
    assert normalize_text("https://t.co/x @a #") == "#"
    assert not is_matchable(normalize_text("https://t.co/x @user 🔥🔥"))
    assert not is_matchable(normalize_text("!!! ..."))
    assert is_matchable(normalize_text("#photo"))


@settings(max_examples=800, deadline=None)
@given(st.text())
def test_idempotent_on_any_text(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip()
    assert "  " not in once


_PIECES = st.sampled_from(
    list("aAİıIi#@&;./:-… ßẞ\u0307\u200b😀☕\ufe0f\u00a0\u0301")
    + [
        "&amp;",
        "&#35;",
        "https://",
        "www.",
        ".com",
        ".de",
        "t.co/",
        "@x.bsky.social",
        "...",
        "&gt",
        "ǰ",
        "ﬁ",
        "→",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_idempotent_on_tricky_pieces(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


def _bluesky_by_hand(text: str, facets: list[dict]) -> str:
    """What a careful person does: cut the link and mention spans the platform marked, drop the '#' of tags."""
    raw = text.encode("utf-8")
    cuts = []
    for facet in facets:
        kind = facet["features"][0]["$type"].rsplit("#", 1)[-1]
        start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
        if kind in ("link", "mention"):
            cuts.append((start, end, b" "))
        elif kind == "tag" and raw[start : start + 1] == b"#":
            cuts.append((start, start + 1, b""))
    for start, end, replacement in sorted(cuts, reverse=True):
        raw = raw[:start] + replacement + raw[end:]
    return raw.decode("utf-8")


def test_real_bluesky_posts_lose_exactly_their_links_and_mentions() -> None:
    items = json.loads((FIXTURES / "bluesky-posts-with-facets.json").read_text(encoding="utf-8"))
    checked = 0
    for item in items:
        record = item.get("post", item)["record"]
        text, facets = record["text"], record.get("facets", [])
        normalized = normalize_text(text)
        assert normalized == normalize_text(_bluesky_by_hand(text, facets)), text
        for facet in facets:
            feature = facet["features"][0]
            span = text.encode("utf-8")[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode("utf-8")
            if feature["$type"].endswith("#link"):
                assert span.casefold().rstrip(".…") not in normalized
            elif feature["$type"].endswith("#mention"):
                assert span.casefold() not in normalized
            elif feature["$type"].endswith("#tag"):
                assert feature["tag"].casefold() in normalized
        checked += 1
    assert checked == len(items) >= 10


def test_real_x_archive_tweets_lose_tco_links_mentions_and_entities() -> None:
    raw = (FIXTURES / "tweets-selection.js").read_text(encoding="utf-8")
    tweets = [item["tweet"] for item in json.loads(raw[raw.index("[") :])]
    assert len(tweets) == 14
    for tweet in tweets:
        text, entities = tweet["full_text"], tweet["entities"]
        by_hand = html.unescape(text)
        for url in entities.get("urls", []) + entities.get("media", []):
            by_hand = by_hand.replace(url["url"], " ")
        for mention in entities.get("user_mentions", []):
            by_hand = re.sub("@" + re.escape(mention["screen_name"]) + r"\b", " ", by_hand, flags=re.IGNORECASE)
        for tag in entities.get("hashtags", []):
            by_hand = by_hand.replace("#" + tag["text"], tag["text"])
        normalized = normalize_text(text)
        assert "t.co" not in normalized and "&amp;" not in normalized and "&gt;" not in normalized
        assert "@" not in normalized
        # rule 8: what is left dangling before a removed link (", ...", ":") goes as well
        by_hand = re.sub(r"[\s:,]*(?:\.\.\.|…)?[\s:,]*$", "", " ".join(by_hand.casefold().split()))
        assert normalized == by_hand, text
