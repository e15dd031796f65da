"""The only place that runs MkDocs (as a subprocess, so the pipeline never imports it).

``render_site_dir`` builds into a temporary folder beside ``site/`` and puts it in place
only when MkDocs succeeded, so a failed build leaves the last good site as it was. Three ways:

* up to date: docs/, mkdocs.yml, the code and site/ are exactly as after the last good
  build -> nothing to do;
* incremental: only generated files changed (an edited article changes its page, the
  index pages, its speakers' pages, the data and some search files) -> ``mkdocs build
  --dirty`` renders exactly those into an empty folder (the plugin's ``TIMELINE_ONLY``),
  they get the same Content-Security-Policy as the rest, and each replaces its file in
  the site by a rename, once MkDocs succeeded (``_move_into``; copying the whole site
  as hard links cost 0.5-1 s per edit at 1,000 articles). Navigation is explicit in
  mkdocs.yml and the search index is ours (written to docs/ by the build), so neither
  goes stale the way ``--dirty`` alone would leave them;
* full: anything else (a hand-written page, mkdocs.yml, the theme, the code changed;
  no previous site).

The site a full build replaces is moved aside (``.site-trash/``, beside it) and removed by
a process of its own, which the build does not wait for.

The state of the last good build is in ``.cache/state.json`` (``builder/cache.py``).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .. import cache as C
from ..fsutil import check_site_dir
from ..lock import project_lock
from .csp import _template, inline_script_hashes, inline_scripts, policy, script_hash, with_meta

GENERATED_ROOTS = ("index.md", "articles/", "speakers/", "chronology/", "data/", "search/")


# called with each stage's name when it ends (benchmarks/scale.py: memory by stage)
STAGE_LISTENER = None


def _lap(report: "SiteReport", stage: str, started: float) -> None:
    report.timings[stage] = time.perf_counter() - started
    if STAGE_LISTENER is not None:
        STAGE_LISTENER(f"site:{stage}")


class MkDocsFailed(Exception):
    pass


class _NeedFull(Exception):
    """An incremental build found it cannot give the same site as a full one."""


@dataclass
class SiteReport:
    mode: str = "full"                  # full | incremental | up-to-date
    pages: int = 0                      # docs files rebuilt (incremental) or in total
    timings: dict[str, float] = field(default_factory=dict)
    reason: str = ""                    # why a full build
    parts: int = 1                      # MkDocs processes of a full build


def mkdocs_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


# run from a source checkout, MkDocs' plugin is imported from it too (an editable install
# of another checkout would otherwise give the child that one's plugin); an installed
# package is left to the interpreter (site-packages put before the standard library
# could shadow it)
_CHECKOUT = Path(__file__).resolve().parents[2]
_PACKAGE_PARENT = str(_CHECKOUT) if (_CHECKOUT / "pyproject.toml").is_file() else ""


def _env(dirty: bool = False) -> dict[str, str]:
    # Material prints a multi-line banner about its successor on every run; keep logs readable
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if _PACKAGE_PARENT:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_PARENT, env.get("PYTHONPATH")) if p)
    if dirty:
        env["TIMELINE_DIRTY_OK"] = "1"     # see TimelinePlugin.on_pre_build
    return env


def _versions() -> str:
    out = [C.code_version("site")]
    for dist in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions"):
        try:
            out.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            out.append(f"{dist}=-")
    return ";".join(out)


def _docs_snapshot(docs: Path) -> dict[str, list[int]]:
    snap: dict[str, list[int]] = {}
    for dirpath, dirnames, filenames in os.walk(docs):
        rel_dir = os.path.relpath(dirpath, docs)
        for name in filenames:
            rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
            try:
                st = os.stat(os.path.join(dirpath, name))
            except OSError:
                continue
            snap[rel] = [st.st_size, st.st_mtime_ns]
    return snap


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "-"


def apply_to_site(site_dir: Path) -> str:
    """``builder.site.csp.apply_to_site`` with one page in memory at a time (it holds every
    page: a gigabyte for 10,000 articles): one pass collects the inline scripts (counted
    per page as ``csp.site_script_hashes`` counts them), one adds the policy.
    ``tests/test_scale_build.py`` checks that both give the same site."""
    pages = sorted(site_dir.rglob("*.html"))
    seen: dict[str, int] = {}
    hashes_of: dict[str, set[str]] = {}
    for p in pages:
        codes = inline_scripts(p.read_text(encoding="utf-8"))
        for t in {_template(c) for c in codes}:
            seen[t] = seen.get(t, 0) + 1
        for c in codes:
            hashes_of.setdefault(_template(c), set()).add(script_hash(c))
    least = 2 if len(pages) > 1 else 1
    csp = policy(set().union(*(h for t, h in hashes_of.items() if seen.get(t, 0) >= least)))
    for p in pages:
        p.write_text(with_meta(p.read_text(encoding="utf-8"), csp), encoding="utf-8")
    (site_dir / "_headers").write_text(f"/*\n  Content-Security-Policy: {csp}\n", encoding="utf-8")
    return csp


def _generated(docs: Path) -> list[str]:
    try:
        return [r for r in json.loads((docs / ".generated.json").read_text(encoding="utf-8"))
                if isinstance(r, str) and r.endswith(".md")]
    except (OSError, ValueError):
        return []


def _site_identity(site_dir: Path) -> list[int] | None:
    try:
        st, idx = os.stat(site_dir), os.stat(site_dir / "index.html")
        return [st.st_ino, st.st_dev, idx.st_mtime_ns, idx.st_size]
    except OSError:
        return None


def shard_of(rel: str, parts: int) -> int:
    """Which of ``parts`` parallel MkDocs processes renders the generated page ``rel``."""
    return zlib.crc32(rel.encode("utf-8")) % parts


def output_paths(rel: str) -> list[str]:
    """Where MkDocs (use_directory_urls) writes the output of one docs file."""
    if not rel.endswith(".md"):
        return [rel]
    stem = rel[:-3]
    if stem == "index" or stem.endswith("/index"):
        return [stem + ".html"]
    return [stem + "/index.html"]


def _command(root: Path, out: Path, strict: bool, dirty: bool) -> list[str]:
    # no --quiet: it hides warnings from MkDocs' strict-mode counter, so nothing fails
    cmd = mkdocs_command("build", "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(out))
    if dirty:
        cmd.append("--dirty")
    if strict:
        cmd.append("--strict")
    return cmd


def _failure(output: str) -> MkDocsFailed:
    lines = [ln for ln in output.splitlines() if ln.strip()]
    detail = "; ".join(ln.strip() for ln in lines if "WARNING" in ln or "ERROR" in ln) \
        or (lines[-1] if lines else "unknown error")
    return MkDocsFailed(f"mkdocs build failed: {detail}")


def _run_mkdocs(root: Path, out: Path, strict: bool, dirty: bool, only: Path | None = None) -> None:
    env = _env(dirty) if only is None else {**_env(dirty), "TIMELINE_ONLY": str(only)}
    proc = subprocess.run(_command(root, out, strict, dirty), cwd=root, capture_output=True,
                          text=True, env=env)
    if proc.returncode != 0:
        raise _failure(proc.stderr + proc.stdout)


def _run_parts(root: Path, out: Path, strict: bool, parts: int, generated: list[str]) -> None:
    """A full build by ``parts`` MkDocs processes at once, each rendering its share of the
    generated pages (``TimelinePlugin.mine``) into its own folder; part 0 also renders the
    hand-written pages and copies the static files. The other parts' pages are then
    moved into part 0's folder."""
    if parts < 2:
        _run_mkdocs(root, out, strict, dirty=False)
        return
    dirs = [out] + [Path(tempfile.mkdtemp(prefix="part-", dir=out.parent)) for _ in range(parts - 1)]
    logs = [tempfile.TemporaryFile("w+", encoding="utf-8") for _ in range(parts)]
    try:
        procs = [subprocess.Popen(_command(root, dirs[i], strict, False), cwd=root, text=True,
                                  stdout=logs[i], stderr=subprocess.STDOUT,
                                  env={**_env(), "TIMELINE_SHARD": f"{i}/{parts}"})
                 for i in range(parts)]
        codes = [p.wait() for p in procs]
        for code, log in zip(codes, logs):
            if code != 0:
                log.seek(0)
                raise _failure(log.read())
        for rel in generated:
            part = shard_of(rel, parts)
            if part == 0:
                continue
            for o in output_paths(rel):
                src = dirs[part] / o
                if src.is_file():
                    (out / o).parent.mkdir(parents=True, exist_ok=True)
                    os.replace(src, out / o)
    finally:
        for log in logs:
            log.close()
        for d in dirs[1:]:
            shutil.rmtree(d, ignore_errors=True)


def _swap(tmp: Path, site_dir: Path) -> None:
    """``tmp`` becomes the site (two renames: a reader sees the old site or the new one);
    the old site is removed by a process of its own (``discard``): removing thousands of
    hard links and folders took 0.2-6.6 s of each edit on a busy disk."""
    old = _to_trash(site_dir) if site_dir.exists() else None
    os.replace(tmp, site_dir)
    if old is not None:
        discard(old)


def trash_dir(site_dir: Path) -> Path:
    """Where old sites wait to be removed: beside the site (a rename away), removed with
    the last of them."""
    return site_dir.with_name(f".{site_dir.name}-trash")


def _to_trash(path: Path) -> Path:
    trash = trash_dir(path)
    for attempt in range(3):
        trash.mkdir(exist_ok=True)
        dest = trash / f"old-{os.getpid()}-{time.time_ns()}"
        try:
            os.replace(path, dest)
            return dest
        except FileNotFoundError:
            # the remover of an earlier old site removed the empty trash folder meanwhile
            if attempt == 2 or not path.exists():
                raise
    raise AssertionError("unreachable")


_REMOVERS: list[subprocess.Popen] = []
_DISCARD = """import os, shutil, sys
shutil.rmtree(sys.argv[1], ignore_errors=True)
try:
    os.rmdir(os.path.dirname(sys.argv[1]))
except OSError:
    pass
"""


def discard(path: Path) -> None:
    """Remove ``path`` (an old site in ``trash_dir``) in a process of its own, which
    outlives this one; where no process can be started, here."""
    _REMOVERS[:] = [p for p in _REMOVERS if p.poll() is None]      # the finished reaped
    try:
        _REMOVERS.append(subprocess.Popen(
            [sys.executable, "-c", _DISCARD, str(path)], stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            close_fds=True))
    except OSError:
        shutil.rmtree(path, ignore_errors=True)


# what builds before this layout left beside the site when they were killed (mkdtemp names)
_OLD_LEFTOVER = re.compile(r"\.site-(?:part-)?[a-z0-9_]{8}|\.site-old-\d+")


def work_dir(site_dir: Path) -> Path:
    """The folder a site build keeps its temporary copies in: beside the site (the same
    file system, so the swap is a rename), named after it, removed when the build ends;
    a build that was killed leaves it, and the next build of that site removes it."""
    return site_dir.with_name(f".{site_dir.name}-build")


def _clean_leftovers(root: Path, site_dir: Path) -> None:
    shutil.rmtree(work_dir(site_dir), ignore_errors=True)
    trash = trash_dir(site_dir)
    if trash.is_dir() and not trash.is_symlink():
        for p in trash.iterdir():          # a remover killed with its build: again
            discard(p)
    if site_dir.parent == Path(root).resolve():
        for p in site_dir.parent.iterdir():
            if _OLD_LEFTOVER.fullmatch(p.name) and p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)


PARALLEL_MIN_PAGES = 400     # below this, a second MkDocs process costs more than it saves


def render_site_dir(root: Path, site_dir: Path, strict: bool = True, full: bool = False,
                    jobs: int | None = None) -> SiteReport:
    """Build the site of the project at ``root`` into ``site_dir`` (one build of a project
    at a time: see builder/lock.py). A folder that is not a previous site is refused before
    anything is removed (``fsutil.check_site_dir``); temporary copies left by a build that
    was killed are removed first."""
    root, site_dir = Path(root), Path(site_dir).resolve()
    check_site_dir(root, site_dir)
    with project_lock(root):
        _clean_leftovers(root, site_dir)
        try:
            return _render(root, site_dir, strict, full, jobs)
        finally:
            shutil.rmtree(work_dir(site_dir), ignore_errors=True)


def _new_folder(site_dir: Path) -> Path:
    work = work_dir(site_dir)
    work.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="new-", dir=work))


def _render(root: Path, site_dir: Path, strict: bool, full: bool, jobs: int | None) -> SiteReport:
    report = SiteReport()
    t0 = time.perf_counter()
    docs = root / "docs"
    snapshot = _docs_snapshot(docs)
    # mkdocs.yml reads SITE_URL from the environment (!ENV): a new address is a new site
    config = {"versions": _versions(), "mkdocs.yml": _file_hash(root / "mkdocs.yml"),
              "site_url": os.environ.get("SITE_URL", ""), "strict": strict, "site": str(site_dir)}
    state = C.load_state(root)
    last = state.get("site")
    last = last if isinstance(last, dict) else {}    # an older version's record, or damaged
    _lap(report, "check", t0)
    plan = None if full else _plan(last, config, snapshot, site_dir)
    if isinstance(plan, str):
        report.reason = plan
        plan = None
    if plan is not None and not plan[0] and not plan[1]:
        report.mode = "up-to-date"
        return report
    state.pop("site", None)
    C.save_state(root, state)            # until this build has succeeded
    csp = ""
    if plan is not None:
        changed, removed = plan
        tmp = _new_folder(site_dir)
        try:
            report.mode, report.pages = "incremental", len(changed) + len(removed)
            csp = _incremental(root, tmp, site_dir, changed, removed, last, strict, report)
            t = time.perf_counter()
            _move_into(tmp, site_dir, removed)
            _lap(report, "swap", t)
        except _NeedFull as exc:
            plan, report.reason = None, str(exc)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    if plan is None:
        report.mode = "full"
        report.pages = sum(1 for rel in snapshot if rel.endswith(".md"))
        tmp = _new_folder(site_dir)
        try:
            generated = _generated(docs)
            parts = max(1, min(jobs or os.cpu_count() or 1, 4)) if len(generated) >= PARALLEL_MIN_PAGES else 1
            report.parts = parts
            t = time.perf_counter()
            _run_parts(root, tmp, strict, parts, generated)
            _lap(report, "mkdocs", t)
            t = time.perf_counter()
            csp = apply_to_site(tmp)
            _lap(report, "csp", t)
            t = time.perf_counter()
            _swap(tmp, site_dir)
            _lap(report, "swap", t)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    state = C.load_state(root)
    state["site"] = {**config, "docs": snapshot, "csp": csp, "identity": _site_identity(site_dir)}
    C.save_state(root, state)
    return report


def _plan(last: dict, config: dict, snapshot: dict, site_dir: Path):
    """-> (changed, removed) docs files for an incremental build, or why a full one."""
    if not last:
        return "no previous build recorded"
    for key, value in config.items():
        if last.get(key) != value:
            return f"{key} changed"
    if last.get("identity") != _site_identity(site_dir):
        return "site/ was changed by something else"
    before = last.get("docs")
    if not isinstance(before, dict):
        return "no previous build recorded"
    changed = sorted(rel for rel, st in snapshot.items() if before.get(rel) != st)
    removed = sorted(rel for rel in before if rel not in snapshot)
    for rel in changed + removed:
        if rel != ".generated.json" and not rel.startswith(GENERATED_ROOTS):
            return f"docs/{rel} changed"
    return [r for r in changed if r != ".generated.json"], removed


def _incremental(root: Path, tmp: Path, site_dir: Path, changed: list[str], removed: list[str],
                 last: dict, strict: bool, report: SiteReport) -> str:
    """MkDocs renders only the changed docs files (``TIMELINE_ONLY``: the others are not
    even read, the theme's files not copied) into the empty folder ``tmp``; the pages
    written there get the policy the rest of the site has. ``_move_into`` then puts them
    in the site."""
    only = tmp.parent / f"{tmp.name}.only.json"
    only.write_text(json.dumps(changed), encoding="utf-8")
    t = time.perf_counter()
    _run_mkdocs(root, tmp, strict, dirty=True, only=only)
    _lap(report, "mkdocs", t)
    t = time.perf_counter()
    csp = last.get("csp") or ""
    known = set(re.findall(r"'sha256-[^']+'", csp))
    texts = {p: p.read_text(encoding="utf-8") for p in tmp.rglob("*.html")}
    hashes = set().union(*(inline_script_hashes(x) for x in texts.values())) if texts else set()
    if not csp or not hashes <= known:
        # a new inline script: every page needs a new policy (rare: a full build does it)
        raise _NeedFull("a page has an inline script the policy does not allow yet")
    for p, text in texts.items():
        if 'http-equiv="Content-Security-Policy"' not in text:
            p.write_text(with_meta(text, csp), encoding="utf-8")
    _lap(report, "csp", t)
    return csp


def _move_into(tmp: Path, site_dir: Path, removed: list[str]) -> None:
    """The files of an incremental build (``tmp``) replace theirs in the site, each by a
    rename (a reader gets the old file or the new one, never a part), then the outputs of
    removed docs files go. Only after MkDocs succeeded: a failed build leaves the last good
    site; a build killed in between leaves no record of the site (``_render``), so the
    next build is a full one."""
    for dirpath, _, filenames in os.walk(tmp):
        rel = os.path.relpath(dirpath, tmp)
        target = site_dir if rel == "." else site_dir / rel
        if filenames:
            target.mkdir(parents=True, exist_ok=True)
        for name in filenames:
            os.replace(os.path.join(dirpath, name), target / name)
    for rel in removed:
        for out in output_paths(rel):
            p = site_dir / out
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            if out.endswith("/index.html"):
                try:
                    p.parent.rmdir()
                except OSError:
                    pass


def start_server(root: Path, dev_addr: str, **popen) -> subprocess.Popen:
    # --dirty: after the first build, a save re-renders only the pages whose files changed
    return subprocess.Popen(mkdocs_command("serve", "--config-file", str(root / "mkdocs.yml"),
                                           "--dev-addr", dev_addr, "--dirty"), cwd=root,
                            env=_env(dirty=True), **popen)


__all__ = ["MkDocsFailed", "SiteReport", "render_site_dir", "start_server", "output_paths"]
