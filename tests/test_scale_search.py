"""The search index: small invented documents in, the index files read back.

The worker that reads these files in the browser is exercised by
tests/test_scale_build.py (under Node) and tests/browser/ (in Chromium).
"""
from __future__ import annotations

import dataclasses
import json

from builder.render import search_cache as SC
from builder.render import search_index as S
from tests.conftest import ROOT


def test_words_are_folded_and_split_like_the_worker_does():
    assert S.tokens("Café Zürich’s US$200 deal, 2,000 tonnes — Ле́в Толсто́й") == \
        ["cafe", "zurich", "us", "200", "deal", "000", "tonnes", "лев", "толстои"]   # й folds as и does
    assert S.tokens("a I x") == []                     # one letter: dropped


def test_terms_weigh_titles_and_names_above_body_words():
    terms = {}
    S.add_terms(terms, "The treaty, the treaty, the treaty.")
    S.add_terms(terms, "Treaty extended", S.W_TITLE)
    assert terms["treaty"] == S.W_TITLE and terms["the"] == 3 and terms["extended"] == S.W_TITLE
    assert S.encode_terms({"treaty": 12, "moscow": 1}) == "treaty:12 moscow:1"


def _docs(n: int) -> list[S.SearchDoc]:
    return [S.SearchDoc(f"a:{i:05d}", f"articles/{i:05d}/", f"Story {i}", f"Summary {i}",
                        S.encode_terms({f"word{i}": 3, "common": 1, f"title{i % 7}": 12}))
            for i in range(n)]


def _lookup(files: dict[str, str], term: str) -> set[str]:
    """What the worker does for an exact term: shard by range, then the gaps, then chunks."""
    index = json.loads(files["search/tl/index.json"])
    urls = set()
    for seg in index["segments"]:
        shard = None
        for first, name in seg["shards"]:
            if first <= term:
                shard = name
        if shard is None:
            continue
        postings = json.loads(files[f"search/tl/{shard}"]).get(term, [])
        doc = 0
        for i in range(0, len(postings), 2):
            doc += postings[i]
            chunk = json.loads(files[f"search/tl/{seg['chunks'][doc // index['chunk']]}"])
            urls.add(chunk[str(doc % index["chunk"])][0])
    return urls


def test_every_document_is_found_by_its_words(monkeypatch):
    monkeypatch.setattr(S, "SEGMENT_POSTINGS", 5_000)      # 9,000 postings: two segments
    docs = _docs(3000)
    files = SC.build_index(docs)
    index = json.loads(files["search/tl/index.json"])
    assert len(index["segments"]) == S.segment_count(9000) == 2
    for i in (0, 1, 1234, 2999):
        assert _lookup(files, f"word{i}") == {f"articles/{i:05d}/"}
    assert len(_lookup(files, "common")) == 3000
    assert "search/worker.js" in files
    assert max(len(t) for n, t in files.items() if "/tl/" in n and "-t" in n) < 3 * S.SHARD_BYTES


def test_an_edit_changes_only_its_own_segment_and_a_new_document_no_other(monkeypatch):
    monkeypatch.setattr(S, "SEGMENT_POSTINGS", 5_000)
    docs = _docs(3000)
    cache = SC.SegmentCache()
    before = SC.build_index(docs, cache)
    docs[10] = S.SearchDoc(docs[10].key, docs[10].url, "Story ten, edited", docs[10].summary,
                           docs[10].terms + " edited:12")
    after = SC.build_index(docs, cache)
    assert (cache.built, cache.patched) == (2, 1)    # the first build's two, then one patched
    changed = {n for n in set(before) | set(after) if before.get(n) != after.get(n)}
    seg = S.segment_of(docs[10].key, 2)
    assert all(n.startswith(f"search/tl/{seg}-") or n.endswith(("index.json",)) for n in changed)
    assert _lookup(after, "edited") == {docs[10].url}


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {n for n in set(before) | set(after) if before.get(n) != after.get(n)}


def test_an_edit_rewrites_the_shards_of_the_terms_it_changes_and_no_other():
    """Numbers that do not shift and shard boundaries picked by the terms themselves: one
    changed document touches its own terms' shards, its title file and index.json."""
    docs = _docs(3000)
    before = SC.build_index(docs)
    shards = [n for n in before if "-t." in n]
    assert len(shards) >= 2 * 5
    docs[10] = S.SearchDoc(docs[10].key, docs[10].url, "Story ten, edited", docs[10].summary,
                           docs[10].terms + " edited:12")
    after = SC.build_index(docs)
    changed = _changed(before, after)
    assert {n for n in changed if n.endswith("index.json")} == {"search/tl/index.json"}
    assert len([n for n in changed if "-t." in n]) == 2 * 2      # the old and new shard (+ .w)
    assert len([n for n in changed if "-d." in n]) == 2          # its title file, old and new
    assert len(changed) == 7
    assert _lookup(after, "edited") == {docs[10].url}


def test_a_new_or_removed_document_renumbers_no_other_but_one_it_collides_with():
    docs = _docs(3000)
    before = SC.build_index(docs)
    new = S.SearchDoc("a:new", "articles/new/", "New", "", S.encode_terms({"fresh": 3, "common": 1}))
    after = SC.build_index(docs + [new])
    old_numbers, new_numbers = S.number_docs(docs)[0], S.number_docs(docs + [new])[0]
    moved = [k for k in old_numbers if old_numbers[k] != new_numbers[k]]
    assert len(moved) <= 2
    changed = _changed(before, after)
    # the shards of "fresh", "common" and the moved documents' words; their title and
    # address files; index.json
    assert len(changed) <= 2 * (2 * (2 + 3 * len(moved)) + 2 * (1 + len(moved)) + 2) + 1
    assert len(changed) < len(before) / 10
    assert _lookup(after, "fresh") == {"articles/new/"}
    assert len(_lookup(after, "common")) == 3001
    removed = SC.build_index(docs[:5] + docs[6:])
    assert len(_changed(before, removed)) < len(before) / 10
    assert _lookup(removed, "word5") == set() and len(_lookup(removed, "common")) == 2999


def test_numbers_are_unique_and_each_kind_keeps_to_its_range():
    docs = _docs(500) + [S.SearchDoc(f"s:p{i}", f"speakers/p{i}/", "P", "") for i in range(300)]
    numbers, kinds, size = S.number_docs(docs)
    assert len(set(numbers.values())) == 800
    assert [k for k, _ in kinds] == ["a", "s"] and kinds[0][1] == 0
    assert all(numbers[d.key] < kinds[1][1] for d in docs if d.kind == "a")
    assert all(kinds[1][1] <= numbers[d.key] < size for d in docs if d.kind == "s")
    assert S.number_docs(list(reversed(docs)))[0] == numbers         # the order given: no matter


def test_a_segment_cached_by_another_version_of_the_indexer_is_built_again(monkeypatch, tmp_path):
    docs = _docs(50)
    SC.build_index(docs, SC.SegmentCache(tmp_path))
    again = SC.SegmentCache(tmp_path)
    SC.build_index(docs, again)
    assert again.built == 0                          # same version: taken from .cache/
    monkeypatch.setattr(SC, "_FORMAT", "another")     # the builder was upgraded
    upgraded = SC.SegmentCache(tmp_path)
    SC.build_index(docs, upgraded)
    assert upgraded.built == 1


def test_a_term_repeated_in_a_document_keeps_its_highest_weight():
    doc = S.SearchDoc("a:x", "articles/x/", "X", "", "moscow:2 moscow:9 moscow:4")
    files = SC.build_index([doc])
    shard = next(t for n, t in files.items() if "-t." in n and not n.endswith(".w.json"))
    number = S.number_docs([doc])[0]["a:x"]
    assert json.loads(shard)["moscow"] == [number, 2 * 9]  # (the index stores twice the count)


def test_a_quoted_word_ranks_the_article_before_the_speaker_page_and_a_name_the_other_way():
    """A speaker page repeats its quotes: a phrase of one must find the article it comes
    from first; the speaker's own name still finds the speaker page first."""
    article = S.SearchDoc("a:x", "articles/x/", "Talks resume", "",
                          S.encode_terms({"gigawatts": 1, "lena": 8, "marsh": 8, "talks": 12}))
    speaker = S.SearchDoc("s:lena-marsh", "speakers/lena-marsh/", "Lena Marsh", "",
                          S.encode_terms({"gigawatts": 3, "lena": 12, "marsh": 12}), rank=1)
    files = SC.build_index([article, speaker])
    postings = {}
    for name, text in files.items():
        if "-t" in name and not name.endswith(".w.json"):
            postings.update(json.loads(text))
    numbers = S.number_docs([article, speaker])[0]
    a, s = numbers["a:x"], numbers["s:lena-marsh"]
    assert a < s                                     # articles are numbered first

    def weights(term):              # doc number -> weight
        lst, doc, out = postings[term], 0, {}
        for i in range(0, len(lst), 2):
            doc += lst[i]
            out[doc] = lst[i + 1]
        return out
    assert weights("gigawatts")[a] > weights("gigawatts")[s]
    assert weights("marsh")[s] > weights("marsh")[a]


def test_the_worker_splits_words_exactly_as_the_index_does():
    import shutil
    import subprocess

    if not shutil.which("node"):
        import pytest
        pytest.skip("node is not installed")
    samples = ["Café Zürich’s US$200 deal", "Ле́в Толсто́й и Пу́шкин", "ŁÓDŹ straße ÆON œuvre",
               "İstanbul DİYARBAKIR", "李 克强 said", "x_y a-b c'd e’f 3.5% ½", "ﬁnance ＡＢＣ"]
    script = ("const vm=require('vm');const fs=require('fs');"
              "const ctx=vm.createContext({self:{location:{href:'http://x/search/worker.js'},"
              "addEventListener(){}},URL,console});"
              f"vm.runInContext(fs.readFileSync({json.dumps(str(S.WORKER_SOURCE))},'utf8'),ctx);"
              f"console.log(JSON.stringify({json.dumps(samples)}.map(s=>ctx.tokens(s))));")
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [S.tokens(s) for s in samples]


def test_the_worker_lists_every_match_of_a_common_word(tmp_path):
    """Beyond the best 50 (with titles), every match is listed by its address."""
    import shutil
    import subprocess

    if not shutil.which("node"):
        import pytest
        pytest.skip("node is not installed")
    files = SC.build_index(_docs(3000))
    site = tmp_path / "site"
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    probes = [{"query": "common ", "expect": "articles/02999/"},      # a finished word
              {"query": "word2999", "expect": "articles/02999/"},
              {"query": "com", "expect": "articles/00007/"},           # 3 letters: every match
              {"query": "co", "expect": "articles/00007/"}]            # 2 letters, typing: the best only
    out = subprocess.run(["node", str(ROOT / "benchmarks" / "search_probe.mjs")],
                         input=json.dumps({"site": str(site), "probes": probes}),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    common, rare, three, typing = json.loads(out.stdout)
    assert common["found"] and len(common["results"]) == 3000
    assert rare["found"] and rare["rank"] == 1 and len(rare["results"]) == 1
    assert three["found"] and len(three["results"]) == 3000
    assert len(typing["results"]) == 50
    assert common["bytes_total"] < 3_000_000


def test_entry_and_speaker_documents_from_the_memo_equal_those_computed(tmp_path):
    """The terms of an entry are re-read only while its fields and its source articles'
    cache keys are the same; a changed source article computes them again."""
    from builder.build import Extractions, Project, collect, BuildReport
    from builder.link import link
    from tests.sitebuild import make_project

    root = make_project(tmp_path / "p", with_seeds=False, articles={
        "2021-05-06-talks.md": "---\ntitle: Talks\ndate: 2021-05-06\n---\n\n"
                               "Oleg Petrov met Anna Rossi in Rome on May 3, 2021, to discuss grain.\n\n"
                               "“The grain will move,” said Oleg Petrov, the trade minister.\n",
        "2021-05-07-more.md": "---\ntitle: More talks\ndate: 2021-05-07\n---\n\n"
                              "Anna Rossi met Oleg Petrov in Rome on May 3, 2021, about grain exports.\n"})
    project = Project(root)
    store = Extractions(project)
    collection = link(collect(project, BuildReport(), 1, store, budget=None))
    plain = S.entry_docs(collection)
    assert plain
    memo = SC.EntryMemo(store.keys)
    assert S.entry_docs(collection, memo) == plain and len(memo.new) == len(plain)
    stale = {k: dataclasses.replace(d, terms="stale:1") for k, d in memo.new.items()}
    again = SC.EntryMemo(store.keys, stale)
    assert {d.terms for d in S.entry_docs(collection, again)} == {"stale:1"}   # re-read, not computed
    changed = SC.EntryMemo({a: k + "x" for a, k in store.keys.items()}, stale)
    assert S.entry_docs(collection, changed) == plain            # another text: computed again
    terms_of = S.article_terms
    whole = S.collection_docs(collection, terms_of)
    memo = SC.EntryMemo(store.keys)
    assert S.collection_docs(collection, terms_of, memo=memo) == whole
    assert any(k[0] == "s:" for k in memo.new) and collection.speakers   # speakers memoised too
    stale = SC.EntryMemo(store.keys, {k: "stale:1" for k in memo.new})
    speakers = [d for d in S.collection_docs(collection, terms_of, memo=stale) if d.kind == "s"]
    assert speakers and {d.terms for d in speakers} == {"stale:1"}
    cache = SC.SegmentCache(tmp_path / "search")
    cache.folder.mkdir()
    cache.save_entry_memo(memo)
    assert SC.SegmentCache(cache.folder).entry_memo(store.keys).old == memo.new


def test_a_documents_digest_is_kept_with_it_and_equals_a_fresh_ones():
    """``SearchDoc.digest`` is kept on the document (entries remembered between builds
    carry it): a pickled copy gives the same, and an equal document made afresh too."""
    import pickle

    d = S.SearchDoc("e:x", "chronology/#x", "3 May 2021", "Invented talks", "talks:3 rome:1",
                    label="Background")
    first = d.digest()
    again = pickle.loads(pickle.dumps(d))
    assert again.__dict__.get("_digest") == first == again.digest()
    assert dataclasses.replace(d).digest() == first
    assert dataclasses.replace(d, terms="talks:4").digest() != first
