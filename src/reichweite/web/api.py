"""The JSON API under /api (OpenAPI docs at /api/docs): the same jobs and the same JSON as the command line."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from reichweite.errors import Said, one_of
from reichweite.store.job_state import get_job, list_jobs
from reichweite.web import views
from reichweite.web.render import lang_of, settings_of
from reichweite.web.settings import allowed_path
from reichweite.web.tasks import collect_work, import_work, languages_work, remove_upload
from reichweite.web.uploads import save_upload

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/compare", summary="Compare accounts post by post (the JSON of `reichweite compare --json`)")
def api_compare(
    request: Request,
    account: Annotated[list[str], Query(description="PLATFORM:HANDLE, two or more (e.g. x:NAME, bluesky:NAME)")],
    at: Annotated[list[str] | None, Query(description="Measurement date (Stichtag), default now; repeat it for "
                                                      "several dates (earliest first)")] = None,
    age: Annotated[list[str] | None, Query(description="Post age instead of a date, e.g. 7d; repeat it for "
                                                       "several ages")] = None,
    window: str = "12h",
    tolerance: str = "12h",
    quotes: bool = False,
    fuzzy_threshold: float = 90.0,
    include_reposts: bool = False,
    parts: Annotated[str | None, Query(description="common (default), known or a list such as likes,reposts")] = None,
) -> Any:
    from reichweite.web.warm import remember

    engine = request.app.state.engine
    options = {"at": at, "age": age, "window": window, "tolerance": tolerance, "quotes": quotes,
               "fuzzy_threshold": fuzzy_threshold, "include_reposts": include_reposts, "parts": parts}
    key = views.comparison_key(engine, account, **options)
    if key is not None:  # a given date or age: kept, and computed again in the background after a change
        remember(request, key, {"accounts": account, "options": options})
    return Response(views.comparison_body(engine, account, **options), media_type="application/json")


@router.get("/overview", summary="Accounts per platform with their latest measurement, and the latest runs")
def api_overview(request: Request) -> Any:
    return Response(views.kept_overview_body(request.app.state.engine), media_type="application/json")


@router.get("/accounts", summary="Followers, following and posts of accounts over time (as `reichweite accounts`)")
def api_accounts(
    request: Request,
    account: Annotated[list[str], Query(description="PLATFORM:HANDLE, one or more")],
    every: Annotated[str | None, Query(description="day, week or month: the figures at the end of each step with "
                                                   "the change (the JSON of `reichweite accounts --every`)")] = None,
    start: Annotated[str | None, Query(alias="from", description="First day of the steps (default: the first "
                                                                 "measurement)")] = None,
    end: Annotated[str | None, Query(alias="to", description="Last day of the steps (default: now)")] = None,
) -> Any:
    if every or start or end:
        return views.growth_steps(request.app.state.engine, account, every=every or "week", start=start,
                                  end=end).to_json()
    return Response(views.kept_growth_body(request.app.state.engine, account), media_type="application/json")


@router.post("/imports", status_code=202, summary="Import a file (X/Mastodon archive, LinkedIn export, table) as a job")
async def api_import(
    request: Request,
    file: Annotated[UploadFile, File(description="The file to import")],
    kind: Annotated[str | None, Form(description="x-archive, mastodon-archive, linkedin-export, linkedin-page or "
                                                 "table; detected when left out")] = None,
) -> Any:
    job_id = await start_import(request, file, kind or None)
    return JSONResponse({"job": job_id, "url": f"/api/jobs/{job_id}"}, status_code=202)


async def start_import(request: Request, file: UploadFile, kind: str | None) -> str:
    from reichweite.api import check_import, file_kinds

    if kind is not None and kind not in file_kinds():
        raise HTTPException(422, one_of("kind", kind, file_kinds()))
    settings = settings_of(request)
    path = await save_upload(settings, file)
    cleanup = remove_upload(path)
    try:
        check_import(path)
    except Exception:
        cleanup()
        raise
    return request.app.state.pool.submit("import", path.name, {"file": path.name, "kind": kind},
                                         import_work(request.app.state.engine, path, kind, lang_of(request)), cleanup,
                                         lang=lang_of(request))


@router.post("/collections", status_code=202, summary="Collect an account's posts and figures as a job")
def api_collect(
    request: Request,
    platform: Annotated[str, Form(description="A platform with an API collector (bluesky, mastodon, x …)")],
    handle: Annotated[str, Form(description="The account, e.g. alice.bsky.social or @user@instance")],
    server: Annotated[str | None, Form(description="The platform's server: Bluesky AppView, Mastodon instance or X "
                                                   "API base URL (default: the platform's public one)")] = None,
    appview: Annotated[str | None, Form(description="Same as `server` (Bluesky's name for it)")] = None,
) -> Any:
    job_id = start_collect(request, platform, handle, server or appview)
    return JSONResponse({"job": job_id, "url": f"/api/jobs/{job_id}"}, status_code=202)


def start_collect(request: Request, platform: str, handle: str, server: str | None) -> str:
    from reichweite import registry

    platform, handle = platform.strip().lower(), handle.strip()
    offered = registry.api_platforms()
    if platform not in offered or not handle:
        raise HTTPException(422, Said(f"platform must be one of {', '.join(offered)}, and a handle is needed",
                                      "opt.web_collect", choices=", ".join(offered)))
    return request.app.state.pool.submit(
        "collect", f"{platform}:{handle}", {"platform": platform, "handle": handle, "server": server},
        collect_work(request.app.state.engine, platform, handle, server=server or None,
                     lang=lang_of(request)), lang=lang_of(request))


@router.post("/languages", status_code=202, summary="Count languages of Jetstream archives on the server as a job")
def api_languages(
    request: Request,
    path: Annotated[list[str], Form(description="Files inside the folders `reichweite serve --folder` allows")],
    by: Annotated[str, Form()] = "day",
    lang: Annotated[str | None, Form(description="Language whose share to follow, e.g. de")] = None,
    detect: Annotated[str, Form()] = "missing",
) -> Any:
    job_id = start_languages(request, path, by, lang, detect)
    return JSONResponse({"job": job_id, "url": f"/api/jobs/{job_id}"}, status_code=202)


def start_languages(request: Request, paths: list[str], by: str, lang: str | None, detect: str) -> str:
    settings = settings_of(request)
    allowed = [allowed_path(settings, p) for p in paths]
    if not paths or any(p is None for p in allowed):
        raise HTTPException(403, Said("Only files inside the folders the server was started with (--folder) can be "
                                      "read.", "opt.web_folders"))
    if by not in ("day", "week", "month") or detect not in ("none", "missing", "all"):
        raise HTTPException(422, Said("by: day, week or month; detect: none, missing or all", "opt.web_by_detect"))
    files = [p for p in allowed if p is not None]
    return request.app.state.pool.submit(
        "languages", ", ".join(p.name for p in files)[:200],
        {"paths": [str(p) for p in files], "by": by, "lang": lang, "detect": detect},
        languages_work(files, by=by, lang=lang or None, detect=detect, page_lang=lang_of(request)),
        lang=lang_of(request))


@router.get("/jobs", summary="The latest jobs, newest first")
def api_jobs(request: Request, kind: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    with request.app.state.engine.connect() as conn:
        return [job.to_json() for job in list_jobs(conn, kind=kind, limit=limit)]


@router.get("/jobs/{job_id}", summary="One job: status (queued|running|done|failed), progress and summary")
def api_job(request: Request, job_id: str) -> Any:
    with request.app.state.engine.connect() as conn:
        job = get_job(conn, job_id)
    if job is None:
        raise HTTPException(404, Said(f"no job {job_id!r}", "opt.web_no_job", job=repr(job_id)))
    return job.to_json()
