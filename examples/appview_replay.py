"""A local HTTP server on 127.0.0.1 that replays recorded Bluesky AppView responses (the SYNTHETIC demo data).

`examples/data/appview/routes.json` says which file answers which request: the XRPC method (nsid) and, for
paginated methods, the `cursor` query parameter. An unknown actor gets the AppView's 400 answer
(`{"error": "InvalidRequest", "message": "Profile not found"}`), an unknown route a 404 `MethodNotImplemented`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).parent / "data" / "appview"


def _handler(folder: Path, log: list[str]) -> type[BaseHTTPRequestHandler]:
    routes = json.loads((folder / "routes.json").read_text(encoding="utf-8"))
    actors = {a.lower() for a in routes["actor"]}
    table = {(r["nsid"], r["cursor"]): folder / r["file"] for r in routes["routes"]}

    class Replay(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            log.append(self.path)

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            nsid = url.path.removeprefix("/xrpc/")
            actor = (query.get("actor") or [""])[0].lower()
            if actor and actor not in actors:
                error = {"error": "InvalidRequest", "message": "Profile not found"}
                self._send(400, json.dumps(error).encode())
                return
            path = table.get((nsid, (query.get("cursor") or [None])[0]))
            if path is None:
                error = {"error": "MethodNotImplemented", "message": f"no recorded response for {self.path}"}
                self._send(404, json.dumps(error).encode())
                return
            self._send(200, path.read_bytes(), {
                "ratelimit-limit": "3000", "ratelimit-remaining": "2990", "ratelimit-policy": "3000;w=300",
            })

    return Replay


@contextmanager
def serve_appview(folder: Path = DATA) -> Iterator[tuple[str, list[str]]]:
    """Serve the recorded responses on a free port of 127.0.0.1; yields (base URL, list of requested paths)."""
    log: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(folder, log))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
