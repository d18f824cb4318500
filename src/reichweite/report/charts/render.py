"""Static images of chart specs with vl-convert: PNG and SVG, offline, in the spec's own locale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import vl_convert

# the Vega-Lite version the specs are written for (Altair's schema), as vl-convert names it
VL_VERSION = "6.4"
# PNG pixels per chart pixel: 1 keeps the image about 1,200 px wide
PNG_SCALE = 1.0


def _options() -> dict[str, Any]:
    # the data is inline: no chart may fetch anything
    return {"vl_version": VL_VERSION, "allowed_base_urls": []}


def to_svg(spec: dict[str, Any]) -> str:
    return vl_convert.vegalite_to_svg(spec, **_options())


def to_png(spec: dict[str, Any], scale: float = PNG_SCALE) -> bytes:
    return vl_convert.vegalite_to_png(spec, scale=scale, **_options())


def save_chart(spec: dict[str, Any], path: Path) -> Path:
    """Write the chart as PNG or SVG, chosen by the file's suffix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        path.write_text(to_svg(spec), encoding="utf-8")
    elif suffix == ".png":
        path.write_bytes(to_png(spec))
    else:
        raise ValueError(f"{path}: charts are saved as .png or .svg")
    return path


def save_both(spec: dict[str, Any], stem: Path) -> dict[str, Path]:
    """PNG and SVG side by side: stem.png and stem.svg."""
    return {fmt: save_chart(spec, stem.with_suffix(f".{fmt}")) for fmt in ("png", "svg")}


def spec_json(spec: dict[str, Any]) -> str:
    """The spec as JSON that is safe inside an HTML <script> element (no '<', '>' or '&' left as such)."""
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
