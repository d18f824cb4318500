"""Import any supported file, telling its kind from its name and content when not given: the one entry the web
app's Import page and `POST /api/imports` use. Each importer keeps its own rule of one transaction per file."""

from __future__ import annotations

import zipfile
from dataclasses import asdict, dataclass, is_dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from reichweite.errors import ConfigError, InputError

KINDS = ("x-archive", "mastodon-archive", "linkedin-export", "linkedin-page", "table")


@dataclass(slots=True)
class FileImport:
    """What one import did: the kind that was used, the summary line and the importer's figures."""

    kind: str
    path: str
    summary: str
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "file": Path(self.path).name, "summary": self.summary, "details": self.details}


def _zip_names(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            return [name.replace("\\", "/").lower() for name in archive.namelist()]
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(path, f"not a readable zip archive ({exc})") from None


def check_archive(path: Path) -> None:
    """Refuse a zip before it is queued: a member name leaving the archive (zip slip: absolute, `..`, a drive
    letter), or a member or archive beyond the importers' limits (`reichweite.limits`, zip bombs), as their
    directory declares them. The importers check again while they unpack."""
    from reichweite.archives import Archive

    with Archive(path) as archive:
        infos = archive.zip.infolist() if archive.zip is not None else []
        for info in infos:
            name = info.filename.replace("\\", "/")
            if name.startswith("/") or ".." in name.split("/") or (len(name) > 1 and name[1] == ":"):
                raise InputError(archive.shown(info.filename), "points outside the archive; refused")
            archive.unpacked += info.file_size
            archive.check(info.filename, info.file_size, info.compress_size)


def detect_kind(path: Path) -> str:
    """x-archive, mastodon-archive, linkedin-export, linkedin-page or table, from the file's name and content."""
    suffix = path.suffix.lower()
    if suffix == ".zip":
        names = _zip_names(path)
        base = {name.rsplit("/", 1)[-1] for name in names}
        if base & {"tweets.js", "tweet.js"}:
            return "x-archive"
        if "outbox.json" in base:
            return "mastodon-archive"
        if base & {"messages.csv", "connections.csv", "invitations.csv", "shares.csv"}:
            return "linkedin-export"
        raise InputError(path, "a zip that is neither an X archive (data/tweets.js), a Mastodon archive "
                               "(outbox.json) nor a LinkedIn data export (messages.csv, Connections.csv)")
    if suffix == ".js":
        return "x-archive"
    if suffix == ".json":
        return "mastodon-archive"
    if suffix == ".xls":
        return "linkedin-page"
    if suffix in (".csv", ".xlsx", ".tsv", ".txt"):
        return "table"
    raise InputError(path, "unknown kind of file: expected .zip (X, Mastodon or LinkedIn archive), .js, .json, "
                           ".xls/.xlsx (LinkedIn page analytics or a table) or .csv")


def _details(result: Any) -> dict[str, Any]:
    if hasattr(result, "as_dict"):
        return result.as_dict()
    if is_dataclass(result):
        return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in asdict(result).items()
                if isinstance(v, str | int | float | bool | type(None)) or hasattr(v, "isoformat")}
    return {}


def import_file(engine: sa.Engine, path: str | Path, kind: str | None = None, *, owner: str | None = None,
                followers: int | None = None) -> FileImport:
    """Import `path` as `kind` (detected when None) into the store."""
    path = Path(path)
    if zipfile.is_zipfile(path):
        check_archive(path)
    kind = kind or detect_kind(path)
    if kind not in KINDS:
        raise ConfigError(f"kind {kind!r}: use one of {', '.join(KINDS)}")
    result: Any
    if kind == "x-archive":
        from reichweite.jobs.import_x_archive import import_x_archive

        result = import_x_archive(engine, path)
        summary = result.summary()
    elif kind == "mastodon-archive":
        from reichweite.jobs.platforms import import_mastodon_archive

        result = import_mastodon_archive(engine, path)
        summary = result.summary()
    elif kind == "linkedin-export":
        from reichweite.jobs.linkedin import import_member_export

        result = import_member_export(engine, path, owner=owner)
        added = ", ".join(f"{n:,} {part}" for part, n in result.added.items())
        summary = f"linkedin-export {path.name} ({result.layout} layout): added {added}"
    elif kind == "linkedin-page":
        from reichweite.jobs.linkedin import import_page_exports

        result = import_page_exports(engine, [path], followers=followers)
        added = ", ".join(f"{n:,} {part}" for part, n in result.added.items())
        summary = f"linkedin-page {path.name}: added {added}. {result.follower_note}".strip()
    else:
        from reichweite.jobs.import_table import import_table

        result = import_table(engine, path)
        summary = result.summary()
    return FileImport(kind=kind, path=str(path), summary=summary, details=_details(result))
