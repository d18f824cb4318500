"""Enter figures: a grid in the layout of the table templates; paste from Excel, checked as you type by the
table importer, saved as one transaction (the job of `reichweite import table`)."""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from reichweite.errors import ReichweiteError
from reichweite.report.messages import error_text
from reichweite.web.render import lang_of, render, require_form_csrf

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)
ROWS = 8
MAX_ROWS = 5000
CELL = re.compile(r"^c-(\d{1,5})-(\d{1,3})$")


def columns() -> list[str]:
    from reichweite.tables.detect import LAYOUTS

    return list(LAYOUTS["posts"].names)


def _grid(form: Any, names: list[str]) -> list[list[str]]:
    """The filled rows of the grid, in order; cells are `c-ROW-COL` fields."""
    cells: dict[int, dict[int, str]] = {}
    for key, value in form.multi_items():
        found = CELL.match(key)
        if found and isinstance(value, str):
            row, col = int(found.group(1)), int(found.group(2))
            if row < MAX_ROWS and col < len(names):
                cells.setdefault(row, {})[col] = value.strip()
    rows = [[cells[r].get(c, "") for c in range(len(names))] for r in sorted(cells)]
    return [row for row in rows if any(row)]


def _as_file(names: list[str], rows: list[list[str]]) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="reichweite-entry-"))
    path = folder / "entered-figures.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        writer.writerows(rows)
    return path


def _check(names: list[str], rows: list[list[str]], lang: str) -> tuple[bool, str]:
    from reichweite.tables.detect import load_file

    if not rows:
        return False, ""
    path = _as_file(names, rows)
    try:
        load_file(path)
        return True, ""
    except ReichweiteError as exc:
        return False, error_text(exc, lang).replace(str(path), "grid")
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


@router.get("/entry", response_class=HTMLResponse)
def entry_page(request: Request) -> HTMLResponse:
    names = columns()
    return render(request, "entry.html", page="entry", names=names, rows=[[""] * len(names)] * ROWS,
                  state=None)


@router.post("/entry/check", response_class=HTMLResponse)
async def entry_check(request: Request) -> HTMLResponse:
    names = columns()
    rows = _grid(await request.form(), names)
    ok, problem = _check(names, rows, lang_of(request))
    return render(request, "_entry_state.html", state={"ok": ok, "problem": problem, "rows": len(rows),
                                                       "saved": None})


@router.post("/entry", response_class=HTMLResponse)
async def entry_save(request: Request) -> HTMLResponse:
    from reichweite import api
    from reichweite.results import Store

    names = columns()
    rows = _grid(await request.form(), names)
    ok, problem = _check(names, rows, lang_of(request))
    saved = None
    if ok:
        path = _as_file(names, rows)
        try:
            imported = api.import_file(Store(request.app.state.engine), path, kind="table")
            saved = imported.summary.replace(path.name, "grid", 1)
        except ReichweiteError as exc:
            ok, problem = False, error_text(exc, lang_of(request)).replace(str(path), "grid")
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)
    state = {"ok": ok, "problem": problem, "rows": len(rows), "saved": saved}
    if request.headers.get("hx-request") == "true":
        return render(request, "_entry_state.html", state=state)
    return render(request, "entry.html", page="entry", names=names,
                  rows=rows + [[""] * len(names)] * max(1, ROWS - len(rows)), state=state)
