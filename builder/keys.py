"""The keys text is compared and filed by: one helper per job.

* ``fold``: case- and accent-free text, as the search worker folds a query (lower case,
  NFKD, combining accents U+0300-U+036F dropped);
* ``slugify``: an ASCII slug safe as a file or folder name (article files, speaker pages).
"""
from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def fold(text: str) -> str:
    text = text.lower()
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return text


def slugify(text: str, max_length: int = 60, fallback: str = "untitled") -> str:
    """Lowercase ASCII letters and digits joined by single hyphens, never empty, never a
    path; a slug longer than ``max_length`` is cut at a hyphen in its second half."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2:] else cut
    return slug.strip("-") or fallback


def is_slug(text: str) -> bool:
    return bool(SLUG.fullmatch(text))
