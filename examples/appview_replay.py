"""The recorded Bluesky AppView responses of the demo (the SYNTHETIC demo data), served on 127.0.0.1.

`examples/data/appview/routes.json` says which file answers which request: the XRPC method (nsid) and, for
paginated methods, the `cursor` query parameter. An unknown actor gets the AppView's 400 answer
(`{"error": "InvalidRequest", "message": "Profile not found"}`), an unknown route a 404 `MethodNotImplemented`.
The server is the tests' local replay server (tests/support/replay.py, standard library only).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.replay import ReplayServer, Reply, Request, json_reply  # noqa: E402

DATA = Path(__file__).parent / "data" / "appview"
RATE_HEADERS = [("ratelimit-limit", "3000"), ("ratelimit-remaining", "2990"), ("ratelimit-policy", "3000;w=300")]


class RecordedAppView:
    """Answers each request with the recorded file routes.json names for it."""

    def __init__(self, folder: Path) -> None:
        routes = json.loads((folder / "routes.json").read_text(encoding="utf-8"))
        self.actors = {a.lower() for a in routes["actor"]}
        self.table = {(r["nsid"], r["cursor"]): folder / r["file"] for r in routes["routes"]}

    def __call__(self, request: Request) -> Reply:
        actor = (request.arg("actor") or "").lower()
        if actor and actor not in self.actors:
            return json_reply({"error": "InvalidRequest", "message": "Profile not found"}, 400)
        path = self.table.get((request.path.removeprefix("/xrpc/"), request.arg("cursor")))
        if path is None:
            missing = {"error": "MethodNotImplemented", "message": f"no recorded response for {request.target}"}
            return json_reply(missing, 404)
        return json_reply(path.read_bytes(), 200, RATE_HEADERS)


@contextmanager
def serve_appview(folder: Path = DATA) -> Iterator[tuple[str, list[Request]]]:
    """Serve the recorded responses on a free port of 127.0.0.1; yields (base URL, the requests received so far)."""
    with ReplayServer(RecordedAppView(folder)) as server:
        yield server.url, server.requests
