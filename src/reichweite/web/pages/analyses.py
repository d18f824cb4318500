"""Panel, polls and languages: the same jobs as `reichweite panel report`, `polls` and `languages`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from reichweite.errors import ConfigError, option_said
from reichweite.store.job_state import get_job, list_jobs
from reichweite.web.api import start_languages
from reichweite.web.render import is_htmx, lang_of, render, require_form_csrf, settings_of
from reichweite.web.settings import folder_listing

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)
STREAM_SUFFIXES = (".jsonl", ".json", ".gz", ".zst", ".parquet")


@router.get("/panel", response_class=HTMLResponse)
def panel_page(request: Request, name: str = "dax", platforms: str = "linkedin,xing", composition: str = "as-of",
               at: str = "") -> HTMLResponse:
    from reichweite import api
    from reichweite.report.panel import chart_specs
    from reichweite.results import Store
    from reichweite.timeutil import parse_as_of

    engine = request.app.state.engine
    lang = lang_of(request)
    day = None
    if at:
        try:
            day = parse_as_of(at).date()
        except ValueError as exc:
            raise ConfigError(option_said("at", exc)) from None
    store = Store(engine)
    info, members = api.panel_members(store, name, at=day)
    report = api.panel_report(store, name, platforms=platforms, composition=composition, lang=lang)
    return render(request, "panel.html", page="panel", name=name, platforms=platforms, composition=composition,
                  at=at, info=info, members=members.to_dict("records"), data=report.to_json(),
                  charts=chart_specs(report.result, lang))


@router.get("/polls", response_class=HTMLResponse)
def polls_page(request: Request, account: str = "", at: str = "") -> HTMLResponse:
    from reichweite import api
    from reichweite.results import Store

    found = api.polls(Store(request.app.state.engine), account.strip() or None, at=at.strip() or None)
    return render(request, "polls.html", page="polls", polls=found.polls, account=account, at=at)


@router.get("/languages", response_class=HTMLResponse)
def languages_page(request: Request) -> HTMLResponse:
    settings = settings_of(request)
    with request.app.state.engine.connect() as conn:
        jobs = list_jobs(conn, kind="languages", limit=5)
    files = folder_listing(settings, STREAM_SUFFIXES)
    return render(request, "languages.html", page="languages", files=files, folders=settings.folders, jobs=jobs)


@router.post("/languages")
def languages_start(request: Request, path: Annotated[list[str], Form()], by: Annotated[str, Form()] = "day",
                    lang: Annotated[str, Form()] = "", detect: Annotated[str, Form()] = "missing") -> Response:
    job_id = start_languages(request, path, by, lang or None, detect)
    if not is_htmx(request):
        return RedirectResponse("/languages", status_code=303)
    with request.app.state.engine.connect() as conn:
        job = get_job(conn, job_id)
    return render(request, "_job.html", job=job)
