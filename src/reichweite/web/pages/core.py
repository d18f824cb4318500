"""Overview, login, logout, language switch, job fragments."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from reichweite.errors import Said
from reichweite.report.i18n import LANGS
from reichweite.store.job_state import get_job
from reichweite.web import views
from reichweite.web.render import render, require_form_csrf, session_of, settings_of
from reichweite.web.security import check_password

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)


def _local_path(value: str | None) -> str:
    """Only paths of this app are followed after a form (no open redirect)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request) -> HTMLResponse:
    data = views.kept_overview(request.app.state.engine)
    return render(request, "overview.html", page="overview", data=data, jobs=data["jobs"])


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:  # noqa: A002 - the query's name
    return render(request, "login.html", page="login", next=_local_path(next), wrong=False)


@router.post("/login")
def login(request: Request, password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"):  # noqa: A002
    settings = settings_of(request)
    if not settings.login_required:
        return RedirectResponse(_local_path(next), status_code=303)
    if not check_password(settings, password):
        return render(request, "login.html", status_code=401, page="login", next=_local_path(next), wrong=True)
    session = session_of(request)
    session.auth, session.changed = True, True
    return RedirectResponse(_local_path(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> RedirectResponse:
    session = session_of(request)
    session.auth, session.changed = False, True
    return RedirectResponse("/login", status_code=303)


@router.post("/lang")
def switch_lang(request: Request, lang: Annotated[str, Form()], next: Annotated[str, Form()] = "/"):  # noqa: A002
    if lang not in LANGS:
        raise HTTPException(422, Said(f"lang: use {' or '.join(LANGS)}", "opt.web_lang"))
    session = session_of(request)
    session.lang, session.changed = lang, True
    return RedirectResponse(_local_path(next), status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_fragment(request: Request, job_id: str) -> HTMLResponse:
    with request.app.state.engine.connect() as conn:
        job = get_job(conn, job_id)
    if job is None:
        raise HTTPException(404, Said(f"no job {job_id!r}", "opt.web_no_job", job=repr(job_id)))
    return render(request, "_job.html", job=job)
