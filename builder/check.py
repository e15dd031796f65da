"""`check`: what needs an editor's attention, each with file and paragraph."""
from __future__ import annotations

import sys
from pathlib import Path

from .console import say
from .build import ContentErrors, Project, generate


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
    for sp in collection.speakers:
        if not sp.roles and sp.kind == "person":
            findings.append(f"speaker {sp.name!r} has no role in any article "
                            "(add one in content/speakers.yml)")
    findings += [f"note: {n}" for n in report.notices]
    findings += [f"error: {f}" for f in report.failures]
    for f in findings:
        say(f, sys.stdout)
    print(f"check: {len(findings)} item(s) for an editor in {len(collection.articles)} articles",
          file=sys.stderr)
    return 1 if report.failures else 0
