"""The panel report: totals chart, per-company chart, workbook and HTML, German and English. Formats the
PanelResult; computes no statistic."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.ticker import FuncFormatter

from reichweite import registry
from reichweite.analysis.panel import FIGURES, PanelResult
from reichweite.report import panel_texts  # noqa: F401  (registers the texts)
from reichweite.report.charts import new_figure, plt, save_figure
from reichweite.report.excel import open_workbook, write_frame
from reichweite.report.html import render_html
from reichweite.report.i18n import format_number, t


def platform_name(platform: str) -> str:
    return registry.label(platform)


def _axis_number(lang: str):  # type: ignore[no-untyped-def]
    def fmt(value: float, _pos: int) -> str:
        if abs(value) >= 1_000_000:
            return format_number(value / 1_000_000, lang, 1) + (" Mio." if lang == "de" else "M")
        if abs(value) >= 1_000:
            return format_number(value / 1_000, lang, 0) + (" Tsd." if lang == "de" else "K")
        return format_number(value, lang)

    return FuncFormatter(fmt)


def totals_chart(result: PanelResult, out: Path, lang: str) -> Path:
    """Totals over the measurement dates, one panel per platform with a line for followers (solid) and one for
    employees (dashed). Points where not every member was measured are drawn hollow."""
    n = max(1, len(result.platforms))
    fig, axes = plt.subplots(n, 1, figsize=(9.5, 3.3 * n + 0.6), dpi=110, sharex=True, squeeze=False)
    totals = result.totals
    for ax, platform in zip(axes[:, 0], result.platforms, strict=True):
        ax.grid(True, alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        part = totals[totals["platform"] == platform].sort_values("date")
        color = registry.colour(platform)
        for fig_name, style, marker in (("followers", "-", "o"), ("employees", "--", "s")):
            known = part[part[f"{fig_name}_total"].notna()]
            if known.empty:
                continue
            x = pd.to_datetime(known["date"])
            y = known[f"{fig_name}_total"].astype(float)
            ax.plot(x, y, linestyle=style, color=color, marker=marker, label=t("panel." + fig_name, lang))
            partial = (known[f"{fig_name}_measured"] < known["members"]).to_numpy()
            if partial.any():
                ax.scatter(x[partial], y[partial], s=70, facecolors="white", edgecolors=color, zorder=3)
        ax.yaxis.set_major_formatter(_axis_number(lang))
        ax.set_title(platform_name(platform), fontsize=10, loc="left")
        ax.set_ylabel(t("panel.total", lang))
        ax.set_ylim(bottom=0)
        ax.legend(fontsize=8, loc="upper left")
    fig.suptitle(t("panel.chart.totals", lang, panel=result.title, composition=_composition_text(result, lang)))
    return save_figure(fig, out)


def companies_chart(result: PanelResult, figure: str, out: Path, lang: str) -> Path:
    """Grouped horizontal bars per member at the latest date, sorted by the first platform's figure."""
    frame = result.companies.copy()
    first = f"{result.platforms[0]}_{figure}"
    frame = frame.sort_values([first, "name"], ascending=[True, False], na_position="first")
    n = len(frame)
    fig, ax = new_figure(9.5, max(3.0, 0.26 * n * (1 + 0.25 * (len(result.platforms) - 1)) + 1.4))
    height = 0.8 / max(1, len(result.platforms))
    positions = range(n)
    for i, platform in enumerate(result.platforms):
        values = frame[f"{platform}_{figure}"].astype("Float64").fillna(0).astype(float)
        offsets = [p - 0.4 + height * (i + 0.5) for p in positions]
        ax.barh(offsets, values, height=height, color=registry.colour(platform),
                label=platform_name(platform))
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_yticks(list(positions))
    ax.set_yticklabels([_label(row, result.platforms, figure) for row in frame.to_dict("records")], fontsize=8)
    ax.xaxis.set_major_formatter(_axis_number(lang))
    ax.set_title(t("panel.chart.companies", lang, figure=t("panel." + figure, lang), day=_day(result.latest, lang)))
    ax.legend(fontsize=8, loc="lower right")
    return save_figure(fig, out)


def _label(row: dict, platforms: list[str], figure: str) -> str:
    missing = [platform_name(p) for p in platforms if pd.isna(row[f"{p}_{figure}"])]
    return row["name"] + (f" (– {', '.join(missing)})" if missing else "")


def _day(day: date | None, lang: str) -> str:
    if day is None:
        return "–"
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()


def _composition_text(result: PanelResult, lang: str) -> str:
    if result.composition.kind == "fixed":
        return t("panel.composition.fixed", lang, day=_day(result.composition.day, lang))
    return t("panel.composition.asof", lang)


def _sheet_frames(result: PanelResult, lang: str) -> dict[str, pd.DataFrame]:
    measurements = result.measurements[[
        "date", "company_key", "name", "platform", "followers", "followers_shown", "employees", "employees_shown",
        "counted", "observed_at", "source", "origin",
    ]]
    measured = result.measurements.assign(
        measured=result.measurements["followers"].notna() | result.measurements["employees"].notna()
    )
    members = result.members.copy()
    for platform in result.platforms:
        keys = set(zip(*(measured.loc[(measured["platform"] == platform) & measured["measured"], c]
                         for c in ("date", "company_key")), strict=False))
        members[f"{platform}_measured"] = [(d, k) in keys for d, k in
                                           zip(members["date"], members["company_key"], strict=False)]
    return {
        t("panel.sheet.totals", lang): result.totals,
        t("panel.sheet.growth", lang): result.growth,
        t("panel.sheet.ratio", lang): result.ratios,
        t("panel.sheet.companies", lang): result.companies,
        t("panel.sheet.changes", lang): result.changes,
        t("panel.sheet.membership", lang): members,
        t("panel.sheet.measurements", lang): measurements,
    }


def write_workbook(result: PanelResult, out: Path, lang: str) -> Path:
    """Totals, growth, ratio, companies at the latest date, changes, the membership used per date, and the raw
    measurements (with the file and row each came from), plus a sheet of definitions."""
    book = open_workbook(out)
    for name, frame in _sheet_frames(result, lang).items():
        write_frame(book, name, frame, text_columns=("company_key", "isin"))
    notes = pd.DataFrame({t("panel.definitions", lang): [t(k, lang, threshold=_threshold(result, lang))
                                                          for k in DEFINITION_KEYS]})
    write_frame(book, t("panel.sheet.definitions", lang), notes)
    book.close()
    return out


DEFINITION_KEYS = (
    "panel.def.members", "panel.def.total", "panel.def.coverage", "panel.def.rounded", "panel.def.growth",
    "panel.def.ratio", "panel.def.rank", "panel.def.threshold", "panel.def.dates",
)


def _threshold(result: PanelResult, lang: str) -> str:
    return format_number(result.threshold, lang) if result.threshold is not None else "–"


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: (None if not isinstance(v, (list, dict, str)) and pd.isna(v) else v) for k, v in r.items()}
            for r in frame.to_dict("records")]


def write_html(result: PanelResult, out: Path, lang: str, *, charts: dict[str, Path], caveats: list[str],
               workbook: Path, db: str, notes: str | None = None) -> Path:
    return render_html(
        "panel.html.j2", out, lang, notes=notes,
        r=result, totals=_rows(result.totals), growth=_rows(result.growth), ratios=_rows(result.ratios),
        companies=_rows(result.companies), changes=_rows(result.changes), charts=charts, caveats=caveats,
        workbook=workbook.name, db=db, figures=FIGURES, platform_name=platform_name,
        definitions=[t(k, lang, threshold=_threshold(result, lang)) for k in DEFINITION_KEYS],
        composition=_composition_text(result, lang), day=lambda d: _day(d, lang),
        member_counts=_rows(result.members.groupby("date").size().rename("members").reset_index())
        if len(result.members) else [],
    )


def write_panel_report(result: PanelResult, out_dir: Path, lang: str, *, caveats: list[str], db: str,
                       notes: str | None = None) -> dict[str, Path]:
    """All files of the report into out_dir: panel.html, panel.xlsx and the PNG charts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    charts: dict[str, Path] = {}
    if result.dates:
        charts["totals"] = totals_chart(result, out_dir / f"{result.panel}_totals.png", lang)
        for figure in FIGURES:
            charts[figure] = companies_chart(result, figure, out_dir / f"{result.panel}_companies_{figure}.png", lang)
    files.update({f"chart_{k}": v for k, v in charts.items()})
    files["workbook"] = write_workbook(result, out_dir / f"{result.panel}.xlsx", lang)
    files["html"] = write_html(result, out_dir / f"{result.panel}.html", lang, charts=charts, caveats=caveats,
                               workbook=files["workbook"], db=db, notes=notes)
    return files
