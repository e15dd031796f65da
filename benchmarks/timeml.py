"""A TimeML article (``../shared/data/tempeval3``: late-1990s wire and broadcast news) as
the plain text a user would copy: its title, a blank line, then the text's paragraphs,
tags taken out and entities read. The benchmarks that judge whole articles (judged.py,
lines.py) accept a ``.tml`` source through this: the builder itself reads only what a
user gives it (text, HTML, Markdown).

    python benchmarks/timeml.py FILE.tml        # prints the text and, on stderr, its DCT
"""
from __future__ import annotations

import html
import re
import sys
import tempfile
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")


def text_and_dct(path: Path) -> tuple[str, str | None]:
    """(the article as plain text, its creation date YYYY-MM-DD or None)."""
    xml = path.read_text(encoding="utf-8")
    title = re.search(r"<TITLE>(.*?)</TITLE>", xml, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", xml, re.S)
    parts = []
    if title:
        parts.append(" ".join(html.unescape(_TAG.sub("", title.group(1))).split()))
    if body:
        text = html.unescape(_TAG.sub("", body.group(1)))
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if para:
                parts.append(para)
    return "\n\n".join(parts) + "\n", dct.group(1) if dct else None


def readable(source: Path, folder: Path) -> Path:
    """``source`` itself, or for a TimeML file its text written into ``folder`` (named
    ``<name>.txt``, so the import records where it came from)."""
    if source.suffix != ".tml":
        return source
    out = Path(folder) / (source.name + ".txt")
    out.write_text(text_and_dct(source)[0], encoding="utf-8")
    return out


def temporary_folder() -> str:
    return tempfile.mkdtemp(prefix="timeml-")


if __name__ == "__main__":
    text, dct = text_and_dct(Path(sys.argv[1]))
    print(text, end="")
    print(f"DCT {dct}", file=sys.stderr)
