"""The language-share job: engine → analysis → report, callable from Python and the CLI."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.analysis import languages as L
from reichweite.analysis.langdetect import DEFAULT_THRESHOLD
from reichweite.engines.duckdb import Progress
from reichweite.engines.languages import count_languages
from reichweite.report.languages import LanguageReport, write_report
from reichweite.report.machine import plain

TOP = 8


def period_table(tables: L.LanguageTables) -> pd.DataFrame:
    """One row per period and language with posts and share under each rule (wide, for the workbook)."""
    frames = []
    for rule in L.RULES:
        if rule == "detected" and tables.detect == "none":
            continue
        frame = L.shares(tables, rule)[["period", "lang", "posts", "share"]]
        frames.append(frame.rename(columns={"posts": f"posts_{rule}", "share": f"share_{rule}"})
                      .set_index(["period", "lang"]))
    table = pd.concat(frames, axis=1).reset_index()
    for column in table.columns:
        if column.startswith("posts_"):
            table[column] = table[column].fillna(0).astype("int64")
        elif column.startswith("share_"):
            table[column] = table[column].fillna(0.0)
    return table.sort_values(["period", "posts_first"], ascending=[True, False]).reset_index(drop=True)


def build_report(tables: L.LanguageTables, lang: str | None, threshold: float) -> LanguageReport:
    top = L.top_languages(tables, "first", TOP)
    first = L.shares(tables, "first")
    # a language without posts in a period has share 0 there (not a gap in its line)
    wide = first[first["lang"].isin(top)].pivot_table(index="period", columns="lang", values="share", fill_value=0.0)
    wide = wide.reindex(index=sorted(tables.periods["period"]), columns=top, fill_value=0.0)
    top_shares = wide.rename_axis(index="period", columns="lang").stack().rename("share").reset_index()
    overall = {rule: L.overall_shares(tables, rule) for rule in L.RULES
               if rule != "detected" or tables.detect != "none"}
    agreement = counts = None
    if tables.detect != "none" and not tables.agreement.empty:
        keep = sorted(set(L.top_languages(tables, "detected", TOP)) | set(top))
        counts = L.agreement_matrix(tables, keep)
        agreement = L.agreement_matrix(tables, keep, normalize=True)
    return LanguageReport(
        by=tables.by, detect=tables.detect, engine=tables.engine, tz=tables.tz, threshold=threshold, stats=tables.stats,
        table=period_table(tables), overall=overall, top_shares=top_shares, lang=lang,
        lang_share=L.language_share(tables, lang) if lang else None, agreement=agreement,
        agreement_counts=counts, agreement_summary=L.agreement_summary(tables))


@dataclass
class LanguageShares:
    """The language shares of a set of Jetstream files: `report` holds the frames (per period and language under each
    counting rule, overall, one language's share with its interval), `summary` the JSON-ready figures."""

    report: LanguageReport
    summary: dict[str, Any]

    @property
    def table(self) -> pd.DataFrame:
        """One row per period and language with posts and share under each counting rule."""
        return self.report.table

    def rows(self) -> pd.DataFrame:
        """The long form: one row per period, counting rule and language (posts, share)."""
        frames = []
        for column in self.table.columns:
            if column.startswith("posts_"):
                rule = column.removeprefix("posts_")
                part = self.table[["period", "lang", column, f"share_{rule}"]]
                frames.append(part.set_axis(["period", "lang", "posts", "share"], axis=1).assign(rule=rule))
        if not frames:
            return pd.DataFrame(columns=["period", "rule", "lang", "posts", "share"])
        return pd.concat(frames, ignore_index=True)[["period", "rule", "lang", "posts", "share"]]

    def to_json(self) -> dict[str, Any]:
        return plain(self.summary)


def language_shares(paths: Iterable[str | Path], *, engine: str = "duckdb", detect: str = "missing", by: str = "day",
                    tz: str = "UTC", lang: str | None = None, out: Path | None = None, report_lang: str = "en",
                    threshold: float = DEFAULT_THRESHOLD, second_stage: bool = True,
                    progress: Progress | None = None, detect_workers: int | None = None,
                    memory_limit: str | None = None) -> LanguageShares:
    """Count, analyse and (with `out`) write workbook, charts and HTML."""
    tables = count_languages(paths, engine=engine, detect=detect, by=by, tz=tz, threshold=threshold,
                             second_stage=second_stage, progress=progress, detect_workers=detect_workers,
                             memory_limit=memory_limit)
    report = build_report(tables, lang.lower() if lang else None, threshold)
    written = write_report(report, out, report_lang) if out is not None else {}
    summary: dict[str, Any] = {
        "engine": tables.engine, "by": by, "tz": tz, "detect": detect, "threshold": threshold, "stats": tables.stats,
        "rules": {
            "first": "each post once, under its first declared language; undeclared = none; sums to 100 %",
            "any": "a post with two declared languages counts for both; shares sum to more than 100 %",
            "none": "posts without a declared language",
            "detected": f"detected language of {'all posts' if detect == 'all' else 'posts without langs'}"
                        if detect != "none" else "detection switched off",
        },
        "overall": {rule: frame.head(15).to_dict(orient="records") for rule, frame in report.overall.items()},
        "agreement": report.agreement_summary,
        "files_written": {k: str(v) for k, v in written.items()},
    }
    if report.lang_share is not None:
        summary["lang"] = report.lang
        summary["lang_share"] = report.lang_share.to_dict(orient="records")
    return LanguageShares(report, plain(summary))


def run_languages(paths: Iterable[str | Path], **options: Any) -> dict[str, Any]:
    """language_shares(…) as a JSON-ready summary (missing values null, never NaN)."""
    return language_shares(paths, **options).summary
