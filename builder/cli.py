"""Command line: the only place that prints for people and exits.

    python -m builder extract PATH [--date YYYY-MM-DD] [--explain]
    python -m builder import PATH... [--date YYYY-MM-DD] [--force]
    python -m builder timex --dct YYYY-MM-DD < text
    python -m builder build [--no-site] [--site-dir site] [--jobs N] [--article-budget SECONDS]
    python -m builder serve [--dev-addr 127.0.0.1:8000] [--article-budget SECONDS]
    python -m builder check
    python -m builder rename OLD NEW

Each command imports its own stage when it runs (the imports inside the ``cmd_``
functions): ``extract`` and ``timex``, which scripts run once per file, would otherwise
load the whole pipeline and the MkDocs glue as well (about 0.22 -> 0.32 s a call).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from .cache import release_memory
from .console import printable, say
from .errors import ContentError
from .read.content import parse_date

EXIT_CONTENT = 2


def _err(msg: str) -> None:
    say(msg, sys.stderr)


def cmd_extract(args) -> int:
    # the command's own stage, imported when it runs (see the module docstring)
    from .extract.article import extract_path

    ex = extract_path(Path(args.path), args.date, extract=not args.explain)
    for w in ex.warnings:
        _err(f"warning: {w}")
    if args.explain:
        _explain(ex)
        return 0
    data = ex.article.to_contract()
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _explain(ex) -> None:
    """Each input line with its class and why, then what was read from them and the notes
    an editor should check (how the headline was chosen when the plain rule did not fit)."""
    for line in ex.lines:
        reason = f"  ({line.reason})" if getattr(line, "reason", "") else ""
        print(printable(f"{line.number:4d} {line.cls:<15} {line.text[:100]}{reason}"))
    a = ex.article
    print(printable(f"headline: {a.title}"))
    if a.topic:
        print(printable(f"topic: {a.topic}"))
    if a.authors:
        print(printable(f"authors: {', '.join(a.authors)}"))
    print(printable(f"date: {a.date or 'none'}" + (f" ({a.date_source})" if a.date else "")))
    print(f"paragraphs: {len(a.paragraphs)}")
    for n in a.notices:
        print(printable(f"note: {n.message}"))


def cmd_import(args) -> int:
    # the command's own stage, imported when it runs (see the module docstring)
    from .importer import expand_inputs, import_one, load_manifest

    root = Path(args.root).resolve()
    articles_dir = root / "content" / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    inputs = expand_inputs([Path(p) for p in args.paths])
    if not inputs:
        _err("import: no .txt or .html files found in " + ", ".join(args.paths))
        return EXIT_CONTENT
    counts = {"imported": 0, "replaced": 0, "skipped": 0, "failed": 0}
    manifests: dict[Path, dict] = {}
    for i, path in enumerate(inputs, 1):
        try:
            if path.parent not in manifests:
                manifests[path.parent] = load_manifest(path.parent)
            meta = manifests[path.parent].get(path.name, {})
            r = import_one(path, articles_dir, args.date, args.force, meta, root)
        except ContentError as exc:
            counts["failed"] += 1
            _err(f"[{i}/{len(inputs)}] failed   {exc.format()}")
            continue
        counts[r.status] += 1
        for w in r.warnings:
            _err(f"warning: {w}")
        target = os.path.relpath(r.target, Path.cwd()) if r.target else ""
        note = f" ({r.message})" if r.message else ""
        _err(f"[{i}/{len(inputs)}] {r.status:<8} {path} -> {target}{note}")
    _err(f"import: {counts['imported']} imported, {counts['replaced']} replaced, "
         f"{counts['skipped']} skipped, {counts['failed']} failed")
    return EXIT_CONTENT if counts["failed"] else 0


def cmd_timex(args) -> int:
    # the command's own stage, imported when it runs (see the module docstring)
    from .extract.timex import find_timexes

    dct = parse_date(args.dct, "--dct", field="--dct")
    text = sys.stdin.read()
    out = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
           | ({"mod": t.mod} if getattr(t, "mod", None) else {})
           for t in find_timexes(text, dct)]
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


def cmd_build(args) -> int:
    # the command's own stage, imported when it runs (see the module docstring)
    from .build import build_lock
    from .fsutil import UnsafeOutput, check_site_dir

    root = Path(args.root)
    if not args.no_site:                 # before anything is removed
        try:
            check_site_dir(root, root / args.site_dir, args.site_dir)
        except UnsafeOutput as exc:
            _err(f"error: {exc}")
            return EXIT_CONTENT
    with build_lock(root):               # one build of a project at a time (it may wait)
        return _build(args, root)


def _build(args, root: Path) -> int:
    from .build import ContentErrors, Project, build_docs, docs_journal, editor_notes, undo_docs
    from .site.glue import MkDocsFailed, render_site_dir

    project = Project(root)
    t0 = time.perf_counter()
    journal = docs_journal(project.root)     # docs/ goes back if MkDocs fails
    try:
        collection, report = build_docs(project, jobs=args.jobs, journal=journal,
                                        **_budget(args))
    except ContentErrors as exc:
        for m in exc.messages:
            _err(f"error: {m}")
        _err("build stopped: nothing was changed (previous pages kept)")
        return EXIT_CONTENT
    t1 = time.perf_counter()
    for n in editor_notes(collection, report):
        _err(f"note: {n}")
    for f in report.failures:
        _err(f"error: {f}")
    _err(f"generated {len(report.written)} changed, {report.unchanged} unchanged, "
         f"{len(report.removed)} removed files from {report.articles} articles in {t1 - t0:.2f}s")
    del collection               # MkDocs runs in other processes: free this one's memory first
    release_memory()
    if not args.no_site:
        try:
            render_site_dir(project.root, project.root / args.site_dir)
        except MkDocsFailed as exc:
            undo_docs(project, journal)
            _err(f"error: {exc}; docs/ is put back and the previous site/ is kept")
            return 1
        except BaseException:
            undo_docs(project, journal)
            raise
        _err(f"site written to {args.site_dir}/ in {time.perf_counter() - t1:.2f}s")
    journal.commit()
    return 1 if report.failures else 0


def cmd_serve(args) -> int:
    # the command's own stage, imported when it runs (see the module docstring)
    from .serve import serve

    # the root as given, as build and check take it: messages name files the same way
    return serve(Path(args.root), args.dev_addr, **_budget(args))


def cmd_rename(args) -> int:
    # the command's own stage, imported when it runs (see the module docstring)
    from .rename import rename

    root = Path(args.root).resolve()
    src, dst, notes = rename(root, args.old, args.new)
    _err(f"renamed {src.relative_to(root)} -> {dst.relative_to(root)}; the old address sends "
         "readers to the new one (content/redirects.yml); build or serve to publish")
    for n in notes:
        _err(f"note: {n}")
    return 0


def cmd_check(args) -> int:
    # the command's own stage, imported when it runs (see the module docstring)
    from .check import check

    return check(Path(args.root))


def _budget_option(p) -> None:
    p.add_argument("--article-budget", type=float, metavar="SECONDS",
                   help="CPU seconds one extraction stage of one article may take; one that runs "
                        "over is stopped and the page built without it, and reported (default: "
                        "builder.build.ARTICLE_BUDGET, a minute; 0: no limit)")


def _budget(args) -> dict:
    return {} if args.article_budget is None else {"budget": args.article_budget}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m builder",
                                     description="Build the timeline microsite from content/.")
    parser.add_argument("--root", default=".", help="project folder (default: current)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print one article as JSON (CONTRACT.md section 1)")
    p.add_argument("path")
    p.add_argument("--date", help="publication date YYYY-MM-DD (wins over everything)")
    p.add_argument("--explain", action="store_true", help="list each input line and its class")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("import", help="raw copied articles or saved web pages (.html, .htm, "
                                      ".html.gz) -> content/articles/*.md")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--date", help="publication date YYYY-MM-DD for every input")
    p.add_argument("--force", action="store_true",
                   help="replace existing articles (the previous version is kept in content/.previous/)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("timex", help="time expressions in stdin text as TIMEX3 JSON")
    p.add_argument("--dct", required=True, help="document creation time YYYY-MM-DD")
    p.set_defaults(func=cmd_timex)

    p = sub.add_parser("build", help="generate docs/ pages from content/ and build site/")
    p.add_argument("--no-site", action="store_true", help="only generate docs/, skip MkDocs")
    p.add_argument("--site-dir", default="site")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    _budget_option(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("serve", help="preview with live reload, rebuilding when content/ changes")
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    _budget_option(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("rename", help="give an article a new file name and address; the old "
                                      "address keeps working (content/redirects.yml)")
    p.add_argument("old", metavar="OLD", help="the article's file name in content/articles (with or without .md)")
    p.add_argument("new", metavar="NEW", help="its new file name: lowercase letters, digits, hyphens")
    p.set_defaults(func=cmd_rename)

    p = sub.add_parser("check", help="list what needs an editor's attention")
    p.set_defaults(func=cmd_check)

    args = parser.parse_args(argv)
    if getattr(args, "date", None):
        try:
            args.date = parse_date(args.date, "--date", field="--date")
        except ContentError as exc:
            _err(f"error: {exc.message}")
            return EXIT_CONTENT
    try:
        return args.func(args)
    except ContentError as exc:
        _err(f"error: {exc.format()}")
        return EXIT_CONTENT
    except OSError as exc:       # disk full, permission denied: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"error: {where}{exc.strerror or exc}")
        return 1
    except KeyboardInterrupt:
        return 130
