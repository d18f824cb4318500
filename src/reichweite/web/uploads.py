"""Uploaded files: saved under the server's upload folder with a cleaned name (never the client's path)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from fastapi import UploadFile

from reichweite.errors import ConfigError, Said
from reichweite.web.settings import WebSettings

CHUNK = 1024 * 1024


def clean_name(name: str | None) -> str:
    """The file's base name with only safe characters (its suffix kept: importers read it), at most 120 long."""
    base = re.split(r"[\\/]", name or "")[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("._")[:100] or "upload"
    suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix)[:10]
    return f"{stem}.{suffix}" if suffix else stem


async def save_upload(settings: WebSettings, upload: UploadFile) -> Path:
    if not upload.filename:
        raise ConfigError(Said("No file was sent: choose a file to import.", "opt.web_no_file"))
    folder = settings.upload_dir / uuid.uuid4().hex
    folder.mkdir(parents=True)
    path = folder / clean_name(upload.filename)
    written = 0
    with path.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > settings.upload_limit:
                out.close()
                path.unlink()
                folder.rmdir()
                raise ConfigError(Said(f"The upload is larger than the limit of {settings.upload_limit:,} bytes.",
                                       "opt.web_too_large", limit=settings.upload_limit))
            out.write(chunk)
    return path
