"""Importing a file of a known kind: one entry for `reichweite import KIND`, the Python API and the web app. Each
importer keeps its own rule of one transaction per file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy as sa

IMPORT_KINDS = ("x-archive", "mastodon-archive", "table", "linkedin-export", "linkedin-page", "companies",
                "company-page")


class ImportDone(NamedTuple):
    """What an importer did: the files, its summary line, its figures and its own result object."""

    path: str
    summary: str
    details: dict[str, Any]
    result: Any
    paths: tuple[Path, ...] = ()


def _details(result: Any) -> dict[str, Any]:
    if isinstance(result, dict):
        return result
    if hasattr(result, "as_dict"):
        return result.as_dict()
    if is_dataclass(result) and not isinstance(result, type):
        return asdict(result)
    return {}


def import_kind(engine: sa.Engine, kind: str, path: str | Path | Sequence[str | Path], **options: Any
                ) -> ImportDone:
    """Import `path` as `kind` (one of IMPORT_KINDS) with the importer's own options."""
    paths = [Path(p) for p in path] if isinstance(path, list | tuple) else [Path(path)]  # type: ignore[arg-type]
    result: Any
    if kind == "x-archive":
        from reichweite.jobs.import_x_archive import import_x_archive

        result = import_x_archive(engine, paths[0], **options)
    elif kind == "mastodon-archive":
        from reichweite.jobs.platforms import import_mastodon_archive

        result = import_mastodon_archive(engine, paths[0], **options)
    elif kind == "table":
        from reichweite.jobs.import_table import import_table

        result = import_table(engine, paths[0], **options)
    elif kind == "linkedin-export":
        from reichweite.jobs.linkedin import import_member_export

        result = import_member_export(engine, paths[0], **options)
    elif kind == "linkedin-page":
        from reichweite.jobs.linkedin import import_page_exports

        result = import_page_exports(engine, paths, **options)
    elif kind == "companies":
        from reichweite.jobs.panels import import_company_table

        result = import_company_table(engine, paths[0], **options)
    elif kind == "company-page":
        from reichweite.jobs.panels import import_company_page

        result = import_company_page(engine, paths[0], **options)
    else:
        raise ValueError(f"no importer for {kind!r}")
    return ImportDone(", ".join(map(str, paths)), summary(kind, result, paths), _details(result), result,
                      tuple(paths))


def summary(kind: str, result: Any, paths: Sequence[Path], lang: str = "en") -> str:
    """The summary line of an import of `kind` in the language (de or en)."""
    from reichweite.report import import_summary as said

    if kind == "linkedin-export":
        return said.member_export(result, paths[0].name, lang)
    if kind == "linkedin-page":
        return said.page_exports(result, ", ".join(p.name for p in paths), lang)
    if kind in ("companies", "company-page"):
        return said.companies(result, lang)
    return result.summary(lang)
