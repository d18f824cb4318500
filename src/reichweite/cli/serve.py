"""`reichweite serve`: the web app over the same store, on 127.0.0.1 unless told otherwise (then with a password)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli.common import DbOption, LangOption, language
from reichweite.errors import ConfigError, Said, UsageError, os_reason

PASSWORD_ENV = "REICHWEITE_WEB_PASSWORD"


def read_password(password_file: Path | None) -> str | None:
    """The password from --password-file (first line) or $REICHWEITE_WEB_PASSWORD; None when neither is set."""
    if password_file is not None:
        try:
            text = password_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else Said(str(exc), "opt.not_utf8", detail=str(exc))
            raise ConfigError(Said(f"--password-file {password_file}: cannot be read ({reason})", "opt.password_unread",
                                   path=str(password_file), reason=reason)) from None
        password = text[0].strip() if text else ""
        if not password:
            raise UsageError(Said(f"--password-file {password_file}: the file is empty", "opt.password_empty",
                                  path=str(password_file)))
        return password
    value = os.environ.get(PASSWORD_ENV, "").strip()
    return value or None


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Anything but 127.0.0.1/localhost "
                                      "needs a password.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the app in the default browser.")] = False,
    password_file: Annotated[Path | None, typer.Option(
        "--password-file", help=f"File whose first line is the password (or set ${PASSWORD_ENV}).")] = None,
    folder: Annotated[list[Path] | None, typer.Option(
        "--folder", help="A folder on this computer whose files the app may read (language counts, LinkedIn "
                         "exports, watch lists); repeat for more.")] = None,
    upload_limit: Annotated[int, typer.Option("--upload-limit", help="Largest upload in MiB.", min=1)] = 512,
    workers: Annotated[int, typer.Option("--workers", help="Jobs that run at the same time.", min=1)] = 2,
    lang: LangOption = None,
) -> None:
    """Open the web app: import, enter figures, collect, compare and read the results in the browser."""
    from reichweite.extras import need

    need("web", "serve")
    import uvicorn

    from reichweite.report.messages import say
    from reichweite.store.db import display_url
    from reichweite.web.app import create_app
    from reichweite.web.settings import LOCAL_HOSTS, WebSettings

    told = language()
    password = read_password(password_file)
    if host not in LOCAL_HOSTS and password is None:
        raise typer.BadParameter(say(Said(
            f"listening on {host} needs a password; set ${PASSWORD_ENV} or give --password-file "
            "(or keep the default --host 127.0.0.1)", "opt.serve_password", host=host, env=PASSWORD_ENV), told),
            param_hint="--host")
    folders = tuple(folder or ())
    for f in folders:
        if not f.is_dir():
            raise typer.BadParameter(say(Said(f"{f} is not a folder", "opt.not_a_folder", path=str(f)), told),
                                     param_hint="--folder")
    settings = WebSettings(db=db, host=host, port=port, password=password, folders=folders,
                           upload_limit=upload_limit * 1024 * 1024, workers=workers, lang=lang)
    web = create_app(settings)
    store = display_url(web.state.engine.url.render_as_string(False))
    print(say(Said(f"reichweite web app on {settings.url} (store: {store})", "opt.serve_on", url=settings.url,
                   store=store), told), file=sys.stderr)
    if password is not None:
        # the token is the one secret shown, to the one who started the server: not through a (redacted) Said
        print(say(Said("API token (send as 'Authorization: Bearer …'):", "opt.serve_token"), told), settings.token,
              file=sys.stderr)
    if folders:
        shown = ", ".join(str(f.resolve()) for f in folders)
        print(say(Said(f"Folders the app may read: {shown}", "opt.serve_folders", folders=shown), told),
              file=sys.stderr)
    print(say(Said("Stop with Ctrl+C.", "opt.serve_stop"), told), file=sys.stderr, flush=True)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(settings.url,)).start()
    uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)
