"""A search segment patched after edits is exactly the segment built afresh.

Invented documents of every kind (articles with paragraphs, entries, speakers, pages),
then a seeded random sequence of edits: a document's words changed, one added, one
removed, a title changed; after each, the patched segment's entry and files must equal
those of ``build_state`` on the same documents."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest

from builder.render import search_cache as SC
from builder.render import search_index as S
from builder.render import search_patch as P
from builder.render.search_patch import build_state, patch

WORDS = [f"w{i}" for i in range(400)] + ["common", "treaty", "grain", "moscow", "zz", "aa"]


def _doc(rng: random.Random, key: str) -> S.SearchDoc:
    terms: dict[str, int] = {}
    where: dict[str, list[int]] = {}
    paragraphs = []
    for p in range(rng.randrange(1, 5) if key.startswith("a:") else 0):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 12)))
        paragraphs.append(text)
        S.add_terms(terms, text, where=where, paragraph=p)
    for _ in range(rng.randrange(0, 8)):
        S.add_terms(terms, rng.choice(WORDS), rng.choice([None, S.W_NAME, S.W_TITLE]))
    for _ in range(rng.randrange(0, 6)):       # words of this document alone: shard
        S.add_terms(terms, f"r{rng.randrange(10 ** 6)}")   # boundaries come and go
    return S.SearchDoc(key, f"{key[2:]}/", f"Title {rng.randrange(9)}", "summary",
                       S.encode_terms(terms, where if key.startswith("a:") else None),
                       rank=rng.randrange(3), passages=paragraphs,
                       label=rng.choice(["", "Background"]))


def _same(state, docs):
    fresh = build_state(0, docs)
    entry, files = state.output()
    assert (entry, P.texts(files)) == fresh.output()


@pytest.mark.parametrize("seed", range(6))
def test_a_patched_segment_equals_the_segment_built_afresh(seed, monkeypatch):
    monkeypatch.setattr(S, "SHARD_BYTES", 600)           # many small shards
    rng = random.Random(seed)
    kinds = ["a", "a", "a", "e", "s", "p"]
    docs = {}
    for i in range(120):
        key = f"{rng.choice(kinds)}:{i}"
        docs[key] = _doc(rng, key)
    state = build_state(0, list(docs.values()))
    patched = 0
    for step in range(40):
        what = rng.random()
        if what < 0.3 or len(docs) < 10:
            key = rng.choice(sorted(docs))
            docs[key] = _doc(rng, key)                    # its words changed
        elif what < 0.45:                                 # a word more, or one weighing more
            key = rng.choice(sorted(docs))
            d = docs[key]
            more = f"{rng.choice(WORDS)}:{rng.randrange(1, 4)}"
            docs[key] = replace(d, terms=f"{d.terms} {more}" if d.terms else more)
        elif what < 0.7:
            key = f"{rng.choice(kinds)}:n{step}"
            docs[key] = _doc(rng, key)                    # added
        elif what < 0.9:
            del docs[rng.choice(sorted(docs))]           # removed
        else:
            key = rng.choice(sorted(docs))
            d = docs[key]
            docs[key] = S.SearchDoc(d.key, d.url, d.title + " again", d.summary, d.terms,
                                    d.rank, d.passages, d.label, d.date)
        group = list(docs.values())
        digests = {d.key: d.digest() for d in group}
        if patch(state, group, digests, f"step{step}"):
            patched += 1
        else:
            state = build_state(0, group)
        _same(state, group)
    assert patched >= 30                                # most edits were patches


def test_a_patch_touches_only_the_changed_documents_shards(monkeypatch):
    monkeypatch.setattr(S, "SHARD_BYTES", 600)
    rng = random.Random(1)
    docs = [_doc(rng, f"a:{i}") for i in range(200)]
    state = build_state(0, docs)
    before = dict(state.files)
    docs[7] = replace(docs[7], terms=docs[7].terms + " brandnew:3")
    made = []
    real = P._shard
    monkeypatch.setattr(P, "_shard", lambda st, part: made.append(part) or real(st, part))
    assert patch(state, docs, {d.key: d.digest() for d in docs}, "x")
    assert len(made) == 1 and "brandnew" in made[0]   # its other words' shards not made again
    changed = {n for n in set(before) | set(state.files) if before.get(n) != state.files.get(n)}
    assert len([n for n in state.files if "-t." in n]) > 20
    assert len(changed) == 2 * 2     # the shard of its new word (+ .w), old and new: no other


def test_a_segment_kept_on_disk_with_its_shards_apart_is_the_same_after_edits(tmp_path, monkeypatch):
    """``save_state``/``load_state``: each step's patched segment saved and loaded back is
    the segment built afresh; an edit writes only the shards it made again; a shard file
    missing makes the segment unusable (it is built afresh)."""
    monkeypatch.setattr(S, "SHARD_BYTES", 600)
    rng = random.Random(3)
    docs = {f"a:{i}": _doc(rng, f"a:{i}") for i in range(150)}
    path, shards = tmp_path / "0-of-1.pickle", tmp_path / "shards"
    state = build_state(0, list(docs.values()))
    P.save_state(path, shards, "f1", state)
    assert len(list(shards.iterdir())) == len(state.shards) > 20
    made = []
    real = P._shard
    monkeypatch.setattr(P, "_shard", lambda st, part: made.append(part) or real(st, part))
    for step in range(12):
        key = rng.choice(sorted(docs))
        docs[key] = replace(docs[key], terms=f"{docs[key].terms} new{step}:2")
        if step % 3 == 0:
            del docs[rng.choice(sorted(docs))]
        group = list(docs.values())
        before = {f.name: f.stat().st_ino for f in shards.iterdir()}
        made.clear()
        state = P.load_state(path, shards, "f1")
        assert patch(state, group, {d.key: d.digest() for d in group}, f"s{step}")
        P.save_state(path, shards, "f1", state)
        now = {f.name: f.stat().st_ino for f in shards.iterdir()}
        assert set(now) == {f"{s[1][:-5]}.f1.pickle" for s in state.shards}   # gone: removed
        written = [n for n, ino in now.items() if before.get(n) != ino]
        assert 0 < len(written) <= len(made) < len(now) / 2             # those made again
        _same(P.load_state(path, shards, "f1"), group)
    assert P.load_state(path, shards, "f2") is None                    # another version
    P.save_state(path, shards, "f2", P.load_state(path, shards, "f1"))
    assert P.load_state(path, shards, "f2") is not None                # its shards its own
    assert len(list(shards.iterdir())) == len(state.shards)
    P.save_state(path, shards, "f1", P.load_state(path, shards, "f2"))
    next(shards.iterdir()).unlink()
    with pytest.raises(OSError):
        P.load_state(path, shards, "f1")
    cache = SC.SegmentCache(tmp_path)                                   # read as a miss
    assert cache.state(0, 1) is None


def test_an_edit_reads_only_the_shards_of_the_words_it_changed(tmp_path, monkeypatch):
    """A segment read back from disk reads a shard only when a patch needs it: a document
    changed in one word (the others of the same weight and places) reads that word's shard,
    not those of all its words; the build gets every file, a shard's text read on demand."""
    monkeypatch.setattr(S, "SHARD_BYTES", 600)
    rng = random.Random(5)
    docs = [_doc(rng, f"a:{i}") for i in range(150)]
    path, shards = tmp_path / "0-of-1.pickle", tmp_path / "shards"
    P.save_state(path, shards, "f1", build_state(0, docs))
    state = P.load_state(path, shards, "f1")
    assert len(state.unloaded) == len(state.shards) > 20 and not state.postings
    docs[7] = replace(docs[7], terms=docs[7].terms + " brandnew:3")
    assert patch(state, docs, {d.key: d.digest() for d in docs}, "x")
    assert len(state.shards) - len(state.unloaded) <= 2
    _same(state, docs)
    # a shard gone between reading the segment and patching it: the segment is built afresh
    cache = SC.SegmentCache(tmp_path)
    P.save_state(path, shards, SC._FORMAT, state)
    (tmp_path / "0-of-1.pickle").rename(tmp_path / "0-of-1.pickle.bak")
    SC.build_index(docs, cache)                       # in the cache's own place and format
    again = SC.SegmentCache(tmp_path)
    docs[9] = replace(docs[9], terms=docs[9].terms + " otherword:2")
    assert again.state(0, 1) is not None
    for f in (tmp_path / SC.SHARDS).iterdir():
        f.unlink()
    assert dict(SC.build_index(docs, again)) == dict(SC.build_index(docs))
    assert again.built == 1


def test_a_segment_kept_in_memory_whose_unread_shards_are_gone_is_read_again(tmp_path, monkeypatch):
    """A server keeps its segments between builds; if another build removed a shard it has
    not read, the segment is taken from disk again (not patched from a shard gone)."""
    monkeypatch.setattr(S, "SHARD_BYTES", 600)
    rng = random.Random(8)
    docs = [_doc(rng, f"a:{i}") for i in range(60)]
    SC.build_index(docs, SC.SegmentCache(tmp_path))
    server = SC.SegmentCache(tmp_path)
    kept = server.state(0, 1)
    assert kept is not None and kept.unloaded and server.state(0, 1) is kept
    next(iter(kept.unloaded.values())).unlink()
    assert server.state(0, 1) is None                # read again from disk: a shard missing
    assert dict(SC.build_index(docs, server)) == dict(SC.build_index(docs))
