"""The overrides file for cross-post matching: pairs a person forces or forbids, by post id or post URL.

CSV (UTF-8, comma or semicolon separated, as Excel writes it), one header line and one pair per row::

    action,a_id,b_id,note
    force,1881234567890123456,https://bsky.app/profile/alice.bsky.social/post/3kaheyt6vpc22,same photo
    forbid,1881234567890999999,at://did:plc:abc/app.bsky.feed.post/3kahf2b7xyz22,

`action` is `force` or `forbid`; `a_id` and `b_id` are native ids (X tweet id, Bluesky at:// URI, Mastodon status
URL) or post URLs (x.com/twitter.com status URLs, bsky.app post URLs). `note` and further columns are ignored, as
are empty rows and rows whose first cell starts with `#`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from reichweite import registry
from reichweite.errors import InputError, Said

_COLUMNS = ("action", "a_id", "b_id")
# the post URL forms of the registry, shared with the table import
_X_STATUS = re.compile(registry.get("x").url_patterns[0])
_BSKY_POST = re.compile(registry.get("bluesky").url_patterns[0])
_AT_POST = re.compile(registry.get("bluesky").id_pattern or "")
_MASTODON_STATUS = re.compile(registry.get("mastodon").url_patterns[0])


@dataclass
class Overrides:
    """Pairs to force (in file order) and pairs never to make, as the ids were written in the file."""

    forced: list[tuple[str, str]] = field(default_factory=list)
    forbidden: set[tuple[str, str]] = field(default_factory=set)
    source: str = ""  # the file they were read from


def id_forms(value: str) -> list[str]:
    """The keys under which a post id or URL is looked up: itself, plus the native id a URL stands for.

    A bsky.app URL names the account by handle while the native id (at:// URI) names it by DID, so Bluesky posts are
    also looked up by their record key, written ``bsky-rkey:<rkey>``.
    """
    value = value.strip()
    forms = [value]
    if m := _X_STATUS.match(value):
        forms.append(m["id"])
    if m := _BSKY_POST.match(value):
        forms.append(f"at://{m.group(1)}/app.bsky.feed.post/{m.group(2)}")
        forms.append(f"bsky-rkey:{m.group(2)}")
    if m := _AT_POST.match(value):
        forms.append(f"bsky-rkey:{m.group(2)}")
    if m := _MASTODON_STATUS.match(value):
        forms.append(f"{m['base']}/users/{m['author'].split('@')[0]}/statuses/{m['id']}")
    return forms


def load_overrides(path: Path) -> Overrides:
    """Read an overrides CSV. A bad row raises InputError naming the file and the row (the header is row 1)."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(path, Said("overrides file not found", "anl.ovr.not_found")) from exc
    except UnicodeDecodeError as exc:
        raise InputError(path, Said("not UTF-8 text; save the overrides as CSV UTF-8", "anl.ovr.not_utf8")) from exc
    lines = raw.splitlines()
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(lines, delimiter=delimiter))
    result = Overrides(source=str(path))
    header: list[str] | None = None
    seen_forced: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if header is None:
            header = [cell.lower() for cell in cells]
            missing = [name for name in _COLUMNS if name not in header]
            if missing:
                raise InputError(path, Said(f"header must name the columns action, a_id, b_id (missing: "
                                            f"{', '.join(missing)})", "anl.ovr.header", missing=", ".join(missing)),
                                 row=number)
            continue
        values = {name: (cells[header.index(name)] if header.index(name) < len(cells) else "") for name in _COLUMNS}
        action = values["action"].lower()
        a_id, b_id = values["a_id"], values["b_id"]
        if action not in ("force", "forbid"):
            raise InputError(path, Said(f"action must be 'force' or 'forbid', not {values['action']!r}",
                                        "anl.ovr.action", value=repr(values["action"])), row=number)
        if not a_id or not b_id:
            raise InputError(path, Said("both a_id and b_id are needed (a native post id or a post URL)",
                                        "anl.ovr.both_ids"), row=number)
        if a_id == b_id:
            raise InputError(path, Said(f"a post cannot be paired with itself ({a_id})", "anl.ovr.itself", post=a_id),
                             row=number)
        pair = (a_id, b_id)
        if action == "force":
            for post in pair:
                if post in seen_forced:
                    raise InputError(path, Said(f"post {post} is already forced into a pair in row {seen_forced[post]}",
                                                "anl.ovr.forced_twice", post=post, row=seen_forced[post]), row=number)
                seen_forced[post] = number
            if pair in result.forbidden:
                raise InputError(path, _both(a_id, b_id), row=number)
            result.forced.append(pair)
        else:
            if pair in result.forced:
                raise InputError(path, _both(a_id, b_id), row=number)
            result.forbidden.add(pair)
    if header is None:
        raise InputError(path, Said("empty overrides file; expected a header line: action,a_id,b_id", "anl.ovr.empty"),
                         row=1)
    return result


def _both(a_id: str, b_id: str) -> Said:
    return Said(f"pair {a_id} / {b_id} is both forced and forbidden", "anl.ovr.both_actions", a=a_id, b=b_id)
