"""Read an input file as text: size limit, binary detection, encodings.

Raw copies come from many hands: UTF-8 (with or without BOM), UTF-16 with BOM,
Windows-1252 from older tools. Anything else is refused with a one-line error.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError

# A copied article is a few KB; a megabyte is already a book. Refuse early rather than hang.
MAX_BYTES = 5 * 1024 * 1024


@dataclass
class TextFile:
    path: str
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, path: str) -> TextFile:
    """Bytes -> text with a clear decision about the encoding."""
    tf = _decode(data, path)
    if not tf.text.strip():           # e.g. only a byte-order mark, or UTF-16 spaces
        raise ContentError(path, "file is empty")
    nul = tf.text.find("\x00")      # NUL characters (UTF-16/32 text can hold them)
    if nul >= 0:
        raise ContentError(path, "looks like a binary file (NUL characters), not article text",
                           tf.text.count("\n", 0, nul) + 1)
    _check_controls(tf.text, path)
    return tf


def _decode(data: bytes, path: str) -> TextFile:
    if len(data) > MAX_BYTES:
        raise ContentError(path, f"file is {len(data) / 1e6:.1f} MB, larger than the "
                                 f"{MAX_BYTES // (1024 * 1024)} MB an article can be; refused")
    if not data.strip():
        raise ContentError(path, "file is empty")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return TextFile(path, _normalise(data.decode(enc)), enc)
            except UnicodeDecodeError as exc:
                raise ContentError(path, f"invalid {enc.upper()} text: {exc.reason}") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        utf16 = _utf16_without_bom(data, path)
        if utf16 is not None:
            return utf16
        # anywhere in the file, not only at the start: a NUL would reach the pages
        line = data[:nul].count(b"\n") + 1
        raise ContentError(path, "looks like a binary file (NUL bytes), not article text",
                           line if nul >= 65536 else None)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = _normalise(data.decode("utf-8"))
        _check_controls(text, path)
        return TextFile(path, text, "utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        damaged = _damaged_utf8(data, exc)
        if damaged is not None:
            text = _normalise(damaged)
            _check_controls(text, path)
            return TextFile(path, text, "utf-8", [
                f"{path}:{line}: not valid UTF-8 here (a truncated or stray byte); "
                "the bad bytes are shown as \ufffd (check the text there)"])
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ContentError(path, "not UTF-8 and not Windows-1252 text", line) from None
        warning = (f"{path}:{line}: not valid UTF-8; decoded as Windows-1252 "
                   "(check the special characters)")
        text = _normalise(text)
        _check_controls(text, path)
        return TextFile(path, text, "cp1252", [warning])


def _damaged_utf8(data: bytes, exc: UnicodeDecodeError) -> str | None:
    """UTF-8 text with a few bad bytes (cut mid-character, one stray byte) -> text with
    U+FFFD where they were; None when the file does not look like UTF-8 at all.

    Decoding such a file as Windows-1252 would garble every other non-ASCII character
    (or fail), so UTF-8 wins when its valid multi-byte characters outnumber the errors.
    """
    text = data.decode("utf-8", errors="replace")
    if exc.end == len(data) and exc.reason == "unexpected end of data":
        return text                       # only the last character was cut
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return text if valid > bad else None


def _utf16_without_bom(data: bytes, path: str) -> TextFile | None:
    """UTF-16 saved without a byte-order mark: NUL bytes on one side of every pair."""
    sample = data[:65536]
    even, odd = sample[0::2], sample[1::2]
    pairs = len(sample) // 2
    if pairs < 8 or len(data) % 2:
        return None
    for enc, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) > 0.3 * pairs and other.count(0) < 0.01 * pairs:
            try:
                text = _normalise(data.decode(enc))
            except UnicodeDecodeError:
                return None
            _check_controls(text, path)
            return TextFile(path, text, enc, [f"{path}: no byte-order mark; read as "
                                              f"{enc.upper()} (check the special characters)"])
    return None


def _normalise(text: str) -> str:
    # one line-ending convention for every later stage
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0d-\x1f]")     # not \t \n \f


def _check_controls(text: str, path: str) -> None:
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    if sample and controls / len(sample) > 0.05:
        raise ContentError(path, "looks like a binary file (control characters), not article text")


def read_text(path: Path) -> TextFile:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ContentError(str(path), f"file is {size / 1e6:.1f} MB, larger than the "
                                          f"{MAX_BYTES // (1024 * 1024)} MB an article can be; refused")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(str(path), "no such file") from None
    except IsADirectoryError:
        raise ContentError(str(path), "is a folder, not a file") from None
    except PermissionError:
        raise ContentError(str(path), "cannot be read (permission denied)") from None
    try:
        return decode(data, str(path))
    except UnicodeError as exc:      # a decoding failure no rule above foresaw: one line
        raise ContentError(str(path), f"cannot be decoded as text ({exc})") from None
