"""Messages LinkedIn exports as HTML (InMail and sponsored messages written in its campaign editor:
`<p class="spinmail-quill-editor__spin-break">Hi&nbsp;Alex,</p>`, `&rsquo;`) turned into the text they show."""

from __future__ import annotations

import html
import re

_MARKUP = re.compile(r"<(?:p|div|span|br|ul|ol|li|h[1-6]|blockquote)\b[^>]*>|</(?:p|div|span|a|li|strong|em|b|i|u)\s*>"
                     r"|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
_LINK = re.compile(r"<a\b[^>]*\bhref\s*=\s*(['\"])(.*?)\1[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote)\s*>", re.IGNORECASE)
_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def is_markup(content: str) -> bool:
    return _MARKUP.search(content) is not None


def message_text(content: str) -> str:
    """The text a message shows: tags off (a link keeps its address in brackets), paragraphs and line breaks as
    new lines, entities decoded. Text without markup comes back unchanged."""
    if not is_markup(content):
        return content

    def link(match: re.Match[str]) -> str:
        target, label = html.unescape(match.group(2)).strip(), _TAG.sub("", match.group(3)).strip()
        return label if not target or html.unescape(label) == target else f"{label} ({target})"

    text = _LINK.sub(link, content)
    text = _ITEM.sub("• ", _BREAK.sub("\n", text))
    text = html.unescape(_TAG.sub("", text)).replace("\u00a0", " ")
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
