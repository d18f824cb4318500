"""The web app: FastAPI pages rendered on the server (htmx for partial updates) and a JSON API under /api."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from reichweite import __version__
from reichweite.errors import ReichweiteError
from reichweite.store import open_store
from reichweite.web.settings import WebSettings
from reichweite.web.workers import JobPool

STATIC = Path(__file__).parent / "static"


def create_app(settings: WebSettings) -> FastAPI:
    """The app over the store `settings.db`; opening it migrates the store and marks interrupted jobs."""
    from reichweite.errors import Said
    from reichweite.report.messages import error_text, say
    from reichweite.web import api, pages
    from reichweite.web.cache import forget
    from reichweite.web.render import lang_of, render
    from reichweite.web.security import SecurityMiddleware
    from reichweite.web.warm import Warmer

    engine = open_store(settings.db)
    pool = JobPool(engine, settings.workers)
    warmer = Warmer(engine)
    warmer.start()  # the comparisons asked for lately, computed again in the background

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        warmer.stop()
        pool.shutdown()
        forget(engine)

    app = FastAPI(
        title="reichweite", version=__version__, lifespan=lifespan,
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.pool = pool
    app.state.warmer = warmer
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Any:
        from fastapi.responses import FileResponse

        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> Any:
        from fastapi.responses import HTMLResponse

        return HTMLResponse((Path(__file__).parent / "templates" / "api_docs.html").read_text(encoding="utf-8"))

    for router in pages.routers():
        app.include_router(router)

    @app.exception_handler(ReichweiteError)
    async def _user_error(request: Request, exc: ReichweiteError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return render(request, "error.html", status_code=400, message=error_text(exc, lang_of(request)))

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        message = say(exc.detail, lang_of(request))  # a page's request: in the page's language
        if request.headers.get("hx-request") == "true":
            return JSONResponse({"detail": message}, status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", status_code=exc.status_code, message=message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Any:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems}, status_code=422)
        lang = lang_of(request)  # a page's request: the common problems in the page's language
        shown = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: "
                          f"{say(Said(e['msg'], 'opt.web_field.' + str(e['type']), detail=e['msg']), lang)}"
                          for e in exc.errors())
        return render(request, "error.html", status_code=422, message=shown)

    app.add_middleware(SecurityMiddleware, settings=settings)
    return app
