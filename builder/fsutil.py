"""File writing that never leaves a half-written file behind."""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path


def _replace_atomic(path: Path, fill) -> None:
    """``fill(fh)`` writes a temporary file in ``path``'s folder, which then replaces
    ``path`` by an atomic rename; on any failure the temporary file goes and ``path`` is
    left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write via a temporary file in the same folder and an atomic rename."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    _replace_atomic(path, lambda fh: fh.write(raw))


def dump_atomic(path: Path, value) -> None:
    """``pickle.dumps(value)`` (the highest protocol) written as ``write_atomic`` writes,
    but pickled straight into the file: a 20 MB pickle made in memory first held the
    pickler's buffer and its copy at once (+43 MB of a build's peak, against +12 MB)."""
    _replace_atomic(path, lambda fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))


def write_if_changed(path: Path, data: str | bytes) -> bool:
    """Write only when the content differs, so watchers see no spurious change."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.read_bytes() == raw:
            return False
    except (FileNotFoundError, IsADirectoryError):
        pass
    write_atomic(path, raw)
    return True


def inside(base: Path, relative: str) -> Path:
    """``base / relative``, refusing anything that would land outside ``base``."""
    if "\x00" in relative or relative.startswith(("/", "\\")) or ".." in Path(relative).parts:
        raise ValueError(f"unsafe path {relative!r}")
    target = (base / relative).resolve()
    if not target.is_relative_to(base.resolve()):
        raise ValueError(f"unsafe path {relative!r}")
    return target


class UnsafeOutput(ValueError):
    """An output folder that a build must not replace (it would delete what is there)."""


def is_previous_site(folder: Path) -> bool:
    """A folder a site build wrote: MkDocs writes ``index.html`` and ``sitemap.xml`` on
    every build, at the top of the site."""
    return (folder / "index.html").is_file() and (folder / "sitemap.xml").is_file()


def check_site_dir(root: Path, site_dir: Path, shown: str | None = None) -> None:
    """Refuse, before anything is removed, an output folder whose replacement would delete
    something that is not a site: the project or a folder holding it, a folder inside or
    above content/ or docs/, a file, or a folder with anything but a previous site in it."""
    root, target = Path(root).resolve(), Path(site_dir).resolve()
    name = shown or str(site_dir)
    if target == root or target in root.parents:
        raise UnsafeOutput(f"--site-dir {name}: is the project folder or holds it; "
                           "the site needs a folder of its own (e.g. site)")
    for source in ("content", "docs"):
        folder = (root / source).resolve()
        if target == folder or folder in target.parents or target in folder.parents:
            raise UnsafeOutput(f"--site-dir {name}: overlaps {source}/; "
                               "the site needs a folder of its own (e.g. site)")
    if target.exists() or target.is_symlink():
        if not target.is_dir():
            raise UnsafeOutput(f"--site-dir {name}: is not a folder; nothing was changed")
        if any(target.iterdir()) and not is_previous_site(target):
            raise UnsafeOutput(f"--site-dir {name}: holds files that are not a built site; "
                               "it would be replaced: choose an empty or new folder")
