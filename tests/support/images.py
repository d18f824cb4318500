"""Reading chart files in tests: a PNG's size from its header, the texts an SVG shows."""

from __future__ import annotations

import html
import re
import struct
from pathlib import Path


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk (after checking the signature)."""
    data = Path(path).read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def svg_texts(svg: str) -> list[str]:
    """Every text an SVG chart shows: its <text> elements, each line (<tspan>) apart, entities decoded."""
    texts = []
    for element in re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.S):
        lines = re.findall(r"<tspan\b[^>]*>(.*?)</tspan>", element, re.S) or [element]
        texts += [html.unescape(re.sub(r"<[^>]+>", "", line)) for line in lines]
    return texts
