"""`reichweite compare` with more than two accounts or several dates (ages): the terminal output of a SeriesResult.

For each date (or age) a section: per account groups, wins, median, peak and the median per 1,000 followers with the
followers count used and when it was measured; every pair of accounts with its statistics. Then the change between
consecutive dates, interactions over post age (median with interquartile band), the posts measured only once, the
parts rule with how many groups (pairs) counted each part, and the definitions the numbers follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reichweite.cli.common import emit, note
from reichweite.terminal import bare
from reichweite.timeutil import REPORT_TZ

if TYPE_CHECKING:
    from reichweite.analysis.summary import AccountSummary, FollowersUsed
    from reichweite.jobs.compare_series import DateResult, SeriesResult

MEASURED_ONCE_SHOWN = 10


def _num(value: object, digits: int = 0) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    if isinstance(value, int | float):
        return f"{value:,.{digits}f}"
    return str(value)


def _pct(value: object) -> str:
    return "–" if value is None or (isinstance(value, float) and value != value) else f"{value:+.1f} %"


def _when(moment: object) -> str:
    from datetime import datetime

    return moment.astimezone(REPORT_TZ).strftime("%Y-%m-%d %H:%M") if isinstance(moment, datetime) else "–"


def followers_text(used: list[FollowersUsed]) -> str:
    """'1,260 (measured 2026-11-18 23:59, manual)'; several counts (at post ages) joined with '; '."""
    if not used:
        return "unknown"
    return "; ".join(f"{f.followers:,} (measured {_when(f.observed_at)}"
                     + (f", {f.source}" if f.source else "") + (f", {f.posts} posts)" if len(used) > 1 else ")")
                     for f in used)


def _date_title(date: DateResult) -> str:
    return f"As of {date.label}" if date.as_of is not None else f"At post age {date.label}"


def emit_series(result: SeriesResult, fmt: str, output: str | None) -> None:
    """Notes on stderr; the tables (or csv, jsonl, json) on stdout or in -o FILE."""
    labels = dict(zip(result.keys, result.labels, strict=True))
    first = result.dates[0].table
    if result.options.rule.kind == "common" and first.left_out:  # decided over all dates together
        reasons = "; ".join(p.message(labels.get(p.side, p.side)) for p in first.left_out)
        note(f"compared on {' + '.join(first.parts) or 'nothing'}: {reasons}")
    hidden = [f"{labels[k]} {m.excluded['followers-only']}" for k, m in zip(result.keys, result.dates[0].measured,
                                                                           strict=True)
              if m.excluded.get("followers-only")]
    if hidden:
        note(f"Followers-only posts left out: {', '.join(hidden)} (include them with --visibility private).")
    if result.report:
        note(f"Report: {result.report}")
    grouped = any(len(d.table.frame) for d in result.dates)
    empty = None if grouped else "No post of one account matched a post of another."
    emit(result, fmt, output, lambda console: draw(result, console), empty=empty)


def draw(result: SeriesResult, console: Console) -> None:
    labels = dict(zip(result.keys, result.labels, strict=True))
    console.print(Text(bare(" vs ".join(result.labels)) + " — " + ", ".join(d.label for d in result.dates),
                       style="bold"))
    for date in result.dates:
        _date_section(result, date, labels, console)
    if len(result.dates) > 1:
        _change_table(result, labels, console)
    _curves(result, labels, console)
    _parts(result, labels, console)
    _definitions(result, console)


def _summary_row(s: AccountSummary) -> list[str]:
    shared = f" (+{s.shared_first} shared)" if s.shared_first else ""
    return [str(s.groups), str(s.compared), f"{s.wins}{shared}", _num(s.median, 1), _num(s.mean, 1),
            _num(s.peak.value if s.peak else None), _num(s.median_per_1000, 2), followers_text(s.followers),
            str(s.unmatched)]


def _date_section(result: SeriesResult, date: DateResult, labels: dict[str, str], console: Console) -> None:
    table = Table(title=Text(_date_title(date)), title_justify="left")
    table.add_column("account")
    for name in ("groups", "compared", "wins", "median", "mean", "peak", "median per 1,000 followers",
                 "followers used (as of the date)", "unmatched posts"):
        table.add_column(name, justify="right" if name != "followers used (as of the date)" else "left")
    for summary in date.summaries:
        table.add_row(Text(bare(labels[summary.key])), *_summary_row(summary))
    console.print(table)
    pairs = Table(title=Text(f"Every pair of accounts ({date.label})"), title_justify="left")
    for name in ("pair", "pairs compared", "wins", "ties", "median ratio", "95 % interval", "Wilcoxon p",
                 "pairs per part"):
        pairs.add_column(name, justify="left" if name in ("pair", "pairs per part") else "right")
    for p in date.pairwise:
        s = p.stats
        interval = f"{s.ratio.low:.2f}–{s.ratio.high:.2f}" if s.ratio.low is not None else (s.ratio.reason or "–")
        covered = ", ".join(f"{part} {n}" for part, n in p.table.coverage.items())
        pairs.add_row(Text(bare(f"{labels[p.first]} – {labels[p.second]}")), str(s.n), f"{s.wins_a} : {s.wins_b}",
                      str(s.ties), _num(s.ratio.median_ratio, 2), Text(bare(interval)),
                      f"{s.wilcoxon.p_value:.4g}" if s.wilcoxon.p_value is not None else "–", covered)
    console.print(pairs)


def _change_table(result: SeriesResult, labels: dict[str, str], console: Console) -> None:
    table = Table(title=Text("Change between the dates (groups with interactions at both)"), title_justify="left")
    for name in ("from → to", "account", "groups", "median", "→ median", "change", "change %", "total", "→ total",
                 "change", "change %", "median per 1,000", "→ per 1,000"):
        table.add_column(name, justify="left" if name in ("from → to", "account") else "right")
    for row in result.change_summary.to_dict("records"):
        table.add_row(Text(f"{row['from']} → {row['to']}"), Text(bare(labels[row["account"]])), str(row["groups"]),
                      _num(row["median_from"], 1), _num(row["median_to"], 1), _num(row["median_change"], 1),
                      _pct(row["median_change_pct"]), _num(row["total_from"]), _num(row["total_to"]),
                      _num(row["total_change"]), _pct(row["total_change_pct"]),
                      _num(row["median_per_1000_from"], 2), _num(row["median_per_1000_to"], 2))
    console.print(table)


def _curves(result: SeriesResult, labels: dict[str, str], console: Console) -> None:
    curve = result.curves.curve
    if curve.empty:
        console.print("Interactions over post age: no measurement of the posts.", highlight=False)
    else:
        from reichweite.analysis.curves import bin_labels

        table = Table(title=Text("Interactions over post age: median (25th–75th percentile) and posts measured"),
                      title_justify="left")
        table.add_column("post age")
        keys = [k for k in result.keys if (curve["account"] == k).any()]
        for key in keys:
            table.add_column(Text(bare(labels[key])), justify="right")
        cells = {(r["account"], r["age_bin"]): r for r in curve.to_dict("records")}
        for age_bin in bin_labels():
            if not any((k, age_bin) in cells for k in keys):
                continue
            row = [age_bin]
            for key in keys:
                c = cells.get((key, age_bin))
                row.append("–" if c is None else
                           f"{_num(c['median'], 1)} ({_num(c['q1'], 1)}–{_num(c['q3'], 1)}) n={c['posts']}")
            table.add_row(*row)
        console.print(table)
    once = result.curves.measured_once
    if len(once):
        console.print(Text(f"Posts measured only once (no curve: one point), {len(once)}:"))
        for key, rows in once.groupby("account", sort=False):
            ids = [str(u) if isinstance(u, str) and u else str(i) for i, u in zip(rows["native_id"], rows["url"],
                                                                                  strict=True)]
            more = f" … and {len(ids) - MEASURED_ONCE_SHOWN} more" if len(ids) > MEASURED_ONCE_SHOWN else ""
            console.print(Text(bare(f"  {labels[key]} ({len(ids)}): {', '.join(ids[:MEASURED_ONCE_SHOWN])}{more}")))


def _parts(result: SeriesResult, labels: dict[str, str], console: Console) -> None:
    rule = result.options.rule
    first = result.dates[0].table
    counted = " + ".join(first.parts) or "nothing"
    console.print(Text(f"Parts rule: {rule.label} — interactions counted from {counted}"
                       + (" (each group its own parts, listed per row in --format csv)" if rule.kind == "known"
                          else "")))
    for date in result.dates:
        covered = ", ".join(f"{part} {n}" for part, n in date.table.coverage.items())
        compared = int((date.table.frame[[f"{k}_interactions" for k in date.table.keys]].notna().sum(axis=1)
                        >= 2).sum())
        console.print(Text(f"  {date.label}: groups counting each part (of {compared} compared): {covered}"))
    if rule.kind == "common" and first.left_out:
        for part in first.left_out:
            console.print(Text(bare(f"  left out: {part.message(labels.get(part.side, part.side))}")))


def _definitions(result: SeriesResult, console: Console) -> None:
    table = Table(title=Text("Definitions"), title_justify="left", show_header=False)
    table.add_column("term")
    table.add_column("definition")
    defs = result.definitions()
    for term in ("interactions", "per_1000_followers", "groups", "wins", "ratio", "change", "test", "window"):
        if defs.get(term):
            table.add_row(term, Text(bare(str(defs[term]))))
    console.print(table)
