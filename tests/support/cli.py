"""`reichweite …` run in-process the way main() runs it."""

from __future__ import annotations

from dataclasses import dataclass

from typer.testing import CliRunner

from reichweite.cli import app
from reichweite.errors import ReichweiteError

TOKEN = "AAAAAAAAAAAAAAAAAAAAAtest-bearer-Zq8xY4kP0w"  # a made-up token the X replay requires


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*args: str, env: dict[str, str] | None = None) -> CliResult:
    """`reichweite …` in-process, with main()'s rule: a ReichweiteError is one line on stderr and its exit code."""
    result = CliRunner().invoke(app, list(args), env=env, standalone_mode=False)
    if isinstance(result.exception, ReichweiteError):
        return CliResult(result.exception.exit_code, result.stdout, f"Error: {result.exception}")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    code = result.exit_code if result.return_value is None else int(result.return_value or 0)
    return CliResult(code, result.stdout, result.stderr)
