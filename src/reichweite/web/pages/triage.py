"""Spam triage: senders of a LinkedIn export ranked with reasons; spam / not spam buttons store the user's label,
which teaches the model (the job of `reichweite automation linkedin` and `automation label`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from reichweite.errors import Said
from reichweite.web.render import lang_of, render, require_form_csrf, settings_of
from reichweite.web.settings import WebSettings, allowed_path

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)


def exports(settings: WebSettings) -> list[str]:
    """LinkedIn exports in the configured folders: zips and folders holding messages.csv or Invitations.csv."""
    found = []
    for folder in settings.folders:
        root = folder.expanduser().resolve()
        for path in sorted(root.rglob("*")):
            export = (path.is_file() and path.name.lower().endswith(".zip")) or (path.is_dir() and any(
                (path / f).exists() for f in ("messages.csv", "Invitations.csv")))
            if export and allowed_path(settings, str(path)):
                found.append(str(path))
    return found[:200]


def _store(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.engine


def _export(request: Request, export: str):  # type: ignore[no-untyped-def]
    path = allowed_path(settings_of(request), export)
    if path is None or not path.exists():
        raise HTTPException(403, Said("Only exports inside the folders the server was started with (--folder) can be "
                                      "read.", "opt.web_exports"))
    return path


@router.get("/triage", response_class=HTMLResponse)
def triage_page(request: Request, export: str = "", names: bool = False, owner: str = "") -> HTMLResponse:
    from reichweite import api
    from reichweite.results import Store

    lang = lang_of(request)
    choices = exports(settings_of(request))
    context: dict = {"page": "triage", "choices": choices, "export": export, "names": names, "owner": owner,
                     "rows": None}
    if export:
        found = api.triage(_export(request, export), store=Store(_store(request)), owner=owner or None, lang=lang)
        rows = found.sender_rows(show_names=names)
        for row, score in zip(rows, found.result.scores, strict=True):
            row["key"] = score.key
        context.update(rows=rows, summary=found.summary(), model=found.model_note())
    return render(request, "triage.html", **context)


@router.post("/triage/label")
def triage_label(request: Request, export: Annotated[str, Form()], sender: Annotated[str, Form()],
                 label: Annotated[str, Form()], names: Annotated[str, Form()] = "",
                 owner: Annotated[str, Form()] = "") -> RedirectResponse:
    from urllib.parse import urlencode

    from reichweite import api
    from reichweite.results import Store

    api.label_sender(Store(_store(request)), sender, label, export=_export(request, export), owner=owner or None)
    query = {"export": export, **({"names": "true"} if names else {}), **({"owner": owner} if owner else {})}
    return RedirectResponse(f"/triage?{urlencode(query)}", status_code=303)
