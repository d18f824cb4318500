"""Collect: run a collection of an account as a job; the latest runs; the watch list and its schedule."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from reichweite.store.job_state import get_job, list_jobs
from reichweite.web import views
from reichweite.web.api import start_collect
from reichweite.web.render import is_htmx, render, require_form_csrf

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)


@router.get("/collect", response_class=HTMLResponse)
def collect_page(request: Request) -> HTMLResponse:
    engine = request.app.state.engine
    with engine.connect() as conn:
        jobs = list_jobs(conn, kind="collect", limit=10)
    return render(request, "collect.html", page="collect", jobs=jobs, runs=views.overview(engine)["runs"])


@router.post("/collect")
def collect_start(request: Request, platform: Annotated[str, Form()], handle: Annotated[str, Form()],
                  appview: Annotated[str, Form()] = "") -> Response:
    job_id = start_collect(request, platform, handle, appview or None)
    if not is_htmx(request):
        return RedirectResponse("/collect", status_code=303)
    with request.app.state.engine.connect() as conn:
        job = get_job(conn, job_id)
    return render(request, "_job.html", job=job)
