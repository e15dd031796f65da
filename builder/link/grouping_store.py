"""The chronology's grouping (``incremental.Grouping``) kept on disk one year per file, so
that saving it after an edit writes the years that edit grouped again and a small core,
not every mention of the collection.

A folder holds ``core.pickle``: the grouping without its years (each article's kept
mentions as places in their year's list) and the stamp of each year's file; and one file
per year: that year's mentions, its groups and its scored pairs (as places in that list).
A year's file whose stamp is not the one the core names (a save stopped midway, a file
lost) makes the whole grouping unusable: the next link is a full one. Every file carries
the code version it was made with.

A year is written again when its groups or pairs were made again, when the mentions kept
for it are not those of its file, or when one of them was detached to another record
(``Grouping.detach``: its event's place in its article moved); the others are left as
they are on disk.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import secrets
from pathlib import Path

from ..cache import no_gc
from ..fsutil import dump_atomic
from .incremental import Grouping, _Kept, year

CORE = "core.pickle"


def _year_file(y: str) -> str:
    if re.fullmatch(r"\d{1,6}", y):
        return f"year-{y}.pickle"
    return f"year-x{hashlib.sha1(y.encode()).hexdigest()[:16]}.pickle"


def _read(path: Path):
    try:
        with no_gc():
            return pickle.loads(path.read_bytes())
    except Exception:            # missing, damaged, or of classes that changed
        return None


def load(folder: Path, version: str) -> Grouping | None:
    """The grouping saved in ``folder`` by ``save`` with this code version, or None."""
    core = _read(folder / CORE)
    if not (isinstance(core, tuple) and len(core) == 3 and core[0] == version):
        return None
    _, state, stamps = core
    lists, years, linked = {}, {}, {}
    for y, stamp in stamps.items():
        found = _read(folder / _year_file(y))
        if not (isinstance(found, tuple) and len(found) == 6 and found[:3] == (version, y, stamp)):
            return None
        _, _, _, mentions, groups, pairs = found
        lists[y] = mentions
        years[y] = [[mentions[i] for i in g] for g in groups]
        linked[y] = [(score, mentions[i], mentions[j]) for score, i, j in pairs]
    try:
        kept = {aid: _Kept(key, names, [lists[y][i] for y, i in refs])
                for aid, (key, names, refs) in state.pop("kept").items()}
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    grouping = Grouping.__new__(Grouping)
    grouping.__dict__.update(state)
    grouping.kept, grouping.years, grouping.linked = kept, years, linked
    grouping._saved = {y: (stamps[y], lists[y], years[y], linked[y],
                           [m.event for m in lists[y]]) for y in stamps}
    return grouping


def _unchanged(grouping: Grouping, y: str, mentions: list) -> bool:
    """Year ``y`` is as its file (loaded by this process, ``grouping._saved``) holds it."""
    saved = grouping._saved.get(y)
    if saved is None:
        return False
    _, old, groups, pairs, events = saved
    if grouping.years.get(y) is not groups or grouping.linked.get(y) is not pairs \
            or len(old) != len(mentions):
        return False
    places = {id(m): i for i, m in enumerate(old)}
    return all(places.get(id(m)) is not None for m in mentions) and \
        all(m.event is e or m.event == e for m, e in zip(old, events))


# a mention's word sets: most are empty or the same as another mention's of its year
# (1,000 articles: 14,840 mentions, 54 distinct sets of kinds, 929 of rare words)
SHARED_SETS = ("words", "kinds", "proper", "rare", "actors")


def _share_sets(mentions: list) -> None:
    """Equal word sets of a year's mentions made one object before the year is pickled:
    the pickle keeps one copy, and so does the memory of every build that loads it."""
    one: dict = {}
    for m in mentions:
        for name in SHARED_SETS:
            value = getattr(m, name)
            same = one.setdefault(value, value)
            if same is not value:
                setattr(m, name, same)


def save(folder: Path, version: str, grouping: Grouping) -> None:
    """Write ``grouping`` (detached: ``Grouping.detach``) to ``folder``: the years that
    changed since it was loaded from there, then the core; files of years gone removed."""
    by_year: dict[str, list] = {}
    for k in grouping.kept.values():
        for m in k.mentions:
            by_year.setdefault(year(m), []).append(m)
    for y, groups in grouping.years.items():
        by_year.setdefault(y, [])
        mine = {id(m) for m in by_year[y]}
        for g in groups:                     # every grouped mention is kept: made sure
            for m in g:
                if id(m) not in mine:
                    mine.add(id(m))
                    by_year[y].append(m)
    stamps: dict[str, str] = {}
    places: dict[int, tuple[str, int]] = {}
    saved = {}
    for y, mentions in by_year.items():
        if _unchanged(grouping, y, mentions):
            stamp, mentions = grouping._saved[y][0], grouping._saved[y][1]
        else:
            stamp = secrets.token_hex(8)
            _share_sets(mentions)
            at = {id(m): i for i, m in enumerate(mentions)}
            groups = [[at[id(m)] for m in g] for g in grouping.years.get(y, [])]
            pairs = [(score, at[id(a)], at[id(b)]) for score, a, b in grouping.linked.get(y, [])]
            try:
                dump_atomic(folder / _year_file(y), (version, y, stamp, mentions, groups, pairs))
            except OSError:
                return                       # the core names the old stamps: not used again
        stamps[y] = stamp
        saved[y] = (stamp, mentions, grouping.years.get(y), grouping.linked.get(y),
                    [m.event for m in mentions])
        for i, m in enumerate(mentions):
            places[id(m)] = (y, i)
    state = grouping.__getstate__()
    for name in ("years", "linked", "kept", "_saved"):
        state.pop(name, None)
    state["kept"] = {aid: (k.key, k.names, [places[id(m)] for m in k.mentions])
                     for aid, k in grouping.kept.items()}
    try:
        dump_atomic(folder / CORE, (version, state, stamps))
    except OSError:
        return
    grouping._saved = saved
    keep = {CORE, *(_year_file(y) for y in stamps)}
    for f in folder.iterdir():
        if f.name not in keep and f.suffix == ".pickle":
            try:
                os.unlink(f)
            except OSError:
                pass
