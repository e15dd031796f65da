"""What a build of docs/ depends on (recorded before it reads anything) and the state of
the generated files it left: a build whose inputs and generated files are those the last
good build recorded stops at once (``build.build_docs``)."""
from __future__ import annotations

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
    return C.tree_state(project.docs, None, keep=generated)["stat"]


def generated(rel: str) -> bool:
    return rel == MANIFEST or rel.startswith(GENERATED_ROOTS)


def same_inputs(recorded: dict | None, current: dict) -> bool:
    return (isinstance(recorded, dict) and recorded.get("code") == current["code"]
            and C.same_state(recorded.get("content"), current["content"])
            and C.same_state(recorded.get("docs"), current["docs"]))
