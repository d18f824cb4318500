"""Which kind of file an upload is (from its name and content) and whether a zip may be unpacked at all: what
`reichweite.api.import_file` asks before it imports a file whose kind was not given."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reichweite.archives import Archive
from reichweite.errors import InputError, Said

KINDS = ("x-archive", "mastodon-archive", "linkedin-export", "linkedin-page", "table")


def _zip_names(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            return [name.replace("\\", "/").lower() for name in archive.namelist()]
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(path, Said(f"not a readable zip archive ({exc})", "src.zip.unreadable",
                                    detail=str(exc))) from None


def check_archive(path: Path) -> None:
    """Refuse a zip before it is queued: a member name leaving the archive (zip slip: absolute, `..`, a drive
    letter), or a member or archive beyond the importers' limits (`reichweite.limits`, zip bombs), as their
    directory declares them. The importers check again while they unpack."""
    with Archive(path) as archive:
        infos = archive.zip.infolist() if archive.zip is not None else []
        for info in infos:
            name = info.filename.replace("\\", "/")
            if name.startswith("/") or ".." in name.split("/") or (len(name) > 1 and name[1] == ":"):
                raise InputError(archive.shown(info.filename), Said("points outside the archive; refused",
                                                                    "src.zip.slip"))
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
        raise InputError(path, Said("a zip that is neither an X archive (data/tweets.js), a Mastodon archive "
                                    "(outbox.json) nor a LinkedIn data export (messages.csv, Connections.csv)",
                                    "src.file.which_zip"))
    if suffix == ".js":
        return "x-archive"
    if suffix == ".json":
        return "mastodon-archive"
    if suffix == ".xls":
        return "linkedin-page"
    if suffix in (".csv", ".xlsx", ".tsv", ".txt"):
        return "table"
    raise InputError(path, Said("unknown kind of file: expected .zip (X, Mastodon or LinkedIn archive), .js, .json, "
                                ".xls/.xlsx (LinkedIn page analytics or a table) or .csv", "src.file.which_kind"))
