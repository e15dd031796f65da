"""A site built from a fixed sample of the hand-judged articles, for the chronology
benchmarks (``lines.py``, ``merges.py``).

Each judged article (``benchmarks/judged/<name>.yml``) is imported into a throw-away
project with ``python -m builder import SOURCE --date DATE``, as a user does. An article
the importer refuses only because its headline ends in a full stop (every PolNeAR
headline does; issue 13) is imported from a temporary copy whose headline has that
punctuation blanked out, as ``attribution.py --unpunctuate-headline`` does. The project
is then extracted and linked in process (no cache), so a benchmark sees the mentions and
the entries the build would publish. ``polnear_project`` does the same for a list of
PolNeAR articles with their dates (``speakers.py``).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timeml  # noqa: E402

_TIMEML_TEXTS = Path(timeml.temporary_folder())

REPO = Path(__file__).resolve().parents[1]
JUDGED = REPO / "benchmarks" / "judged"
SHARED = Path(os.environ.get("TL_SHARED_DATA") or REPO.parent / "shared" / "data")


def headline_unpunctuated(text: str) -> str:
    nl = text.find("\n")
    head, rest = (text, "") if nl < 0 else (text[:nl], text[nl:])
    head = re.sub(r"[.;:?!…,]+(?=[’'”\")\s]*$)", lambda m: " " * len(m.group()), head)
    return head + rest


def _import(project: Path, source: Path, date: str) -> subprocess.CompletedProcess:
    source = timeml.readable(source, _TIMEML_TEXTS)      # a TimeML article: its plain text
    return subprocess.run([sys.executable, "-m", "builder", "--root", str(project), "import",
                           str(source), "--date", date], cwd=REPO, capture_output=True, text=True,
                          timeout=600)


def build_project(names: list[str], project: Path, strict: bool = True,
                  folder: Path = JUDGED) -> dict[str, str]:
    """Import the judged articles ``names`` (file stems under ``folder``, benchmarks/judged/
    by default) into ``project``; returns judged name -> article id (the content file's
    stem). An article that cannot be imported stops the benchmark (``strict``) or is left out."""
    (project / "content" / "articles").mkdir(parents=True, exist_ok=True)
    ids: dict[str, str] = {}
    for name in names:
        doc = yaml.safe_load((folder / f"{name}.yml").read_text(encoding="utf-8"))
        aid = import_article(project, name, SHARED / doc["source"], str(doc["date"]), strict)
        if aid:
            ids[name] = aid
    return ids


def import_article(project: Path, name: str, source: Path, date: str, strict: bool = True) -> str:
    """Import one article as a user does (headline-punctuation fallback as above); returns
    its id, or "" when it was refused and not ``strict``."""
    before = set((project / "content" / "articles").glob("*.md"))
    proc = _import(project, source, date)
    if proc.returncode and "headline" in proc.stderr:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / source.name
            copy.write_text(headline_unpunctuated(source.read_text(encoding="utf-8")), encoding="utf-8")
            proc = _import(project, copy, date)
    if proc.returncode and not strict:
        return ""
    if proc.returncode:
        raise SystemExit(f"{name}: not imported: {proc.stderr.strip()[-300:]}")
    new = sorted(set((project / "content" / "articles").glob("*.md")) - before)
    if len(new) != 1:
        raise SystemExit(f"{name}: expected one imported article, got {len(new)}")
    return new[0].stem


def polnear_project(sample: list[tuple[str, str]], keep: Path | None = None, strict: bool = True):
    """Build (in ``keep``, or a temporary folder) a site from PolNeAR articles ``sample``
    ((file stem under polnear/<split>/text/, publication date); train first, then dev) and
    link it: (stem -> article id, articles, collection)."""
    def source(stem: str) -> Path:
        for split in ("train", "dev"):
            path = SHARED / "polnear" / split / "text" / f"{stem}.txt"
            if path.exists():
                return path
        raise SystemExit(f"{stem}: not found under {SHARED / 'polnear'}")

    def build(project: Path) -> dict[str, str]:
        if not (project / "content" / "articles").is_dir():
            (project / "content" / "articles").mkdir(parents=True)
            for stem, date in sample:
                import_article(project, stem, source(stem), date, strict)
        return _ids_by_source(project, [(stem, f"{stem}.txt") for stem, _ in sample])

    if keep is not None:
        return (build(keep), *linked(keep))
    with tempfile.TemporaryDirectory() as tmp:
        return (build(Path(tmp)), *linked(Path(tmp)))


def linked(project: Path):
    """The project extracted and linked (no cache): (articles, collection)."""
    sys.path.insert(0, str(REPO))
    from builder.build import BuildReport, Extractions, Project, collect
    from builder.link import link
    from builder.link.overrides import Overrides
    p = Project(project)
    articles = collect(p, BuildReport(), store=Extractions(p, use_cache=False))
    return articles, link(articles, Overrides())


def sample_project(names: list[str], keep: Path | None = None, strict: bool = True,
                   folder: Path = JUDGED):
    """Build the sample (in ``keep``, or a temporary folder) from the judgement files
    ``names`` under ``folder`` and link it: (judged name -> article id, articles, collection)."""
    if keep is not None:
        if not (keep / "content" / "articles").is_dir():
            build_project(names, keep, strict, folder)
        ids = _ids_of(names, keep, folder)
        return (ids, *linked(keep))
    with tempfile.TemporaryDirectory() as tmp:
        ids = build_project(names, Path(tmp), strict, folder)
        return (ids, *linked(Path(tmp)))


def _ids_of(names: list[str], project: Path, folder: Path = JUDGED) -> dict[str, str]:
    """judged name -> article id, for a project built before (by ``imported_from``)."""
    pairs = []
    for name in names:
        doc = yaml.safe_load((folder / f"{name}.yml").read_text(encoding="utf-8"))
        src = Path(doc["source"]).name
        pairs.append((name, src + ".txt" if src.endswith(".tml") else src))
    return _ids_by_source(project, pairs)


def _ids_by_source(project: Path, pairs: list[tuple[str, str]]) -> dict[str, str]:
    """name -> article id for (name, source file name) pairs, by ``imported_from``; an
    article that was not imported is left out."""
    by_source = {}
    for f in sorted((project / "content" / "articles").glob("*.md")):
        m = re.search(r"^imported_from: (.+)$", f.read_text(encoding="utf-8")[:20000], re.M)   # long front matter
        if m:
            by_source[m.group(1).strip()] = f.stem
    return {name: by_source[src] for name, src in pairs if src in by_source}
