"""The pages, one module each; every router checks the CSRF token of every form posted to it."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from reichweite.web.pages import accounts, collect, compare, core, imports

    return [core.router, imports.router, collect.router, compare.router, accounts.router]
