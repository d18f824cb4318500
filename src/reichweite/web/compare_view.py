"""The result part of the compare page, rendered for a language alone (no session data in it) and kept like the
comparison: what the page shows and what the app computes ahead (web.warm)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from markupsafe import Markup

from reichweite.web import views
from reichweite.web.cache import results
from reichweite.web.render import fragment_in


def page_options(options: dict[str, Any]) -> dict[str, Any]:
    """The options the page offers, from a comparison's options (the API has more)."""
    return {"at": options.get("at"), "age": options.get("age"), "window": options.get("window", "12h"),
            "quotes": bool(options.get("quotes", False))}


def page_query(chosen: list[str], options: dict[str, Any]) -> str:
    """The page's address of a comparison (its download links add it): the same for the same comparison."""
    pairs = [("account", a) for a in chosen] + [("at", v) for v in views.several(options.get("at"))]
    pairs += [("age", v) for v in views.several(options.get("age"))] + [("window", options.get("window") or "12h")]
    return urlencode(pairs + ([("quotes", "true")] if options.get("quotes") else []))


def result_html(engine: sa.Engine, chosen: list[str], lang: str, options: dict[str, Any]) -> Markup:
    """The result part of the page (no session data in it: no form, no token), kept like the comparison, per
    language."""
    key = views.comparison_key(engine, chosen, **options)
    return results(engine).get(("page", key, lang) if key is not None else None,
                               lambda: _result_html(engine, chosen, lang, page_query(chosen, options), options))


def _result_html(engine: sa.Engine, chosen: list[str], lang: str, query: str, options: dict[str, Any]) -> Markup:
    from reichweite.api import SeriesResult
    from reichweite.report.comparison import chart_specs, definitions_view, measured_view, summary_view

    result = views.comparison(engine, chosen, **options)
    data = views.comparison_data(engine, chosen, **options)
    if isinstance(result, SeriesResult):  # more than two accounts, or several dates
        from reichweite.report.series import change_table, html_table
        from reichweite.report.series import chart_specs as series_charts

        change = _periods(html_table(*change_table(result, lang), lang, "series-change")) \
            if len(result.dates) > 1 else None
        return fragment_in(lang, "_compare_series.html", data=data, labels=result.labels,
                           label_of=dict(zip(result.keys, result.labels, strict=True)),
                           charts=series_charts(result, lang), change=change)
    texts = dict(zip(result.table.pairs["a_native_id"], result.table.pairs.get("a_text", []), strict=False))
    return fragment_in(
        lang, "_compare_result.html", result=result, data=data, texts=texts, summary=summary_view(result, lang),
        definitions=definitions_view(result, lang), measured=measured_view(result, lang),
        query=query, charts=chart_specs(result, lang),
    )


def _periods(table: dict[str, Any]) -> dict[str, Any]:
    """The report's change table with its first two columns (from, to) as a heading per period: it fits the page."""
    periods: dict[str, list[list[str]]] = {}
    for row in table["rows"]:
        periods.setdefault(f"{row[0]} → {row[1]}", []).append(row[2:])
    return {**table, "headers": table["headers"][2:], "numeric": table["numeric"][2:], "periods": periods}
