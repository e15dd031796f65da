"""The hostile-input corpus: its cases table and the one site built from all its page cases.

Used by tests/test_hostile.py (pages, errors, imports) and by
tests/browser/test_hostile_browser.py (the same site in Chromium).
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tests.sitebuild import make_project, run_builder

HOSTILE = Path(__file__).resolve().parent
RAW_DATE = "2021-05-01"          # every raw case is imported with --date RAW_DATE
SETTINGS_FILES = {"speakers": "speakers.yml", "events": "events.yml", "site": "site.yml"}


@dataclass
class Case:
    file: str | None = None
    as_: str = "article"
    expect: str = "page"
    name: str | None = None
    shows: list[str] = field(default_factory=list)
    hides: list[str] = field(default_factory=list)
    line: int | None = None
    says: str | None = None
    warns: str | None = None
    notes: str | None = None
    paragraphs: int | None = None
    xfail: str | None = None
    generate: str | None = None

    @property
    def id(self) -> str:
        if self.generate:
            return self.generate
        if self.name and self.file == "plain.md":      # the name is the case
            return self.name.encode("ascii", "backslashreplace").decode("ascii")
        return self.file

    @property
    def path(self) -> Path:
        return HOSTILE / self.file

    def article_name(self) -> str:
        """File name under content/articles/ for an `article` case."""
        if self.name:
            return self.name
        m = re.search(r"^date:\s*(\d{4}-\d{2}-\d{2})\s*$", self.path.read_text(encoding="utf-8"), re.M)
        return f"{m.group(1) if m else 'undated'}-{self.path.stem}.md"


def load_cases() -> list[Case]:
    raw = yaml.safe_load((HOSTILE / "cases.yml").read_text(encoding="utf-8"))
    cases = []
    for entry in raw:
        entry = dict(entry)
        entry["as_"] = entry.pop("as")
        cases.append(Case(**entry))
    return cases


CASES = load_cases()


def cases(as_: str | tuple[str, ...] | None = None, expect: str | None = None,
          xfail: bool | None = False) -> list[Case]:
    kinds = (as_,) if isinstance(as_, str) else as_
    return [c for c in CASES
            if (kinds is None or c.as_ in kinds) and (expect is None or c.expect == expect)
            and (xfail is None or bool(c.xfail) == xfail)]


@dataclass
class HostileSite:
    project: Path
    import_log: str                        # stderr of the one `import` run
    build_log: str
    pages: dict[str, str]                  # case id -> article page URL (site-relative)
    imported: dict[str, Path]              # raw case file -> the content file it became
    import_wrote: set[Path]                # every file the import created or changed


def imported_from(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    fm = yaml.safe_load(m.group(1)) if m else None
    return fm.get("imported_from") if isinstance(fm, dict) else None


def build_hostile_site(dest: Path, page_cases: list[Case] | None = None, site: bool = True) -> HostileSite:
    """One project holding every page case (articles, editors' files, imported raw copies),
    built once: the shape an editor's real content/ would have."""
    page_cases = cases(expect="page") if page_cases is None else page_cases
    articles = {c.article_name(): c.path.read_text(encoding="utf-8")
                for c in page_cases if c.as_ == "article"}
    # the editors' files refer to the script-in-body article: always include it
    body = next(c for c in CASES if c.file == "script-in-body.md")
    articles.setdefault(body.article_name(), body.path.read_text(encoding="utf-8"))
    project = make_project(dest, articles=articles, with_seeds=False)
    for c in page_cases:
        if c.as_ in SETTINGS_FILES:
            shutil.copy2(c.path, project / "content" / SETTINGS_FILES[c.as_])
    raws = [c for c in page_cases if c.as_ == "raw"]
    import_log = ""
    imported: dict[str, Path] = {}
    import_wrote: set[Path] = set()
    if raws:
        sources = project / "sources"
        sources.mkdir()
        for c in raws:
            shutil.copy2(c.path, sources / c.file)
        before = _tree(project.parent)
        proc = run_builder(project, "import", *(str(sources / c.file) for c in raws), "--date", RAW_DATE)
        import_log = proc.stderr
        if proc.returncode != 0:
            raise AssertionError(f"import of the raw page cases failed:\n{proc.stderr}")
        import_wrote = {p for p, sig in _tree(project.parent).items() if before.get(p) != sig}
        by_source = {imported_from(p): p for p in (project / "content" / "articles").glob("*.md")}
        for c in raws:
            imported[c.file] = by_source.get(f"sources/{c.file}")
    proc = run_builder(project, "build", *(() if site else ("--no-site",)))
    if proc.returncode != 0:
        raise AssertionError(f"build of the hostile site failed:\n{proc.stderr}")
    pages = {}
    for c in page_cases:
        if c.as_ == "article":
            pages[c.id] = f"articles/{c.article_name()[:-3]}/"
        elif c.as_ == "raw" and imported.get(c.file):
            pages[c.id] = f"articles/{imported[c.file].stem}/"
    return HostileSite(project, import_log, proc.stderr, pages, imported, import_wrote)


def _tree(folder: Path) -> dict[Path, tuple]:
    return {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


_SHARED: dict[int, HostileSite] = {}


def shared_hostile_site(tmp_path_factory) -> HostileSite:
    """The site of all page cases, built once per test session (the unit tests and the
    browser tests read the same one; neither changes it)."""
    key = id(tmp_path_factory)
    if key not in _SHARED:
        _SHARED[key] = build_hostile_site(tmp_path_factory.mktemp("hostile") / "project")
    return _SHARED[key]
