"""Collect: run a collection of an account as a job; the latest runs; the watch list and its schedule."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from reichweite import registry
from reichweite.errors import ReichweiteError, Said
from reichweite.report.messages import error_text
from reichweite.store.job_state import get_job, list_jobs
from reichweite.web import views
from reichweite.web.api import start_collect
from reichweite.web.render import is_htmx, lang_of, render, require_form_csrf, settings_of
from reichweite.web.settings import allowed_path, folder_listing
from reichweite.web.tasks import watch_work

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)


def _watch_path(request: Request, value: str) -> Path:
    path = allowed_path(settings_of(request), value)
    if path is None or path.suffix.lower() != ".toml":
        raise HTTPException(403, Said("Only watch lists (.toml) inside the folders the server was started with "
                                      "(--folder) can be read or written.", "opt.web_watch_folders"))
    return path


def _plan(path: Path) -> dict:
    from reichweite.schedule import describe_ages, load_watch_list

    watch = load_watch_list(path)
    return {"ages": describe_ages(watch.plan.post_ages), "tolerance": describe_ages([watch.plan.tolerance]),
            "accounts_every": describe_ages([watch.plan.accounts_every]),
            "platforms": [(w.platform, ", ".join(w.accounts)) for w in watch.platforms]}


@router.get("/collect", response_class=HTMLResponse)
def collect_page(request: Request, watch: str = "") -> HTMLResponse:
    engine = request.app.state.engine
    with engine.connect() as conn:
        jobs = list_jobs(conn, kind="collect", limit=10)
    context: dict = {"watch": watch, "watch_text": None, "plan": None, "problem": None, "saved": False}
    if watch:
        path = _watch_path(request, watch)
        context["watch_text"] = path.read_text(encoding="utf-8") if path.exists() else ""
        try:
            context["plan"] = _plan(path)
        except ReichweiteError as exc:
            context["problem"] = error_text(exc, lang_of(request))
    return render(request, "collect.html", page="collect", jobs=jobs, runs=views.kept_overview(engine)["runs"],
                  collectors=registry.api_platforms(),
                  watch_lists=[str(p) for p in folder_listing(settings_of(request), (".toml",))], **context)


@router.post("/collect/watch")
def watch_save(request: Request, watch: Annotated[str, Form()], text: Annotated[str, Form()]) -> Response:
    """Save the edited watch list once it reads as one (checked on a copy first; the file is replaced whole)."""
    import os
    import tempfile
    from urllib.parse import urlencode

    path = _watch_path(request, watch)
    fd, name = tempfile.mkstemp(suffix=".toml", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text.replace("\r\n", "\n"))
    try:
        _plan(Path(name))
    except ReichweiteError as exc:
        os.unlink(name)
        with request.app.state.engine.connect() as conn:
            jobs = list_jobs(conn, kind="collect", limit=10)
        return render(request, "collect.html", status_code=422, page="collect", jobs=jobs,
                      runs=views.kept_overview(request.app.state.engine)["runs"], collectors=registry.api_platforms(),
                      watch_lists=[str(p) for p in folder_listing(settings_of(request), (".toml",))],
                      watch=watch, watch_text=text, plan=None,
                      problem=error_text(exc, lang_of(request)).replace(name, str(path)),
                      saved=False)
    os.replace(name, path)
    return RedirectResponse(f"/collect?{urlencode({'watch': watch})}", status_code=303)


@router.post("/collect/watch/run")
def watch_run(request: Request, watch: Annotated[str, Form()]) -> Response:
    from urllib.parse import urlencode

    path = _watch_path(request, watch)
    request.app.state.pool.submit("collect", f"watch list {path.name}", {"watch": str(path)},
                                  watch_work(request.app.state.engine, path, lang_of(request)),
                                  lang=lang_of(request))
    return RedirectResponse(f"/collect?{urlencode({'watch': watch})}", status_code=303)


@router.post("/collect")
def collect_start(request: Request, platform: Annotated[str, Form()], handle: Annotated[str, Form()],
                  server: Annotated[str, Form()] = "") -> Response:
    job_id = start_collect(request, platform, handle, server or None)
    if not is_htmx(request):
        return RedirectResponse("/collect", status_code=303)
    with request.app.state.engine.connect() as conn:
        job = get_job(conn, job_id)
    return render(request, "_job.html", job=job)
