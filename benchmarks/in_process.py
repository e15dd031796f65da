"""``python -m builder extract`` without a process per article, for the benchmarks' fast
mode (``--in-process``) and the floor tests.

``extract_contract`` is what the extract command does (``builder.cli.cmd_extract``: the
same function, the same JSON through a round trip), returning the data or the one-line
error a user would see; ``pool_map`` runs it over many articles in forked worker
processes, the builder imported once before the fork. The benchmarks' figures of record
still come from the command line; their tests compare both ways on the same articles.
"""
from __future__ import annotations

import json
import multiprocessing
import sys
from pathlib import Path
from typing import Callable, Iterable

REPO = Path(__file__).resolve().parents[1]


def extract_contract(path: Path, date: str | None = None) -> tuple[str, dict | str]:
    """("ok", the article's JSON) | ("refused", the error) | ("crashed", the exception)."""
    from builder.errors import ContentError
    from builder.extract.article import extract_path
    try:
        ex = extract_path(Path(path), date)
        return "ok", json.loads(json.dumps(ex.article.to_contract(), ensure_ascii=False))
    except ContentError as exc:
        return "refused", str(exc)
    except Exception as exc:       # noqa: BLE001 - a crash is scored, not raised
        return "crashed", repr(exc)


def pool_map(fn: Callable, jobs: Iterable, workers: int = 2, chunksize: int = 2) -> list:
    """``fn`` over ``jobs`` in ``workers`` forked processes (``fn`` must be a module-level
    function); the builder's extraction is imported first so each worker inherits it."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    import builder.extract.article  # noqa: F401 - loaded once, before the workers fork
    with multiprocessing.get_context("fork").Pool(max(1, workers)) as pool:
        return pool.map(fn, list(jobs), chunksize=chunksize)
