"""A site built from a fixed sample of the hand-judged articles, for the chronology
benchmarks (``lines.py``, ``merges.py``).

Each judged article (``benchmarks/judged/<name>.yml``) is imported into a throw-away
project with ``python -m builder import SOURCE --date DATE``, as a user does. An article
the importer refuses only because its headline ends in a full stop (every PolNeAR
headline does; issue 13) is imported from a temporary copy whose headline has that
punctuation blanked out, as ``attribution.py --unpunctuate-headline`` does. The project
is then extracted and linked in process (no cache), so a benchmark sees the mentions and
the entries the build would publish.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
JUDGED = REPO / "benchmarks" / "judged"
SHARED = Path(os.environ.get("TL_SHARED_DATA") or REPO.parent / "shared" / "data")


def headline_unpunctuated(text: str) -> str:
    nl = text.find("\n")
    head, rest = (text, "") if nl < 0 else (text[:nl], text[nl:])
    head = re.sub(r"[.;:?!…,]+(?=[’'”\")\s]*$)", lambda m: " " * len(m.group()), head)
    return head + rest


def _import(project: Path, source: Path, date: str) -> subprocess.CompletedProcess:
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
        source, date = SHARED / doc["source"], str(doc["date"])
        before = set((project / "content" / "articles").glob("*.md"))
        proc = _import(project, source, date)
        if proc.returncode and "headline" in proc.stderr:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / source.name
                copy.write_text(headline_unpunctuated(source.read_text(encoding="utf-8")), encoding="utf-8")
                proc = _import(project, copy, date)
        if proc.returncode and not strict:
            continue
        if proc.returncode:
            raise SystemExit(f"{name}: not imported: {proc.stderr.strip()[-300:]}")
        new = sorted(set((project / "content" / "articles").glob("*.md")) - before)
        if len(new) != 1:
            raise SystemExit(f"{name}: expected one imported article, got {len(new)}")
        ids[name] = new[0].stem
    return ids


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
    by_source = {}
    for f in sorted((project / "content" / "articles").glob("*.md")):
        m = re.search(r"^imported_from: (.+)$", f.read_text(encoding="utf-8")[:3000], re.M)
        if m:
            by_source[m.group(1).strip()] = f.stem
    out = {}
    for name in names:
        doc = yaml.safe_load((folder / f"{name}.yml").read_text(encoding="utf-8"))
        out[name] = by_source.get(Path(doc["source"]).name, "")
    return out
