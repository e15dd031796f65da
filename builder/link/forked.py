"""Work shared out among forked processes that inherit their input instead of receiving it.

``map_forked(work, shares)`` runs ``work(share)`` for each share: the first in this
process, the others each in a child forked from it, which sees everything this process
had (the mentions of 10,000 articles are never pickled) and sends back only its result.
Memory: a child shares the parent's pages until it writes to them, and the cyclic GC
would write to every object it scans, so the objects made so far are frozen out of its
reach while the children run.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from typing import Callable, TypeVar

S = TypeVar("S")
R = TypeVar("R")


def can_fork() -> bool:
    return hasattr(os, "fork")


def map_forked(work: Callable[[S], R], shares: list[S]) -> list[R]:
    """[work(s) for s in shares], all but the first in forked children (order kept)."""
    if len(shares) <= 1 or not can_fork():
        return [work(s) for s in shares]
    ctx = multiprocessing.get_context("fork")
    gc.freeze()
    children = []
    try:
        for share in shares[1:]:
            receive, send = ctx.Pipe(duplex=False)
            child = ctx.Process(target=_child, args=(work, share, send), daemon=True)
            child.start()
            send.close()
            children.append((child, receive))
        results = [work(shares[0])]
        for child, receive in children:
            try:
                status, value = receive.recv()
            except EOFError:
                raise RuntimeError(f"a worker process ended without a result "
                                   f"(exit code {child.join() or child.exitcode})") from None
            if status != "ok":
                raise RuntimeError(f"a worker process failed: {value}")
            results.append(value)
        return results
    finally:
        for child, receive in children:
            receive.close()
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
                child.join()
        gc.unfreeze()


def _child(work, share, send) -> None:
    try:
        result = ("ok", work(share))
    except BaseException as exc:          # reported by the parent, never swallowed
        result = ("error", f"{type(exc).__name__}: {exc}")
    send.send(result)
    send.close()
