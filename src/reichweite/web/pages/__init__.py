"""The pages, one module each; every router checks the CSRF token of every form posted to it."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from reichweite.web.pages import accounts, analyses, collect, compare, core, entry, imports, triage

    return [core.router, imports.router, entry.router, collect.router, compare.router, accounts.router,
            analyses.router, triage.router]
