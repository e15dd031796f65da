"""The content file format editors own: ``content/articles/<date>-<slug>.md``.

YAML front matter holds everything that is not body text; the body is the article's
paragraphs, one per block, separated by blank lines. ``load_article`` and
``dump_article`` are inverses: dumping a loaded article gives the same file.

    ---
    title: Headline
    date: 2021-07-12
    topic: China-Russia relations
    standfirst: [summary bullet, ...]
    lead_caption: {text: ..., credit: AP}
    captions: [{text: ..., credit: AP, before: 4}]   # before = paragraph it stands before
    related: [headline of a linked story, ...]
    print_headline: ...
    source: {name: South China Morning Post, url: https://...}
    authors: [...]
    check: [notes from the import for an editor; delete each once resolved]
    ---
    First paragraph.

    Second paragraph.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

from ..dates import is_real_date
from ..errors import ContentError
from ..keys import slugify  # noqa: F401 - article file names (importer)
from ..model import Article, Caption, Notice
from ..yamlsafe import dump_yaml, load_yaml
from .text import read_text

FIELDS = ("title", "date", "date_source", "topic", "standfirst", "lead_caption", "captions",
          "related", "print_headline", "source", "authors", "imported_from", "check")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def split_front_matter(text: str, path: str) -> tuple[str | None, int, str, int]:
    """-> (front matter YAML or None, its first line number, body, body's first line number)."""
    if not text.startswith("---\n") and text.strip() != "---":
        return None, 0, text, 1
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
    if end is None:
        raise ContentError(path, "front matter opened with '---' is never closed", 1)
    fm = text[4 : 4 + end.start()]
    rest = text[4 + end.end():]
    body_line = 2 + fm.count("\n") + 1
    if rest.startswith("\n"):
        rest = rest[1:]
    return fm, 2, rest, body_line


def parse_date(value: Any, path: str, line: int | None = None, field: str = "date") -> str | None:
    """A calendar date as YYYY-MM-DD, checked to exist."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str) and DATE_RE.match(value.strip()):
        if not is_real_date(value):          # the one date check (builder/dates.py)
            raise ContentError(path, f"'{field}: {value}' is not a real date", line)
        return value.strip()
    raise ContentError(path, f"'{field}' must be a date like 2021-07-12, not {value!r}", line)


def _line_of(fm: str, key: str, first_line: int) -> int | None:
    m = re.search(rf"^{re.escape(key)}\s*:", fm, re.MULTILINE)
    return None if m is None else first_line + fm[: m.start()].count("\n")


def _text(value: Any, key: str, path: str, line: int | None, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise ContentError(path, f"'{key}' is missing", line)
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ContentError(path, f"'{key}' must be text, not {type(value).__name__}", line)
    value = value.strip()
    if required and not value:
        raise ContentError(path, f"'{key}' is empty", line)
    return value or None


def _text_list(value: Any, key: str, path: str, line: int | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ContentError(path, f"'{key}' must be a list of text", line)
    out = []
    for item in value:
        t = _text(item, key, path, line)
        if t:
            out.append(t)
    return out


def _caption(value: Any, key: str, path: str, line: int | None) -> Caption | None:
    if value is None:
        return None
    if isinstance(value, str):
        return Caption(text=value.strip())
    if not isinstance(value, dict):
        raise ContentError(path, f"'{key}' must be a mapping with text and credit", line)
    unknown = set(value) - {"text", "credit", "before"}
    if unknown:
        raise ContentError(path, f"'{key}' has unknown field(s): {', '.join(map(str, sorted(unknown, key=str)))}", line)
    before = value.get("before")
    if before is not None and (not isinstance(before, int) or isinstance(before, bool) or before < 0):
        raise ContentError(path, f"'{key}.before' must be a paragraph number (0 or more)", line)
    return Caption(text=_text(value.get("text"), f"{key}.text", path, line, required=True) or "",
                   credit=_text(value.get("credit"), f"{key}.credit", path, line),
                   before=before)


def parse_body(body: str) -> list[str]:
    """Blocks separated by blank lines; a block's lines join with a space (soft wraps)."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", body):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines:
            paragraphs.append(" ".join(lines))
    return paragraphs


def load_article_text(text: str, path: str) -> Article:
    fm_text, fm_line, body, _ = split_front_matter(text, path)
    if fm_text is None:
        raise ContentError(path, "no front matter: an article file starts with '---' and a title", 1)
    fm = load_yaml(fm_text, path, fm_line) or {}
    if not isinstance(fm, dict):
        raise ContentError(path, "front matter must be a mapping of fields (title: ..., date: ...)", fm_line)
    line = lambda key: _line_of(fm_text, key, fm_line)  # noqa: E731
    unknown = [k for k in fm if k not in FIELDS]
    if unknown:
        raise ContentError(path, f"unknown front-matter field '{unknown[0]}' "
                                 f"(known: {', '.join(FIELDS)})", line(str(unknown[0])))
    source = fm.get("source") or {}
    if isinstance(source, str):
        source = {"name": source}
    if not isinstance(source, dict):
        raise ContentError(path, "'source' must be a mapping with name and url", line("source"))
    captions_raw = fm.get("captions") or []
    if not isinstance(captions_raw, list):
        raise ContentError(path, "'captions' must be a list", line("captions"))
    date = parse_date(fm.get("date"), path, line("date"))
    article = Article(
        title=_text(fm.get("title"), "title", path, line("title") or fm_line, required=True) or "",
        paragraphs=parse_body(body),
        topic=_text(fm.get("topic"), "topic", path, line("topic")),
        date=date,
        date_source="front-matter" if date else None,
        standfirst=_text_list(fm.get("standfirst"), "standfirst", path, line("standfirst")),
        lead_caption=_caption(fm.get("lead_caption"), "lead_caption", path, line("lead_caption")),
        captions=[c for c in (_caption(c, "captions", path, line("captions")) for c in captions_raw) if c],
        related=_text_list(fm.get("related"), "related", path, line("related")),
        print_headline=_text(fm.get("print_headline"), "print_headline", path, line("print_headline")),
        source_name=_text(source.get("name"), "source.name", path, line("source")),
        source_url=_text(source.get("url"), "source.url", path, line("source")),
        authors=_text_list(fm.get("authors"), "authors", path, line("authors")),
        notices=[Notice(kind="import", message=m)
                 for m in _text_list(fm.get("check"), "check", path, line("check"))],
        path=path,
    )
    if not article.paragraphs:
        raise ContentError(path, "the article has no body paragraphs")
    return article


def load_article(path: Path) -> Article:
    tf = read_text(path)
    article = load_article_text(tf.text, str(path))
    article.id = article_id(path)
    return article


def article_id(path: Path) -> str:
    stem = path.name[:-3] if path.name.endswith(".md") else path.stem
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,150}", stem):
        raise ContentError(str(path), "file name must be lowercase letters, digits and hyphens "
                                      "(e.g. 2021-07-12-a-headline.md)")
    return stem


def dump_article(article: Article, imported_from: str | None = None) -> str:
    fm: dict[str, Any] = {"title": article.title}
    if article.date:
        fm["date"] = _dt.date.fromisoformat(article.date)   # unquoted in YAML
    if article.topic:
        fm["topic"] = article.topic
    if article.standfirst:
        fm["standfirst"] = list(article.standfirst)
    if article.lead_caption:
        fm["lead_caption"] = _dump_caption(article.lead_caption)
    if article.captions:
        fm["captions"] = [_dump_caption(c) for c in article.captions]
    if article.related:
        fm["related"] = list(article.related)
    if article.print_headline:
        fm["print_headline"] = article.print_headline
    if article.source_name or article.source_url:
        fm["source"] = {k: v for k, v in (("name", article.source_name), ("url", article.source_url)) if v}
    if article.authors:
        fm["authors"] = list(article.authors)
    if imported_from:
        fm["imported_from"] = imported_from
    notes = [n.message for n in article.notices if n.kind in ("import", "date-disagreement")]
    if notes:
        fm["check"] = notes     # shown by `check` until an editor deletes them
    body = "\n\n".join(p.strip() for p in article.paragraphs)
    return f"---\n{dump_yaml(fm)}---\n\n{body}\n"


def _dump_caption(c: Caption) -> dict[str, Any]:
    d: dict[str, Any] = {"text": c.text, "credit": c.credit}
    if c.before is not None:
        d["before"] = c.before
    return d


