"""match_crossposts: the matching rules of docs/matching.md on small, readable cases."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from reichweite.analysis.matching import fuzzy_blocking
from reichweite.analysis.matching.crosspost import (
    PAIR_COLUMNS,
    Overrides,
    load_overrides,
    match_crossposts,
    normalize_texts,
)
from reichweite.analysis.matching.fuzzy_blocking import fuzzy_candidates
from reichweite.analysis.matching.greedy import greedy_one_to_one
from reichweite.analysis.matching.normalize import normalize_text
from reichweite.analysis.matching.reference import match_crossposts_brute_force
from reichweite.errors import InputError

T0 = pd.Timestamp("2025-03-01T08:00:00Z")


def frame(*posts: tuple[str, str, str]) -> pd.DataFrame:
    """(native_id, offset from T0 like '90min', text) → a posts frame."""
    return pd.DataFrame(
        {
            "native_id": [p[0] for p in posts],
            "created_at": pd.Series([T0 + pd.Timedelta(p[1]) for p in posts], dtype="datetime64[ns, UTC]"),
            "text": [p[2] for p in posts],
        }
    )


def as_tuples(pairs: pd.DataFrame) -> list[tuple[str, str, str]]:
    return list(zip(pairs["a_native_id"], pairs["b_native_id"], pairs["method"], strict=True))


def test_x_archive_text_matches_bluesky_text_with_link_card_and_handle() -> None:
    x = frame(
        (
            "1897001",
            "0min",
            "Unsere neue Ausstellung „Licht &amp; Schatten“ ist eröffnet! Danke @MuseumBerlin #Kunst #Berlin "
            "https://t.co/Xy12AbCdEf",
        ),
        ("1897002", "30min", "@someone danke!"),
    )
    bluesky = frame(
        (
            "at://did:plc:abc/app.bsky.feed.post/3lk2",
            "4min",
            "Unsere neue Ausstellung „Licht & Schatten“ ist eröffnet! Danke @museumberlin.bsky.social #kunst #Berlin\n"
            "museum-berlin.de/ausstellungen/licht-u...",
        ),
    )
    result = match_crossposts(x, bluesky)
    assert list(result.pairs.columns) == PAIR_COLUMNS
    assert as_tuples(result.pairs) == [("1897001", "at://did:plc:abc/app.bsky.feed.post/3lk2", "exact")]
    assert result.pairs["score"].tolist() == [100.0]
    assert result.pairs["delta_seconds"].tolist() == [240.0]
    assert result.unmatched_a == ["1897002"]
    assert result.unmatched_b == []


def test_nearest_in_time_wins_and_pairs_are_one_to_one() -> None:
    a = frame(("a1", "0min", "Good morning #photo"), ("a2", "60min", "Good morning #photo"))
    b = frame(("b1", "50min", "good morning photo"))
    result = match_crossposts(a, b)
    assert as_tuples(result.pairs) == [("a2", "b1", "exact")]
    assert result.pairs["delta_seconds"].tolist() == [-600.0]
    assert result.unmatched_a == ["a1"]


def test_greedy_takes_the_globally_nearest_pair_first() -> None:
    # b1 is nearest to a1 (5 min) but a2 is nearer still (1 min): a2-b1 first, then a1-b2.
    a = frame(("a1", "0min", "Sunset"), ("a2", "6min", "Sunset"))
    b = frame(("b1", "5min", "sunset"), ("b2", "-20min", "sunset"))
    assert as_tuples(match_crossposts(a, b).pairs) == [("a1", "b2", "exact"), ("a2", "b1", "exact")]


def test_window_edge_is_inclusive() -> None:
    a = frame(("a1", "0min", "Exactly twelve hours"), ("a2", "1D", "Just over twelve hours"))
    b = frame(
        ("b1", "12h", "exactly twelve hours"),
        ("b2", pd.Timedelta("1D") - pd.Timedelta("12h1s"), "just over twelve hours"),
    )
    result = match_crossposts(a, b)
    assert as_tuples(result.pairs) == [("a1", "b1", "exact")]
    assert result.unmatched_a == ["a2"] and result.unmatched_b == ["b2"]
    wider = match_crossposts(a, b, window=timedelta(hours=12, seconds=1))
    assert {p[:2] for p in as_tuples(wider.pairs)} == {("a1", "b1"), ("a2", "b2")}


def test_fuzzy_threshold_and_switch() -> None:
    a = frame(("a1", "0min", "Heute im Garten: die ersten Tulpen blühen #frühling"))
    b = frame(("b1", "3min", "Heute im Garten: die ersten Tulpen blühen schon #frühling"))
    result = match_crossposts(a, b, fuzzy_threshold=90)
    assert as_tuples(result.pairs) == [("a1", "b1", "fuzzy")]
    score = result.pairs["score"].iloc[0]
    assert 90 <= score < 100
    assert match_crossposts(a, b, fuzzy_threshold=score + 0.01).pairs.empty
    assert match_crossposts(a, b, fuzzy=False).pairs.empty


def test_exact_before_fuzzy_and_best_score_before_nearest() -> None:
    a = frame(("a1", "0min", "Daily prompt: lighthouse #art"))
    b = frame(
        ("b1", "1min", "Daily prompt: lighthouses #art"),  # near, fuzzy
        ("b2", "300min", "daily prompt: lighthouse art"),  # far, exact
    )
    assert as_tuples(match_crossposts(a, b).pairs) == [("a1", "b2", "exact")]
    a2 = frame(("a1", "0min", "Daily prompt: red lighthouse at dusk"))
    b2 = frame(
        ("b1", "1min", "Daily prompt: red lighthouses at dusks"),  # nearer, lower score
        ("b2", "90min", "Daily prompt: red lighthouse at dusk!"),  # later, higher score
    )
    pairs = match_crossposts(a2, b2).pairs
    assert as_tuples(pairs) == [("a1", "b2", "fuzzy")]


def test_turkish_dotted_capital_i_matches() -> None:
    a = frame(("a1", "0min", "İSTANBUL'DA BUGÜN HAVA ÇOK GÜZEL"))
    b = frame(("b1", "2min", "istanbul'da bugün hava çok güzel"))
    assert as_tuples(match_crossposts(a, b, fuzzy=False).pairs) == [("a1", "b1", "exact")]


def test_posts_without_words_are_never_matched_by_text() -> None:
    a = frame(("a1", "0min", "https://t.co/abc"), ("a2", "1min", "🔥🔥"), ("a3", "2min", "@bob"))
    b = frame(("b1", "0min", "example.com/x"), ("b2", "1min", "🔥"), ("b3", "2min", "@bob.bsky.social"))
    result = match_crossposts(a, b)
    assert result.pairs.empty
    assert result.unmatched_a == ["a1", "a2", "a3"]
    assert result.unmatched_b == ["b1", "b2", "b3"]


def test_unmatched_lists_are_in_created_at_order() -> None:
    a = frame(("a-late", "5h", "late"), ("a-early", "-2h", "early"), ("a-mid", "1h", "shared text here"))
    b = frame(("b-z", "3h", "zzz"), ("b-shared", "1h", "Shared text here"), ("b-a", "-1D", "aaa"))
    result = match_crossposts(a, b)
    assert result.unmatched_a == ["a-early", "a-late"]
    assert result.unmatched_b == ["b-a", "b-z"]


def test_deterministic_whatever_the_row_order() -> None:
    rng = random.Random(7)
    texts = ["Good morning #photo", "Good morning photo!", "Coffee time ☕", "coffee time", "New blog post"]
    a = frame(*[(f"a{i}", f"{rng.randrange(0, 600)}min", rng.choice(texts)) for i in range(40)])
    b = frame(*[(f"b{i}", f"{rng.randrange(0, 600)}min", rng.choice(texts)) for i in range(40)])
    first = match_crossposts(a, b)
    for seed in range(5):
        shuffled = match_crossposts(a.sample(frac=1, random_state=seed), b.sample(frac=1, random_state=seed + 9))
        pd.testing.assert_frame_equal(first.pairs, shuffled.pairs)
        assert first.unmatched_a == shuffled.unmatched_a and first.unmatched_b == shuffled.unmatched_b


def test_input_checks() -> None:
    good = frame(("a1", "0min", "x"))
    with pytest.raises(ValueError, match="lacks the column"):
        match_crossposts(good.drop(columns=["text"]), good)
    naive = good.assign(created_at=good["created_at"].dt.tz_localize(None))
    with pytest.raises(ValueError, match="time-zone aware"):
        match_crossposts(naive, good)
    with pytest.raises(ValueError, match="not unique"):
        match_crossposts(pd.concat([good, good]), good)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overrides.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_overrides_force_and_forbid(tmp_path: Path) -> None:
    a = frame(("1881000000000000001", "0min", "Good morning #photo"), ("1881000000000000002", "3h", "A quote card"))
    b = pd.DataFrame(
        {
            "native_id": ["at://did:plc:abc/app.bsky.feed.post/3kaaa", "at://did:plc:abc/app.bsky.feed.post/3kbbb"],
            "created_at": pd.to_datetime([T0 + pd.Timedelta("1min"), T0 + pd.Timedelta("2D")], utc=True),
            "text": ["good morning photo", "🖼️"],
        }
    )
    path = write(
        tmp_path,
        "action,a_id,b_id,note\n"
        "# the image-only post on Bluesky is the cross-post of the quote card, two days later\n"
        "force,https://x.com/alice/status/1881000000000000002,https://bsky.app/profile/alice.bsky.social/post/3kbbb,"
        "by hand\n"
        "forbid,1881000000000000001,at://did:plc:abc/app.bsky.feed.post/3kaaa,\n",
    )
    overrides = load_overrides(path)
    assert overrides.forced == [
        ("https://x.com/alice/status/1881000000000000002", "https://bsky.app/profile/alice.bsky.social/post/3kbbb")
    ]
    assert overrides.forbidden == {("1881000000000000001", "at://did:plc:abc/app.bsky.feed.post/3kaaa")}
    result = match_crossposts(a, b, overrides=overrides)
    assert as_tuples(result.pairs) == [("1881000000000000002", "at://did:plc:abc/app.bsky.feed.post/3kbbb", "forced")]
    assert result.pairs["delta_seconds"].iloc[0] == pytest.approx(2 * 86400 - 3 * 3600)
    assert result.unmatched_a == ["1881000000000000001"]
    without = match_crossposts(a, b)
    assert as_tuples(without.pairs) == [("1881000000000000001", "at://did:plc:abc/app.bsky.feed.post/3kaaa", "exact")]


def test_forced_pair_takes_posts_out_of_the_pool_and_unknown_ids_are_reported() -> None:
    a = frame(("a1", "0min", "same text"), ("a2", "1min", "same text"))
    b = frame(("b1", "1min", "same text"))
    overrides = Overrides(forced=[("a1", "b1"), ("a-gone", "b-gone")], forbidden=set())
    result = match_crossposts(a, b, overrides=overrides)
    assert as_tuples(result.pairs) == [("a1", "b1", "forced")]
    assert result.unmatched_a == ["a2"]
    assert result.unresolved_overrides == [("a-gone", "b-gone")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("action,a_id,b_id\nforce,1,2\nmerge,3,4\n", "row 3: action must be 'force' or 'forbid', not 'merge'"),
        ("action,a_id,b_id\nforce,1,\n", "row 2: both a_id and b_id are needed"),
        ("action,a_id\nforce,1\n", "row 1: header must name the columns action, a_id, b_id (missing: b_id)"),
        ("action,a_id,b_id\nforce,1,2\nforce,1,3\n", "row 3: post 1 is already forced into a pair in row 2"),
        ("action,a_id,b_id\nforce,1,2\nforbid,1,2\n", "row 3: pair 1 / 2 is both forced and forbidden"),
        ("", "row 1: empty overrides file"),
    ],
)
def test_overrides_file_errors_name_the_row(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(InputError) as info:
        load_overrides(path)
    assert str(info.value).startswith(f"{path}, {message}")


def test_overrides_semicolon_csv_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    path.write_bytes("\ufeffAction;A_ID;B_ID\nFORCE;1;2\n".encode())
    assert load_overrides(path).forced == [("1", "2")]


def _random_posts(rng: random.Random, prefix: str, n: int) -> pd.DataFrame:
    words = ["good", "morning", "photo", "sunset", "coffee", "today", "new", "post", "city", "walk", "rain", "art"]
    tails = ["", "!", " #art", " https://t.co/x", "s", " 🔥"]
    return frame(
        *[
            (
                f"{prefix}{i}",
                f"{rng.randrange(0, 3000)}min",
                " ".join(rng.choice(words) for _ in range(rng.randint(1, 5))) + rng.choice(tails),
            )
            for i in range(n)
        ]
    )


@pytest.mark.parametrize("seed", range(40))
def test_same_pairs_as_brute_force_on_random_posts(seed: int) -> None:
    rng = random.Random(seed)
    a, b = _random_posts(rng, "a", rng.randint(0, 60)), _random_posts(rng, "b", rng.randint(0, 60))
    window = timedelta(hours=rng.choice([1, 6, 12]))
    threshold = rng.choice([75.0, 85.0, 90.0])
    result = match_crossposts(a, b, window=window, fuzzy_threshold=threshold)
    expected = match_crossposts_brute_force(a, b, window=window, fuzzy_threshold=threshold)
    assert set(as_tuples(result.pairs)) == expected


@pytest.mark.parametrize("seed", range(10))
def test_greedy_rounds_equal_the_sequential_walk(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 3000
    a_index, b_index = rng.integers(0, 400, n), rng.integers(0, 300, n)
    rounds = greedy_one_to_one(a_index, b_index, 400, 300, sequential_below=0)
    walk = greedy_one_to_one(a_index, b_index, 400, 300, sequential_below=10**9)
    assert rounds.tolist() == walk.tolist()
    assert len(set(a_index[rounds].tolist())) == len(rounds) == len(set(b_index[rounds].tolist()))


def test_normalize_texts_on_several_processes_equals_one_by_one() -> None:
    rng = random.Random(3)
    pieces = [
        "Good",
        "morning",
        "#photo",
        "https://t.co/x",
        "@bob",
        "İstanbul",
        "Straße",
        "🔥",
        "&amp;",
        "example.com/a",
    ]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(500)]
    assert normalize_texts(texts, workers=2).tolist() == [normalize_text(t) for t in texts]
    assert normalize_texts(texts, workers=1).tolist() == [normalize_text(t) for t in texts]


def test_blocked_candidates_agree_with_scoring_every_pair_in_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dense posts (one a minute) with near-duplicate templates: blocking on rare words loses (almost) nothing."""
    rng = np.random.default_rng(11)
    vocab = np.array([f"w{i}x" for i in range(3000)], dtype=object)
    templates = ["good morning photo {n}", "daily prompt {w} art", "coffee time {w} {w}"]

    def texts(count: int) -> np.ndarray:
        out = []
        for _ in range(count):
            if rng.random() < 0.3:
                t = templates[rng.integers(0, 3)]
                while "{w}" in t:
                    t = t.replace("{w}", str(vocab[rng.integers(0, 300)]), 1)
                out.append(t.replace("{n}", str(rng.integers(1, 50))))
            else:
                out.append(" ".join(vocab[(rng.zipf(1.3, rng.integers(4, 25)) - 1) % len(vocab)]))
        return np.array(out, dtype=object)

    n = 3000
    texts_a = texts(n)
    texts_b = texts(n)
    copies = rng.choice(n, 600, replace=False)
    for i in copies:  # cross-posts with a small edit
        words = texts_a[i].split()
        words[rng.integers(0, len(words))] = str(vocab[rng.integers(0, len(vocab))])
        texts_b[i] = " ".join(words)
    minute = 60 * 10**9
    times_a = np.sort(rng.integers(0, n * minute, n))
    times_b = np.sort(rng.integers(0, n * minute, n))
    window = 240 * minute
    windowed = fuzzy_candidates(texts_a, times_a, texts_b, times_b, window, 90.0, method="windowed")
    blocked = fuzzy_candidates(texts_a, times_a, texts_b, times_b, window, 90.0, method="blocked")
    every = {(int(i), int(j)): s for i, j, s in zip(*windowed, strict=True)}
    found = {(int(i), int(j)): s for i, j, s in zip(*blocked, strict=True)}
    assert len(every) > 1000
    assert set(found) <= set(every)
    assert all(found[pair] == every[pair] for pair in found)
    assert len(found) >= 0.99 * len(every)

    # Many small batches on one thread, on two and on three threads, texts tokenised in small pieces: the very
    # same arrays, in the same order.
    monkeypatch.setattr(fuzzy_blocking, "_BLOCK_PAIRS", 5_000)
    monkeypatch.setattr(fuzzy_blocking, "_TOKEN_CHUNK", 333)
    results = [
        fuzzy_candidates(texts_a, times_a, texts_b, times_b, window, 90.0, method="blocked", threads=threads)
        for threads in (1, 2, 3)
    ]
    for result in [blocked, *results[1:]]:
        assert all(np.array_equal(x, y) for x, y in zip(results[0], result, strict=True))
        assert [x.dtype for x in result] == [np.dtype(np.int64), np.dtype(np.int64), np.dtype(np.float64)]


def test_histogram_distance_never_exceeds_the_indel_distance() -> None:
    import pyarrow as pa
    from rapidfuzz.distance import Indel

    from reichweite.analysis.matching.fuzzy_blocking import _ascii_histograms

    rng = random.Random(5)
    alphabet = "abcdefghij klmnopq.,äöü🔥ß0123"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    histograms = _ascii_histograms(pa.array(texts, type=pa.string()), chunk=37)
    assert np.array_equal(histograms, _ascii_histograms(pa.array(texts, type=pa.large_string()), chunk=41))
    for i in range(0, 400, 2):
        bound = int(np.abs(histograms[i].astype(int) - histograms[i + 1]).sum())
        assert bound <= Indel.distance(texts[i], texts[i + 1])


def test_word_codes_do_not_depend_on_the_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words encoded in first-occurrence order over A then B, whatever the pieces they were tokenised in."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from reichweite.analysis.matching.fuzzy_blocking import _tokens, _word_codes

    rng = random.Random(4)
    vocab = ["sun", "set", "#x", "a", "über", "straße", "photo", "...", "k2", "(hi)"]
    texts_a = np.array([" ".join(rng.choices(vocab, k=rng.randint(0, 9))) for _ in range(700)], dtype=object)
    texts_b = np.array([" ".join(rng.choices(vocab, k=rng.randint(0, 9))) for _ in range(500)], dtype=object)
    words_a, parent_a = _tokens(pa.array(texts_a, type=pa.string()))
    words_b, parent_b = _tokens(pa.array(texts_b, type=pa.string()))
    encoded = pc.dictionary_encode(pa.chunked_array([words_a, words_b])).unify_dictionaries()
    codes = np.concatenate([chunk.indices.to_numpy() for chunk in encoded.chunks])
    expected = (codes[: len(words_a)], parent_a, codes[len(words_a) :], parent_b, np.bincount(codes))
    for chunk in (10**6, 64, 7):
        monkeypatch.setattr(fuzzy_blocking, "_TOKEN_CHUNK", chunk)
        got = _word_codes(texts_a, texts_b)
        assert all(np.array_equal(x, y) for x, y in zip(got, expected, strict=True)), chunk


def test_arrow_splits_words_at_exactly_the_whitespace_python_splits_at() -> None:
    """The fuzzy step tokenises with Arrow's utf8_split_whitespace; the rules use str.split: every code point is
    whitespace to both or to neither."""
    import sys

    import pyarrow as pa
    import pyarrow.compute as pc

    texts = [f"a{chr(c)}b" for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    arrow = pc.utf8_split_whitespace(pa.array(texts)).to_pylist()
    differ = [hex(ord(text[1])) for text, words in zip(texts, arrow, strict=True) if words != text.split()]
    assert differ == []
