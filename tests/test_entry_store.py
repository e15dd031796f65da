"""The chronology entries' and speakers' search documents kept in buckets
(``render/entry_store.py``): loaded back as saved after every edit of a random sequence;
an edit writes only the buckets of what it changed; a bucket file lost makes the memo
unknown (every document made again)."""
from __future__ import annotations

import random

from builder.render import entry_store as E
from builder.render import search_cache as SC
from builder.render import search_index as S

FMT = "f1"


def entry_key(i: int, year: int, text: str) -> tuple:
    return (f"e-{year}-{i}", "event", f"{year}-03-0{1 + i % 9}", "day", text, ("Ana Verdo",),
            ((f"story-{i}", 1),), (f"key{i}",))


def doc(key: tuple, text: str) -> S.SearchDoc:
    return S.SearchDoc(f"e:{key[0]}", f"chronology/#{key[0]}", key[2], text, f"{text}:4")


def test_buckets_saved_and_loaded_after_random_edits_and_only_changed_ones_written(tmp_path):
    rng = random.Random(2)
    memo = {}
    for i in range(60):
        key = entry_key(i, rng.choice([2019, 2020, 2021, 2022]), f"line{i}")
        memo[key] = doc(key, f"line{i}")
    for i in range(10):
        key = ("s:", f"Speaker {i}", (), (), "", (("story", 0),), ("k",))
        memo[key] = S.SearchDoc(f"s:p{i}", f"speakers/p{i}/", f"Speaker {i}", "", f"speaker{i}:8")
    files = E.save(tmp_path, "entries.pickle", FMT, memo, {})
    assert len(files) == len({E.bucket(k) for k in memo}) > 5
    for step in range(15):
        loaded, files = E.load(tmp_path, "entries.pickle", FMT)
        assert loaded == memo
        new = {k: loaded[k] for k in memo}     # the documents kept are the ones loaded
        victim = rng.choice(sorted(k for k in new if k[0] != "s:"))
        del new[victim]
        key = entry_key(100 + step, int(victim[2][:4]), f"edited{step}")
        new[key] = doc(key, f"edited{step}")
        before = {f.name: f.stat().st_ino for f in tmp_path.iterdir()}
        E.save(tmp_path, "entries.pickle", FMT, new, files)
        after = {f.name: f.stat().st_ino for f in tmp_path.iterdir()}
        written = {n for n, ino in after.items() if before.get(n) != ino}
        assert written == {"entries.pickle", *(n for n in after if f"-y{victim[2][:4]}." in n)}
        assert len(after) == len({E.bucket(k) for k in new}) + 1      # the old bucket removed
        memo = new
    assert E.load(tmp_path, "entries.pickle", "f2") is None
    next(tmp_path.glob("entries-y*.pickle")).unlink()
    assert E.load(tmp_path, "entries.pickle", FMT) is None


def test_a_segment_cache_keeps_the_entry_memo_beside_its_segments(tmp_path):
    memo = SC.EntryMemo({})
    key = entry_key(1, 2020, "line")
    memo.new = {key: doc(key, "line")}
    cache = SC.SegmentCache(tmp_path)
    cache.save_entry_memo(memo)
    cache.prune(1)                        # the segments' pruning leaves the buckets alone
    assert SC.SegmentCache(tmp_path).entry_memo({}).old == memo.new
