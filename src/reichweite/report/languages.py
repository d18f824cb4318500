"""Language-share report: workbook (per period and language), charts, agreement heat map, HTML (de/en).

Takes the tables and the analysis results; computes no statistic itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.report.charts import new_figure, save_figure
from reichweite.report.excel import open_workbook, write_frame
from reichweite.report.html import render_html
from reichweite.report.i18n import register, t

register({
    "lang.title": {"de": "Sprachanteile der Posts", "en": "Language shares of posts"},
    "lang.rules": {"de": "Zählregeln", "en": "Counting rules"},
    "lang.rule.first": {
        "de": "Erste deklarierte Sprache: jeder Post zählt einmal, unter der ersten Sprache in `langs`; Posts ohne "
              "Angabe zählen als „none“. Die Anteile summieren sich zu 100 %.",
        "en": "First declared language: each post counts once, under the first language in `langs`; posts without "
              "one count as \"none\". Shares sum to 100 %.",
    },
    "lang.rule.any": {
        "de": "Jede deklarierte Sprache: ein Post mit zwei Sprachen zählt für beide – die Anteile summieren sich "
              "daher zu mehr als 100 %.",
        "en": "Any declared language: a post with two languages counts for both, so shares sum to more than 100 %.",
    },
    "lang.rule.none": {
        "de": "Ohne Angabe („none“): Posts ohne deklarierte Sprache; ihr Anteil steht in beiden Tabellen.",
        "en": "None declared (\"none\"): posts without a declared language; their share appears in both tables.",
    },
    "lang.rule.detected": {
        "de": "Erkannte Sprache (fastText lid.176.ftz, zweite Stufe lingua für kurze unsichere Texte) über {scope}; "
              "Konfidenz unter {threshold} → „unknown“. Nenner: die geprüften Posts.",
        "en": "Detected language (fastText lid.176.ftz, second stage lingua for short uncertain texts) over {scope}; "
              "confidence below {threshold} → \"unknown\". Denominator: the posts checked.",
    },
    "lang.scope.missing": {"de": "die Posts ohne deklarierte Sprache", "en": "the posts without a declared language"},
    "lang.scope.all": {"de": "alle Posts", "en": "all posts"},
    "lang.scope.none": {"de": "keine Posts (abgeschaltet)", "en": "no posts (switched off)"},
    "lang.rule.dedupe": {
        "de": "Gezählt werden nur neu erstellte app.bsky.feed.post-Einträge, jeder einmal (did + rkey; Jetstream "
              "liefert mindestens einmal). Zeitraum nach time_us (Empfang durch Jetstream), Kalender der "
              "Zeitzone {tz}.",
        "en": "Only app.bsky.feed.post creates are counted, each once (did + rkey; Jetstream delivers at least "
              "once). Period by time_us (when Jetstream saw the event), in the calendar of time zone {tz}.",
    },
    "lang.interval": {
        "de": "Anteil von „{code}“ mit 95-%-Intervall (Wilson)",
        "en": "Share of \"{code}\" with 95 % interval (Wilson)",
    },
    "lang.top": {"de": "Häufigste Sprachen über die Zeit ({rule})", "en": "Top languages over time ({rule})"},
    "lang.agreement": {"de": "Deklariert × erkannt", "en": "Declared × detected"},
    "lang.agreement.note": {
        "de": "Zeilen: erste deklarierte Sprache; Spalten: erkannte Sprache; Zellen: Anteil der Zeile.",
        "en": "Rows: first declared language; columns: detected language; cells: share of the row.",
    },
    "lang.input": {"de": "Eingabe", "en": "Input"},
    "lang.period": {"de": "Zeitraum", "en": "Period"},
    "lang.lang": {"de": "Sprache", "en": "Language"},
    "lang.posts": {"de": "Posts", "en": "Posts"},
    "lang.share": {"de": "Anteil", "en": "Share"},
    "lang.overall": {"de": "Gesamt", "en": "Overall"},
})

STAT_LABELS = ("files", "events", "malformed", "post_creates", "duplicates", "posts", "deletes", "updates",
               "other_collections", "identity", "account")


@dataclass
class LanguageReport:
    """Everything the report shows, prepared by jobs/languages.py."""

    by: str
    detect: str
    engine: str
    tz: str
    threshold: float
    stats: dict[str, int]
    table: pd.DataFrame  # period, lang, posts_first, share_first, posts_any, share_any, posts_detected, ...
    overall: dict[str, pd.DataFrame]  # rule → lang, posts, share
    top_shares: pd.DataFrame  # period, lang, share (first rule)
    lang: str | None
    lang_share: pd.DataFrame | None  # period, rule, posts, total, share, low, high
    agreement: pd.DataFrame | None  # row-normalised matrix
    agreement_counts: pd.DataFrame | None
    agreement_summary: dict[str, float]


def chart_top(report: LanguageReport, path: Path, title: str) -> Path:
    fig, ax = new_figure()
    for lang, frame in report.top_shares.groupby("lang", sort=False):
        ax.plot(pd.to_datetime(frame["period"]), frame["share"] * 100, marker="o", markersize=3, label=lang)
    ax.set_ylabel("%")
    ax.set_title(title)
    ax.legend(ncol=4, fontsize=8)
    fig.autofmt_xdate()
    return save_figure(fig, path)


def chart_lang(report: LanguageReport, path: Path, title: str) -> Path:
    fig, ax = new_figure()
    assert report.lang_share is not None
    for rule, frame in report.lang_share.groupby("rule", sort=False):
        x = pd.to_datetime(frame["period"])
        (line,) = ax.plot(x, frame["share"] * 100, marker="o", markersize=3, label=str(rule))
        ax.fill_between(x, frame["low"] * 100, frame["high"] * 100, color=line.get_color(), alpha=0.15)
    ax.set_ylabel("%")
    ax.set_title(title)
    ax.legend(fontsize=8)
    fig.autofmt_xdate()
    return save_figure(fig, path)


def chart_agreement(matrix: pd.DataFrame, path: Path, title: str) -> Path:
    size = max(4.5, 0.55 * max(len(matrix.columns), len(matrix.index)) + 2)
    fig, ax = new_figure(size + 1, size)
    ax.grid(False)
    image = ax.imshow(matrix.fillna(0).to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(len(matrix.index)), [str(i) for i in matrix.index])
    for (row, col), value in pd.DataFrame(matrix.fillna(0).to_numpy()).stack().items():
        if value >= 0.005:
            ax.text(col, row, f"{value:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if value > 0.6 else "black")
    ax.set_xlabel("detected")
    ax.set_ylabel("declared (first)")
    ax.set_title(title)
    fig.colorbar(image, ax=ax, fraction=0.046)
    return save_figure(fig, path)


def write_workbook(report: LanguageReport, path: Path) -> Path:
    book = open_workbook(path)
    write_frame(book, "per period", report.table, text_columns=("period", "lang"))
    for rule, frame in report.overall.items():
        write_frame(book, f"overall {rule}", frame, text_columns=("lang",))
    if report.lang_share is not None:
        write_frame(book, f"share {report.lang}", report.lang_share, text_columns=("period",))
    if report.agreement_counts is not None:
        write_frame(book, "declared x detected", report.agreement_counts.reset_index(), text_columns=("declared",))
    write_frame(book, "input", pd.DataFrame({"what": list(report.stats), "count": list(report.stats.values())}))
    book.close()
    return path


def write_report(report: LanguageReport, out: Path, lang: str) -> dict[str, Path]:
    """Workbook, charts and HTML into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {"workbook": write_workbook(report, out / "languages.xlsx")}
    if not report.top_shares.empty:
        paths["chart_top"] = chart_top(report, out / "languages_top.png", t("lang.top", lang, rule="first"))
    if report.lang_share is not None and not report.lang_share.empty:
        paths["chart_lang"] = chart_lang(report, out / f"languages_{report.lang}.png",
                                         t("lang.interval", lang, code=report.lang))
    if report.agreement is not None and not report.agreement.empty:
        paths["chart_agreement"] = chart_agreement(report.agreement, out / "languages_agreement.png",
                                                   t("lang.agreement", lang))
    context: dict[str, Any] = {"r": report, "charts": paths, "stat_labels": STAT_LABELS}
    paths["html"] = render_html("languages.html.j2", out / "languages.html", lang, **context)
    return paths
