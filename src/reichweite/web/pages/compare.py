"""Compare: pick accounts, a date or an age and a window; read the statistics, the chart and the pairs;
download the report files. The numbers are those of `reichweite compare` (the same job)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.background import BackgroundTask

from reichweite.errors import Said
from reichweite.web import views
from reichweite.web.compare_view import result_html
from reichweite.web.render import is_htmx, lang_of, render, require_form_csrf
from reichweite.web.warm import remember

router = APIRouter(dependencies=[Depends(require_form_csrf)], include_in_schema=False)
DOWNLOADS = {"xlsx": "comparison.xlsx", "html": "report.zip", "png": "pairs_scatter.png", "csv": "pairs.csv"}


def _choices(request: Request) -> list[str]:
    return views.account_names(request.app.state.engine, with_posts=True)


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request,
    account: Annotated[list[str] | None, Query()] = None,
    at: Annotated[list[str] | None, Query()] = None, age: Annotated[list[str] | None, Query()] = None,
    window: str = "12h", quotes: bool = False,
) -> HTMLResponse:
    lang = lang_of(request)
    chosen = list(dict.fromkeys(a for a in (account or []) if a))  # A, B and any more, each once
    context = {"page": "compare", "choices": _choices(request), "chosen": chosen, "at": ", ".join(views.several(at)),
               "age": ", ".join(views.several(age)), "window": window, "quotes": quotes, "result_html": None}
    if len(chosen) >= 2:
        options = {"at": at, "age": age, "window": window, "quotes": quotes}
        engine = request.app.state.engine
        _remember(request, chosen, options)
        context["result_html"] = result_html(engine, chosen, lang, options)
    if is_htmx(request) and request.headers.get("hx-target") == "result":
        return HTMLResponse(context["result_html"] or "")
    return render(request, "compare.html", **context)


def _remember(request: Request, chosen: list[str], options: dict[str, Any]) -> None:
    """A comparison at a given date or age is kept and, noted in the store, computed again in the background."""
    key = views.comparison_key(request.app.state.engine, chosen, **options)
    if key is not None:
        remember(request, key, {"accounts": chosen, "options": options})


@router.get("/compare/download/{kind}")
def compare_download(
    request: Request, kind: str,
    account: Annotated[list[str] | None, Query()] = None,
    at: Annotated[list[str] | None, Query()] = None, age: Annotated[list[str] | None, Query()] = None,
    window: str = "12h", quotes: bool = False,
) -> Response:
    """The report files of `reichweite compare --out`, made from the comparison the page shows (kept while the store
    is unchanged: a download after the page runs no job) in a folder removed afterwards."""
    import shutil

    if kind not in DOWNLOADS:
        raise HTTPException(404, Said(f"no download {kind!r}: use {', '.join(DOWNLOADS)}", "opt.web_download",
                                      kind=repr(kind), choices=", ".join(DOWNLOADS)))
    chosen = list(dict.fromkeys(a for a in (account or []) if a))
    options = {"at": at, "age": age, "window": window, "quotes": quotes}
    engine = request.app.state.engine
    _remember(request, chosen, options)
    result = views.comparison(engine, chosen, **options)
    folder = Path(tempfile.mkdtemp(prefix="reichweite-download-"))
    try:
        path = write_download(kind, result, lambda: views.comparison_data(engine, chosen, **options), folder,
                              lang_of(request))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    name = "comparison-" + "-".join(handle for _, handle in result_targets(result)) + path.suffix
    return FileResponse(path, filename=name, background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))


def result_targets(result: Any) -> list[tuple[str, str]]:
    return [result.a, result.b] if hasattr(result, "a") else list(result.accounts)


def write_download(kind: str, result: Any, data: Any, folder: Path, lang: str) -> Path:
    """One report file of a comparison (two accounts) or a series (more accounts or dates) in `folder`: the workbook,
    the HTML report with its charts (zipped), the main chart as PNG, or the pairs (listing) as CSV."""
    import shutil

    import pandas as pd

    from reichweite.api import SeriesResult
    from reichweite.cells import csv_frame
    from reichweite.report import comparison_files, series_files
    from reichweite.report.charts.render import save_chart
    from reichweite.report.comparison import chart_specs
    from reichweite.report.series import chart_specs as series_specs

    series = isinstance(result, SeriesResult)
    if kind == "csv":
        frame = result.listing() if series else pd.DataFrame(data()["pairs"])
        path = folder / DOWNLOADS[kind]
        csv_frame(frame).to_csv(path, index=False)
        return path
    if kind == "xlsx":
        module = series_files if series else comparison_files
        return module.write_workbook(result, folder / DOWNLOADS[kind], lang)
    if kind == "png":
        specs = series_specs(result, lang) if series else chart_specs(result, lang)
        if not specs:
            raise HTTPException(404, Said("this comparison has no chart", "opt.web_no_chart"))
        stem = "pairs_scatter" if "pairs_scatter" in specs else next(iter(specs))
        return save_chart(specs[stem], folder / f"{stem}.png")
    report = folder / "report"
    if series:
        series_files.write_series_report(result, report, lang)
    else:
        comparison_files.write_comparison_report(result, report, lang)
    return Path(shutil.make_archive(str(folder / "report"), "zip", report))
