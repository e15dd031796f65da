"""Benchmark: where the time of one edited article goes, through the command line's path.

    python benchmarks/edit_stages.py PROJECT [--edits 3] [--seed 1] [--profile OUT]

``PROJECT``: a project already built once (e.g. ``scale.py --workdir DIR`` keeps
``DIR/project``). Each edit appends a paragraph with a quote and a date to one article
chosen at random (as ``scale.py`` does), then runs ``python -m builder --root PROJECT
build`` in this process (``builder.cli.main``: what the command runs, imports
included) and prints each stage's wall and CPU seconds, the CPU of child processes
(extraction workers, MkDocs) and the machine's load. ``--profile OUT``: the last edit's
build under cProfile, its statistics written to OUT (``python -m pstats OUT``).
``--parts``: the CPU seconds of each of the functions in ``PARTS`` in each build, without
a profiler (cProfile's cost per call inflates code of many small calls several-fold: an
edit's ``link.entries.to_entry`` took 6.5 s under it and 0.3 s without); parts nest (a
part's time includes the parts it calls), a generator's time is that of its steps.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

WORD = "zorvane"

# (module, function or Class.method) timed by --parts
PARTS = [("builder.build", "collect"), ("builder.cache", "ExtractionCache.get"),
         ("builder.build_memo", "known_references"), ("builder.build_memo", "kept_grouping"),
         ("builder.build_memo", "keep_grouping"), ("builder.link.registry", "build_registry"),
         ("builder.link.incremental", "Grouping.directory"),
         ("builder.link.incremental", "Grouping.__call__"), ("builder.link.chronology", "_split"),
         ("builder.link.chronology", "attach_references"),
         ("builder.link.event_edits", "EventEditor.apply"),
         ("builder.render.search_index", "collection_docs"),
         ("builder.render.search_cache", "build_index"),
         ("builder.render.search_patch", "load_state"), ("builder.render.search_patch", "save_state"),
         ("builder.render.entry_store", "load"), ("builder.render", "site_pages"),
         ("builder.render.chronology", "render_chronology"),
         ("builder.render.data", "iter_data_files"), ("builder.render", "fingerprint"),
         ("builder.docs_writer", "write_generated"), ("builder.cache", "tree_state"),
         ("builder.build_state", "generated_stats"), ("builder.build_state", "restated"),
         ("builder.site.glue", "render_site_dir")]


def time_parts(spent: dict[str, float]) -> None:
    """Wrap each of ``PARTS`` (wherever a loaded ``builder`` module holds it by name) so
    that its CPU seconds add up in ``spent``; a generator is timed step by step."""
    import importlib
    import inspect

    for modname, name in PARTS:
        owner = importlib.import_module(modname)
        *outer, attr = name.split(".")
        for part in outer:
            owner = getattr(owner, part)
        real = getattr(owner, attr)
        label = f"{modname.rsplit('.', 1)[-1]}.{name}"

        def timed(*a, _real=real, _label=label, **k):
            t = time.process_time()
            try:
                out = _real(*a, **k)
            finally:
                spent[_label] = spent.get(_label, 0.0) + time.process_time() - t
            return _stepped(out, _label) if inspect.isgenerator(out) else out

        def _stepped(gen, label):
            while True:
                t = time.process_time()
                try:
                    item = next(gen)
                except StopIteration:
                    return
                finally:
                    spent[label] = spent.get(label, 0.0) + time.process_time() - t
                yield item

        setattr(owner, attr, timed)
        if not outer:                    # the same function imported by name elsewhere
            for mod in list(sys.modules.values()):
                if getattr(mod, "__name__", "").startswith("builder") \
                        and getattr(mod, attr, None) is real:
                    setattr(mod, attr, timed)


def edit_one(project: Path, rng: random.Random, n: int) -> Path:
    """Append a paragraph (a quote, a month, a weekday) to one article chosen by ``rng``."""
    path = rng.choice(sorted((project / "content" / "articles").glob("*.md")))
    text = path.read_text(encoding="utf-8").rstrip("\n")
    text += f"\n\n“The {WORD}{n} plan will be ready in March,” Ines Vantorp said on Tuesday.\n"
    path.write_text(text, encoding="utf-8")
    return path


def timed_build(project: Path, profile: str | None = None) -> dict:
    """One ``build`` through ``builder.cli.main``: each stage's (wall, CPU) seconds."""
    import builder.build as build_module
    import builder.site.glue as glue_module

    stages: dict[str, tuple[float, float]] = {}
    last = [time.perf_counter(), time.process_time()]

    def mark(stage: str) -> None:
        t, c = time.perf_counter(), time.process_time()
        w0, c0 = stages.get(stage, (0.0, 0.0))
        stages[stage] = (w0 + t - last[0], c0 + c - last[1])
        last[:] = [t, c]

    from builder.cli import main

    build_module.STAGE_LISTENER = glue_module.STAGE_LISTENER = mark
    before = os.times()
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        if profile:
            import cProfile

            prof = cProfile.Profile()
            rc = prof.runcall(main, ["--root", str(project), "build"])
            prof.dump_stats(profile)
        else:
            rc = main(["--root", str(project), "build"])
    finally:
        build_module.STAGE_LISTENER = glue_module.STAGE_LISTENER = None
    after = os.times()
    return {"exit": rc, "wall": time.perf_counter() - t0, "cpu": time.process_time() - c0,
            "children_cpu": (after.children_user + after.children_system
                             - before.children_user - before.children_system),
            "stages": stages, "load": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("project")
    ap.add_argument("--edits", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", help="write the last edit's cProfile statistics here")
    ap.add_argument("--parts", action="store_true",
                    help="print the CPU seconds of each function of PARTS in each build")
    args = ap.parse_args(argv)
    project = Path(args.project)
    rng = random.Random(args.seed)
    t = time.perf_counter()
    import builder.cli  # noqa: F401  (the imports of the command, timed apart)
    print(f"imports: {time.perf_counter() - t:.2f}s")
    spent: dict[str, float] = {}
    if args.parts:
        time_parts(spent)
    for n in range(args.edits):
        spent.clear()
        path = edit_one(project, rng, n)
        r = timed_build(project, args.profile if n == args.edits - 1 else None)
        print(f"edit {n + 1} ({path.name}): exit {r['exit']}, wall {r['wall']:.2f}s, "
              f"CPU {r['cpu']:.2f}s + children {r['children_cpu']:.2f}s, load {r['load']:.1f}",
              file=sys.stderr)
        print("  " + ", ".join(f"{k} {w:.2f}/{c:.2f}" for k, (w, c) in r["stages"].items())
              + "  (wall/CPU s)", file=sys.stderr)
        if spent:
            print("  parts (CPU s): " + ", ".join(
                f"{k} {v:.2f}" for k, v in sorted(spent.items(), key=lambda x: -x[1])),
                file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
