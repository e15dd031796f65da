"""Benchmark: build a synthetic N-article microsite, stage by stage, beside plain MkDocs.

    python benchmarks/scale.py --articles 1000 [--jobs 2] [--workdir DIR] [--keep]
                               [--no-baseline] [--no-serve] [--baseline-timeout S] [--json F]

1. Generates N realistic articles (``benchmarks/corpus.py``: real paragraphs from
   ``../shared/data`` or the repository's own articles, generated names, roles, quotes,
   dates, captions and related stories) into a temporary project.
2. Cold build, in this process with the builder's own functions (what ``python -m
   builder build`` runs), with an empty cache: wall time of each stage (read, extract,
   link, search index, render, write; MkDocs, CSP), articles per second, peak memory.
3. Rebuilds through the real command line: nothing changed; one article edited (a new
   paragraph with a quote and a date). Checks that the page, its speaker's page, the
   chronology data and search show the edit. Then one more edit rebuilt in this process,
   stage by stage, with the number of pages rendered.
4. The live-reload server (``python -m builder serve``): startup, then the time from
   saving an edited article to the refreshed page being served.
5. Search, with the site's real worker run by Node (``benchmarks/search_probe.mjs``),
   typing queries key by key: bytes a reader downloads before the first result and
   before the expected one, for a rare body word, a random body word, a speaker's name
   and a quote of sampled articles; and whether each was found.
6. Plain MkDocs with Material on the same generated Markdown (the project's mkdocs.yml
   with only the ``search`` plugin, same nav), timed the same way: every figure is also
   a ratio measured in the same run.

Peak memory is the largest total proportional memory (Pss) of this process and all its
children at once (sampled from /proc every 50 ms; see ``TreeMemory``), and ``getrusage``
(the largest resident size of a single process).
The machine's load average is printed: other work on the machine slows every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402

HANDWRITTEN = ("about.md", "editing.md", "assets")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# ---- memory ---------------------------------------------------------------------------------

def _pss(pid: int, fallback: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return fallback


class TreeMemory:
    """Largest total memory of this process and its descendants, sampled in a thread.

    Each process counts its proportional set size (``Pss`` in /proc/PID/smaps_rollup):
    pages a forked worker still shares with its parent are split between them instead of
    counted twice, as the sum of resident sizes would. Where the kernel has no
    smaps_rollup, resident sizes are summed (an overestimate with forked workers)."""

    def __init__(self, interval: float = 0.05):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()
        self.page = os.sysconf("SC_PAGE_SIZE")
        self.current = 0                      # peak since the last stage ended
        self.stages: dict[str, int] = {}

    def mark(self, stage: str) -> None:
        """A stage ended: its peak is the largest total seen since the previous one."""
        now = self._tree_memory()
        self.stages[stage] = max(self.current, now)
        self.current = now

    def _tree_memory(self) -> int:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                parents[int(d)] = int(fields[1])
                rss[int(d)] = int(fields[21]) * self.page
            except (OSError, IndexError, ValueError):
                continue
        total, todo = 0, [os.getpid()]
        children: dict[int, list[int]] = {}
        for pid, ppid in parents.items():
            children.setdefault(ppid, []).append(pid)
        seen = set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            total += _pss(pid, rss.get(pid, 0))
            todo += children.get(pid, [])
        return total

    def _run(self):
        while not self._stop.is_set():
            total = self._tree_memory()
            self.peak = max(self.peak, total)
            self.current = max(self.current, total)
            self._stop.wait(self.interval)

    def __enter__(self):
        self.peak = self.current = 0
        self.stages = {}
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._stop.clear()
        self.peak = max(self.peak, self._tree_memory())


def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def du(path: Path) -> tuple[int, int]:
    total = files = 0
    for dirpath, _, names in os.walk(path):
        for n in names:
            try:
                total += os.lstat(os.path.join(dirpath, n)).st_size
                files += 1
            except OSError:
                pass
    return total, files


# ---- the project ---------------------------------------------------------------------------

def make_project(dest: Path, n: int, seed: int) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "docs").mkdir(exist_ok=True)
    for name in HANDWRITTEN:
        src = REPO / "docs" / name
        if src.is_dir():
            shutil.copytree(src, dest / "docs" / name, dirs_exist_ok=True)
        elif src.exists():
            shutil.copy2(src, dest / "docs" / name)
    (dest / "content").mkdir(exist_ok=True)
    if (REPO / "content" / "site.yml").exists():
        shutil.copy2(REPO / "content" / "site.yml", dest / "content" / "site.yml")
    write_corpus(dest / "content" / "articles", n, seed)
    return dest


def cli(project: Path, *args: str, timeout: float = 3600) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "builder", "--root", str(project), *args],
                          cwd=REPO, capture_output=True, text=True, env=ENV, timeout=timeout)
    return time.perf_counter() - t, proc


def edit_article(path: Path, word: str, speaker: str) -> None:
    text = path.read_text(encoding="utf-8")
    text = text.rstrip("\n") + (f"\n\n“The {word} plan will be ready in March,” {speaker} said on "
                                f"Tuesday.\n")
    path.write_text(text, encoding="utf-8")


# ---- search probes --------------------------------------------------------------------------

def probe(site: Path, probes: list[dict], fresh: bool = True) -> list[dict]:
    if not shutil.which("node"):
        return []
    proc = subprocess.run(["node", str(REPO / "benchmarks" / "search_probe.mjs")],
                          input=json.dumps({"site": str(site), "probes": probes, "fresh": fresh}),
                          capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return []
    return json.loads(proc.stdout)


def search_probes(project: Path, rng: random.Random, k: int) -> dict[str, list[dict]]:
    """Queries for sampled articles, as a reader would type them."""
    from builder.render.search_index import tokens

    data = json.loads((project / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    quotes = json.loads((project / "docs" / "data" / "quotes.json").read_text(encoding="utf-8"))
    speakers = json.loads((project / "docs" / "data" / "speakers.json").read_text(encoding="utf-8"))
    df: dict[str, int] = {}
    words_of = {}
    for a in data:
        ws = set(tokens(" ".join(a["paragraphs"])))
        words_of[a["id"]] = ws
        for w in ws:
            df[w] = df.get(w, 0) + 1
    sample = rng.sample(data, min(k, len(data)))
    quotes_by = {}
    for q in quotes:
        if q["kind"] == "direct" and len(q["text"].split()) >= 6:
            quotes_by.setdefault(q["article"], []).append(q)
    out: dict[str, list[dict]] = {"rare word": [], "any word": [], "word+title": [], "quote": [],
                                  "speaker": []}
    for a in sample:
        url = a["url"]
        words = sorted(words_of[a["id"]], key=lambda w: (df[w], w))
        text_words = re.findall(r"[A-Za-z]{4,}", " ".join(a["paragraphs"]))
        if words:
            rare = next((w for w in text_words if w.lower() == words[0]), words[0])
            out["rare word"].append({"query": rare, "expect": url})
        if text_words:
            word = rng.choice(text_words)
            out["any word"].append({"query": word, "expect": url})
            # a reader who remembers a common word adds another one, e.g. from the headline
            title_words = [w for w in re.findall(r"[A-Za-z]{4,}", a["title"]) if w.lower() != word.lower()]
            if title_words:
                out["word+title"].append({"query": f"{word} {rng.choice(title_words)}", "expect": url})
        qs = quotes_by.get(a["id"])
        if qs:
            q = rng.choice(qs)["text"].split()
            start = rng.randrange(max(1, len(q) - 8))
            out["quote"].append({"query": " ".join(q[start:start + 8]), "expect": url})
    people = [s for s in speakers if s["kind"] == "person" and len(s["name"].split()) >= 2]
    for s in rng.sample(people, min(k, len(people))):
        out["speaker"].append({"query": s["name"], "expect": s["url"]})
    return out


def summarize_probes(name: str, answers: list[dict]) -> dict:
    if not answers:
        return {}
    found = [a for a in answers if a["found"]]
    first = sorted(a["bytes_first_result"] for a in answers if a["bytes_first_result"] is not None)
    until = sorted(a["bytes_found"] for a in found if a["bytes_found"] is not None)
    pick = lambda xs, q: xs[min(len(xs) - 1, int(q * len(xs)))] if xs else None  # noqa: E731
    return {"probes": len(answers), "found": len(found),
            "top10": sum(1 for a in found if a["rank"] <= 10),
            "first_result_median": pick(first, 0.5), "first_result_max": first[-1] if first else None,
            "found_median": pick(until, 0.5), "found_max": until[-1] if until else None}


# ---- serve ----------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def time_serve(project: Path, article: Path, speaker: str, limit: float = 1800) -> dict:
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    log: list[str] = []
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "builder", "--root", str(project), "serve",
                             "--dev-addr", f"127.0.0.1:{port}"], cwd=REPO, env=ENV, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    threading.Thread(target=lambda: [log.append(ln) for ln in proc.stderr], daemon=True).start()
    out: dict = {}
    try:
        url = f"{base}articles/{article.stem}/"
        while time.perf_counter() - t0 < limit and _get(url) is None:
            time.sleep(0.2)
        out["startup_s"] = time.perf_counter() - t0
        time.sleep(2)
        word = "quillfeather"
        rebuilds = sum("Detected file changes" in ln for ln in log)
        t1 = time.perf_counter()
        edit_article(article, word, speaker)
        while time.perf_counter() - t1 < limit:
            if word in (_get(url) or ""):
                break
            time.sleep(0.05)
        out["refresh_s"] = time.perf_counter() - t1
        out["refreshed"] = word in (_get(url) or "")
        time.sleep(3)
        out["mkdocs_rebuilds"] = sum("Detected file changes" in ln for ln in log) - rebuilds
        out["log_tail"] = [ln.rstrip() for ln in log[-6:]]
    finally:
        # MkDocs runs in a session of its own (builder/serve.py): find it before stopping
        # the server, and make sure it is gone after (a busy machine once left one
        # serving for half an hour, skewing every later figure)
        tree = _descendants(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        _reap(tree)
    return out


def _descendants(pid: int) -> dict[int, bytes]:
    """pid -> command line of every process below ``pid``."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    children.setdefault(int(f.read().rsplit(b")", 1)[1].split()[1]), []).append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    out, todo = {}, list(children.get(pid, []))
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/cmdline", "rb") as f:
                out[p] = f.read()
        except OSError:
            continue
        todo += children.get(p, [])
    return out


def _reap(tree: dict[int, bytes], wait: float = 30) -> None:
    """Stop the processes of ``tree`` still running (the same command line: not a new
    process that took a freed pid): SIGINT, then SIGKILL after ``wait`` seconds."""
    def alive() -> list[int]:
        left = []
        for p, cmd in tree.items():
            try:
                with open(f"/proc/{p}/cmdline", "rb") as f:
                    if f.read() == cmd:
                        left.append(p)
            except OSError:
                pass
        return left

    for sig, pause in ((signal.SIGINT, wait), (signal.SIGKILL, 1)):
        left = alive()
        for p in left:
            try:
                os.kill(p, sig)
            except OSError:
                pass
        end = time.perf_counter() + pause
        while left and time.perf_counter() < end:
            time.sleep(0.2)
            left = alive()


# ---- plain MkDocs ----------------------------------------------------------------------------

def baseline(project: Path, work: Path, timeout: float) -> dict:
    """The same docs/ through the project's mkdocs.yml with only Material's search plugin."""
    import yaml

    class _Loader(yaml.SafeLoader):
        """mkdocs.yml's ``!ENV NAME`` tags resolved as MkDocs does (the variable or None)."""

    def _env(loader, node):
        names = [loader.construct_scalar(node)] if isinstance(node, yaml.ScalarNode) \
            else [loader.construct_scalar(n) for n in node.value]
        return next((os.environ[n] for n in names if n in os.environ), None)

    _Loader.add_constructor("!ENV", _env)
    cfg = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    cfg["plugins"] = ["search"]
    cfg["docs_dir"] = str(project / "docs")
    cfg["site_dir"] = str(work / "baseline-site")
    cfg["strict"] = False
    cfg["exclude_docs"] = (cfg.get("exclude_docs") or "") + "search/\n"    # our index: not theirs
    path = work / "mkdocs-baseline.yml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out: dict = {}
    with TreeMemory() as mem:
        t = time.perf_counter()
        try:
            proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(path)],
                                  cwd=work, env=ENV, capture_output=True, text=True, timeout=timeout)
            out["ok"] = proc.returncode == 0
            if not out["ok"]:
                out["error"] = proc.stderr[-500:]
        except subprocess.TimeoutExpired:
            out["ok"] = False
            out["error"] = f"did not finish in {timeout:.0f} s"
        out["wall_s"] = time.perf_counter() - t
    out["peak_memory"] = mem.peak
    site = work / "baseline-site"
    if site.is_dir():
        out["site_bytes"], out["site_files"] = du(site)
        index = site / "search" / "search_index.json"
        workers = list((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
        if index.is_file():
            out["search_payload"] = index.stat().st_size + sum(w.stat().st_size for w in workers)
    return out


def run_probes(project: Path, rng: random.Random, k: int) -> dict:
    out = {}
    print("\nsearch (real worker under Node, typed key by key; bytes include the page's "
          "search_index.json and worker):")
    for kind, ps in search_probes(project, rng, k).items():
        s = summarize_probes(kind, probe(project / "site", ps))
        out[kind] = s
        if s:
            print(f"  {kind:<10} found {s['found']}/{s['probes']} (top 10: {s['top10']}); "
                  f"before first result: median {mb(s['first_result_median'] or 0)}, max "
                  f"{mb(s['first_result_max'] or 0)}; until found: median {mb(s['found_median'] or 0)}, "
                  f"max {mb(s['found_max'] or 0)}")
    return out


def reprobe(project: Path, args) -> int:
    wall, proc = cli(project, "build")
    print(f"rebuild with the current code: {wall:.1f}s (exit {proc.returncode})")
    for ln in proc.stderr.splitlines()[-3:]:
        print(f"  {ln}")
    fig = {"search": run_probes(project, random.Random(args.seed + 1), args.probes),
           "search_index": dict(zip(("bytes", "files"), du(project / "site" / "search")))}
    if args.json:
        Path(args.json).write_text(json.dumps(fig, indent=1) + "\n")
    return 0


def edit_stages(project: Path, article: Path, speaker: str, build_docs, render_site_dir,
                jobs: int) -> dict:
    """One article edited, rebuilt in this process: the time of each stage, and how many
    pages were rendered (the others' inputs had not changed)."""
    from builder.build import Project

    edit_article(article, "hazelnutty", speaker)
    t0 = time.perf_counter()
    collection, report = build_docs(Project(project), jobs=jobs)
    del collection
    t1 = time.perf_counter()
    site = render_site_dir(project, project / "site")
    t2 = time.perf_counter()
    stages = {**report.timings, **{f"site:{k}": v for k, v in site.timings.items()}}
    print(f"one edit in process: {t2 - t0:.2f}s (builder {t1 - t0:.2f}s, site {t2 - t1:.2f}s); "
          f"{getattr(report, 'rendered', 'all')} pages rendered, {len(report.written)} files written")
    print("  " + ", ".join(f"{k} {v:.2f}s" for k, v in stages.items()))
    return {"total_s": t2 - t0, "builder_s": t1 - t0, "site_s": t2 - t1, "stages": stages,
            "rendered": getattr(report, "rendered", None), "written": len(report.written)}


# ---- main -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", help="folder for the project (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary project")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-serve", action="store_true")
    ap.add_argument("--baseline-timeout", type=float, default=3600)
    ap.add_argument("--probes", type=int, default=30, help="sampled articles per kind of query")
    ap.add_argument("--json", help="also write every figure to this file")
    ap.add_argument("--reprobe", metavar="PROJECT",
                    help="only rebuild an existing project (e.g. a kept --workdir) with the "
                         "current code and measure search again")
    args = ap.parse_args(argv)
    if args.reprobe:
        return reprobe(Path(args.reprobe), args)

    from builder.build import Project, build_docs
    from builder.cache import release_memory
    from builder.site.glue import render_site_dir

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="tl-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    project = work / "project"
    if project.exists():
        shutil.rmtree(project)
    fig: dict = {"articles": args.articles, "jobs": args.jobs, "cpus": os.cpu_count(),
                 "load_before": os.getloadavg()}
    print(f"scale benchmark: {args.articles} articles, {args.jobs} jobs, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}, project in {project}")
    try:
        t = time.perf_counter()
        make_project(project, args.articles, args.seed)
        size, _ = du(project / "content" / "articles")
        fig["corpus"] = {"seconds": time.perf_counter() - t, "bytes": size}
        print(f"corpus: {args.articles} articles, {size / args.articles / 1000:.1f} KB each, "
              f"written in {time.perf_counter() - t:.1f}s")

        # ---- cold build, stage by stage
        p = Project(project)
        import builder.build as build_module
        import builder.site.glue as glue_module

        with TreeMemory() as mem:
            build_module.STAGE_LISTENER = glue_module.STAGE_LISTENER = mem.mark
            t0 = time.perf_counter()
            collection, report = build_docs(p, jobs=args.jobs)
            t1 = time.perf_counter()
            # what `python -m builder build` does: the collection is freed before MkDocs
            n_speakers, n_events = len(collection.speakers), len(collection.events)
            speakers = [s.name for s in collection.speakers
                        if s.kind == "person" and len(s.quotes) >= 2]
            del collection
            release_memory()
            site = render_site_dir(project, project / "site")
            t2 = time.perf_counter()
            build_module.STAGE_LISTENER = glue_module.STAGE_LISTENER = None
        ru_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        ru_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        stages = dict(report.timings)
        stages.update({f"site:{k}": v for k, v in site.timings.items()})
        fig["cold"] = {"total_s": t2 - t0, "builder_s": t1 - t0, "site_s": t2 - t1,
                       "stages": stages, "peak_memory": mem.peak, "stage_memory": mem.stages,
                       "ru_self": ru_self,
                       "ru_children": ru_children, "failures": report.failures,
                       "speakers": n_speakers, "events": n_events}
        site_bytes, site_files = du(project / "site")
        fig["site"] = {"bytes": site_bytes, "files": site_files}
        search_bytes, search_files = du(project / "site" / "search")
        fig["search_index"] = {"bytes": search_bytes, "files": search_files}
        print(f"\ncold build: {t2 - t0:.1f}s total ({args.articles / (t2 - t0):.0f} articles/s); "
              f"builder {t1 - t0:.1f}s, site {t2 - t1:.1f}s; {n_speakers} speakers, "
              f"{n_events} chronology entries; {len(report.failures)} failures")
        for k, v in stages.items():
            m = mem.stages.get(k)
            print(f"  {k:<14} {v:8.2f}s" + (f"   peak memory {mb(m)}" if m else ""))
        print("  (render happens inside write: pages are rendered as they are written)")
        print(f"  peak memory (process tree) {mb(mem.peak)}; largest single process "
              f"{mb(max(ru_self, ru_children))}")
        print(f"  site: {mb(site_bytes)} in {site_files} files; search index {mb(search_bytes)} "
              f"in {search_files} files")

        # ---- rebuilds by the command line
        wall, proc = cli(project, "build")
        fig["rebuild_nothing"] = {"wall_s": wall, "exit": proc.returncode}
        print(f"\nrebuild, nothing changed: {wall:.2f}s (exit {proc.returncode})")
        rng = random.Random(args.seed)
        articles = sorted((project / "content" / "articles").glob("*.md"))
        speaker = rng.choice(speakers) if speakers else "Anna Rossi"
        victim = rng.choice(articles)
        word = "marblewick"
        edit_article(victim, word, speaker)
        wall, proc = cli(project, "build")
        page = project / "site" / "articles" / victim.stem / "index.html"
        ok_page = page.is_file() and word in page.read_text(encoding="utf-8")
        ok_data = word in (project / "site" / "data" / "quotes.json").read_text(encoding="utf-8")
        lines = [ln for ln in proc.stderr.splitlines() if "generated" in ln or "site written" in ln]
        fig["rebuild_one_edit"] = {"wall_s": wall, "exit": proc.returncode, "page_updated": ok_page,
                                   "data_updated": ok_data, "log": lines}
        print(f"rebuild after one edit: {wall:.2f}s (exit {proc.returncode}); page updated: {ok_page}, "
              f"quotes data updated: {ok_data}")
        for ln in lines:
            print(f"  {ln}")
        found = probe(project / "site", [{"query": word, "expect": f"articles/{victim.stem}/"}])
        fig["rebuild_one_edit"]["search_finds_edit"] = bool(found and found[0]["found"])
        print(f"  search finds the new word: {fig['rebuild_one_edit']['search_finds_edit']}")

        # ---- one more edit, in this process: where the time of an edit goes
        fig["one_edit_stages"] = edit_stages(project, rng.choice([a for a in articles if a != victim]),
                                             speaker, build_docs, render_site_dir, args.jobs)

        # ---- search payload
        fig["search"] = run_probes(project, rng, args.probes)

        # ---- the live-reload server
        if not args.no_serve:
            other = rng.choice([a for a in articles if a != victim])
            s = time_serve(project, other, speaker)
            fig["serve"] = s
            print(f"\nserve: up in {s.get('startup_s', 0):.1f}s; an edit shown after "
                  f"{s.get('refresh_s', 0):.2f}s (refreshed: {s.get('refreshed')}, MkDocs rebuilds: "
                  f"{s.get('mkdocs_rebuilds')})")

        # ---- plain MkDocs on the same Markdown
        if not args.no_baseline:
            b = baseline(project, work, args.baseline_timeout)
            fig["baseline"] = b
            print(f"\nplain MkDocs + Material (search plugin, same nav, same docs/): "
                  f"{b['wall_s']:.1f}s{'' if b['ok'] else ' — ' + b.get('error', 'failed')}; "
                  f"peak memory {mb(b['peak_memory'])}")
            if b.get("site_bytes"):
                print(f"  site {mb(b['site_bytes'])} in {b['site_files']} files; search payload "
                      f"before the first result {mb(b.get('search_payload', 0))}")
            ours = fig["cold"]["site_s"]
            print(f"  ratios: our MkDocs stage / plain MkDocs = {ours / b['wall_s']:.2f}; our whole "
                  f"cold build / plain MkDocs = {fig['cold']['total_s'] / b['wall_s']:.2f}; one edit "
                  f"(CLI) / plain MkDocs = {fig['rebuild_one_edit']['wall_s'] / b['wall_s']:.3f}; "
                  f"nothing changed / plain MkDocs = {fig['rebuild_nothing']['wall_s'] / b['wall_s']:.4f}")
        fig["load_after"] = os.getloadavg()
        print(f"\nload average now {os.getloadavg()[0]:.1f}")
    finally:
        if args.json:
            Path(args.json).write_text(json.dumps(fig, indent=1, default=str) + "\n")
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
