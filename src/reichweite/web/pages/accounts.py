"""Accounts: followers, following and posts of accounts over time, as a table and a chart."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from reichweite.analysis.growth import EVERY
from reichweite.report.growth import chart_specs
from reichweite.web import views
from reichweite.web.cache import results
from reichweite.web.render import lang_of, render, require_form_csrf

TABLE_ROWS = 60  # the table shows the latest measurements; the chart and /api/accounts all of them
router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)


@router.get("/accounts", response_class=HTMLResponse)
def accounts_page(
    request: Request, account: Annotated[list[str] | None, Query()] = None, every: str = "",
    start: Annotated[str, Query(alias="from")] = "", end: Annotated[str, Query(alias="to")] = "",
) -> HTMLResponse:
    lang = lang_of(request)
    engine = request.app.state.engine
    choices = views.account_names(engine)
    chosen = [a for a in (account or []) if a]
    steps, data, charts = None, {"accounts": []}, {}
    if chosen:
        if every or start or end:  # the tables by step, as `reichweite accounts --every`
            options = {"every": every or "week", "start": start, "end": end}
            measured = chosen
        else:  # each measurement in the tables, the charts by week (of the accounts measured at all)
            kept = views.kept_growth(engine, chosen)
            data = {"accounts": [{**item, "label": f"{item['platform']}:{item['handle']}"}
                                 for item in kept["accounts"]]}
            options = {"every": "week", "start": "", "end": ""}
            measured = [a["label"] for a in data["accounts"] if a["measurements"]]
        if measured:  # the charts of `reichweite accounts --every`, kept per language
            result = views.kept_growth_steps(engine, measured, **options)
            charts = results(engine).get(("charts", views.growth_steps_key(measured, **options), lang),
                                         lambda: chart_specs(result, lang))
            if every or start or end:
                steps = step_tables(result, lang)
    return render(request, "accounts.html", page="accounts", choices=choices, chosen=chosen, data=data,
                  charts=charts, table_rows=TABLE_ROWS, steps=steps, every=every, start=start, end=end,
                  everies=EVERY)


def step_tables(result: Any, lang: str) -> list[dict[str, Any]]:
    """Per account: the title, the column heads and a row per step (the texts of the command line's tables)."""
    from reichweite.report.growth import T as text
    from reichweite.report.growth import _local_day, cell, definition

    heads = [text(f"growth.step.{result.every}", lang), text("growth.until", lang),
             *[text(f"growth.{figure}", lang) for figure in result.figures]]
    out = []
    for label in result.labels:
        rows = result.frame[result.frame["account"] == label].to_dict("records")
        out.append({
            "label": label, "heads": heads, "definition": definition(result, lang),
            "title": text("growth.title.accounts", lang, account=label, each=text(f"growth.each.{result.every}", lang),
                          tz=result.tz),
            "rows": [[row["step"], _local_day(row["end"], result.tz, lang),
                      *[cell(row, figure, lang) for figure in result.figures]] for row in rows],
        })
    return out

