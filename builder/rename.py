"""`rename OLD NEW`: give an article a new file name and address, keeping the old one.

An article's address is its file name (content/articles/OLD.md is served at
articles/OLD/). Renaming moves the file and records ``OLD: NEW`` in
content/redirects.yml, from which the build writes a page at the old address that
sends readers on (with the paragraph they were linked to) and names the new address
for readers without JavaScript. Chains are kept short (an address renamed twice points
at the latest one) and renaming back drops the redirect. Nothing changes when any check
fails.

The editors' files follow: content/events.yml and speakers.yml name the article by its
file name (sources of added entries) and its chronology entries by ids that hash the
file name; both are rewritten to the new name, so every correction still applies.
"""
from __future__ import annotations

import os
import re
from types import SimpleNamespace
from pathlib import Path

from .errors import ContentError
from .fsutil import write_atomic
from .keys import slugify
from .read.text import read_text
from .render.urls import RESERVED_IDS
from .yamlsafe import load_yaml

REDIRECTS = "redirects.yml"
ARTICLE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,150}")
HEADER = ("# Old article addresses and where they moved (written by `python -m builder rename`).\n"
          "# Each line is OLD: NEW (file names in content/articles without .md); the build\n"
          "# writes a page at each old address that sends readers to the new one.\n")


def _as_id(text: str, what: str, path_ok: bool) -> str:
    """An article named by id or file name (OLD also by its path) -> its id."""
    name = Path(text).name if path_ok else text
    stem = name[:-3] if name.endswith(".md") else name
    if not ARTICLE_ID.fullmatch(stem):
        raise ContentError(text, f"{what} must be lowercase letters, digits and hyphens "
                                 f"(for example {slugify(stem)!r})")
    if stem in RESERVED_IDS:
        raise ContentError(text, f"{what} {stem!r} is the address of a site page; choose another name")
    return stem


def read_redirects(content: Path) -> tuple[dict[str, str], list[str]]:
    """content/redirects.yml -> ({old id: new id}, notes on entries ignored)."""
    path = content / REDIRECTS
    if not path.is_file():
        return {}, []
    data = load_yaml(read_text(path).text, str(path)) or {}
    if not isinstance(data, dict):
        raise ContentError(str(path), "must be a list of OLD: NEW lines")
    out, notes = {}, []
    for old, new in data.items():
        if not (isinstance(old, str) and isinstance(new, str) and ARTICLE_ID.fullmatch(old)
                and ARTICLE_ID.fullmatch(new) and old not in RESERVED_IDS):
            notes.append(f"{path}: {old!r}: not an article file name (lowercase letters, digits, "
                         "hyphens); entry ignored")
            continue
        out[old] = new
    return out, notes


def _dump(redirects: dict[str, str]) -> str:
    return HEADER + "".join(f"{old}: {new}\n" for old, new in sorted(redirects.items()))


def rename(root: Path, old: str, new: str) -> tuple[Path, Path, list[str]]:
    """Move content/articles/OLD.md to NEW.md and record the redirect.
    -> (old file, new file, notes for the editor)."""
    articles = root / "content" / "articles"
    old_id, new_id = _as_id(old, "OLD", True), _as_id(new, "NEW", False)
    src, dst = articles / f"{old_id}.md", articles / f"{new_id}.md"
    if not src.is_file():
        raise ContentError(str(src), "no such article")
    if old_id == new_id:
        raise ContentError(str(src), "OLD and NEW are the same")
    if dst.exists():
        raise ContentError(str(dst), "already exists; choose another name")
    redirects, _ = read_redirects(root / "content")
    redirects = {o: (new_id if n == old_id else n) for o, n in redirects.items()}
    redirects.pop(new_id, None)               # renamed back: that address is a page again
    redirects[old_id] = new_id
    os.rename(src, dst)
    try:
        write_atomic(root / "content" / REDIRECTS, _dump(redirects))
    except BaseException:
        os.rename(dst, src)
        raise
    try:
        notes = _follow(root / "content", old_id, new_id, dst)
    except ContentError as exc:      # the article reads badly: the rename stands, say so
        notes = [f"{exc.format()}; events.yml and speakers.yml were not updated"]
    return src, dst, notes


_ENTRY_ID = re.compile(r"\b(e-\d{4}(?:-\d{2}){0,2}-)([0-9a-f]{6})\b")


def _entry_hashes(path: Path, old_id: str, new_id: str) -> dict[str, str]:
    """The hashes that end the ids of the article's chronology entries, old -> new."""
    from .extract.article import enrich
    from .link.mentions import Mention
    from .read.content import load_article

    article = load_article(path)
    enrich(article)
    out = {}
    for e in article.events:         # the link stage's own formula (Mention.id), per name
        before = Mention.id.func(SimpleNamespace(article=old_id, event=e))
        out[before] = Mention.id.func(SimpleNamespace(article=new_id, event=e))
    return out


def _follow(content: Path, old_id: str, new_id: str, moved: Path) -> list[str]:
    """Rewrite the article's file name and entry ids in events.yml and speakers.yml."""
    notes = []
    name = re.compile(rf"(?<![a-z0-9-]){re.escape(old_id)}(?![a-z0-9-])")
    hashes: dict[str, str] | None = None
    for file in ("events.yml", "speakers.yml"):
        path = content / file
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if file == "events.yml" and _ENTRY_ID.search(text):
            hashes = _entry_hashes(moved, old_id, new_id) if hashes is None else hashes
            text = _ENTRY_ID.sub(lambda m: m.group(1) + hashes.get(m.group(2), m.group(2)), text)
        text = name.sub(new_id, text)
        if text != path.read_text(encoding="utf-8"):
            write_atomic(path, text)
            notes.append(f"{path}: the article's name and entry ids updated")
    return notes
