"""Work on many articles in worker processes, each stage of each article within a time budget.

A stage that runs longer than the budget cannot be interrupted where it is (a regular
expression backtracking in C never returns to Python), so the worker running it is
killed, a new one takes its place, and the article is done again without that stage.
The caller learns which stages were stopped, and for which articles; nothing else waits.

The budget counts the worker's CPU time (``/proc``), so a busy machine does not push an
ordinary article over it; where ``/proc`` is missing, wall time is used.

A task is ``func(item, skip, stage)``: it calls ``stage(name)`` as each stage starts and
leaves out the stages named in ``skip``. It must not raise (an exception is reported as
a stopped stage too).
"""
from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any, Callable

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_IDLE = -1.0


@dataclass
class Outcome:
    value: Any = None
    stopped: list[tuple[str, str]] = field(default_factory=list)   # (stage, why)


def cpu_seconds(pid: int | str = "self") -> float | None:
    """User + system CPU time of a process, from /proc (None where there is none)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return None


def _clock(pid: int | str = "self") -> tuple[float, bool]:
    cpu = cpu_seconds(pid)
    return (cpu, True) if cpu is not None else (time.monotonic(), False)


class _Worker:
    """One process and its pipe; ``progress`` is shared memory: [sequence, stage number,
    clock when the stage started], written by the worker, read by the parent."""

    def __init__(self, ctx, func: Callable, stages: tuple[str, ...]):
        self.progress = ctx.RawArray("d", 3)
        self.progress[1] = _IDLE
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, func, stages, self.progress, os.getpid()),
                                   daemon=True)
        self.process.start()
        child.close()
        self.task: int | None = None

    def stage(self) -> tuple[int, float] | None:
        """(stage number, clock at its start) of the task running, or None."""
        for _ in range(3):
            seq = self.progress[0]
            stage, started = self.progress[1], self.progress[2]
            if seq == self.progress[0] and int(seq) % 2 == 0:
                return None if stage == _IDLE else (int(stage), started)
        return None

    def kill(self) -> None:
        try:
            self.process.kill()
        except (OSError, ValueError):
            pass
        self.process.join()
        self.conn.close()


def _serve(conn, func: Callable, stages: tuple[str, ...], progress, parent: int) -> None:
    """A worker's loop: tasks in, results out, each stage's start in ``progress``."""
    try:          # die with the parent (a worker stuck in a stage never reads its pipe)
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)       # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)          # Ctrl-C is the parent's to handle
    number = {name: i for i, name in enumerate(stages)}

    def stage(name: str) -> None:
        progress[0] += 1
        progress[1], progress[2] = number[name], _clock()[0]
        progress[0] += 1

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, item, skip = task
        try:
            value = ("ok", func(item, skip, stage))
        except Exception as exc:     # noqa: BLE001  (reported as a stop of the stage that raised)
            value = ("raised", (int(progress[1]), f"raised {type(exc).__name__}: {exc}"))
        progress[0] += 1
        progress[1] = _IDLE
        progress[0] += 1
        conn.send((index, value))


def run(func: Callable, items: list, stages: tuple[str, ...], workers: int,
        budget: float, tick: float | None = None) -> list[Outcome]:
    """``func`` over ``items`` in ``workers`` processes, each stage within ``budget``
    seconds; results in the order of ``items``. A task that stops again once every stage
    is left out gives up (its value stays None)."""
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    run = _Run(items, stages)
    pool = [_Worker(ctx, func, stages) for _ in range(max(1, min(workers, len(items))))]
    tick = tick or min(0.25, budget / 4)
    try:
        while run.left:
            for i, w in enumerate(pool):
                if w.task is None and run.todo:
                    w.task = run.todo.popleft()
                    w.progress[1] = _IDLE
                    try:
                        w.conn.send((w.task, items[w.task], run.skip.get(w.task, frozenset())))
                    except OSError:
                        run.stopped(w.task, None, "stopped: its worker process died")
                        w.kill()
                        pool[i] = _Worker(ctx, func, stages)
            busy = {w.conn: w for w in pool if w.task is not None}
            for conn in wait(list(busy), timeout=tick):
                w = busy[conn]
                try:
                    index, (kind, value) = conn.recv()
                except (EOFError, OSError):          # the worker died on its own
                    run.stopped(w.task, w.stage(), "stopped: its worker process died")
                    w.kill()
                    pool[pool.index(w)] = _Worker(ctx, func, stages)
                    continue
                w.task = None
                if kind == "raised":
                    number, why = value
                    run.stopped(index, (number, 0.0) if number >= 0 else None, why)
                else:
                    run.done(index, value)
            for i, w in enumerate(pool):
                running = w.stage() if w.task is not None else None
                if running is not None and _clock(w.process.pid)[0] - running[1] > budget:
                    running = w.stage() or running       # (it may have moved on meanwhile)
                    task, w.task = w.task, None
                    w.kill()
                    run.stopped(task, running, f"took longer than {budget:g} s")
                    pool[i] = _Worker(ctx, func, stages)
    finally:
        for w in pool:
            w.kill()
    return run.outcomes


class _Run:
    """Which tasks are left, and what each must leave out."""

    def __init__(self, items: list, stages: tuple[str, ...]):
        self.stages = stages
        self.outcomes = [Outcome() for _ in items]
        self.skip: dict[int, frozenset] = {}
        self.todo = deque(range(len(items)))
        self.left = len(items)

    def done(self, task: int, value) -> None:
        self.outcomes[task].value = value
        self.left -= 1

    def stopped(self, task: int, running: tuple[int, float] | None, why: str) -> None:
        """The task again without the stage that was running (when that is not known, the
        first stage not left out yet); when every stage is left out already, it gives up."""
        done = self.skip.get(task, frozenset())
        if running is not None:
            name = self.stages[running[0]]
        else:
            name = next((s for s in self.stages if s not in done), None)
        if name is None or done >= set(self.stages):
            self.outcomes[task].stopped.append((name or self.stages[-1], why))
            self.left -= 1
            return
        self.outcomes[task].stopped.append((name, why))
        self.skip[task] = done | {name}
        self.todo.appendleft(task)
