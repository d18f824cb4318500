"""What `reichweite serve` was started with: store, address, password, limits, the folders it may read."""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
DEFAULT_UPLOAD_LIMIT = 512 * 1024 * 1024


@dataclass(slots=True)
class WebSettings:
    db: str | None = None
    host: str = "127.0.0.1"
    port: int = 8765
    password: str | None = None
    folders: tuple[Path, ...] = ()
    upload_limit: int = DEFAULT_UPLOAD_LIMIT
    workers: int = 2
    lang: str | None = None
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    upload_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="reichweite-uploads-")))

    @property
    def local(self) -> bool:
        return self.host in LOCAL_HOSTS

    @property
    def login_required(self) -> bool:
        return self.password is not None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"


def allowed_path(settings: WebSettings, value: str) -> Path | None:
    """`value` as a real path inside one of the configured folders (symlinks resolved), else None."""
    if not value or "\x00" in value:
        return None
    try:
        path = Path(value).expanduser().resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    for folder in settings.folders:
        root = folder.expanduser().resolve()
        if path == root or path.is_relative_to(root):
            return path
    return None


def folder_listing(settings: WebSettings, suffixes: tuple[str, ...], limit: int = 500) -> list[Path]:
    """Files with one of `suffixes` in the configured folders (recursively, first `limit`), for pickers."""
    found: list[Path] = []
    for folder in settings.folders:
        root = folder.expanduser().resolve()
        for path in sorted(root.rglob("*")):
            if len(found) >= limit:
                return found
            if path.is_file() and path.name.lower().endswith(suffixes) and allowed_path(settings, str(path)):
                found.append(path)
    return found
