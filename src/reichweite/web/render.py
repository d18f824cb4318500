"""Rendering pages: Jinja2 with autoescape everywhere, the user's language, the CSRF token for forms."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from reichweite import __version__, registry
from reichweite.errors import Said
from reichweite.report.i18n import LANGS, format_number, resolve_lang
from reichweite.web.security import Session, csrf_ok
from reichweite.web.settings import WebSettings
from reichweite.web.texts import T as t

TEMPLATES = Path(__file__).parent / "templates"
NAV = ("overview", "import", "entry", "collect", "compare", "accounts", "panel", "polls", "languages", "triage")

env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _utc(value: Any) -> str:
    """An ISO time (or datetime) as 'YYYY-MM-DD HH:MM UTC'; None as the unknown dash."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _platform_label(platform: str) -> str:
    return registry.label(platform)


def _http_url(value: Any) -> str | None:
    """A link target from data only when it is an http(s) URL (never javascript: or data:)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else None


env.filters["utc"] = _utc
env.filters["http_url"] = _http_url
env.globals["platform_label"] = _platform_label


def settings_of(request: Request) -> WebSettings:
    return request.app.state.settings


def session_of(request: Request) -> Session:
    return request.scope["state"]["session"]


def lang_of(request: Request) -> str:
    session = session_of(request)
    if session.lang in LANGS:
        return session.lang  # type: ignore[return-value]
    try:
        return resolve_lang(settings_of(request).lang)
    except ValueError:
        return "en"


async def require_form_csrf(request: Request) -> None:
    """Every form posted to a page carries the session's CSRF token (field `csrf_token` or the header)."""
    if not request.scope.get("state", {}).get("csrf_from_form"):
        return
    form = await request.form()
    given = form.get("csrf_token")
    if not isinstance(given, str) or not csrf_ok(settings_of(request), session_of(request), given):
        raise HTTPException(403, Said("Missing or wrong CSRF token: reload the page and try again.", "opt.web_csrf"))


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("page", None)
    page = env.get_template(template).render(**_page_context(request), **context)
    return HTMLResponse(page, status_code=status_code)


def fragment(request: Request, template: str, **context: Any) -> Markup:
    """A part of a page rendered on its own, with the same texts, numbers and escaping as `render`."""
    return Markup(env.get_template(template).render(**_page_context(request), **context))


def fragment_in(lang: str, template: str, **context: Any) -> Markup:
    """A part of a page that holds no session data (no form, no token), rendered for a language alone: what the
    app keeps and computes ahead of a request."""
    return Markup(env.get_template(template).render(**_texts(lang), **context))


def _texts(lang: str) -> dict[str, Any]:
    def tr(key: str, **values: Any) -> str:
        return t(key, lang, **values)

    def num(value: Any, digits: int = 0) -> str:
        return format_number(value, lang, digits)

    def job_message(message: str | None) -> str:
        """A job's message as kept; the one a restart writes (in no page's language) said in this page's."""
        from reichweite.report.messages import say
        from reichweite.store.job_state import INTERRUPTED

        if message != INTERRUPTED:
            return message or ""
        return say(Said(INTERRUPTED, "opt.job_interrupted"), lang)

    return {"_": tr, "num": num, "lang": lang, "job_message": job_message}


def _page_context(request: Request) -> dict[str, Any]:
    settings = settings_of(request)
    session = session_of(request)
    return {**_texts(lang_of(request)), "langs": LANGS, "nav": NAV, "version": __version__,
            "request": request, "csrf_token": session.csrf_token(settings),
            "login_required": settings.login_required, "logged_in": session.auth}


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"
