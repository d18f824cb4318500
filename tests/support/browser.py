"""Open a page in headless Chromium and look at it through the DevTools protocol (no other tools needed)."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from websockets.sync.client import connect

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--remote-debugging-port=0", "--remote-allow-origins=*",
)


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageVisit:
    result: Any
    errors: list[str] = field(default_factory=list)


class _Session:
    def __init__(self, ws: Any):
        self.ws = ws
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if message.get("id") == my_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 30) -> None:
        if any(e.get("method") == event for e in self.events):
            return
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            self.events.append(message)
            if message.get("method") == event:
                return


def _errors(events: list[dict]) -> list[str]:
    out = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.exceptionThrown":
            out.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:500])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            out.append("console: " + json.dumps(params.get("args", []))[:500])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            out.append("log: " + params["entry"].get("text", "")[:500])
    return out


def visit(page: Path, expression: str, *, timeout: float = 60) -> PageVisit:
    """Load `page` (a file) in headless Chromium, evaluate `expression` after the load event; collect errors."""
    binary = chromium_path()
    if binary is None:
        raise RuntimeError("Chromium is not installed: run `make test` (scripts/install-system-deps.sh installs it)")
    profile = Path(tempfile.mkdtemp(prefix="reichweite-chromium-"))
    proc = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Chromium did not start (exit code {proc.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        targets: list[dict] = []
        while not targets:
            targets = [t for t in httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json()
                       if t.get("type") == "page"]
            if not targets:
                if time.monotonic() > deadline:
                    raise RuntimeError("Chromium opened no page")
                time.sleep(0.1)
        with connect(targets[0]["webSocketDebuggerUrl"], max_size=None, open_timeout=timeout) as ws:
            session = _Session(ws)
            for domain in ("Page", "Runtime", "Log"):
                session.call(f"{domain}.enable")
            session.events.clear()
            session.call("Page.navigate", {"url": page.resolve().as_uri()})
            session.wait_for("Page.loadEventFired", timeout)
            value = session.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                      "awaitPromise": True})
            if "exceptionDetails" in value:
                raise RuntimeError(f"the check itself failed: {value['exceptionDetails']}")
            return PageVisit(result=value["result"].get("value"), errors=_errors(session.events))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
