"""The only place that talks to MkDocs (as a subprocess, so the pipeline never imports it).

``render_site_dir`` builds into a temporary folder beside ``site/`` and swaps it in only
when MkDocs succeeded, so a failed build leaves the last good site as it was.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .csp import apply_to_site


class MkDocsFailed(Exception):
    pass


def mkdocs_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


def _env() -> dict[str, str]:
    # Material prints a multi-line banner about its successor on every run; keep logs readable
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def render_site_dir(root: Path, site_dir: Path, strict: bool = True) -> None:
    site_dir = site_dir.resolve()
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    try:
        # no --quiet: it hides warnings from MkDocs' strict-mode counter, so nothing fails
        cmd = mkdocs_command("build", "--config-file", str(root / "mkdocs.yml"),
                             "--site-dir", str(tmp))
        if strict:
            cmd.append("--strict")
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, env=_env())
        if proc.returncode != 0:
            lines = [ln for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
            detail = "; ".join(ln.strip() for ln in lines if "WARNING" in ln or "ERROR" in ln) \
                or (lines[-1] if lines else "unknown error")
            raise MkDocsFailed(f"mkdocs build failed: {detail}")
        apply_to_site(tmp)
        old = site_dir.with_name(f".site-old-{os.getpid()}")
        if site_dir.exists():
            os.replace(site_dir, old)
        os.replace(tmp, site_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def start_server(root: Path, dev_addr: str) -> subprocess.Popen:
    return subprocess.Popen(mkdocs_command("serve", "--config-file", str(root / "mkdocs.yml"),
                                           "--dev-addr", dev_addr), cwd=root, env=_env())
