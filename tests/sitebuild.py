"""Build a throw-away copy of the project (hand-written docs + some content) for tests."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HANDWRITTEN = ("about.md", "editing.md", "assets")


def make_project(dest: Path, articles: dict[str, str] | None = None, with_seeds: bool = True) -> Path:
    """A project folder at ``dest``: mkdocs.yml, hand-written docs, content/ (seeds and/or given files)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "docs").mkdir(exist_ok=True)
    for name in HANDWRITTEN:
        src = ROOT / "docs" / name
        if src.is_dir():
            shutil.copytree(src, dest / "docs" / name, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dest / "docs" / name)
    content = dest / "content"
    (content / "articles").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "content" / "site.yml", content / "site.yml")
    if with_seeds:
        for f in (ROOT / "content" / "articles").glob("*.md"):
            shutil.copy2(f, content / "articles" / f.name)
        for extra in ("speakers.yml", "events.yml"):
            if (ROOT / "content" / extra).exists():
                shutil.copy2(ROOT / "content" / extra, content / extra)
    for name, text in (articles or {}).items():
        (content / "articles" / name).write_text(text, encoding="utf-8")
    return dest


def run_builder(project: Path, *args: str, check: bool = False) -> subprocess.CompletedProcess:
    env_cmd = [sys.executable, "-m", "builder", "--root", str(project), *args]
    proc = subprocess.run(env_cmd, cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"})
    if check and proc.returncode != 0:
        raise AssertionError(f"builder {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def left_beside(folder: Path, prefix: str = ".site", timeout: float = 60.0) -> list[str]:
    """The names starting with ``prefix`` in ``folder`` once the processes removing old
    sites (``site.glue.discard``: they outlive the build) have finished, or ``timeout``
    seconds have passed."""
    import time
    end = time.monotonic() + timeout
    while any(p.name.endswith("-trash") for p in folder.iterdir()) and time.monotonic() < end:
        time.sleep(0.05)
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(prefix))
