"""Text files as people and programs really write them: one encoding for the whole file, Excel's `sep=` line, the
delimiter German Excel uses. Shared by the table importer and the readers of CSV exports."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from reichweite.errors import InputError, Said

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_SEP_LINE = re.compile(r"^\ufeff?\"?sep=(.)\"?[ \t]*\r?\n", re.IGNORECASE)
DELIMITERS = (",", ";", "\t")


def _utf16(data: bytes) -> str | None:
    """The codec of UTF-16 text: by its byte order mark, else by the NUL bytes ASCII characters leave."""
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    head = data[:400]
    if len(head) >= 4 and len(head) % 2 == 0:
        odd_nul = head[1::2].count(0) / (len(head) // 2)
        even_nul = head[0::2].count(0) / (len(head) // 2)
        if odd_nul > 0.6 and even_nul < 0.1:
            return "utf-16-le"
        if even_nul > 0.6 and odd_nul < 0.1:
            return "utf-16-be"
    return None


def _line_of(data: bytes, position: int) -> int:
    return data[:position].count(b"\n") + 1


def decode_text(data: bytes, where: str | Path) -> tuple[str, str]:
    """(text, encoding name) of a whole file: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text", older
    LinkedIn exports), else Windows-1252 when no part of the file is UTF-8 (Excel's CSV on Windows). A file mixing
    UTF-8 with another encoding is refused naming the first line that is not UTF-8: decoding it either way would
    garble the other part."""
    codec = _utf16(data)
    if codec is not None:
        try:
            return data.decode(codec), "UTF-16"
        except UnicodeDecodeError as exc:
            raise InputError(where, Said(f"broken UTF-16 text ({exc.reason})", "src.text.utf16",
                                         detail=exc.reason)) from None
    if b"\0" in data:
        raise InputError(where, Said("contains NUL bytes: not a text file", "src.text.nul"),
                         line=_line_of(data, data.index(b"\0")))
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        if data.startswith(codecs.BOM_UTF8) or _UTF8_MULTIBYTE.search(data):
            line = _line_of(data, exc.start)
            byte = f"{data[exc.start]:#04x}"
            raise InputError(where, Said(f"mixes encodings: line {line} is not UTF-8 while other lines are (byte "
                                         f"{byte}); save the file again as UTF-8", "src.text.mixed", line=str(line),
                                         byte=byte), line=line) from None
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def excel_sep_line(text: str) -> tuple[str, str | None]:
    """Excel's first line `sep=;` names the delimiter: (the text without that line, the delimiter or None)."""
    match = _SEP_LINE.match(text)
    if match is None:
        return text, None
    return text[match.end():], match.group(1)


def guess_delimiter(line: str) -> str:
    """The delimiter of a header line: the most frequent of comma, semicolon (German Excel) and tab."""
    return max(DELIMITERS, key=line.count)
