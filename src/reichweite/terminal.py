"""Text from data, made safe to show on a terminal: one step for every command that prints posts, handles,
sender names, DIDs or file contents.

Data may hold rich markup (`[/]` crashes the console, `[link=…]` becomes a clickable link), ANSI/OSC escape
sequences (which recolour, retitle or rewrite the terminal), other control characters, and lone surrogates (which
cannot be encoded). `plain` removes or neutralises all of them for rich output; `bare` does the same for plain
`print`/`typer.echo` output, where markup means nothing.
"""

from __future__ import annotations

import re

from rich.markup import escape

# ESC-introduced sequences (CSI … final byte, OSC … BEL/ST, other two-byte escapes), C1 CSI/OSC, then any other
# C0/C1 control character except newline and tab, and DEL
_CONTROLS = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def bare(text: object) -> str:
    """The text without control characters and escape sequences (newlines and tabs kept); lone surrogates become
    U+FFFD."""
    value = text if isinstance(text, str) else str(text)
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub("", value))


def plain(text: object) -> str:
    """`bare`, with rich markup escaped: what rich's console prints is exactly the data's text."""
    return escape(bare(text))
