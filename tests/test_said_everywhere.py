"""Every error raised for users carries its sentence as an `errors.Said` (a text key with German and English), so
that `--lang de` says it in German: a scan of src/ fails on any user error raised with a plain English literal."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "reichweite"

# The errors users read (subclasses of ReichweiteError, and the value errors that the CLI shows as they are), with
# the position of their message among the arguments.
MESSAGE_AT = {
    "ReichweiteError": 0, "UsageError": 0, "ConfigError": 0, "NoStore": 0, "StoreError": 0, "UnknownPanel": 0,
    "TooManyRows": 0, "CountError": 0, "RowError": 0, "DateError": 0, "AmbiguousDate": 0,
    "InputError": 1, "LimitExceeded": 1, "FetchError": 1, "NotFound": 1,
}


def _english(node: ast.expr | None) -> bool:
    """A message written out in English where it is raised: a string literal, an f-string, or strings joined."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _english(node.left) or _english(node.right)
    return False


def _message(call: ast.Call, at: int) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "message":
            return keyword.value
    return call.args[at] if len(call.args) > at else None


def english_raises(path: Path, root: Path = SRC.parent) -> list[str]:
    """'file:line ErrorName' of each user error in the file raised with an English literal as its message."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        func = node.exc.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in MESSAGE_AT and _english(_message(node.exc, MESSAGE_AT[name])):
            found.append(f"{path.relative_to(root)}:{node.lineno} {name}")
    return found


def test_the_scan_finds_english_literals_and_passes_a_said(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "raise UsageError('--x: bad')\n"
        "raise InputError(path, f'{row} is bad', line=3)\n"
        "raise errors.FetchError(url, 'HTTP ' + str(code))\n"
        "raise UsageError(Said('--x: bad', 'opt.x'))\n"
        "raise InputError(path, Said(f'{row} is bad', 'tab.bad', row=row))\n"
        "raise InputError(path, message=said)\n"
        "raise KeyError('internal')\n", encoding="utf-8")
    assert english_raises(probe, tmp_path) == ["probe.py:1 UsageError", "probe.py:2 InputError",
                                               "probe.py:3 FetchError"]


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_user_error_is_raised_in_english_only(path: Path) -> None:
    assert english_raises(path) == []
