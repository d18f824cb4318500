"""Exit codes as scripts read them: 0 success, 1 runtime failure, 2 usage error; one line on stderr, never a
traceback; data alone on stdout."""

from __future__ import annotations

from pathlib import Path

from .conftest import process


def test_nothing_found_exits_1_through_the_real_entry_point(tmp_path: Path, accounts_csv: Path) -> None:
    db = tmp_path / "r.db"
    assert process("import", "table", accounts_csv, "--db", db).code == 0
    found = process("accounts", "xing:beispiel-ag", "--db", db)
    assert found.code == 0 and "beispiel-ag" in found.out
    none = process("accounts", "bluesky:nobody.bsky.social", "--db", db)
    assert none.code == 1 and none.out == ""
    assert none.err.startswith("No account figures for bluesky:nobody.bsky.social as of ")


def test_usage_errors_exit_2_before_anything_is_opened(cli, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    cases = [
        (["compare", "x:a", "bluesky:b", "--at", "someday"], "Error: --at: "),
        (["compare", "x:a", "bluesky:b", "--at", "2026-01-01", "--age", "7d"], "Error: Give either --at or --age"),
        (["posts", "myspace:tom"], "Error: 'myspace:tom': expected PLATFORM:HANDLE"),
        (["import", "table", "a.csv", "--tz", "Mars/Olympus"], "Error: --tz: unknown time zone"),
        (["collect", "--every", "15m"], "Error: --every needs --config watch.toml"),
        (["panel", "report", "dax", "--composition", "sometimes"], "Error: composition 'sometimes'"),
    ]
    for args, start in cases:
        done = cli(*args, "--db", db)
        assert done.code == 2, (args, done.err)
        assert done.err.startswith(start) and done.err.count("\n") == 1, (args, done.err)
        assert done.out == ""
    unknown = cli("posts", "--no-such-option")
    assert unknown.code == 2 and "No such option" in unknown.err and "Traceback" not in unknown.err
    assert not db.exists()


def test_runtime_errors_exit_1_with_one_line(cli, tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("not a folder", encoding="utf-8")
    done = cli("template", "posts", target / "posts.csv")
    assert done.code == 1 and done.out == ""
    assert done.err.startswith("Error: ") and done.err.count("\n") == 1 and "Traceback" not in done.err
    missing_token = cli("collect", "x", "someone", "--db", tmp_path / "r.db", env={"X_BEARER_TOKEN": ""})
    assert missing_token.code == 1 and "X_BEARER_TOKEN" in missing_token.err


def test_help_and_version_exit_0(cli) -> None:
    assert cli("--version").code == 0
    helped = cli("compare", "--help")
    assert helped.code == 0 and "--out" in helped.out and helped.err == ""
