"""Safe by default: each rule of the web app, tested against the running app."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from .conftest import ORIGIN, ROOT, csrf_of, make_client

PASSWORD = "correct horse battery staple"


def _serve(*args: str, env_password: str | None = None) -> subprocess.CompletedProcess:
    import os

    env = {k: v for k, v in os.environ.items() if k != "REICHWEITE_WEB_PASSWORD"}
    if env_password is not None:
        env["REICHWEITE_WEB_PASSWORD"] = env_password
    return subprocess.run([sys.executable, "-m", "reichweite", "serve", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


def test_another_address_without_password_exits_2_saying_so(tmp_path: Path) -> None:
    done = _serve("--host", "0.0.0.0", "--db", str(tmp_path / "s.db"))
    assert done.returncode == 2
    assert "needs a password" in done.stderr and "REICHWEITE_WEB_PASSWORD" in done.stderr
    assert "--password-file" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "s.db").exists()


def test_an_empty_password_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "pw"
    empty.write_text("\n")
    done = _serve("--host", "0.0.0.0", "--password-file", str(empty), "--db", str(tmp_path / "s.db"))
    assert done.returncode == 2
    assert "is empty" in done.stderr


def test_pages_and_api_need_a_session_when_a_password_is_set(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"), password=PASSWORD, host="0.0.0.0")
    page = client.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login"
    assert client.get("/api/overview").status_code == 401
    assert client.get("/static/app.css").status_code == 200
    token = csrf_of_login(client)
    wrong = client.post("/login", data={"password": "guess", "csrf_token": token})
    assert wrong.status_code == 401
    assert client.get("/", follow_redirects=False).status_code == 303
    right = client.post("/login", data={"password": PASSWORD, "csrf_token": token}, follow_redirects=False)
    assert right.status_code == 303
    cookie = right.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert client.get("/").status_code == 200
    assert client.get("/api/overview").status_code == 200
    # a forged cookie is no session
    client.cookies.clear()
    client.cookies.set("reichweite_session", cookie.split(";")[0].split("=", 1)[1][:-4] + "AAAA")
    assert client.get("/api/overview").status_code == 401


def csrf_of_login(client) -> str:  # type: ignore[no-untyped-def]
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert found
    return found.group(1)


def test_bearer_token_opens_the_api(tmp_path: Path) -> None:
    from reichweite.web.app import create_app
    from reichweite.web.settings import WebSettings

    settings = WebSettings(db=str(tmp_path / "s.db"), password=PASSWORD, host="0.0.0.0")
    from fastapi.testclient import TestClient

    client = TestClient(create_app(settings), base_url=ORIGIN)
    assert client.get("/api/jobs", headers={"Authorization": f"Bearer {settings.token}"}).status_code == 200
    assert client.get("/api/jobs", headers={"Authorization": "Bearer wrong"}).status_code == 401
    response = client.post("/api/imports", headers={"Authorization": f"Bearer {settings.token}"},
                           files={"file": ("t.csv", b"platform,account\n")})
    assert response.status_code == 202


def _form_routes(client) -> list[str]:  # type: ignore[no-untyped-def]
    from reichweite.web.pages import routers
    from reichweite.web.render import require_form_csrf

    paths = set()
    for router in routers():
        assert any(d.dependency is require_form_csrf for d in router.dependencies)
        paths |= {r.path for r in router.routes if isinstance(r, APIRoute) and "POST" in r.methods}
    return sorted(paths)


def test_every_form_needs_the_csrf_token(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"))
    routes = _form_routes(client)
    assert {"/import", "/lang", "/login", "/logout"} <= set(routes)
    for path in routes:
        response = client.post(path.replace("{", "").replace("}", ""), data={"lang": "de"},
                               follow_redirects=False)
        assert response.status_code == 403, path
        wrong = client.post(path.replace("{", "").replace("}", ""), data={"lang": "de", "csrf_token": "x" * 64},
                            follow_redirects=False)
        assert wrong.status_code == 403, path
    token = csrf_of(client)
    ok = client.post("/lang", data={"lang": "de", "next": "/", "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 303
    assert 'lang="de"' in client.get("/").text


def test_api_calls_from_a_browser_need_the_csrf_header(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"))
    files = {"file": ("t.csv", b"platform,account\n")}
    assert client.post("/api/imports", files=files, headers={"Origin": ORIGIN}).status_code == 403
    token = csrf_of(client)
    response = client.post("/api/imports", files=files, headers={"Origin": ORIGIN, "X-CSRF-Token": token})
    assert response.status_code == 202


def test_cross_site_requests_and_foreign_hosts_are_refused(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"))
    token = csrf_of(client)
    cross = client.post("/lang", data={"lang": "de", "csrf_token": token}, headers={"Origin": "http://evil.example"})
    assert cross.status_code == 403
    assert client.post("/api/imports", files={"file": ("t.csv", b"a")},
                       headers={"Origin": "null"}).status_code == 403
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_no_open_redirect_after_a_form(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"))
    token = csrf_of(client)
    for target in ("//evil.example/", "https://evil.example/", "\\\\evil"):
        response = client.post("/lang", data={"lang": "en", "next": target, "csrf_token": token},
                               follow_redirects=False)
        assert response.headers["location"] == "/"


@pytest.mark.parametrize("path", ["/", "/import", "/compare", "/accounts", "/login", "/api/docs"])
def test_security_headers_and_no_inline_script(tmp_path: Path, path: str) -> None:
    client = make_client(str(tmp_path / "s.db"))
    response = client.get(path)
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    for tag in re.findall(r"<script\b[^>]*>", response.text):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"\son[a-z]+\s*=", response.text), "inline event handler"
    assert "http://" not in re.sub(r'(?:href|content)="[^"]*"', "", response.text).replace(ORIGIN, "")


def test_every_text_from_data_is_escaped(tmp_path: Path) -> None:
    from reichweite.jobs.import_table import import_table
    from reichweite.store import open_store

    table = tmp_path / "evil.csv"
    table.write_text(
        "platform,author,post_id,created_at,text,likes,observed_at\n"
        'linkedin,<b>evil</b>,urn:li:activity:1111,2026-10-01 10:00,'
        '"<script>alert(1)</script> <img src=x onerror=alert(2)>",'
        "5,2026-10-02 10:00\n"
        'bluesky,"x.bsky.social",https://bsky.app/profile/x.bsky.social/post/3kabc,2026-10-01 10:01,'
        '"<script>alert(1)</script> <img src=x onerror=alert(2)>",7,2026-10-02 10:00\n',
        encoding="utf-8")
    db = str(tmp_path / "s.db")
    import_table(open_store(db), table)
    client = make_client(db)
    # a LinkedIn handle may be any text (an X handle is letters, digits and _ only)
    for path in ("/", "/compare?account=linkedin:<b>evil</b>&account=bluesky:x.bsky.social&at=2026-10-03",
                 "/accounts?account=linkedin:<b>evil</b>"):
        text = client.get(path).text
        assert "<b>evil</b>" not in text and "<script>alert" not in text and "<img src=x" not in text, path
        assert "&lt;b&gt;evil&lt;/b&gt;" in text, path


def test_upload_size_limit(tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    client = make_client(str(tmp_path / "s.db"), upload_limit=2000, upload_dir=uploads)
    response = client.post("/api/imports", files={"file": ("t.csv", b"a" * 5000)})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]

    def chunks():  # no Content-Length: the limit is counted while the body is read
        yield b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="t.csv"\r\n\r\n'
        for _ in range(10):
            yield b"a" * 1000
        yield b"\r\n--xyz--\r\n"

    response = client.post("/api/imports", content=chunks(),
                           headers={"Content-Type": "multipart/form-data; boundary=xyz"})
    assert response.status_code == 413
    assert not [p for p in uploads.rglob("*") if p.is_file()]
    small = client.post("/api/imports", files={"file": ("t.csv", b"a" * 500)})
    assert small.status_code == 202


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("members", "said"), [
    ({"../../evil.js": b"x", "data/tweets.js": b"window.YTD.tweets.part0 = []"}, "outside the archive"),
    ({"/etc/evil": b"x"}, "outside the archive"),
    ({"data/tweets.js": b"\0" * (30 * 1024 * 1024)}, "zip bomb"),
])
def test_archive_safety_rules(tmp_path: Path, members: dict[str, bytes], said: str) -> None:
    client = make_client(str(tmp_path / "s.db"))
    response = client.post("/api/imports", files={"file": ("archive.zip", _zip(members))})
    assert response.status_code == 400
    assert said in response.json()["detail"]
    assert client.get("/api/jobs").json() == []


def test_server_paths_are_limited_to_the_configured_folders(tmp_path: Path) -> None:
    inside = tmp_path / "allowed"
    inside.mkdir()
    (inside / "events.jsonl").write_text("", encoding="utf-8")
    outside = tmp_path / "secret.jsonl"
    outside.write_text("", encoding="utf-8")
    (inside / "link.jsonl").symlink_to(outside)
    client = make_client(str(tmp_path / "s.db"), folders=(inside,))
    for path in (str(outside), str(inside / ".." / "secret.jsonl"), str(inside / "link.jsonl"), "/etc/passwd"):
        response = client.post("/api/languages", data={"path": [path]})
        assert response.status_code == 403, path
        assert "--folder" in response.json()["detail"]
    assert client.post("/api/languages", data={"path": [str(inside / "events.jsonl")]}).status_code == 202
    none = make_client(str(tmp_path / "t.db"))  # no folder configured: nothing on the disk can be read
    assert none.post("/api/languages", data={"path": [str(inside / "events.jsonl")]}).status_code == 403
