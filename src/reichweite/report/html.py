"""Self-contained HTML: one file, charts embedded as data URIs, no CDN, every text escaped."""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from reichweite import __version__
from reichweite.redact import redact
from reichweite.report.i18n import format_day, format_moment, format_number, format_percent
from reichweite.report.texts import Texts
from reichweite.timeutil import REPORT_TZ, utcnow


def png_data_uri(path: str | Path) -> str:
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def svg_data_uri(path: str | Path) -> str:
    """An SVG chart as an image source: sharp at any size, and its texts stay apart from the page's."""
    return "data:image/svg+xml;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def local_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if value is None or value != value:
        return "–"
    return value.astimezone(REPORT_TZ).strftime(fmt)


def _shown(value: Any) -> Any:
    """Every value a template prints passes the redaction step (embedded images excepted)."""
    if not isinstance(value, str) or value.startswith("data:"):
        return value
    shown = redact(str(value))
    if isinstance(value, Markup):  # already escaped (a rendered section): stays markup
        return value if shown == str(value) else Markup(shown)
    return shown


def environment() -> Environment:
    env = Environment(
        finalize=_shown,
        loader=PackageLoader("reichweite", "report/templates"),
        autoescape=select_autoescape(["html", "j2", "html.j2"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["png"] = png_data_uri
    env.filters["svg"] = svg_data_uri
    env.filters["localtime"] = local_time
    env.filters["num"] = format_number
    env.filters["pct"] = format_percent
    env.filters["day"] = format_day
    env.filters["moment"] = format_moment
    return env


def render_html(template: str, out: Path, lang: str, texts: Texts, **context: Any) -> Path:
    """Render a template (which extends base.html.j2) to `out` with `t` looking up `texts`; returns the path."""
    html = environment().get_template(template).render(
        lang=lang,
        t=texts,
        version=__version__,
        generated=format_moment(utcnow(), lang),
        tz=str(REPORT_TZ),
        **context,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
