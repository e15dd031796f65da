"""`import`: raw copied articles become content files editors then own.

Never overwrites an editor's file unless asked (--force), and even then the previous
version is first copied to ``content/.previous/``. A folder may carry ``sources.yml``
recording, per raw file, what the editors know that the text does not say:

    000_example.txt: {date: 2021-07-12, source: South China Morning Post, url: https://...}
"""
from __future__ import annotations

import datetime as _dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .read.content import dump_article, parse_date, slugify, split_front_matter
from .errors import ContentError
from .extract.article import Extraction, structure_html, structure_raw
from .fsutil import write_atomic
from .read.html import HTML_SUFFIXES, is_html_path, read_html
from .read.text import read_text
from .yamlsafe import load_yaml

RAW_SUFFIXES = (".txt",) + HTML_SUFFIXES
MANIFEST = "sources.yml"


@dataclass
class ImportResult:
    source: Path
    target: Path | None = None
    status: str = "imported"          # imported | replaced | skipped | failed
    message: str = ""
    warnings: list[str] = field(default_factory=list)


def expand_inputs(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.is_file() and f.name.endswith(RAW_SUFFIXES)))
        else:
            files.append(p)
    return files


def load_manifest(folder: Path) -> dict[str, dict]:
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    data = load_yaml(read_text(path).text, str(path)) or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ContentError(str(path), "must map each file name to {date, source, url}")
    return {str(k): v for k, v in data.items()}


def import_one(path: Path, articles_dir: Path, date: str | None, force: bool,
               meta: dict | None = None, repo_root: Path | None = None) -> ImportResult:
    meta = meta or {}
    html = is_html_path(path)
    if html:
        page = read_html(path)
        read_warnings: list[str] = []      # the page's own warnings come back in ex.warnings
    else:
        tf = read_text(path)
        read_warnings = tf.warnings
    given = date or parse_date(meta.get("date"), str(path.parent / MANIFEST), field=f"{path.name}.date")
    ex: Extraction = structure_html(page, given) if html else structure_raw(tf.text, str(path), given)
    article = ex.article
    if meta.get("source"):
        article.source_name = str(meta["source"])
    if meta.get("url"):
        article.source_url = str(meta["url"])
    stem = f"{article.date or 'undated'}-{slugify(article.title)}"
    rel_source = _relative(path, repo_root)
    target, taken = _target(articles_dir, stem, rel_source)
    text = dump_article(article, imported_from=rel_source)
    result = ImportResult(path, target, warnings=read_warnings + ex.warnings)
    if taken:
        result.message = f"{taken.name} holds another article; imported as {target.name}"
    if target.exists():
        if target.read_text(encoding="utf-8", errors="replace") == text:
            result.status, result.message = "skipped", "unchanged"
            return result
        if not force:
            result.status = "skipped"
            result.message = f"{target} exists (edited by hand?); use --force to replace it"
            return result
        backup = _backup(target, articles_dir.parent / ".previous")
        result.status, result.message = "replaced", f"previous version kept as {backup}"
    write_atomic(target, text)
    return result


MAX_SAME_SLUG = 1000


def _target(articles_dir: Path, stem: str, rel_source: str) -> tuple[Path, Path | None]:
    """The file this source imports to, and the file of another article that took its name.

    Titles that differ only in case, accents or non-Latin script give the same slug; a
    different article never replaces (or blocks) another one: it takes the next free
    ``<stem>-2.md``. The file is this source's own when it was imported from it (or
    when nothing is there yet)."""
    first = articles_dir / f"{stem}.md"
    for n in range(1, MAX_SAME_SLUG + 1):
        target = first if n == 1 else articles_dir / f"{stem}-{n}.md"
        if not target.exists() or _imported_from(target) == rel_source:
            return target, (first if n > 1 else None)
    raise ContentError(str(first), f"{MAX_SAME_SLUG} articles already have this file name; "
                                   "rename some of them")


def _imported_from(path: Path) -> str | None:
    """The ``imported_from`` of an existing article file (None when unreadable or absent)."""
    try:
        fm_text, fm_line, _, _ = split_front_matter(read_text(path).text, str(path))
        fm = load_yaml(fm_text, str(path), fm_line) if fm_text is not None else None
    except ContentError:
        return None
    value = fm.get("imported_from") if isinstance(fm, dict) else None
    return str(value) if value is not None else None


def _relative(path: Path, root: Path | None) -> str:
    try:
        return str(path.resolve().relative_to((root or Path.cwd()).resolve()))
    except ValueError:
        return path.name


def _backup(target: Path, folder: Path) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    folder.mkdir(parents=True, exist_ok=True)
    backup = folder / f"{target.stem}.{stamp}.md"
    shutil.copy2(target, backup)
    return backup
