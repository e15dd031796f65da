"""What a build of docs/ depends on (recorded before it reads anything) and the state of
the generated files it left: a build whose inputs and generated files are those the last
good build recorded stops at once (``build.build_docs``)."""
from __future__ import annotations

import hashlib
import os

from . import cache as C
from .docs_writer import GENERATED_ROOTS, MANIFEST


def inputs_state(project, since_ns: int, recorded: dict | None = None) -> dict:
    """What a build of docs/ depends on, taken before it reads anything (a file saved while
    it runs then differs from what is recorded): the code, content/ and the hand-written
    files in docs/ (``cache.tree_state``; the generated folders are not walked: every
    file in a folder whose name is a generated root's is generated)."""
    def racy(key: str):
        # a state an older version wrote, or a damaged one, records nothing
        part = recorded.get(key) if isinstance(recorded, dict) else None
        found = part.get("racy") if isinstance(part, dict) else None
        return found if isinstance(found, dict) else ()

    return {"code": C.code_version("site"),
            "content": C.tree_state(project.content, since_ns, skip=(".previous",),
                                    also=racy("content")),
            "docs": C.tree_state(project.docs, since_ns, keep=lambda rel: not generated(rel),
                                 also=racy("docs"),
                                 skip_dir=lambda name: name.startswith(GENERATED_ROOTS))}


def generated_state(project) -> str:
    """The generated files as this build left them (a damaged page is rebuilt)."""
    return state_of(generated_stats(project))


def generated_stats(project) -> dict[str, tuple[int, int]]:
    """Each generated file's path -> (size, modification time in ns)."""
    stats: dict[str, tuple[int, int]] = {}
    docs = os.fspath(project.docs)
    for dirpath, dirnames, filenames in os.walk(docs):
        rel_dir = os.path.relpath(dirpath, docs)
        if rel_dir == ".":
            dirnames[:] = [d for d in dirnames if d.startswith(GENERATED_ROOTS)]
        for name in filenames:
            rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
            if generated(rel):
                _stat_into(stats, rel, os.path.join(dirpath, name))
    return stats


def restated(project, stats: dict[str, tuple[int, int]], touched) -> dict[str, tuple[int, int]]:
    """``generated_stats(project)`` when only the files in ``touched`` (paths in docs/,
    the manifest always among them) changed since ``stats`` was taken: what a build
    wrote or removed is looked at again, not the whole of docs/ (a file a build did not
    touch that changed meanwhile keeps its old record, so the next build sees it)."""
    out = dict(stats)
    for rel in {*touched, MANIFEST}:
        out.pop(rel, None)
        if generated(rel):
            _stat_into(out, rel, os.path.join(project.docs, rel))
    return out


def _stat_into(stats: dict, rel: str, path: str) -> None:
    try:
        st = os.stat(path)
    except OSError:
        return
    stats[rel] = (st.st_size, st.st_mtime_ns)


def state_of(stats: dict[str, tuple[int, int]]) -> str:
    h = hashlib.sha256()
    for rel in sorted(stats):
        size, mtime = stats[rel]
        h.update(f"{rel}\0{size}\0{mtime}\n".encode())
    return h.hexdigest()


def generated(rel: str) -> bool:
    return rel == MANIFEST or rel.startswith(GENERATED_ROOTS)


def same_inputs(recorded: dict | None, current: dict) -> bool:
    return (isinstance(recorded, dict) and recorded.get("code") == current["code"]
            and C.same_state(recorded.get("content"), current["content"])
            and C.same_state(recorded.get("docs"), current["docs"]))
