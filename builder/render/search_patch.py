"""One segment of the search index kept between builds and patched where documents changed.

``SegmentState`` holds what ``build_segment`` computes (postings by term,
shards, title and address files, paragraph pieces) together with each document's digest,
number and terms. An edit then costs work in proportion to it: the changed documents'
postings are taken out and put in, and only the shards, title and address files that
hold them are made again. The result is exactly that of building the segment afresh
(tests/test_search_patch.py compares them on random edits); when the numbering ranges or
the shard boundary rule change, the segment is built afresh instead.
"""
from __future__ import annotations

import hashlib
import pickle
from collections.abc import Mapping
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from pathlib import Path

from ..fsutil import dump_atomic
from . import search_index as S


@dataclass
class SegmentState:
    number: int
    digest: str = ""                                  # of all its documents
    digests: dict[str, str] = field(default_factory=dict)     # key -> SearchDoc.digest()
    numbers: dict[str, int] = field(default_factory=dict)
    kinds: list = field(default_factory=list)
    size: int = 0                                     # numbers in all
    doc_terms: dict[str, str] = field(default_factory=dict)   # key -> its encoded terms
    postings: dict[str, list[int]] = field(default_factory=dict)   # doc numbers, not gaps
    where: dict[str, list] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)    # sorted
    total: int = 0                                    # the shard size measure of all terms
    every: int = 1
    shards: list[list] = field(default_factory=list)
    rows: dict[int, dict[str, list]] = field(default_factory=dict)
    addresses: dict[int, dict[str, str]] = field(default_factory=dict)
    chunks: list = field(default_factory=list)
    urls: list = field(default_factory=list)
    pieces_of: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    ranks: dict[str, int] = field(default_factory=dict)       # key -> rank, where not 0
    # shards kept on disk and not read yet (``load_state``): shard file name -> its pickle;
    # their terms' postings and places and their files are read when a patch needs them
    unloaded: dict[str, Path] = field(default_factory=dict)
    fmt: str = ""

    def output(self) -> tuple[dict, dict]:
        """(its entry in index.json, {file name: text}); the text of a shard not read yet
        is read when asked for (``ShardText``): an edit's build never asks for those it
        has written already."""
        entry = {"docs": len(self.numbers), "shards": self.shards, "chunks": self.chunks,
                 "urls": self.urls, "kinds": self.kinds}
        files: dict = dict(self.files)
        for _, name in self.shards:
            if name in self.unloaded:
                files[name] = ShardText(self, name, 2)
                files[name[:-5] + ".w.json"] = ShardText(self, name, 3)
        return entry, files


class ShardText:
    """The text of a file of a shard not read yet: ``text()`` reads it (without keeping the
    shard's postings in the segment)."""

    __slots__ = ("st", "name", "part")

    def __init__(self, st: SegmentState, name: str, part: int):
        self.st, self.name, self.part = st, name, part

    def text(self) -> str:
        if self.name not in self.st.unloaded:
            return self.st.files[self.name if self.part == 2 else self.name[:-5] + ".w.json"]
        return _read_shard(self.st.unloaded[self.name], self.st.fmt)[self.part]


def _measure(term: str, lst: list[int]) -> int:
    return len(term) + 4 + 3 * len(lst)


def build_state(number: int, docs: list[S.SearchDoc], digest: str = "",
                digests: dict[str, str] | None = None) -> SegmentState:
    """The segment built afresh, kept for patching (``digests``: each document's, if known)."""
    st = SegmentState(number, digest)
    st.numbers, st.kinds, st.size = S.number_docs(docs)
    docs = sorted(docs, key=lambda d: st.numbers[d.key])
    st.digests = digests if digests is not None else {d.key: d.digest() for d in docs}
    st.doc_terms = {d.key: d.terms for d in docs}
    st.ranks = {d.key: d.rank for d in docs if d.rank}
    st.postings, st.where = S._postings(docs, st.numbers)
    st.terms = sorted(st.postings)
    st.total = sum(_measure(t, lst) for t, lst in st.postings.items())
    st.every = S.every_of(len(st.postings), st.total)
    st.chunks = [None] * -(-st.size // S.CHUNK_SLOTS)
    st.urls = [None] * -(-st.size // S.URL_SLOTS)
    for d in docs:
        _put_row(st, d, st.numbers[d.key])
    st.shards = [_shard(st, part) for part in _split(st.terms, st.every)]
    _files_of_rows(st, set(st.rows), set(st.addresses))
    return st


def build_segment(number: int, docs: list[S.SearchDoc]) -> tuple[dict, dict[str, str]]:
    """One segment -> (its entry in index.json, {file name: text}).

    Terms in sorted order, in shards that start at a term whose hash is a multiple of
    ``every_of``; each shard ``N-t.H.json`` (H: a hash of its content) has its paragraph
    lists beside it in ``N-t.H.w.json``. Titles and summaries are in files of CHUNK_SLOTS
    numbers (``{number % CHUNK_SLOTS: row}``), addresses in files of URL_SLOTS numbers
    (``{number % URL_SLOTS: url}``). Built by ``build_state``, which an edit
    patches instead of building it all again."""
    return build_state(number, docs).output()


def _split(terms: list[str], every: int) -> list[list[str]]:
    parts: list[list[str]] = []
    part: list[str] = []
    for t in terms:
        if part and S._hash(t) % every == 0:
            parts.append(part)
            part = []
        part.append(t)
    if part:
        parts.append(part)
    return parts


def _shard(st: SegmentState, part: list[str]) -> list:
    """A shard of these terms: its files into ``st.files``; -> [first term, name]."""
    gaps: dict[str, list[int]] = {}
    for t in part:
        lst = st.postings[t]
        out = lst[:]
        prev = 0
        for i in range(0, len(out), 2):
            out[i], prev = out[i] - prev, out[i]
        gaps[t] = out
    text = S._dump(gaps)
    places = S._dump({t: st.where[t] for t in part if t in st.where})
    digest = hashlib.sha256((text + "\0" + places).encode()).hexdigest()[:10]
    name = f"{st.number}-t.{digest}"
    st.files[f"{name}.json"], st.files[f"{name}.w.json"] = text, places
    return [part[0], f"{name}.json"]


def _put_row(st: SegmentState, d: S.SearchDoc, n: int) -> None:
    files: dict[str, str] = {}
    row = S._row(st.number, d, files)
    st.files.update(files)
    st.pieces_of[d.key] = list(files)
    st.rows.setdefault(n // S.CHUNK_SLOTS, {})[str(n % S.CHUNK_SLOTS)] = row
    st.addresses.setdefault(n // S.URL_SLOTS, {})[str(n % S.URL_SLOTS)] = d.url


def _files_of_rows(st: SegmentState, chunks: set[int], urls: set[int]) -> None:
    _files_of(st, chunks, st.rows, st.chunks, "d")
    _files_of(st, urls, st.addresses, st.urls, "u")


def _files_of(st: SegmentState, slots: set[int], parts: dict, names: dict, kind: str) -> None:
    """The title ("d") or address ("u") files of the changed slots, named by content."""
    for c in slots:
        part = parts.get(c)
        if not part:
            parts.pop(c, None)
            names[c] = None
            continue
        part = parts[c] = dict(sorted(part.items(), key=lambda kv: int(kv[0])))
        name, text = S._named(f"{st.number}-{kind}", S._dump(part))
        st.files[name] = text
        names[c] = name


def _contribution(d: S.SearchDoc) -> dict[str, list]:
    """term -> [weight, paragraphs (an article's) or None], as ``_postings`` merges them."""
    out: dict[str, list] = {}
    article = d.kind == "a"
    for item in d.terms.split(" ") if d.terms else ():
        t, w, *at = item.split(":")
        weight = S._weight(d, int(w))
        got = out.get(t)
        if got is None:
            out[t] = [weight, (S._paragraphs(at[0]) if at else -1) if article else None]
            continue
        if got[0] < weight:
            got[0] = weight
        if article and at and got[1] == -1:
            got[1] = S._paragraphs(at[0])
    return out


def _pair(lst: list[int], n: int) -> int:
    """The index of the first pair of ``lst`` whose number is at least ``n``."""
    lo, hi = 0, len(lst) // 2
    while lo < hi:
        mid = (lo + hi) // 2
        if lst[2 * mid] < n:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _keep(st: SegmentState, t: str, before: dict[str, tuple]) -> None:
    """Term ``t``'s postings and places as they were before the patch (the first time)."""
    if t not in before:
        lst, at = st.postings.get(t), st.where.get(t)
        before[t] = (None if lst is None else lst[:], None if at is None else at[:])


class ShardMissing(OSError):
    """A shard kept on disk that cannot be read (gone, damaged, another version): the
    segment is built afresh."""


def _read_shard(path: Path, fmt: str) -> tuple:
    """(postings, places, text, places' text) of the shard kept in ``path``."""
    try:
        got, data = pickle.loads(path.read_bytes())
    except Exception as e:
        raise ShardMissing(f"{path}: {e}") from e
    if got != fmt:
        raise ShardMissing(f"{path}: another version")
    return data


def _load(st: SegmentState, name: str) -> None:
    """Shard ``name`` (not read yet) read into the segment."""
    postings, where, text, places = _read_shard(st.unloaded[name], st.fmt)
    st.postings.update(postings)
    st.where.update(where)
    st.files[name], st.files[name[:-5] + ".w.json"] = text, places
    del st.unloaded[name]


def _need(st: SegmentState, terms) -> None:
    """The shards that hold (or would hold) ``terms`` read, if they were not."""
    if not st.unloaded:
        return
    firsts = [s[0] for s in st.shards]
    for t in terms:
        name = st.shards[max(0, bisect_right(firsts, t) - 1)][1]
        if name in st.unloaded:
            _load(st, name)


def _old_doc(st: SegmentState, key: str) -> S.SearchDoc:
    """What ``_contribution`` needs of a document as the segment holds it."""
    return S.SearchDoc(key, "", "", "", st.doc_terms[key], rank=st.ranks.get(key, 0))


def _take_out(st: SegmentState, key: str, before: dict[str, tuple]) -> None:
    """Document ``key`` out of the postings of its terms and out of the rows."""
    n = st.numbers[key]
    _take_out_terms(st, n, key.startswith("a:"),
                    list(dict.fromkeys(item.split(":", 1)[0] for item in st.doc_terms[key].split(" "))
                         if st.doc_terms[key] else ()), before)
    c, u = n // S.CHUNK_SLOTS, n // S.URL_SLOTS
    del st.rows[c][str(n % S.CHUNK_SLOTS)]
    del st.addresses[u][str(n % S.URL_SLOTS)]
    del st.pieces_of[key], st.doc_terms[key], st.digests[key]
    st.ranks.pop(key, None)


def _take_out_terms(st: SegmentState, n: int, article: bool, terms: list[str],
                    before: dict[str, tuple]) -> None:
    """Number ``n`` out of the postings (and places) of ``terms``."""
    _need(st, terms)
    for t in terms:
        _keep(st, t, before)
        lst = st.postings[t]
        i = _pair(lst, n)
        del lst[2 * i:2 * i + 2]
        st.total -= 6
        if article:
            del st.where[t][i]
            if not st.where[t]:
                del st.where[t]
        if not lst:
            del st.postings[t]
            st.total -= len(t) + 4
            del st.terms[bisect_left(st.terms, t)]


def _put_in(st: SegmentState, d: S.SearchDoc, n: int, before: dict[str, tuple],
            contribution: dict[str, list] | None = None) -> None:
    """Document ``d`` into the postings of the terms of ``contribution`` (all of its own if
    None) and into the rows."""
    contribution = _contribution(d) if contribution is None else contribution
    _need(st, contribution)
    for t, (weight, at) in contribution.items():
        _keep(st, t, before)
        lst = st.postings.get(t)
        if lst is None:
            st.postings[t] = [n, weight]
            st.total += len(t) + 4 + 6
            insort(st.terms, t)
            i = 0
        else:
            i = _pair(lst, n)
            lst[2 * i:2 * i] = [n, weight]
            st.total += 6
        if at is not None:
            st.where.setdefault(t, []).insert(i, at)
    _put_row(st, d, n)
    st.doc_terms[d.key] = d.terms
    if d.rank:
        st.ranks[d.key] = d.rank
    else:
        st.ranks.pop(d.key, None)


def _replace(st: SegmentState, d: S.SearchDoc, n: int, before: dict[str, tuple]) -> None:
    """Document ``d`` in place of the one of its key and number: only the terms whose
    weight or places differ are taken out and put in (so only their shards are read)."""
    was, now = _contribution(_old_doc(st, d.key)), _contribution(d)
    _take_out_terms(st, n, d.key.startswith("a:"), [t for t, v in was.items() if now.get(t) != v],
                    before)
    _put_in(st, d, n, before, {t: v for t, v in now.items() if was.get(t) != v})


def patch(st: SegmentState, docs: list[S.SearchDoc], digests: dict[str, str], digest: str) -> bool:
    """``st`` made what ``build_state(number, docs)`` would give; False (``st`` unusable)
    when the numbering ranges or the shard rule changed: build it afresh."""
    numbers, kinds, size = S.number_docs(docs)
    if kinds != st.kinds or size != st.size:
        return False
    # a document of the same number that changed is patched term by term (``_replace``)
    same = {k for k, v in st.digests.items()
            if k in digests and digests[k] != v and numbers[k] == st.numbers[k]}
    old = [k for k, v in st.digests.items()
           if k not in same and (digests.get(k) != v or numbers[k] != st.numbers[k])]
    new = [d for d in docs if st.digests.get(d.key) != digests[d.key]
           or st.numbers.get(d.key) != numbers[d.key]]
    before: dict[str, tuple] = {}        # each term taken out or put in: its lists before
    chunks, urls = set(), set()
    firsts = [s[0] for s in st.shards]
    for key in old:
        n = st.numbers[key]
        chunks.add(n // S.CHUNK_SLOTS)
        urls.add(n // S.URL_SLOTS)
        _take_out(st, key, before)
    st.numbers = numbers
    for d in new:
        n = numbers[d.key]
        chunks.add(n // S.CHUNK_SLOTS)
        urls.add(n // S.URL_SLOTS)
        if d.key in same:
            _replace(st, d, n, before)
        else:
            _put_in(st, d, n, before)
        st.digests[d.key] = digests[d.key]
    if S.every_of(len(st.terms), st.total) != st.every:
        return False
    # a document changed in a few words takes out and puts back all its terms: only the
    # shards of terms whose postings or places differ now are made again
    touched = {t for t, (lst, at) in before.items()
               if st.postings.get(t) != lst or st.where.get(t) != at}
    _reshard(st, firsts, touched)
    _files_of_rows(st, chunks, urls)
    live = {name for s in st.shards for name in (s[1], s[1][:-5] + ".w.json")}
    live.update(n for n in st.chunks if n)
    live.update(n for n in st.urls if n)
    for names in st.pieces_of.values():
        live.update(names)
    st.files = {n: t for n, t in st.files.items() if n in live}
    st.digest = digest
    return True


def _reshard(st: SegmentState, firsts: list[str], touched: set[str]) -> None:
    """The shards holding a touched term made again (a shard whose first term went away
    joins the one before it; a new boundary term splits its shard)."""
    if not firsts:
        st.shards = [_shard(st, part) for part in _split(st.terms, st.every)]
        return
    affected: set[int] = set()
    for t in touched:
        s = max(0, bisect_right(firsts, t) - 1)
        affected.add(s)
        if s > 0 and t == firsts[s] and t not in st.postings:
            affected.add(s - 1)
    runs: list[list[int]] = []
    for s in sorted(affected):
        if runs and runs[-1][1] == s - 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    shards = st.shards
    for i, j in runs:
        for name in [s[1] for s in shards[i:j + 1] if s[1] in st.unloaded]:
            _load(st, name)
    for i, j in reversed(runs):              # from the end: indices before stay valid
        lo = bisect_left(st.terms, firsts[i]) if i > 0 else 0
        hi = bisect_left(st.terms, firsts[j + 1]) if j + 1 < len(firsts) else len(st.terms)
        shards[i:j + 1] = [_shard(st, part) for part in _split(st.terms[lo:hi], st.every)]


# ---- kept on disk: the shards apart, each under its own name ---------------------------------

def save_state(path, shards: Path, fmt: str, st: SegmentState) -> None:
    """``st`` to ``path``, its shards' postings, places and files apart in ``shards/``, one
    file each under the shard's name and the format (the name is a digest of its text and
    places: a file already there under that name holds them already, and an edit writes
    only the shards it made again); then the shards of this segment no longer named are
    removed."""
    names = [s[1][:-len(".json")] for s in st.shards]
    shards.mkdir(parents=True, exist_ok=True)
    firsts = [s[0] for s in st.shards]
    for i, name in enumerate(names):
        target = shards / f"{name}.{fmt}.pickle"
        if target.exists():
            if f"{name}.json" in st.unloaded:
                st.unloaded[f"{name}.json"] = target
            continue
        if f"{name}.json" in st.unloaded:        # kept in another format only
            _load(st, f"{name}.json")
        lo = bisect_left(st.terms, firsts[i])
        hi = bisect_left(st.terms, firsts[i + 1]) if i + 1 < len(firsts) else len(st.terms)
        part = st.terms[lo:hi]
        data = ({t: st.postings[t] for t in part}, {t: st.where[t] for t in part if t in st.where},
                st.files[f"{name}.json"], st.files[f"{name}.w.json"])
        dump_atomic(target, (fmt, data))
    apart = {f"{n}{ext}" for n in names for ext in (".json", ".w.json")}
    core = SegmentState(**{**st.__dict__, "postings": {}, "where": {}, "unloaded": {}, "fmt": "",
                           "files": {n: t for n, t in st.files.items() if n not in apart}})
    dump_atomic(path, (fmt, core, names))
    st.fmt = fmt
    mine, live = f"{st.number}-t.", {f"{n}.{fmt}.pickle" for n in names}
    for f in shards.iterdir():
        if f.name.startswith(mine) and f.name not in live:
            try:
                f.unlink()
            except OSError:
                pass


def load_state(path, shards: Path, fmt: str) -> SegmentState | None:
    """What ``save_state`` kept, or None (none, damaged, another version); its shards are
    read when a patch needs them (``_need``), or their text when the build asks for it
    (``SegmentState.output``). A shard file missing raises ``ShardMissing``."""
    found = pickle.loads(path.read_bytes())
    if not (isinstance(found, tuple) and len(found) == 3 and found[0] == fmt):
        return None
    _, st, names = found
    st.fmt = fmt
    st.unloaded = {f"{name}.json": shards / f"{name}.{fmt}.pickle" for name in names}
    for name, where in st.unloaded.items():
        if not where.is_file():
            raise ShardMissing(f"{where}: not found")
    return st


def texts(files: dict) -> dict[str, str]:
    """``SegmentState.output``'s files with every text read."""
    return {n: t if isinstance(t, str) else t.text() for n, t in files.items()}


class IndexFiles(Mapping):
    """{path: text} of the index files, a shard's text read only when asked for."""

    def __init__(self):
        self.raw: dict = {}

    def __setitem__(self, path: str, text) -> None:
        self.raw[path] = text

    def __getitem__(self, path: str) -> str:
        text = self.raw[path]
        return text if isinstance(text, str) else text.text()

    def __iter__(self):
        return iter(self.raw)

    def __len__(self) -> int:
        return len(self.raw)


def prune_shards(shards: Path, k: int) -> None:
    """Remove the shards of segments beyond ``k`` (the index has fewer now)."""
    for f in shards.iterdir() if shards.is_dir() else ():
        number = f.name.split("-", 1)[0]
        if not number.isdigit() or int(number) >= k:
            try:
                f.unlink()
            except OSError:
                pass
