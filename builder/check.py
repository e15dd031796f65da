"""`check`: what needs an editor's attention, each with file and paragraph."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .build import ContentErrors, Project, generate
from .console import say
from .link.identity import suspicious_name, visible_form
from .model import Collection

# a zero-width character between two letters, or a direction control anywhere
_HIDDEN = re.compile(r"\w[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+\w|[\u202a-\u202e\u2066-\u2069]")


def check(root: Path) -> int:
    project = Project(root)
    try:
        collection, _, report = generate(project)
    except ContentErrors as exc:
        for m in exc.messages:
            say(f"error: {m}", sys.stdout)
        return 2
    findings: list[str] = []
    for a in collection.articles:
        where = a.path or a.id
        if not a.date:
            findings.append(f"{where}: undated: relative dates are not resolved and the article "
                            "is not on the timeline (add 'date:' to the front matter)")
        for n in a.notices:
            para = f" paragraph {n.paragraph}" if n.paragraph is not None else ""
            findings.append(f"{where}:{para} {n.kind}: {n.message}")
        for i, p in enumerate(a.paragraphs):
            if _HIDDEN.search(p):
                findings.append(f"{where}: paragraph {i} hidden-characters: invisible characters "
                                "(zero-width inside a word, or direction controls); a name there "
                                "may not read as it looks")
    for sp in collection.speakers:
        if not sp.roles and sp.kind == "person":
            findings.append(f"speaker {sp.name!r} has no role in any article "
                            "(add one in content/speakers.yml)")
    findings += look_alike_names(collection)
    findings += [f"note: {n}" for n in report.notices]
    findings += [f"error: {f}" for f in report.failures]
    for f in findings:
        say(f, sys.stdout)
    print(f"check: {len(findings)} item(s) for an editor in {len(collection.articles)} articles",
          file=sys.stderr)
    return 1 if report.failures else 0


def look_alike_names(collection: Collection) -> list[str]:
    """Names of speakers and of the chronology's people that may not be what they look
    like (letters of two scripts in one word, invisible characters): compared as the
    name they look like, and reported."""
    names: dict[str, str] = {}          # name -> who it belongs to
    for sp in collection.speakers:
        for name in [sp.name, *sp.aliases]:
            names.setdefault(name, f"speaker {sp.name!r}")
    for e in collection.events:
        for p in e.people:
            names.setdefault(p.name, f"chronology entry {e.id}")
    out = []
    for name, who in names.items():
        why = suspicious_name(name)
        if why:
            out.append(f"{who}: the name {name!r} {why}; read as {visible_form(name)!r} "
                       "(correct the article if it is a typing slip)")
    return out
