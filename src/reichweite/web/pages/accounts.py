"""Accounts: followers, following and posts of accounts over time, as a table and a chart."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from reichweite.web import views
from reichweite.web.charts import growth_chart
from reichweite.web.render import lang_of, render, require_form_csrf

TABLE_ROWS = 60  # the table shows the latest measurements; the chart and /api/accounts all of them
router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)


@router.get("/accounts", response_class=HTMLResponse)
def accounts_page(request: Request, account: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    from reichweite.web.texts import T as t

    lang = lang_of(request)
    engine = request.app.state.engine
    choices = views.account_names(engine)
    chosen = [a for a in (account or []) if a]
    data = views.growth(engine, chosen) if chosen else {"accounts": []}
    for item in data["accounts"]:
        item["label"] = f"{item['platform']}:{item['handle']}"
    chart = growth_chart(data["accounts"], t("web.accounts.chart", lang), t("web.col.followers", lang),
                         t("web.col.observed", lang)) if data["accounts"] else None
    return render(request, "accounts.html", page="accounts", choices=choices, chosen=chosen, data=data, chart=chart,
                  table_rows=TABLE_ROWS)
