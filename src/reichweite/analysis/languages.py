"""Language shares of posts: the counting rules, shares per period, the Wilson interval, the agreement matrix.

Pure functions over the tables an engine (reichweite.engines) produced; nothing here reads files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

NONE = "none"  # a post that declares no language
RULES = ("first", "any", "detected")
PERIODS = ("day", "week", "month")
DETECT_MODES = ("none", "missing", "all")


@dataclass
class LanguageTables:
    """What an engine counted. Every engine returns exactly these frames, sorted, so they compare equal.

    counts:    period, rule (first|any|detected), lang, posts
    periods:   period, posts, declared, undeclared, detected   (unique posts per period)
    agreement: declared (first declared or "none"), detected, posts
    stats:     events, malformed, post_creates, posts, duplicates, deletes, updates, other_collections,
               identity, account, files
    """

    counts: pd.DataFrame
    periods: pd.DataFrame
    agreement: pd.DataFrame
    stats: dict[str, int]
    by: str = "day"
    detect: str = "missing"
    tz: str = "UTC"  # time zone whose calendar days, weeks and months the periods are
    engine: str = "duckdb"
    notes: list[str] = field(default_factory=list)


def normalize_tables(counts: pd.DataFrame, periods: pd.DataFrame, agreement: pd.DataFrame
                     ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Same column types and row order whatever engine made them."""
    counts = counts.astype({"period": str, "rule": str, "lang": str, "posts": "int64"})
    counts = counts.sort_values(["period", "rule", "lang"]).reset_index(drop=True)
    periods = periods.astype({"period": str, "posts": "int64", "declared": "int64", "undeclared": "int64",
                              "detected": "int64"}).sort_values("period").reset_index(drop=True)
    agreement = agreement.astype({"declared": str, "detected": str, "posts": "int64"})
    agreement = agreement.sort_values(["declared", "detected"]).reset_index(drop=True)
    return counts, periods, agreement


def wilson_interval(successes: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """95 % Wilson score interval for a proportion (stays inside [0, 1], sensible for small shares)."""
    if n <= 0:
        return (math.nan, math.nan)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return (low, high)


def _denominator(periods: pd.DataFrame, rule: str) -> pd.Series:
    column = "detected" if rule == "detected" else "posts"
    return periods.set_index("period")[column]


def shares(tables: LanguageTables, rule: str = "first") -> pd.DataFrame:
    """Per period and language: posts, the period's posts (the denominator), share.

    first/any: denominator = all unique posts of the period (undeclared ones count as "none");
    with "any" a post with two languages counts for both, so shares sum to more than 100 %.
    detected: denominator = the posts that went through detection (all posts, or only undeclared ones).
    """
    if rule not in RULES:
        raise ValueError(f"rule must be one of {RULES}")
    frame = tables.counts[tables.counts["rule"] == rule][["period", "lang", "posts"]].copy()
    totals = _denominator(tables.periods, rule)
    frame["total"] = frame["period"].map(totals).astype("int64")
    frame["share"] = frame["posts"] / frame["total"].where(frame["total"] > 0)
    return frame.reset_index(drop=True)


def overall_shares(tables: LanguageTables, rule: str = "first") -> pd.DataFrame:
    """Shares over the whole time span, largest first."""
    frame = tables.counts[tables.counts["rule"] == rule].groupby("lang", as_index=False)["posts"].sum()
    total = int(tables.periods["detected" if rule == "detected" else "posts"].sum())
    frame["share"] = frame["posts"] / total if total else math.nan
    return frame.sort_values(["posts", "lang"], ascending=[False, True]).reset_index(drop=True)


def language_share(tables: LanguageTables, lang: str) -> pd.DataFrame:
    """One language's share per period and rule with its 95 % Wilson interval: period, rule, posts, total,
    share, low, high."""
    rows: list[dict[str, Any]] = []
    lang = lang.lower()
    rules = [r for r in RULES if r != "detected" or tables.detect != "none"]
    for rule in rules:
        counts = tables.counts[(tables.counts["rule"] == rule) & (tables.counts["lang"] == lang)]
        hits = counts.set_index("period")["posts"]
        totals = _denominator(tables.periods, rule)
        for period, total in totals.items():
            k = int(hits.get(period, 0))
            low, high = wilson_interval(k, int(total))
            rows.append({"period": period, "rule": rule, "posts": k, "total": int(total),
                         "share": k / total if total else math.nan, "low": low, "high": high})
    return pd.DataFrame(rows, columns=["period", "rule", "posts", "total", "share", "low", "high"])


def top_languages(tables: LanguageTables, rule: str = "first", n: int = 8) -> list[str]:
    """The n most frequent languages (without "none"/"unknown") over the whole span."""
    frame = overall_shares(tables, rule)
    return [lang for lang in frame["lang"] if lang not in (NONE, "unknown")][:n]


def agreement_matrix(tables: LanguageTables, langs: list[str] | None = None, normalize: bool = False
                     ) -> pd.DataFrame:
    """Declared (first) × detected post counts, rows = declared. Languages outside `langs` are pooled as "other".
    normalize=True gives row shares: of the posts declared `de`, which fraction was detected as German."""
    frame = tables.agreement.copy()
    if langs is not None:
        keep = set(langs) | {NONE, "unknown"}
        frame["declared"] = frame["declared"].where(frame["declared"].isin(keep), "other")
        frame["detected"] = frame["detected"].where(frame["detected"].isin(keep), "other")
    matrix = frame.pivot_table(index="declared", columns="detected", values="posts", aggfunc="sum", fill_value=0)
    matrix = matrix.astype("int64")
    if normalize:
        matrix = matrix.div(matrix.sum(axis=1).where(lambda s: s > 0), axis=0)
    return matrix


def agreement_summary(tables: LanguageTables) -> dict[str, float]:
    """Of the posts with a declared language that were also detected (not unknown): share where both agree."""
    frame = tables.agreement
    checked = frame[(frame["declared"] != NONE) & (frame["detected"] != "unknown")]
    total = int(checked["posts"].sum())
    same = int(checked.loc[checked["declared"] == checked["detected"], "posts"].sum())
    return {"checked": total, "agree": same, "share": same / total if total else math.nan}
