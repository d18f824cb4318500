"""The chart module: specs that render offline to PNG and SVG, in the language's locale, with labels shown literally
and axes whose labels never repeat."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from reichweite.report.charts import comparison, panel, polls
from reichweite.report.charts.base import Caption, Series, day_ticks, platform_colours
from reichweite.report.charts.render import save_both, spec_json, to_svg
from tests.support.images import png_size, svg_texts

HOSTILE = ("$\\alpha$ und $x^2$", "[/] [b]fett[/b]", "<b>fett</b> & <script>alert(1)</script>")


def _daily(days: int, start: date = date(2026, 7, 20), scale: int = 1) -> pd.DataFrame:
    rows = []
    for i in range(days):
        rows.append({"day": start + timedelta(days=i), "series": "X @a", "value": float((i * 37) % 90 * scale)})
        rows.append({"day": start + timedelta(days=i), "series": "Bluesky @b", "value": float((i * 53) % 70 * scale)})
    return pd.DataFrame(rows)


SERIES = [Series("X @a", "x"), Series("Bluesky @b", "bluesky")]




def test_daily_chart_in_german_and_english(tmp_path: Path) -> None:
    caption = Caption("Interaktionen pro Tag", ("Stand: 20.10.2026", "Quelle: Archiv"))
    de = comparison.interactions_per_day(_daily(90, scale=100), SERIES, caption, "de", y_title="Interaktionen",
                                         day_title="Tag")
    files = save_both(de, tmp_path / "daily_de")
    width, height = png_size(files["png"])
    assert 1000 <= width <= 1300 and 400 <= height <= 800  # readable at 1,200 px wide
    texts = svg_texts(files["svg"].read_text(encoding="utf-8"))
    assert "Interaktionen pro Tag" in texts and "Stand: 20.10.2026" in texts and "Quelle: Archiv" in texts
    assert "3. Aug." in texts and "14. Sept." in texts  # German dates, Babel's month names
    assert "2.000" in texts and "8.000" in texts  # German thousands separator
    en = comparison.interactions_per_day(_daily(90, scale=100), SERIES, Caption("Interactions per day"), "en",
                                         y_title="Interactions", day_title="Day")
    texts_en = svg_texts(to_svg(en))
    assert "3 Aug" in texts_en and "2,000" in texts_en


@pytest.mark.parametrize("scale", [1, 7, 130, 4_100, 2_500_000])
def test_axis_labels_never_repeat(scale: int) -> None:
    spec = comparison.interactions_per_day(_daily(30, scale=scale), SERIES, Caption("t"), "de", y_title="y",
                                           day_title="d")
    labels = [t for t in svg_texts(to_svg(spec)) if t not in ("t", "y", "d", "X @a", "Bluesky @b")]
    assert len(labels) == len(set(labels)), labels


def test_panel_companies_axis_between_thousand_and_ten_thousand() -> None:
    """The old chart read '4 Tsd., 4 Tsd., 3 Tsd.' between 1,000 and 9,999."""
    frame = pd.DataFrame({"name": ["A", "B", "C"], "platform": ["LinkedIn"] * 3, "value": [4_400.0, 3_900.0, 1_200.0]})
    spec = panel.panel_companies(frame, [Series("LinkedIn", "linkedin")], Caption("Follower"), "de",
                                 x_title="Follower")
    ticks = [t for t in svg_texts(to_svg(spec)) if t[:1].isdigit()]
    assert len(ticks) == len(set(ticks)) and "1.000" in ticks and "4.000" in ticks


@pytest.mark.parametrize("log", [False, True])
def test_panel_charts_draw_every_bar_and_line_on_either_scale(log: bool) -> None:
    """--log: bars from the lowest decade (a log scale has no 0), lines over the data's decades, ticks that do not
    repeat; linear: from 0."""
    series = [Series("LinkedIn", "linkedin"), Series("Xing", "xing")]
    companies = pd.DataFrame({"name": ["A", "A", "B", "B"], "platform": ["LinkedIn", "Xing"] * 2,
                              "value": [2_963_264.0, 25_000.0, 3_718.0, None]})
    svg = to_svg(panel.panel_companies(companies, series, Caption("t"), "de", x_title="Follower", log=log))
    widths = [float(w) for w in re.findall(r'aria-roledescription="bar" d="M[\d.,]+h([\d.]+)', svg)]
    assert len(widths) == 3 and all(w > 0 for w in widths)
    assert widths[0] > widths[1] > widths[2]
    ticks = [t for t in svg_texts(svg) if t[:1].isdigit()]
    assert len(ticks) == len(set(ticks)) >= 3 and ("1.000" in ticks) == log and ("0" in ticks) != log
    totals = pd.DataFrame([{"day": date(2010 + i, 6, 30), "platform": p, "figure": "Follower",
                            "value": v * 1.3**i, "partial": False}
                           for i in range(10) for p, v in (("LinkedIn", 700_000.0), ("Xing", 600_000.0))])
    svg = to_svg(panel.panel_totals(totals, series, ["Follower"], Caption("t"), "de", y_title="Summe",
                                    day_title="Stichtag", log=log))
    labels = [t for t in svg_texts(svg) if t[:1].isdigit() and "." in t]
    assert len(re.findall(r'aria-roledescription="line mark"', svg)) == 2
    assert ("1.000.000" in labels) and (("0" in svg_texts(svg)) != log)
    texts = svg_texts(svg)  # the axis title once per row, in its header; never repeated beside each row's axis
    assert texts.count("LinkedIn · Summe") == texts.count("Xing · Summe") == 1 and "Summe" not in texts


@pytest.mark.parametrize("lang", ["de", "en"])
def test_labels_render_literally(lang: str, tmp_path: Path) -> None:
    """Names with TeX dollars, BBCode brackets or HTML tags are shown as typed: no math, no markup."""
    series = [Series(HOSTILE[0], "x"), Series(HOSTILE[1], "bluesky"), Series(HOSTILE[2], "x")]
    rows = [{"day": date(2026, 7, 20) + timedelta(days=i), "series": s.label, "value": float(i)}
            for i in range(5) for s in series]
    spec = comparison.interactions_per_day(pd.DataFrame(rows), series, Caption(HOSTILE[2], (HOSTILE[0],)), lang,
                                           y_title=HOSTILE[1], day_title="d")
    files = save_both(spec, tmp_path / "hostile")
    svg = files["svg"].read_text(encoding="utf-8")
    assert "<script" not in svg and "<b>" not in svg  # escaped inside the SVG
    texts = svg_texts(svg)
    for label in HOSTILE:
        assert label in texts
    polls_frame = pd.DataFrame({"poll": [HOSTILE[2]] * 2, "platform": ["mastodon"] * 2, "option": HOSTILE[:2],
                                "votes": [3, 1], "share": [0.75, 0.25], "label": ["3", "1"]})
    poll_texts = svg_texts(to_svg(polls.poll_options(polls_frame, Caption("P"), lang, share_title="s")))
    assert HOSTILE[0] in poll_texts and HOSTILE[1] in poll_texts and HOSTILE[2] in poll_texts
    assert png_size(files["png"])[0] > 500


def test_spec_json_is_safe_inside_a_script_element() -> None:
    spec = comparison.interactions_per_day(_daily(3), SERIES, Caption("</script><script>alert(1)</script>"), "de",
                                           y_title="y", day_title="d")
    text = spec_json(spec)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["title"]["text"] == "</script><script>alert(1)</script>"


def test_spec_carries_its_locale_and_needs_no_network() -> None:
    spec = comparison.interactions_per_day(_daily(3), SERIES, Caption("t"), "de", y_title="y", day_title="d")
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert spec["config"]["locale"]["time"]["months"][2] == "März"
    assert "url" not in json.dumps(spec["data"] if "data" in spec else spec["datasets"])


def test_day_ticks_follow_the_span() -> None:
    assert day_ticks(date(2026, 7, 20), date(2026, 7, 25))[0] == [date(2026, 7, 20) + timedelta(days=i)
                                                                  for i in range(6)]
    mondays, kind = day_ticks(date(2026, 7, 20), date(2026, 10, 18))
    assert kind == "day" and all(d.weekday() == 0 for d in mondays)
    months, kind = day_ticks(date(2026, 1, 15), date(2026, 12, 31))
    assert kind == "month" and months[0] == date(2026, 2, 1) and len(months) == 11
    years, kind = day_ticks(date(2010, 6, 30), date(2024, 6, 30))
    assert kind == "year" and years[0] == date(2011, 1, 1) and years[-1] == date(2024, 1, 1)


def test_colours_follow_the_platform_and_tell_two_accounts_apart() -> None:
    one, two, other = platform_colours(["x", "x", "unknown"])
    assert one != two and other not in (one, two)
    assert platform_colours(["bluesky"]) == ["#1185fe"]


@pytest.mark.parametrize(("by", "days", "runs"), [
    ("day", [date(2025, 12, 5), date(2025, 12, 8), date(2025, 12, 9), date(2026, 5, 25)], 3),
    ("week", [date(2025, 12, 1), date(2025, 12, 8), date(2026, 1, 5)], 2),
    ("month", [date(2025, 10, 1), date(2025, 11, 1), date(2026, 3, 1)], 2),
])
def test_lines_break_at_periods_without_posts(by: str, days: list[date], runs: int) -> None:
    """A period without posts has no share: the line stops there instead of bridging months; each known period
    keeps its interval as a whisker."""
    from reichweite.report.charts import languages
    from reichweite.report.charts.base import fill_periods

    rows = [{"day": d, "series": rule, "value": 0.2, "low": 0.1, "high": 0.4} for rule in ("first", "detected")
            for d in days]
    frame = fill_periods(pd.DataFrame(rows), by)
    assert frame["value"].isna().any() and frame["value"].notna().sum() == len(rows)
    assert set(pd.to_datetime(frame["day"]).dt.date) >= set(days)
    svg = to_svg(languages.language_share(frame, ["first", "detected"], Caption("t"), "de", y_title="y",
                                          period_title="p"))
    paths = re.findall(r'aria-roledescription="line mark"[^>]*d="([^"]+)"', svg)
    assert [p.count("M") for p in paths] == [runs, runs]  # one path piece per run of neighbouring periods
    assert svg.count('aria-roledescription="rule mark"') == 2 * len(days)  # a whisker per known period
