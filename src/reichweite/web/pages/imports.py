"""Import page: upload a file, follow its job, read the summary or the error."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from reichweite.api import file_kinds
from reichweite.store.job_state import get_job, list_jobs
from reichweite.web.api import start_import
from reichweite.web.render import is_htmx, lang_of, render, require_form_csrf, settings_of

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)


def _size(n: int, lang: str) -> str:
    from reichweite.report.i18n import format_number

    return f"{format_number(n / 1024 / 1024, lang)} MiB"


@router.get("/import", response_class=HTMLResponse)
def import_page(request: Request) -> HTMLResponse:
    with request.app.state.engine.connect() as conn:
        jobs = list_jobs(conn, kind="import", limit=10)
    return render(request, "import.html", page="import", kinds=file_kinds(), jobs=jobs,
                  limit=_size(settings_of(request).upload_limit, lang_of(request)))


@router.post("/import")
async def import_upload(request: Request, file: Annotated[UploadFile, File()],
                        kind: Annotated[str, Form()] = "") -> Response:
    job_id = await start_import(request, file, kind or None)
    if not is_htmx(request):
        return RedirectResponse("/import", status_code=303)
    with request.app.state.engine.connect() as conn:
        job = get_job(conn, job_id)
    return render(request, "_job.html", job=job)
